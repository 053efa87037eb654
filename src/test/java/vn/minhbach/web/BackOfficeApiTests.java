package vn.minhbach.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.minhbach.IntegrationTest;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.dossier.Dossier;
import vn.minhbach.dossier.DossierIntake;
import vn.minhbach.dossier.DossierTestSupport;

/** The back office over the API: lists, a dossier with its allowed actions, actions with versions, the PDFs. */
@IntegrationTest
class BackOfficeApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	ProcedureCatalog catalog;

	@Autowired
	UserDetailsService users;

	String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).get("access_token").asString();
	}

	JsonNode json(String username, String path) throws Exception {
		return JSON.readTree(mvc.perform(get(path).header("Authorization", "Bearer " + token(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void anOfficersClientReceivesAndProcessesADossierAndAStaleVersionIsRefused() throws Exception {
		Dossier submitted = new DossierTestSupport(intake, catalog, users).submitted("congdan.demo", "1.004873");
		String desk = token("motcua.tamanhnam");
		mvc.perform(get("/api/v1/dossiers/queue").param("view", "RECEPTION").header("Authorization", "Bearer " + desk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].code", hasItem(submitted.getCode())));
		mvc.perform(get("/api/v1/dossiers/{id}", submitted.getId()).header("Authorization", "Bearer " + desk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.allowedActions", hasItem("RECEIVE")))
			.andExpect(jsonPath("$.applicant.fullName").value("Nguyễn Văn An"));

		String action = "{\"version\": " + submitted.getVersion() + "}";
		mvc.perform(post("/api/v1/dossiers/{id}/actions/receive", submitted.getId()).header("Authorization", "Bearer " + desk)
			.contentType(MediaType.APPLICATION_JSON)
			.content(action))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROCESS"))
			.andExpect(jsonPath("$.documents[0].formCode").value("MAU_01"))
			.andExpect(jsonPath("$.steps[0].name").value("Thẩm định hồ sơ"));
		// the same action again, with the version seen before: refused, with the dossier as it now is
		mvc.perform(post("/api/v1/dossiers/{id}/actions/receive", submitted.getId()).header("Authorization", "Bearer " + desk)
			.contentType(MediaType.APPLICATION_JSON)
			.content(action))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.current.status").value("IN_PROCESS"))
			.andExpect(jsonPath("$.detail", containsString("người khác")));

		JsonNode dossier = json("chuyenvien.tamanhnam", "/api/v1/dossiers/" + submitted.getId());
		int version = dossier.get("version").asInt();
		String specialist = token("chuyenvien.tamanhnam");
		mvc.perform(get("/api/v1/dossiers/queue").param("view", "MINE").header("Authorization", "Bearer " + specialist))
			.andExpect(jsonPath("$.rows[*].id", hasItem(submitted.getId().intValue())));
		// not the specialist's action: refused as a business rule
		mvc.perform(post("/api/v1/dossiers/{id}/actions/approve", submitted.getId())
			.header("Authorization", "Bearer " + specialist)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/dossiers/{id}/actions/forward", submitted.getId())
			.header("Authorization", "Bearer " + specialist)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + ", \"text\": \"Đủ điều kiện\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("AWAITING_APPROVAL"))
			.andExpect(jsonPath("$.allowedActions", not(hasItem("FORWARD"))));
		mvc.perform(post("/api/v1/dossiers/{id}/actions/fly", submitted.getId())
			.header("Authorization", "Bearer " + specialist)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": 0}"))
			.andExpect(status().isNotFound());

		// the control sheet and the receipt, as PDFs
		mvc.perform(get("/api/v1/dossiers/{id}/control-sheet", submitted.getId()).header("Authorization", "Bearer " + desk))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(content().string(org.hamcrest.Matchers.startsWith("%PDF")));
		String receipt = json("motcua.tamanhnam", "/api/v1/dossiers/" + submitted.getId()).get("documents")
			.get(0)
			.get("href")
			.asString();
		mvc.perform(get(receipt).header("Authorization", "Bearer " + desk))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
	}

	@Test
	void theBackOfficeApiChecksRoleAndAgency() throws Exception {
		Dossier submitted = new DossierTestSupport(intake, catalog, users).submitted("congdan2.demo", "1.004873");
		mvc.perform(get("/api/v1/dossiers/{id}", submitted.getId()).header("Authorization", "Bearer " + token("motcua.nuithanh")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/dossiers/queue").header("Authorization", "Bearer " + token("congdan2.demo")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/dossiers/{id}/actions/receive", submitted.getId())
			.header("Authorization", "Bearer " + token("motcua.nuithanh"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + submitted.getVersion() + "}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/dossiers/{id}", submitted.getId())).andExpect(status().isUnauthorized());
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/dossiers/queue")))
			.andExpect(content().string(containsString("/api/v1/dossiers/{id}/actions/{action}")));
	}
}
