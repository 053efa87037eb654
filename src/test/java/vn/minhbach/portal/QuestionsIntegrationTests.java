package vn.minhbach.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.minhbach.IntegrationTest;

/**
 * Questions and feedback end to end through the web: the anti-spam rules of the public form
 * (honeypot, signed token, hourly limit per client) with the typed text kept, a valid question
 * stored with its reference and the asker told, the staff desk (role and agency checked), the
 * answer published with the asker's name masked, the lookup by reference and contact, and the API.
 */
@IntegrationTest
class QuestionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FormTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	UserDetails demo(String username) {
		return users.loadUserByUsername(username);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A token for a form shown a minute ago (a person needs more than the minimum seconds). */
	String token() {
		return tokens.issue(Instant.now().minusSeconds(60));
	}

	MockHttpServletRequestBuilder send(String title, String email, String token, String honeypot) {
		var request = post("/hoi-dap/gui").with(csrf())
			.param("kind", "QUESTION")
			.param("field", "Hộ tịch")
			.param("title", title)
			.param("content", "Xin hỏi thủ tục và giấy tờ cần chuẩn bị cho việc này như thế nào?")
			.param("name", "Nguyễn Văn Kiểm Thử")
			.param("email", email)
			.param("phone", "")
			.param("consent", "true")
			.param("website", honeypot);
		return token == null ? request : request.param("formToken", token);
	}

	/** The typed text as the form shows it again (input values are HTML-escaped). */
	static String kept(String text) {
		return "value=\"" + org.springframework.web.util.HtmlUtils.htmlEscape(text) + "\"";
	}

	long stored(String title) {
		return jdbc.sql("select count(*) from portal_question where title = :t").param("t", title).query(Long.class).single();
	}

