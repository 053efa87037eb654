package vn.minhbach.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.OfficialDocument;
import vn.minhbach.documents.OutgoingDocuments;
import vn.minhbach.documents.Secrecy;
import vn.minhbach.documents.Urgency;
import vn.minhbach.organization.OrganizationDirectory;

/**
 * The portal's information pages, map and JSON for anyone: the host agency's functions, leaders
 * with their biographies, contacts, the documents it issued (and only those meant to be public),
 * its disclosures, the procedures, the map with its address fallback, and the OpenAPI description.
 */
@IntegrationTest
class PortalInformationWebTests {

	static final String HOST = "Ủy ban nhân dân xã Tam Anh Nam";

	@Autowired
	MockMvc mvc;

	@Autowired
	MapSettings map;

	@Autowired
	OutgoingDocuments outgoing;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyInformationPageIsOpenToAnyone() throws Exception {
		for (String path : List.of("/thong-tin", "/thong-tin/chuc-nang-nhiem-vu", "/thong-tin/co-cau-to-chuc",
				"/thong-tin/lien-he", "/thong-tin/van-ban", "/thong-tin/cong-khai", "/thong-tin/cong-khai/ke-hoach-bao-cao",
				"/thong-tin/cong-khai/ngan-sach", "/thong-tin/cong-khai/dau-thau", "/thong-tin/cong-khai/thong-tin-khac",
				"/thong-tin/dich-vu-cong", "/ban-do")) {
			mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString(HOST)))
				.andExpect(content().string(containsString("Thống kê truy cập")));
		}
		mvc.perform(get("/thong-tin/cong-khai/khong-co-muc-nay")).andExpect(status().isNotFound());
		mvc.perform(get("/thong-tin/co-cau-to-chuc").param("lang", "en"))
			.andExpect(content().string(containsString("Organisation and leaders")))
			.andExpect(content().string(containsString("Short biography")));
	}

	@Test
	void showsFunctionsLeadersWithBiographiesAndContacts() throws Exception {
		mvc.perform(get("/thong-tin/chuc-nang-nhiem-vu"))
			.andExpect(content().string(containsString("cơ quan chấp hành của Hội đồng nhân dân")))
			.andExpect(content().string(containsString("Phụ trách văn hóa – xã hội, giáo dục, y tế, chính sách xã hội.")));
		mvc.perform(get("/thong-tin/co-cau-to-chuc"))
			.andExpect(content().string(containsString("Nguyễn Văn Hùng")))
			.andExpect(content().string(containsString("Tiểu sử tóm tắt")))
			.andExpect(content().string(containsString("Sinh năm 1972, quê quán xã Tam Anh Nam.")))
			.andExpect(content().string(containsString("Tư pháp – Hộ tịch")))
			.andExpect(content().string(containsString("Công chức Tư pháp – Hộ tịch: Phạm Thị Lan")));
		mvc.perform(get("/thong-tin/lien-he"))
			.andExpect(content().string(containsString("Thôn Nam Định, xã Tam Anh Nam, huyện Núi Thành, tỉnh Quảng Nam")))
			.andExpect(content().string(containsString("0235.3592696")))
			.andExpect(content().string(containsString("tamanhnam@nuithanh.quangnam.gov.vn")))
			.andExpect(content().string(containsString("Bộ phận tiếp nhận và trả kết quả")));
		mvc.perform(get("/thong-tin/dich-vu-cong"))
			.andExpect(content().string(containsString("thủ tục hành chính đang được công bố")))
			.andExpect(content().string(containsString("href=\"/procedures?online=FULL\"")))
			.andExpect(content().string(containsString("href=\"/procedures?field=")));
	}

	@Test
	void listsTheDisclosuresByCategoryWithTheirFiles() throws Exception {
		mvc.perform(get("/thong-tin/cong-khai/ngan-sach"))
			.andExpect(content().string(containsString("Công khai dự toán ngân sách xã năm 2026")))
			.andExpect(content().string(not(containsString("Kế hoạch lựa chọn nhà thầu công trình"))))
			.andExpect(content().string(containsString("Tải về (PDF,")));
		mvc.perform(get("/thong-tin/cong-khai/dau-thau"))
			.andExpect(content().string(containsString("Kế hoạch lựa chọn nhà thầu công trình bê tông hóa đường giao thông thôn Phước Lộc")));
		mvc.perform(get("/thong-tin/cong-khai"))
			.andExpect(content().string(containsString("Kế hoạch phát triển kinh tế – xã hội năm 2026 của xã Tam Anh Nam")))
			.andExpect(content().string(containsString("Công khai dự toán ngân sách xã năm 2026")));
		Long id = jdbc.sql("select id from portal_disclosure where title = 'Công khai dự toán ngân sách xã năm 2026'")
			.query(Long.class)
			.single();
		byte[] pdf = mvc.perform(get("/thong-tin/cong-khai/{id}/tai-ve", id))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		mvc.perform(get("/thong-tin/cong-khai/{id}/tai-ve", 999_999)).andExpect(status().isNotFound());
	}

	@Test
	void listsOnlyThePublicDocumentsTheAgencyIssuedSearchableWithoutDiacritics() throws Exception {
		OfficialDocument plan = issue(DocumentType.KE_HOACH, "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027");
		OfficialDocument letter = issue(DocumentType.CONG_VAN, "Đề nghị hỗ trợ kinh phí sửa chữa nhà văn hóa thôn");
		mvc.perform(get("/thong-tin/van-ban"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2027")))
			.andExpect(content().string(containsString(plan.getNotation())))
			.andExpect(content().string(not(containsString("Đề nghị hỗ trợ kinh phí sửa chữa nhà văn hóa thôn"))));
		mvc.perform(get("/thong-tin/van-ban").param("q", "phong chong thien tai"))
			.andExpect(content().string(containsString("Kế hoạch phòng, chống thiên tai")));
		mvc.perform(get("/thong-tin/van-ban").param("q", "không có văn bản nào như thế"))
			.andExpect(content().string(containsString("Không có văn bản phù hợp.")));
		mvc.perform(get("/thong-tin/van-ban").param("type", "QUYET_DINH").param("q", "thien tai"))
			.andExpect(content().string(containsString("Không có văn bản phù hợp.")));
		byte[] pdf = mvc.perform(get("/thong-tin/van-ban/{id}/tai-ve", plan.getId()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		mvc.perform(get("/thong-tin/van-ban/{id}/tai-ve", letter.getId())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/portal/legal-documents").param("q", "thiên tai"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].notation", hasItem(plan.getNotation())))
			.andExpect(jsonPath("$.items[*].type", everyItem(org.hamcrest.Matchers.is("KE_HOACH"))))
			.andExpect(jsonPath("$.items[0].url", containsString("/thong-tin/van-ban/")));
	}

	@Test
	void theMapPageGivesTheAddressAndThePlacesAndUsesTheConfiguredTiles() throws Exception {
		// other tests may move the agency: the page shows where it is now
		var host = organization.hostAgency().orElseThrow();
		mvc.perform(get("/ban-do"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thôn Nam Định, xã Tam Anh Nam, huyện Núi Thành, tỉnh Quảng Nam")))
			.andExpect(content().string(containsString("data-map-offline")))
			.andExpect(content().string(containsString("Không tải được bản đồ nền")))
			.andExpect(content().string(containsString("data-tiles=\"" + map.tiles() + "\"")))
			.andExpect(content().string(containsString("data-lat=\"" + host.getLatitude() + "\"")))
			.andExpect(content().string(containsString("data-lng=\"" + host.getLongitude() + "\"")))
			.andExpect(content().string(containsString("Tam Xuân I")))
			.andExpect(content().string(containsString("15,5180; 108,5510")))
			.andExpect(content().string(org.hamcrest.Matchers.matchesPattern("(?s).*<script src=\"/webjars/leaflet/([0-9.]+/)?dist/leaflet\\.js\">.*")))
			.andExpect(content().string(containsString("/js/map.js")))
			.andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data: https://tile.openstreetmap.org")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
		assertThat(map.tiles()).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
		mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/leaflet/dist/leaflet.css")).andExpect(status().isOk());
		mvc.perform(get("/js/map.js")).andExpect(status().isOk());
	}

	@Test
	void theAgencyAndItsDisclosuresAreReadableAsDocumentedJson() throws Exception {
		mvc.perform(get("/api/v1/portal/agency"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(HOST))
			.andExpect(jsonPath("$.latitude").value(organization.hostAgency().orElseThrow().getLatitude()))
			.andExpect(jsonPath("$.leaders[0].name").value("Nguyễn Văn Hùng"))
			.andExpect(jsonPath("$.leaders[0].biography", startsWith("Sinh năm 1972")))
			.andExpect(jsonPath("$.departments[*].name", hasItem("Tư pháp – Hộ tịch")));
		mvc.perform(get("/api/v1/portal/disclosures").param("category", "BUDGET"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].category", everyItem(org.hamcrest.Matchers.is("BUDGET"))))
			.andExpect(jsonPath("$.items[*].title", hasItem("Công khai dự toán ngân sách xã năm 2026")))
			.andExpect(jsonPath("$.items[0].url", containsString("/thong-tin/cong-khai/")));
		mvc.perform(get("/api/v1/portal/statistics"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.today").isNumber())
			.andExpect(jsonPath("$.online").isNumber());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/portal/agency")))
			.andExpect(content().string(containsString("/api/v1/portal/statistics")))
			.andExpect(content().string(containsString("Thống kê truy cập")));
	}

	/** A document of the commune drafted, reviewed, approved and issued by its staff. */
	OfficialDocument issue(DocumentType type, String subject) {
		Long commune = organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
		Long department = organization.departments(commune).stream().filter(d -> d.getCode().equals("TPHT")).findFirst()
			.orElseThrow().getId();
		Long signer = jdbc.sql("select id from identity_account where username = 'lanhdao.tamanhnam'").query(Long.class).single();
		var draft = new OutgoingDocuments.Draft(type, subject, Urgency.NORMAL, Secrecy.NORMAL, department,
				"truongphong.tamanhnam", signer, "TM.", "Nội dung " + subject.toLowerCase() + ".", List.of(), null, null,
				null, null);
		OfficialDocument created = TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.create(commune, draft));
		OfficialDocument sent = TestUsers.as(users, "chuyenvien.tamanhnam",
				() -> outgoing.submit(created.getId(), created.getVersion()));
		OfficialDocument reviewed = TestUsers.as(users, "truongphong.tamanhnam",
				() -> outgoing.review(sent.getId(), sent.getVersion(), "Đồng ý trình"));
		OfficialDocument approved = TestUsers.as(users, "lanhdao.tamanhnam",
				() -> outgoing.approve(reviewed.getId(), reviewed.getVersion(), null));
		return TestUsers.as(users, "vanthu.tamanhnam", () -> outgoing.issue(approved.getId(), approved.getVersion()));
	}
}
