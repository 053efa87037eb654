package vn.minhbach.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.minhbach.shared.AfterCommit;

/**
 * Ends every HTTP session and API token of an account (after a password change, a lock or a
 * disable), and remembers for a few seconds who a recently presented API token belongs to, so a
 * busy API client costs one hash and a map look-up per call instead of three queries.
 *
 * <p>What is remembered is forgotten for an account whenever its access changes on this instance
 * (roles, password, disabled), at once and again after the change commits; on the other
 * instances behind a load balancer the change reaches a token within {@link #REMEMBERED}.
 */
@Component
class SessionsAndTokens {

	/** How long the principal behind a token is remembered. */
	static final Duration REMEMBERED = Duration.ofSeconds(10);

	/** A token's principal as last read, with the token's own expiry. */
	record Remembered(AccountPrincipal principal, Instant expiresAt) {
	}

	private final JdbcClient jdbc;

	private final Cache<String, Remembered> tokens = Caffeine.newBuilder()
		.expireAfterWrite(REMEMBERED)
		.maximumSize(10_000)
		.build();

	SessionsAndTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void endAll(Account account) {
		jdbc.sql("delete from spring_session where principal_name = :username")
			.param("username", account.getUsername())
			.update();
		revokeTokens(account);
	}

	void revokeTokens(Account account) {
		jdbc.sql("update identity_api_token set revoked = true where account_id = :id")
			.param("id", account.getId())
			.update();
		forget(account.getId());
	}

	/** Forgets the remembered tokens of an account, now and after the current transaction commits. */
	void forget(long accountId) {
		AfterCommit.nowAndAfterCommit(() -> tokens.asMap().values().removeIf(remembered -> remembered.principal().accountId() == accountId));
	}

	void forgetToken(String hash) {
		AfterCommit.nowAndAfterCommit(() -> tokens.invalidate(hash));
	}

	Optional<Remembered> remembered(String hash, Instant now) {
		Remembered remembered = tokens.getIfPresent(hash);
		if (remembered != null && !remembered.expiresAt().isAfter(now)) {
			tokens.invalidate(hash);
			return Optional.empty();
		}
		return Optional.ofNullable(remembered);
	}

	void remember(String hash, AccountPrincipal principal, Instant expiresAt) {
		tokens.put(hash, new Remembered(principal, expiresAt));
	}
}
