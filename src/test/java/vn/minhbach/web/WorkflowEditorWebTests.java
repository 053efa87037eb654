package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

import vn.minhbach.IntegrationTest;
import vn.minhbach.catalog.CatalogFile;
import vn.minhbach.catalog.CatalogImport;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.catalog.WorkflowStep;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.SystemActor;

/**
 * The workflow template editor of a procedure: what it saves is what dossiers follow, what it
 * refuses keeps the rows typed, who may use it, and the template travelling in the catalog file.
 */
@IntegrationTest
class WorkflowEditorWebTests {

	static final String COMMUNE = "000.08.17.H47";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ProcedureCatalog catalog;

	@Autowired
	CatalogImport imports;

	@Autowired
	OrganizationDirectory organization;

	/** The page shows the texts (attribute values come escaped: "x&aacute;c minh"). */
	static ResultMatcher shows(String... texts) {
		return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString())).contains(texts);
	}

	static ResultMatcher doesNotShow(String text) {
		return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString())).doesNotContain(text);
	}

	UserDetails demo(String username) {
		return users.loadUserByUsername(username);
	}

	Long agency(String code) {
		return organization.agencyByCode(code).orElseThrow().getId();
	}

	Long department(String agencyCode, String code) {
		return organization.departments(agency(agencyCode))
			.stream()
			.filter(department -> department.getCode().equals(code))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	/** A procedure of the commune of its own for each test, so that tests do not meet. */
	Procedure procedure(String code, int workingDays) {
		String json = """
				[ { "code": "%s", "name": "Thủ tục thử quy trình %s", "field": "Thử nghiệm", "level": "COMMUNE",
				    "processingTime": { "workingDays": %d }, "onlineLevel": "NONE" } ]
				""".formatted(code, code, workingDays);
		var report = SystemActor.call(() -> imports.importInto(agency(COMMUNE),
				CatalogImport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), false));
		assertThat(report.problems()).isEmpty();
		return current(code);
	}

	Procedure current(String code) {
		return SystemActor.call(() -> catalog.ofAgency(agency(COMMUNE)))
			.stream()
			.filter(p -> code.equals(p.getCode()))
			.findFirst()
			.orElseThrow();
	}

	static MockHttpServletRequestBuilder step(MockHttpServletRequestBuilder request, int index, String name, String role,
			Object department, Object days, String kind) {
		String prefix = "steps[" + index + "].";
		return request.param(prefix + "name", name)
			.param(prefix + "role", role)
			.param(prefix + "departmentId", department == null ? "" : department.toString())
			.param(prefix + "shareDays", String.valueOf(days))
			.param(prefix + "kind", kind);
	}

	MockHttpServletRequestBuilder threeSteps(Procedure procedure, int version, String username) {
		var request = post("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo(username)))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("action", "save");
		step(request, 0, "Kiểm tra, xác minh hồ sơ", "SPECIALIST", department(COMMUNE, "TPHT"), 5, "PROCESS");
		step(request, 1, "Dự thảo kết quả, trình ký", "SPECIALIST", department(COMMUNE, "VP"), 2, "PROCESS");
		return step(request, 2, "Chủ tịch UBND xã phê duyệt", "LEADER", null, 1, "APPROVAL");
	}

	@Test
	void showsTheDefaultTemplateUntilOneIsSaved() throws Exception {
		Procedure procedure = procedure("9.997001", 10);
		mvc.perform(get("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.tamanhnam"))))
			.andExpect(status().isOk())
			.andExpect(shows("Thủ tục đang dùng quy trình mặc định"))
			.andExpect(shows("value=\"Thẩm định hồ sơ\""))
			.andExpect(shows("value=\"Lãnh đạo phê duyệt\""))
			.andExpect(shows("Tư pháp – Hộ tịch"))
			.andExpect(shows("<span data-share-total>10</span>"));
		mvc.perform(get("/admin/procedures/{id}", procedure.getId()).with(user(demo("quantri.tamanhnam"))))
			.andExpect(shows("/admin/procedures/" + procedure.getId() + "/workflow"));
	}

	@Test
	void savesAThreeStepTemplateThatDossiersThenFollow() throws Exception {
		Procedure procedure = procedure("9.997002", 10);
		mvc.perform(threeSteps(procedure, procedure.getVersion(), "quantri.tamanhnam"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/procedures/" + procedure.getId() + "/workflow"))
			.andExpect(flash().attribute("success", "workflow.admin.saved"));
		assertThat(catalog.procedure(procedure.getId()).effectiveWorkflow()).containsExactly(
				new WorkflowStep("Kiểm tra, xác minh hồ sơ", Role.SPECIALIST, department(COMMUNE, "TPHT"), 5,
						WorkflowStep.Kind.PROCESS),
				new WorkflowStep("Dự thảo kết quả, trình ký", Role.SPECIALIST, department(COMMUNE, "VP"), 2,
						WorkflowStep.Kind.PROCESS),
				new WorkflowStep("Chủ tịch UBND xã phê duyệt", Role.LEADER, null, 1, WorkflowStep.Kind.APPROVAL));
		mvc.perform(get("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.tamanhnam"))))
			.andExpect(doesNotShow("Thủ tục đang dùng quy trình mặc định"))
			.andExpect(shows("value=\"Dự thảo kết quả, trình ký\""))
			.andExpect(shows("<span data-share-total>8</span>"));
		mvc.perform(get("/admin/procedures").with(user(demo("quantri.tamanhnam"))))
			.andExpect(shows("/admin/procedures/" + procedure.getId() + "/workflow\">3 bước</a>"));
		mvc.perform(post("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.tamanhnam")))
			.with(csrf())
			.param("version", String.valueOf(current("9.997002").getVersion()))
			.param("action", "default")).andExpect(status().is3xxRedirection());
		assertThat(catalog.procedure(procedure.getId()).getWorkflow()).as("back to the default").isEmpty();
	}

	@Test
	void rowsAreAddedRemovedAndMovedWithoutJavaScriptAndNothingIsSavedMeanwhile() throws Exception {
		Procedure procedure = procedure("9.997003", 10);
		var add = post("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.tamanhnam")))
			.with(csrf())
			.param("version", String.valueOf(procedure.getVersion()))
			.param("action", "add");
		step(add, 0, "Thẩm định hồ sơ", "SPECIALIST", null, 8, "PROCESS");
		step(add, 1, "Lãnh đạo phê duyệt", "LEADER", null, 1, "APPROVAL");
		String added = HtmlUtils.htmlUnescape(mvc.perform(add).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(added).contains("id=\"steps2.name\"", "value=\"Thẩm định hồ sơ\"");
		assertThat(added.indexOf("id=\"steps1.name\"")).as("the new row comes before the approval")
			.isLessThan(added.indexOf("value=\"Lãnh đạo phê duyệt\""));

		var move = post("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.tamanhnam")))
			.with(csrf())
			.param("version", String.valueOf(procedure.getVersion()))
			.param("action", "down-0");
		step(move, 0, "Bước A", "SPECIALIST", null, 1, "PROCESS");
		step(move, 1, "Bước B", "SPECIALIST", null, 1, "PROCESS");
		step(move, 2, "Lãnh đạo phê duyệt", "LEADER", null, 1, "APPROVAL");
		String moved = HtmlUtils.htmlUnescape(mvc.perform(move).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(moved.indexOf("value=\"Bước B\"")).isLessThan(moved.indexOf("value=\"Bước A\""));

		var remove = post("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.tamanhnam")))
			.with(csrf())
			.param("version", String.valueOf(procedure.getVersion()))
			.param("action", "remove-1");
		step(remove, 0, "Bước A", "SPECIALIST", null, 1, "PROCESS");
		step(remove, 1, "Bước B", "SPECIALIST", null, 1, "PROCESS");
		step(remove, 2, "Lãnh đạo phê duyệt", "LEADER", null, 1, "APPROVAL");
		mvc.perform(remove)
			.andExpect(status().isOk())
			.andExpect(shows("value=\"Bước A\""))
			.andExpect(doesNotShow("value=\"Bước B\""));
		assertThat(catalog.procedure(procedure.getId()).getWorkflow()).isEmpty();
	}

	@Test
	void anInvalidTemplateIsExplainedAndTheRowsAreKept() throws Exception {
		Procedure procedure = procedure("9.997004", 10);
		var noApproval = post("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.tamanhnam")))
			.with(csrf())
			.param("version", String.valueOf(procedure.getVersion()));
		step(noApproval, 0, "Thẩm định thực địa", "SPECIALIST", department(COMMUNE, "DCXD"), 4, "PROCESS");
		step(noApproval, 1, "Lấy ý kiến khu dân cư", "SPECIALIST", null, 3, "PROCESS");
		mvc.perform(noApproval)
			.andExpect(status().isOk())
			.andExpect(shows("error-summary"))
			.andExpect(shows("Quy trình phải kết thúc bằng đúng một bước phê duyệt"))
			.andExpect(shows("value=\"Thẩm định thực địa\""))
			.andExpect(shows("value=\"Lấy ý kiến khu dân cư\""));

		var tooLong = post("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.tamanhnam")))
			.with(csrf())
			.param("version", String.valueOf(procedure.getVersion()));
		step(tooLong, 0, "Thẩm định thực địa", "SPECIALIST", null, 9, "PROCESS");
		step(tooLong, 1, "Lãnh đạo phê duyệt", "LEADER", null, 3, "APPROVAL");
		mvc.perform(tooLong)
			.andExpect(status().isOk())
			.andExpect(shows("Tổng thời gian các bước (12 ngày) vượt thời hạn giải quyết"))
			.andExpect(shows("<span data-share-total>12</span>"));

		var blankName = post("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.tamanhnam")))
			.with(csrf())
			.param("version", String.valueOf(procedure.getVersion()));
		step(blankName, 0, "Thẩm định thực địa", "SPECIALIST", null, 2, "PROCESS");
		step(blankName, 1, " ", "LEADER", null, "", "APPROVAL");
		mvc.perform(blankName)
			.andExpect(status().isOk())
			.andExpect(shows("href=\"#steps1.name\""))
			.andExpect(shows("Bước 2 – Tên bước: Vui lòng nhập thông tin này"))
			.andExpect(shows("Bước 2 – Số ngày làm việc: Vui lòng nhập thông tin này"))
			.andExpect(shows("aria-invalid=\"true\""))
			.andExpect(doesNotShow("??"));

		var otherAgency = post("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.tamanhnam")))
			.with(csrf())
			.param("version", String.valueOf(procedure.getVersion()));
		step(otherAgency, 0, "Thẩm định", "SPECIALIST", department("000.00.17.H47", "TP"), 2, "PROCESS");
		step(otherAgency, 1, "Phê duyệt", "LEADER", null, 1, "APPROVAL");
		mvc.perform(otherAgency)
			.andExpect(status().isOk())
			.andExpect(shows("bộ phận không thuộc cơ quan giải quyết thủ tục"));
		assertThat(catalog.procedure(procedure.getId()).getWorkflow()).as("nothing saved").isEmpty();
	}

	@Test
	void onlyTheAdministratorsOfTheProceduresAgencyMayEditIt() throws Exception {
		Procedure procedure = procedure("9.997005", 10);
		mvc.perform(get("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.nuithanh"))))
			.andExpect(status().isForbidden());
		mvc.perform(threeSteps(procedure, procedure.getVersion(), "quantri.nuithanh")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("chuyenvien.tamanhnam"))))
			.andExpect(status().isForbidden());
		assertThat(catalog.procedure(procedure.getId()).getWorkflow()).isEmpty();
		mvc.perform(get("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("admin"))))
			.andExpect(status().isOk());
	}

	@Test
	void aStaleVersionIsAConflictAndKeepsTheRows() throws Exception {
		Procedure procedure = procedure("9.997006", 10);
		mvc.perform(threeSteps(procedure, procedure.getVersion(), "quantri.tamanhnam")).andExpect(status().is3xxRedirection());
		mvc.perform(threeSteps(procedure, procedure.getVersion(), "quantri.tamanhnam"))
			.andExpect(status().isConflict())
			.andExpect(shows("dữ liệu vừa được người khác thay đổi"))
			.andExpect(shows("value=\"Dự thảo kết quả, trình ký\""))
			.andExpect(shows("name=\"version\" value=\"" + current("9.997006").getVersion() + "\""));
	}

	@Test
	void theWorkflowTravelsInTheCatalogFileWithDepartmentCodes() throws Exception {
		Procedure procedure = procedure("9.997007", 10);
		mvc.perform(threeSteps(procedure, procedure.getVersion(), "quantri.tamanhnam")).andExpect(status().is3xxRedirection());
		List<WorkflowStep> saved = catalog.procedure(procedure.getId()).getWorkflow();

		byte[] exported = mvc.perform(get("/admin/procedures/export").with(user(demo("quantri.tamanhnam"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		CatalogFile.Entry entry = CatalogImport.read(new ByteArrayInputStream(exported))
			.stream()
			.filter(e -> "9.997007".equals(e.code()))
			.findFirst()
			.orElseThrow();
		assertThat(entry.workflow()).extracting(CatalogFile.StepEntry::department).containsExactly("TPHT", "VP", null);
		assertThat(entry.workflow()).extracting(CatalogFile.StepEntry::kind).containsExactly("PROCESS", "PROCESS", "APPROVAL");
		byte[] file = JsonMapper.builder().build().writeValueAsBytes(List.of(entry));

		mvc.perform(post("/admin/procedures/{id}/workflow", procedure.getId()).with(user(demo("quantri.tamanhnam")))
			.with(csrf())
			.param("version", String.valueOf(current("9.997007").getVersion()))
			.param("action", "default")).andExpect(status().is3xxRedirection());
		assertThat(catalog.procedure(procedure.getId()).getWorkflow()).isEmpty();
		mvc.perform(multipart("/admin/procedures/import").file(new MockMultipartFile("file", "catalog.json", "application/json", file))
			.with(user(demo("quantri.tamanhnam")))
			.with(csrf())).andExpect(status().isOk()).andExpect(shows("1 thủ tục cập nhật"));
		assertThat(catalog.procedure(procedure.getId()).getWorkflow()).as("the same template back").isEqualTo(saved);

		// the district has no department TPHT: the file is refused, saying which code is unknown
		mvc.perform(multipart("/admin/procedures/import").file(new MockMultipartFile("file", "catalog.json", "application/json", file))
			.with(user(demo("quantri.nuithanh")))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(shows("Tệp chưa nhập được"))
			.andExpect(shows("cơ quan không có bộ phận mã “TPHT”"));
		assertThat(SystemActor.call(() -> catalog.ofAgency(agency("000.00.17.H47"))))
			.noneMatch(p -> "9.997007".equals(p.getCode()));
	}
}
