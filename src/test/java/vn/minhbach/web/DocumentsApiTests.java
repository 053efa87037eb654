package vn.minhbach.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.minhbach.IntegrationTest;
import vn.minhbach.files.TestFiles;

/** Official documents over the API: a decision from draft to issuance, a paper arrival, the registers. */
@IntegrationTest
class DocumentsApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).get("access_token").asString();
	}

	JsonNode act(String token, long id, String action, String body) throws Exception {
		return JSON.readTree(mvc.perform(post("/api/v1/documents/{id}/actions/{a}", id, action)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aDecisionIsDraftedApprovedAndIssuedThroughTheApi() throws Exception {
		long signer = jdbc.sql("select id from identity_account where username = 'lanhdao.tamanhnam'").query(Long.class).single();
		String drafter = token("chuyenvien.tamanhnam");
		String created = mvc.perform(post("/api/v1/documents").header("Authorization", "Bearer " + drafter)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "QUYET_DINH", "subject": "Quyết định khen thưởng tập thể thôn Nam Định", "urgency": "NORMAL",
					 "secrecy": "NORMAL", "signerAccountId": %d, "authority": "TM.",
					 "bodyText": "Điều 1. Khen thưởng tập thể thôn Nam Định đã có thành tích xuất sắc."}
					""".formatted(signer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.allowedActions", hasItem("SUBMIT")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = JSON.readTree(created).get("id").asLong();
		int version = JSON.readTree(created).get("version").asInt();
		JsonNode submitted = act(drafter, id, "submit", "{\"version\": " + version + "}");
		// the same step again, with the version seen before: refused with the document as it now is
		mvc.perform(post("/api/v1/documents/{id}/actions/submit", id).header("Authorization", "Bearer " + drafter)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + version + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.current.status").value("AWAITING_APPROVAL"));
		String leader = token("lanhdao.tamanhnam");
		JsonNode approved = act(leader, id, "approve", "{\"version\": " + submitted.get("version").asInt() + "}");
		// a specialist cannot issue
		mvc.perform(post("/api/v1/documents/{id}/actions/issue", id).header("Authorization", "Bearer " + drafter)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\": " + approved.get("version").asInt() + "}"))
			.andExpect(status().isForbidden());
		String clerk = token("vanthu.tamanhnam");
		JsonNode issued = act(clerk, id, "issue", "{\"version\": " + approved.get("version").asInt() + "}");
		org.assertj.core.api.Assertions.assertThat(issued.get("notation").asString()).matches("\\d{2,}/QĐ-UBND");
		mvc.perform(get("/api/v1/documents/{id}/pdf", id).header("Authorization", "Bearer " + clerk))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		mvc.perform(get("/api/v1/documents").param("view", "OUTGOING").param("q", "khen thuong thon nam dinh")
			.header("Authorization", "Bearer " + leader))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].id", hasItem((int) id)));
		mvc.perform(get("/api/v1/documents/{id}", id).header("Authorization", "Bearer " + token("motcua.nuithanh")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPaperArrivalIsRegisteredAndTheRegisterBookListsIt() throws Exception {
		String clerk = token("vanthu.tamanhnam");
		var meta = new MockMultipartFile("document", "", MediaType.APPLICATION_JSON_VALUE, """
				{"type": "THONG_BAO", "subject": "Thông báo lịch tiếp công dân tháng 12", "authorName": "Văn phòng UBND huyện",
				 "originalNotation": "12/TB-VP", "urgency": "NORMAL", "secrecy": "NORMAL"}
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		var scan = new MockMultipartFile("scan", "thong-bao.pdf", "application/pdf", TestFiles.pdf("Lịch tiếp công dân"));
		String body = mvc.perform(multipart("/api/v1/documents/incoming").file(meta).file(scan)
			.header("Authorization", "Bearer " + clerk))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("AWAITING_DIRECTION"))
			.andExpect(jsonPath("$.arrivalNumber").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long registers = JSON.readTree(mvc.perform(get("/api/v1/documents/registers").header("Authorization", "Bearer " + clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).size();
		org.assertj.core.api.Assertions.assertThat(registers).isPositive();
		long registerId = jdbc.sql("select register_id from document where id = :id")
			.param("id", JSON.readTree(body).get("id").asLong())
			.query(Long.class)
			.single();
		mvc.perform(get("/api/v1/documents/registers/{id}", registerId).header("Authorization", "Bearer " + clerk))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.columns[1]").value("Số đến"))
			.andExpect(jsonPath("$.rows[*][3]", hasItem("12/TB-VP")));
		mvc.perform(get("/api/v1/documents/registers/{id}/book.xlsx", registerId).header("Authorization", "Bearer " + clerk))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(content().string(containsString("/api/v1/documents/{id}/actions/{action}")))
			.andExpect(content().string(matchesPattern("(?s).*/api/v1/documents/registers.*")));
	}
}
