package vn.minhbach.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.files.TestFiles;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.AccessDeniedInAgency;

/**
 * Publishing disclosures: the agency's administrator publishes a file, changes it and withdraws
 * it, the public sees and downloads it meanwhile; another agency's administrator, a citizen, a
 * one-stop officer and an anonymous visitor cannot touch it.
 */
@IntegrationTest
class DisclosuresWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicDisclosures disclosures;

	@Autowired
	OrganizationDirectory organization;

	UserDetails demo(String username) {
		return users.loadUserByUsername(username);
	}

	Optional<Long> idOf(String title) {
		return jdbc.sql("select id from portal_disclosure where title = :t").param("t", title).query(Long.class).optional();
	}

	int versionOf(Long id) {
		return jdbc.sql("select version from portal_disclosure where id = :id").param("id", id).query(Integer.class).single();
	}

	@Test
	void theAgencyAdministratorPublishesChangesAndWithdrawsADisclosure() throws Exception {
		String title = "Kết quả lựa chọn nhà thầu gói thầu lắp đặt đèn chiếu sáng thôn Nam Định";
		byte[] pdf = TestFiles.pdf("KẾT QUẢ LỰA CHỌN NHÀ THẦU");
		mvc.perform(get("/admin/portal/disclosures/new").with(user(demo("quantri.tamanhnam"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng thông tin công khai")));
		mvc.perform(multipart("/admin/portal/disclosures")
			.file(new MockMultipartFile("file", "ket-qua-lcnt.pdf", "application/pdf", pdf))
			.param("category", "PROCUREMENT")
			.param("title", title)
			.param("summary", "Gói thầu xây lắp, chỉ định thầu rút gọn.")
			.param("publishedOn", "2026-11-02")
			.with(user(demo("quantri.tamanhnam")))
			.with(csrf()))
			.andExpect(redirectedUrl("/admin/portal/disclosures"))
			.andExpect(flash().attribute("success", "portal.disclosure.published"));
		Long id = idOf(title).orElseThrow();
		mvc.perform(get("/admin/portal/disclosures").with(user(demo("quantri.tamanhnam"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Công khai dự toán ngân sách xã năm 2026")));
		mvc.perform(get("/thong-tin/cong-khai/dau-thau"))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("02/11/2026")));
		byte[] downloaded = mvc.perform(get("/thong-tin/cong-khai/{id}/tai-ve", id))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);

		// a change of title and category, keeping the file
		String changed = title + " (điều chỉnh)";
		mvc.perform(multipart("/admin/portal/disclosures/{id}", id)
			.param("category", "OTHER")
			.param("title", changed)
			.param("publishedOn", "2026-11-03")
			.param("version", String.valueOf(versionOf(id)))
			.with(user(demo("quantri.tamanhnam")))
			.with(csrf())).andExpect(redirectedUrl("/admin/portal/disclosures"));
		mvc.perform(get("/thong-tin/cong-khai/thong-tin-khac")).andExpect(content().string(containsString(changed)));
		mvc.perform(get("/thong-tin/cong-khai/dau-thau")).andExpect(content().string(not(containsString(changed))));
		assertThat(mvc.perform(get("/thong-tin/cong-khai/{id}/tai-ve", id)).andReturn().getResponse().getContentAsByteArray())
			.isEqualTo(pdf);
		// a change made on a stale version is refused with the form kept
		mvc.perform(multipart("/admin/portal/disclosures/{id}", id)
			.param("category", "OTHER")
			.param("title", "Tiêu đề cũ")
			.param("publishedOn", "2026-11-03")
			.param("version", "0")
			.with(user(demo("quantri.tamanhnam")))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vừa được người khác thay đổi")));
		assertThat(audit("DISCLOSURE_PUBLISHED", id)).isTrue();

		mvc.perform(post("/admin/portal/disclosures/{id}/withdraw", id).with(user(demo("quantri.tamanhnam"))).with(csrf()))
			.andExpect(redirectedUrl("/admin/portal/disclosures"))
			.andExpect(flash().attribute("success", "portal.disclosure.withdrawn"));
		assertThat(idOf(changed)).isEmpty();
		mvc.perform(get("/thong-tin/cong-khai/{id}/tai-ve", id)).andExpect(status().isNotFound());
		mvc.perform(get("/thong-tin/cong-khai")).andExpect(content().string(not(containsString(changed))));
		assertThat(audit("DISCLOSURE_WITHDRAWN", id)).isTrue();
	}

	@Test
	void refusesADisclosureWithoutAFileOrWithAFileOfAnotherKind() throws Exception {
		String title = "Báo cáo công tác cải cách hành chính quý IV năm 2026";
		String page = mvc.perform(multipart("/admin/portal/disclosures")
			.param("category", "PLAN_REPORT")
			.param("title", title)
			.param("publishedOn", "2026-12-20")
			.with(user(demo("quantri.tamanhnam")))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy chọn ít nhất một tệp để tải lên")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(page)).as("the input is kept").contains("value=\"" + title + "\"");
		mvc.perform(multipart("/admin/portal/disclosures")
			.file(new MockMultipartFile("file", "bao-cao.txt", "text/plain", "Báo cáo".getBytes()))
			.param("category", "PLAN_REPORT")
			.param("title", title)
			.param("publishedOn", "2026-12-20")
			.with(user(demo("quantri.tamanhnam")))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")));
		mvc.perform(multipart("/admin/portal/disclosures")
			.file(new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", TestFiles.pdf("BÁO CÁO")))
			.param("title", "")
			.param("publishedOn", "2026-12-20")
			.with(user(demo("quantri.tamanhnam")))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập thông tin này")));
		assertThat(idOf(title)).isEmpty();
	}

	@Test
	void onlyTheAgencysOwnPublishersTouchItsDisclosures() throws Exception {
		Long id = idOf("Công khai dự toán ngân sách xã năm 2026").orElseThrow();
		// the district's administrator works for another agency
		mvc.perform(get("/admin/portal/disclosures").with(user(demo("quantri.nuithanh"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Công khai dự toán ngân sách xã năm 2026"))));
		mvc.perform(get("/admin/portal/disclosures/{id}", id).with(user(demo("quantri.nuithanh"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/portal/disclosures/{id}/file", id).with(user(demo("quantri.nuithanh"))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/portal/disclosures/{id}/withdraw", id).with(user(demo("quantri.nuithanh"))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/admin/portal/disclosures/{id}", id)
			.param("category", "BUDGET")
			.param("title", "Đã bị sửa")
			.param("publishedOn", "2026-01-08")
			.param("version", String.valueOf(versionOf(id)))
			.with(user(demo("quantri.nuithanh")))
			.with(csrf())).andExpect(status().isForbidden());
		assertThat(idOf("Công khai dự toán ngân sách xã năm 2026")).contains(id);
		Long commune = organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
		assertThatThrownBy(() -> TestUsers.as(users, "quantri.nuithanh",
				() -> disclosures.publish(commune, new PublicDisclosures.Details(DisclosureCategory.BUDGET, "Không được đăng", null,
						LocalDate.of(2026, 11, 1)), new ByteArrayInputStream(TestFiles.pdf("X")), "x.pdf")))
			.isInstanceOf(AccessDeniedInAgency.class);

		// the commune's editor publishes too; its one-stop officer, citizens and anonymous visitors do not
		mvc.perform(get("/admin/portal/disclosures").with(user(demo("bientap.tamanhnam"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Công khai dự toán ngân sách xã năm 2026")));
		mvc.perform(get("/admin/portal/disclosures/{id}/file", id).with(user(demo("quantri.tamanhnam"))))
			.andExpect(status().isOk());
		mvc.perform(get("/admin/portal/disclosures").with(user(demo("motcua.tamanhnam")))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/portal/disclosures").with(user(demo("congdan.demo")))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/portal/disclosures")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/admin/portal/disclosures/{id}/withdraw", id).with(user(demo("congdan.demo"))).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(idOf("Công khai dự toán ngân sách xã năm 2026")).contains(id);
	}

	boolean audit(String action, Long id) {
		return jdbc.sql("select count(*) from audit_entry where action = :a and object_id = :id")
			.param("a", action)
			.param("id", id.toString())
			.query(Long.class)
			.single() > 0;
	}
}
