package vn.minhbach.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;

/**
 * Opaque bearer tokens for API clients. Only the SHA-256 of a token is stored, so a leaked
 * database does not leak usable tokens; tokens expire, and are revoked with the account's
 * sessions when its password changes or it is disabled.
 */
@Service
public class ApiTokens {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AuditLog audit;

	private final IdentityProperties properties;

	private final SessionsAndTokens sessions;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Accounts accounts, AuditLog audit, IdentityProperties properties,
			SessionsAndTokens sessions, Clock clock) {
		this.sessions = sessions;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** A token issued to a client. */
	public record IssuedToken(String token, Duration validity) {
	}

	@Transactional
	public IssuedToken issue(AccountPrincipal principal) {
		String token = TokenHashing.newToken();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into identity_api_token (token_hash, account_id, created_at, expires_at)
				values (:hash, :account, :now, :expires)
				""")
			.param("hash", TokenHashing.sha256(token))
			.param("account", principal.accountId())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(properties.apiTokenValidity())))
			.update();
		audit.record(AuditRecord.of("API_TOKEN_ISSUED", "identity_account", String.valueOf(principal.accountId()))
			.by(principal.getUsername()));
		return new IssuedToken(token, properties.apiTokenValidity());
	}

	/**
	 * The account a valid, unexpired, unrevoked token belongs to, as a principal with its roles
	 * (read again at most every {@link SessionsAndTokens#REMEMBERED}; a revocation or a change of
	 * the account on this instance is seen at once).
	 */
	@Transactional
	public Optional<AccountPrincipal> resolve(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		String hash = TokenHashing.sha256(token);
		Optional<SessionsAndTokens.Remembered> remembered = sessions.remembered(hash, now);
		if (remembered.isPresent()) {
			return Optional.of(remembered.get().principal());
		}
		Optional<Map<String, Object>> row = jdbc.sql("""
				select account_id, last_used_at, expires_at from identity_api_token
				where token_hash = :hash and not revoked and expires_at > :now
				""")
			.param("now", Timestamp.from(now))
			.param("hash", hash)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		// "last used" to the minute is enough: no write on every call of a busy client
		row.filter(r -> r.get("last_used_at") == null
				|| ((Timestamp) r.get("last_used_at")).toInstant().isBefore(now.minusSeconds(60)))
			.ifPresent(r -> jdbc.sql("update identity_api_token set last_used_at = :now where token_hash = :hash")
				.param("now", Timestamp.from(now))
				.param("hash", hash)
				.update());
		Optional<AccountPrincipal> principal = row
			.flatMap(r -> accounts.findById(((Number) r.get("account_id")).longValue()))
			.filter(Account::isEnabled)
			.filter(account -> !account.lockedAt(now))
			.map(account -> {
				var found = new AccountPrincipal(account, now);
				found.eraseCredentials();
				return found;
			});
		principal.ifPresent(found -> sessions.remember(hash, found,
				((Timestamp) row.get().get("expires_at")).toInstant()));
		return principal;
	}

	@Transactional
	public boolean revoke(String token) {
		sessions.forgetToken(TokenHashing.sha256(token));
		return jdbc.sql("update identity_api_token set revoked = true where token_hash = :hash and not revoked")
			.param("hash", TokenHashing.sha256(token))
			.update() == 1;
	}
}
