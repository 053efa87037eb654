package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.web.util.HtmlUtils;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.dossier.FormTemplate;
import vn.minhbach.dossier.OfficialForms;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.SystemActor;

/** The official form templates editor: only the system administrator, saved with its version, previewed as a PDF. */
@IntegrationTest
class FormTemplateEditorWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	OfficialForms forms;

	UserDetails demo(String username) {
		return users.loadUserByUsername(username);
	}

	static ResultMatcher shows(String... texts) {
		return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString())).contains(texts);
	}

	static ResultMatcher doesNotShow(String text) {
		return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString())).doesNotContain(text);
	}

	@Test
	void theSystemAdministratorFindsEveryFormAndHowToWriteOne() throws Exception {
		mvc.perform(get("/staff").with(user(demo("admin")))).andExpect(shows("href=\"/admin/forms\""));
		mvc.perform(get("/admin/forms").with(user(demo("admin"))))
			.andExpect(status().isOk())
			.andExpect(shows("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Phiếu kiểm soát quá trình giải quyết hồ sơ",
					"href=\"/admin/forms/MAU_01\""));
		mvc.perform(get("/admin/forms/MAU_01").with(user(demo("admin"))))
			.andExpect(status().isOk())
			.andExpect(shows("{{applicant.name}}", "Họ và tên người nộp hồ sơ", "{{table:papers}}",
					"Bảng thành phần hồ sơ đã nộp", "Ngày hẹn trả mới (mẫu 04)", "formaction=\"/admin/forms/MAU_01/preview\""))
			.andExpect(doesNotShow("??"));
	}

	@Test
	void savesAnEditedFormWithItsVersion() throws Exception {
		FormTemplate original = forms.template("MAU_05");
		try {
			mvc.perform(post("/admin/forms/MAU_05").with(user(demo("admin")))
				.with(csrf())
				.param("title", "Thông báo dừng giải quyết hồ sơ")
				.param("pageSize", "A4")
				.param("body", original.body() + "\n> Mọi thắc mắc xin liên hệ {{agencyPhone}}.")
				.param("version", String.valueOf(original.version())))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/forms/MAU_05"))
				.andExpect(flash().attribute("success", "forms.admin.saved"));
			FormTemplate saved = forms.template("MAU_05");
			assertThat(saved.body()).endsWith("> Mọi thắc mắc xin liên hệ {{agencyPhone}}.");
			assertThat(saved.pageSize()).isEqualTo("A4");
			assertThat(saved.version()).isEqualTo(original.version() + 1);
			assertThat(saved.updatedBy()).isEqualTo("admin");

			mvc.perform(post("/admin/forms/MAU_05").with(user(demo("admin")))
				.with(csrf())
				.param("title", "Thông báo dừng giải quyết hồ sơ")
				.param("pageSize", "A4")
				.param("body", "Nội dung sửa dở của người thứ hai")
				.param("version", String.valueOf(original.version())))
				.andExpect(status().isConflict())
				.andExpect(shows("dữ liệu vừa được người khác thay đổi", "Nội dung sửa dở của người thứ hai",
						"name=\"version\" value=\"" + saved.version() + "\""));
			assertThat(forms.template("MAU_05").body()).isEqualTo(saved.body());
		}
		finally {
			SystemActor.run(() -> {
				FormTemplate now = forms.template("MAU_05");
				forms.update("MAU_05", original.title(), original.pageSize(), original.body(), now.version());
			});
		}
	}

	@Test
	void anUnknownFieldIsRefusedAndTheTextKept() throws Exception {
		FormTemplate original = forms.template("MAU_03");
		mvc.perform(post("/admin/forms/MAU_03").with(user(demo("admin")))
			.with(csrf())
			.param("title", original.title())
			.param("pageSize", original.pageSize())
			.param("body", "Kính gửi ông/bà {{applicantName}}\n{{table:paper}}\n{{list:reason}}")
			.param("version", String.valueOf(original.version())))
			.andExpect(status().isOk())
			.andExpect(shows("error-summary", "href=\"#body\"",
					"Nội dung mẫu: Mẫu có trường không xác định: {{applicantName}}, {{table:paper}}",
					"Kính gửi ông/bà {{applicantName}}", "aria-invalid=\"true\""));
		mvc.perform(post("/admin/forms/MAU_03").with(user(demo("admin")))
			.with(csrf())
			.param("title", " ")
			.param("pageSize", "A3")
			.param("body", original.body())
			.param("version", String.valueOf(original.version())))
			.andExpect(status().isOk())
			.andExpect(shows("href=\"#title\"", "Tên mẫu: Vui lòng nhập thông tin này", "href=\"#pageSize\""));
		assertThat(forms.template("MAU_03")).isEqualTo(original);
	}

	@Test
	void onlyTheSystemAdministratorEditsForms() throws Exception {
		for (String username : new String[] { "quantri.tamanhnam", "motcua.tamanhnam", "lanhdao.nuithanh" }) {
			mvc.perform(get("/admin/forms").with(user(demo(username)))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/forms/MAU_01").with(user(demo(username)))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/forms/MAU_01").with(user(demo(username)))
				.with(csrf())
				.param("title", "Giấy tiếp nhận")
				.param("pageSize", "A5")
				.param("body", "Lấn quyền")
				.param("version", String.valueOf(forms.template("MAU_01").version())))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/forms/MAU_01/preview").with(user(demo(username))).with(csrf()).param("body", "x"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/staff").with(user(demo("quantri.tamanhnam")))).andExpect(doesNotShow("href=\"/admin/forms\""));
		assertThat(forms.template("MAU_01").body()).doesNotContain("Lấn quyền");
		assertThatThrownBy(() -> TestUsers.run(users, "quantri.tamanhnam",
				() -> forms.samplePreview("MAU_01", "Giấy", "A5", "x"))).isInstanceOf(AccessDeniedInAgency.class);
		assertThatThrownBy(() -> TestUsers.run(users, "quantri.tamanhnam",
				() -> forms.update("MAU_01", "Giấy", "A5", "Lấn quyền", 0))).isInstanceOf(AccessDeniedInAgency.class);
	}

	@Test
	void previewsTheUnsavedTextAsAPdfFilledWithASampleDossier() throws Exception {
		FormTemplate original = forms.template("MAU_01");
		String body = """
				Ghi chú thử nghiệm: người dân được hướng dẫn tận tình, chu đáo.
				Người nộp: {{applicant.name}}, địa chỉ {{applicant.address}}
				{{table:papers}}
				{{table:answers}}
				{{table:steps}}
				{{list:reason}}
				> Tra cứu tại {{trackUrl}}
				{{signatures:Người nộp hồ sơ|Người tiếp nhận hồ sơ}}
				""";
		var response = mvc.perform(post("/admin/forms/MAU_01/preview").with(user(demo("admin")))
			.with(csrf())
			.param("title", "Phiếu thử nghiệm xem trước")
			.param("pageSize", "A4")
			.param("body", body)
			.param("version", String.valueOf(original.version())))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
			.andReturn()
			.getResponse();
		byte[] pdf = response.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("PHIẾU THỬ NGHIỆM XEM TRƯỚC", "người dân được hướng dẫn tận tình, chu đáo",
					"Người nộp: Lê Thị Hồng Nhung", "Đăng ký kết hôn", "Tờ khai chưa ghi rõ mục đích sử dụng",
					"ỦY BAN NHÂN DÂN XÃ TAM ANH NAM", "Thẩm định hồ sơ");
		}
		assertThat(forms.template("MAU_01")).as("a preview saves nothing").isEqualTo(original);
	}
}
