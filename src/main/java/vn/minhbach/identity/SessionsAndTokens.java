package vn.minhbach.identity;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Ends every HTTP session and API token of an account (after a password change, a lock or a disable). */
final class SessionsAndTokens {

	private SessionsAndTokens() {
	}

	static void endAll(JdbcClient jdbc, Account account) {
		jdbc.sql("delete from spring_session where principal_name = :username")
			.param("username", account.getUsername())
			.update();
		jdbc.sql("update identity_api_token set revoked = true where account_id = :id")
			.param("id", account.getId())
			.update();
	}
}