	@Test
	void refusesAFilledHoneypotAndKeepsWhatWasTyped() throws Exception {
		String title = "Câu hỏi có ô ẩn bị điền";
		mvc.perform(send(title, "robot@example.vn", token(), "http://spam.example").with(from("10.1.0.1")))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("một ô ẩn đã bị điền")))
			.andExpect(content().string(containsString(kept(title))));
		assertThat(stored(title)).isZero();
	}

	@Test
	void refusesMissingForgedAndExpiredTokensWithALocalisedMessageAndTheTextKept() throws Exception {
		String title = "Câu hỏi với mã biểu mẫu sai";
		mvc.perform(send(title, "a@example.vn", null, "").with(from("10.1.0.2")))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("biểu mẫu không hợp lệ hoặc đã bị thay đổi")))
			.andExpect(content().string(containsString(kept(title))));
		String genuine = token();
		String forged = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "A".repeat(43);
		mvc.perform(send(title, "a@example.vn", forged, "").with(from("10.1.0.2")))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("biểu mẫu không hợp lệ hoặc đã bị thay đổi")));
		String expired = tokens.issue(Instant.now().minus(Duration.ofHours(7)));
		mvc.perform(send(title, "a@example.vn", expired, "").with(from("10.1.0.2")).param("lang", "en"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("the form was open for too long")))
			.andExpect(content().string(containsString(kept(title))))
			.andExpect(content().string(not(containsString(expired))));
		mvc.perform(send(title, "a@example.vn", tokens.issue(Instant.now()), "").with(from("10.1.0.2")))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("gửi quá nhanh")));
		assertThat(stored(title)).isZero();
	}

	@Test
	void refusesAFormSentTwice() throws Exception {
		String once = token();
		String title = "Câu hỏi gửi hai lần bằng một biểu mẫu";
		mvc.perform(send(title, "twice@example.vn", once, "").with(from("10.1.0.3"))).andExpect(status().is3xxRedirection());
		mvc.perform(send(title, "twice@example.vn", once, "").with(from("10.1.0.3")))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("đã được gửi một lần")));
		assertThat(stored(title)).isEqualTo(1);
	}

	@Test
	void limitsSubmissionsPerClientAndHour() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(send("Thử giới hạn " + i, "limit@example.vn", token(), "x").with(from("10.1.0.4")))
				.andExpect(status().is(422));
		}
		String title = "Câu hỏi thứ mười một trong giờ";
		mvc.perform(send(title, "limit@example.vn", token(), "").with(from("10.1.0.4")))
			.andExpect(status().is(429))
			.andExpect(content().string(containsString("quá nhiều câu hỏi")))
			.andExpect(content().string(containsString(kept(title))));
		assertThat(stored(title)).isZero();
		// another client is not affected
		mvc.perform(send(title, "limit@example.vn", token(), "").with(from("10.1.0.5"))).andExpect(status().is3xxRedirection());
		assertThat(stored(title)).isEqualTo(1);
	}

	@Test
	void requiresAWayToReachTheAsker() throws Exception {
		String title = "Câu hỏi không có liên hệ";
		mvc.perform(send(title, "", token(), "").with(from("10.1.0.6")))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Hãy nhập thư điện tử hoặc số điện thoại")))
			.andExpect(content().string(containsString(kept(title))));
		assertThat(stored(title)).isZero();
	}

	@Test
	void aQuestionIsAnsweredPublishedWithTheNameMaskedAndTheAskerIsTold() throws Exception {
		String title = "Thủ tục đăng ký thường trú tại Quảng trường Điện Bàn";
		var sent = mvc.perform(send(title, "kiemthu.hoidap@example.vn", token(), "").with(from("10.1.0.7")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/hoi-dap/da-gui"))
			.andReturn();
		String reference = (String) sent.getFlashMap().get("reference");
		assertThat(reference).matches("HD-\\d{6}-\\d{4}");
		mvc.perform(get("/hoi-dap/da-gui").cookie(sent.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)));
		Map<String, Object> row = jdbc.sql("select id, asker_email, status, channel from portal_question where reference = :r")
			.param("r", reference)
			.query()
			.singleRow();
		assertThat(row).containsEntry("asker_email", "kiemthu.hoidap@example.vn").containsEntry("status", "NEW")
			.containsEntry("channel", "ONLINE");
		long id = ((Number) row.get("id")).longValue();
		assertThat(outbox(id, "received")).singleElement().asString().contains(reference);

		// not public before it is answered and published
		mvc.perform(get("/hoi-dap/{r}", reference)).andExpect(status().isNotFound());
		mvc.perform(get("/hoi-dap").param("q", "quang truong dien ban"))
			.andExpect(content().string(not(containsString(title))));
		// the asker follows it up with the reference and the e-mail
		mvc.perform(post("/hoi-dap/tra-cuu").with(csrf()).with(from("10.1.0.7")).param("code", reference.toLowerCase())
			.param("contact", "KiemThu.HoiDap@example.vn"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mới nhận")));
		mvc.perform(post("/hoi-dap/tra-cuu").with(csrf()).with(from("10.1.0.7")).param("code", reference)
			.param("contact", "someone.else@example.vn"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(title))));

		// staff of the commune answer and publish
		mvc.perform(get("/staff/questions").with(user(demo("chuyenvien.tamanhnam"))).param("view", "NEW").param("q", "quang truong"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)));
		int version = version(id);
		mvc.perform(post("/staff/questions/{id}/answer", id).with(csrf()).with(user(demo("chuyenvien.tamanhnam")))
			.param("version", String.valueOf(version))
			.param("answer", "Ông/Bà nộp hồ sơ đăng ký thường trú tại Công an xã hoặc qua Cổng dịch vụ công quốc gia.")
			.param("publish", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/staff/questions/" + id));
		assertThat(outbox(id, "answered")).singleElement().asString().contains("Công an xã").contains("/hoi-dap/" + reference);

		// public: found without diacritics, the name masked, no contact details
		mvc.perform(get("/hoi-dap").param("q", "quang truong dien ban"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("N***** V** K*** Thử")))
			.andExpect(content().string(not(containsString("Nguyễn Văn Kiểm Thử"))))
			.andExpect(content().string(not(containsString("kiemthu.hoidap@example.vn"))));
		mvc.perform(get("/hoi-dap/{r}", reference))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Công an xã")))
			.andExpect(content().string(not(containsString("Nguyễn Văn Kiểm Thử"))));
		mvc.perform(get("/api/v1/portal/questions").param("q", "quang truong dien ban"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].reference").value(reference))
			.andExpect(jsonPath("$.items[0].asker").value("N***** V** K*** Thử"))
			.andExpect(content().string(not(containsString("kiemthu.hoidap"))))
			.andExpect(content().string(not(containsString("Nguyễn Văn Kiểm Thử"))));
		mvc.perform(get("/api/v1/portal/questions/{r}", reference))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answer", containsString("Công an xã")));

		// withdrawn: gone from the public list and the API
		mvc.perform(post("/staff/questions/{id}/unpublish", id).with(csrf()).with(user(demo("bientap.tamanhnam")))
			.param("version", String.valueOf(version(id))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/portal/questions/{r}", reference)).andExpect(status().isNotFound());
	}

	@Test
	void onlyStaffWithAQuestionRoleInTheQuestionsAgencyMayHandleIt() throws Exception {
		String title = "Câu hỏi chỉ cán bộ xã được xem";
		var sent = mvc.perform(send(title, "phamvi@example.vn", token(), "").with(from("10.1.0.8")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String reference = (String) sent.getFlashMap().get("reference");
		long id = jdbc.sql("select id from portal_question where reference = :r").param("r", reference).query(Long.class).single();
		// staff of the district, another agency
		mvc.perform(get("/staff/questions/{id}", id).with(user(demo("chuyenvien.nuithanh")))).andExpect(status().isForbidden());
		mvc.perform(post("/staff/questions/{id}/answer", id).with(csrf()).with(user(demo("lanhdao.nuithanh")))
			.param("version", String.valueOf(version(id)))
			.param("answer", "Trả lời trái phép")
			.param("publish", "true"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/questions").with(user(demo("chuyenvien.nuithanh"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(reference))));
		// the commune's one-stop desk does not handle questions; citizens never reach the desk
		mvc.perform(get("/staff/questions/{id}", id).with(user(demo("motcua.tamanhnam")))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/questions").with(user(demo("congdan.demo")))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from portal_question where id = :id and answer is null").param("id", id)
			.query(Long.class).single()).isEqualTo(1);
		// the commune's leader may, and closing needs a reason
		mvc.perform(get("/staff/questions/{id}", id).with(user(demo("lanhdao.tamanhnam"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("phamvi@example.vn")));
		mvc.perform(post("/staff/questions/{id}/close", id).with(csrf()).with(user(demo("lanhdao.tamanhnam")))
			.param("version", String.valueOf(version(id))).param("note", ""));
		assertThat(statusOf(id)).isEqualTo("NEW");
		mvc.perform(post("/staff/questions/{id}/close", id).with(csrf()).with(user(demo("lanhdao.tamanhnam")))
			.param("version", String.valueOf(version(id))).param("note", "Trùng với câu hỏi đã trả lời"));
		assertThat(statusOf(id)).isEqualTo("CLOSED");
	}

	@Test
	void demoDataPublishesAnsweredQuestions() throws Exception {
		mvc.perform(get("/hoi-dap").param("q", "khai sinh chua dang ky ket hon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn")))
			.andExpect(content().string(containsString("N***** T** H*** Nhung")));
		mvc.perform(get("/hoi-dap").param("q", "den chieu sang"))
			.andExpect(content().string(not(containsString("Đèn chiếu sáng đường liên thôn bị hỏng"))));
	}

	int version(long id) {
		return jdbc.sql("select version from portal_question where id = :id").param("id", id).query(Integer.class).single();
	}

	String statusOf(long id) {
		return jdbc.sql("select status from portal_question where id = :id").param("id", id).query(String.class).single();
	}

	List<String> outbox(long id, String event) {
		return jdbc.sql("select recipient || ' ' || coalesce(subject, '') || ' ' || body from notification_message where dedup_key like :key")
			.param("key", "question-" + id + "-" + event + "-%")
			.query(String.class)
			.list();
	}
}
