package vn.minhbach.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import vn.minhbach.IntegrationTest;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.dossier.DossierFixtures;
import vn.minhbach.files.TestFiles;

/** The online-services API, on the path a citizen's app would take, and its answers to bad input. */
@IntegrationTest
class OnlineServicesApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcedureCatalog catalog;

	static final JsonMapper JSON = JsonMapper.builder().build();

	String token(String username) throws Exception {
		String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).get("access_token").asString();
	}

	@Test
	void searchesTheCatalogWithOrWithoutDiacritics() throws Exception {
		mvc.perform(get("/api/v1/procedures").param("q", "dang ky khai sinh"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].code").value("1.001193"))
			.andExpect(jsonPath("$.items[0].name").value("Thủ tục đăng ký khai sinh"));
		mvc.perform(get("/api/v1/procedures").param("q", "Đăng ký khai sinh"))
			.andExpect(jsonPath("$.items[0].code").value("1.001193"));
		mvc.perform(get("/api/v1/procedures").param("q", "1.004222"))
			.andExpect(jsonPath("$.items[0].onlineFeeVnd").value(10000));
		mvc.perform(get("/api/v1/procedures").param("size", "1000"))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.items.length()", lessThanOrEqualTo(200)));
		mvc.perform(get("/api/v1/procedures").param("online", "FULL"))
			.andExpect(jsonPath("$.items[*].onlineLevel", hasItem("FULL")));
		mvc.perform(get("/api/v1/procedures/1.001193"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.formSchema.title").value("Tờ khai đăng ký khai sinh"))
			.andExpect(jsonPath("$.papers[0].name").exists());
		mvc.perform(get("/api/v1/procedures/9.999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("Không tìm thấy thủ tục, hoặc thủ tục chưa được công bố."));
	}

	@Test
	void submitsADossierOnceTracksItAndListsIt() throws Exception {
		String token = token("congdan2.demo");
		var procedure = catalog.publishedByCode("2.000635").orElseThrow();
		String answers = DossierFixtures.validAnswers(procedure.getFormSchema()).toJson()
			.replace("049090001234", "049195004321")
			.replace("Nguyễn Văn An", "Trần Thị Bích");
		var request = multipart("/api/v1/dossiers").file(new MockMultipartFile("answers", "", "application/json",
				answers.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("paper0", "to-khai.pdf", "application/pdf", TestFiles.pdf("Tờ khai")))
			.param("procedure", "2.000635")
			.header("Authorization", "Bearer " + token)
			.header("Idempotency-Key", "api-key-1");
		String body = mvc.perform(request)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.feeVnd").value(8000))
			.andExpect(header().string("Location", containsString("/api/v1/dossiers/000.08.17.H47-")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String code = JSON.readTree(body).get("code").asString();
		mvc.perform(request).andExpect(status().isOk()).andExpect(jsonPath("$.code").value(code));
		mvc.perform(get("/api/v1/dossiers/{code}/status", code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.applicant").value("T*** T** Bích"))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("049195004321"))));
		mvc.perform(get("/api/v1/dossiers/mine").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code", hasItem(code)));
		mvc.perform(get("/api/v1/dossiers/mine")).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesBadSubmissionsClearlyAndKeepsTheDraft() throws Exception {
		String token = token("congdan.demo");
		var bad = multipart("/api/v1/dossiers")
			.file(new MockMultipartFile("answers", "", "application/json",
					"{\"requester\":[{\"fullName\":\"Nguyễn Văn An\",\"citizenId\":\"123\"}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.param("procedure", "1.001193")
			.header("Authorization", "Bearer " + token);
		mvc.perform(bad)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.fieldErrors['requester.0.citizenId']").value("error.citizenId"))
			.andExpect(jsonPath("$.missingPapers").isArray());
		var notPdf = multipart("/api/v1/dossiers")
			.file(new MockMultipartFile("answers", "", "application/json", "{}".getBytes()))
			.file(new MockMultipartFile("paper0", "to-khai.pdf", "application/pdf", "<html>giả</html>".getBytes()))
			.param("procedure", "1.001193")
			.header("Authorization", "Bearer " + token);
		mvc.perform(notPdf)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString("không đúng loại cho phép")));
		var notJson = multipart("/api/v1/dossiers")
			.file(new MockMultipartFile("answers", "", "application/json", "{không phải json".getBytes()))
			.param("procedure", "1.001193")
			.header("Authorization", "Bearer " + token);
		mvc.perform(notJson).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Phần answers không phải JSON hợp lệ"));
	}

	@Test
	void unknownCodesAreNotFoundAndGuessersAreStopped() throws Exception {
		mvc.perform(get("/api/v1/dossiers/{code}/status", "000.08.17.H47-000101-0001").with(r -> {
			r.setRemoteAddr("192.0.2.10");
			return r;
		})).andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").value("Không tìm thấy hồ sơ có mã này."));
		int status = 0;
		for (int i = 0; i < 25 && status != 429; i++) {
			int n = i;
			status = mvc.perform(get("/api/v1/dossiers/{code}/status", "000.08.17.H47-000101-" + String.format("%04d", n))
				.with(r -> {
					r.setRemoteAddr("192.0.2.11");
					return r;
				})).andReturn().getResponse().getStatus();
		}
		org.assertj.core.api.Assertions.assertThat(status).isEqualTo(429);
	}

	@Test
	void theOpenApiDocumentIsPublic() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/procedures']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dossiers']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/dossiers/{code}/status']").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void thePaymentNotificationAnswersInTheGatewaysTerms() throws Exception {
		mvc.perform(get("/payment/ipn/sandbox").param("vnp_TxnRef", "MB1").param("vnp_Amount", "800000")
			.param("vnp_SecureHash", "00"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.RspCode").value("97"));
		Map.of();
	}
}
