package vn.minhbach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import vn.minhbach.IntegrationTest;

/**
 * A bearer token presented with an API call is not a login: the calls of a busy client write
 * nothing (no account update, no audit entry), and many parallel calls with one token all succeed.
 */
@IntegrationTest
class ApiTokenUseTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpClient http = HttpClient.newHttpClient();

	String token(String username) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"Demo@2026\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JSON.readTree(response.body()).get("access_token").asString();
	}

	long auditEntries(String username) {
		return jdbc.sql("select count(*) from audit_entry where actor = :u").param("u", username).query(Long.class).single();
	}

	String account(String username) {
		return jdbc.sql("select version || '/' || coalesce(last_login_at::text, '') from identity_account where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
	}

	@Test
	void parallelCallsWithOneTokenWriteNothingAndAllSucceed() throws Exception {
		String token = token("chuyenvien.nuithanh");
		// the token's first use records "last used"; later calls within the minute write nothing
		HttpRequest queue = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers/queue"))
			.header("Authorization", "Bearer " + token)
			.build();
		assertThat(http.send(queue, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
		long audit = auditEntries("chuyenvien.nuithanh");
		String account = account("chuyenvien.nuithanh");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				calls.add(pool.submit(() -> http.send(queue, HttpResponse.BodyHandlers.ofString()).statusCode()));
			}
			for (Future<Integer> call : calls) {
				assertThat(call.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(auditEntries("chuyenvien.nuithanh")).as("audit entries written by API reads").isEqualTo(audit);
		assertThat(account("chuyenvien.nuithanh")).as("the account is not touched by API reads").isEqualTo(account);
	}
}
