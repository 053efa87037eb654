package vn.minhbach.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.notification.Notifications;
import vn.minhbach.notification.OutgoingMessage;
import vn.minhbach.shared.BusinessRuleViolation;

/**
 * Password reset by e-mailed link. A request never reveals whether the account exists; the
 * link carries a random token of which only the SHA-256 is stored, works once and expires. A
 * reset unlocks the account and ends its sessions and API tokens.
 */
@Service
public class PasswordResets {

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final SessionsAndTokens sessions;

	private final PasswordEncoder passwords;

	private final Notifications notifications;

	private final MessageSource messages;

	private final AuditLog audit;

	private final IdentityProperties properties;

	private final Clock clock;

	PasswordResets(Accounts accounts, JdbcClient jdbc, PasswordEncoder passwords, Notifications notifications,
			MessageSource messages, AuditLog audit, IdentityProperties properties, SessionsAndTokens sessions, Clock clock) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.notifications = notifications;
		this.messages = messages;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Sends a reset link when the login names an enabled account with an e-mail address; silent otherwise. */
	@Transactional
	public void request(String login, Locale locale) {
		if (login == null || login.isBlank()) {
			return;
		}
		Optional<Account> found = accounts.findByLogin(login.trim());
		if (found.isEmpty() || found.get().getEmail() == null || !found.get().isEnabled()) {
			audit.record(AuditRecord.of("PASSWORD_RESET_UNKNOWN", "identity_account", null).by(truncate(login)));
			return;
		}
		Account account = found.get();
		String token = TokenHashing.newToken();
		Instant now = clock.instant();
		jdbc.sql("insert into identity_password_reset (token_hash, account_id, created_at, expires_at) values (:hash, :account, :now, :expires)")
			.param("hash", TokenHashing.sha256(token))
			.param("account", account.getId())
			.param("now", java.sql.Timestamp.from(now))
			.param("expires", java.sql.Timestamp.from(now.plus(properties.passwordResetValidity())))
			.update();
		String link = UriComponentsBuilder.fromUri(properties.publicUrl())
			.path("/password/reset")
			.queryParam("token", token)
			.build()
			.toUriString();
		long minutes = properties.passwordResetValidity().toMinutes();
		String subject = messages.getMessage("mail.passwordReset.subject", null, locale);
		String body = messages.getMessage("mail.passwordReset.body",
				new Object[] { account.getFullName(), link, minutes }, locale);
		notifications.enqueue(OutgoingMessage.email(account.getEmail(), subject, body, null));
		audit.record(AuditRecord.of("PASSWORD_RESET_REQUESTED", "identity_account", account.getId().toString())
			.by(account.getUsername()));
	}

	/** Whether the token of a link is valid now. */
	@Transactional(readOnly = true)
	public boolean valid(String token) {
		return accountFor(token).isPresent();
	}

	@Transactional
	public void reset(String token, String newPassword, String confirmation) {
		Long accountId = accountFor(token).orElseThrow(() -> new BusinessRuleViolation("error.passwordReset.invalid"));
		Account account = accounts.findById(accountId).orElseThrow();
		if (!newPassword.equals(confirmation)) {
			throw new BusinessRuleViolation("error.password.mismatch");
		}
		PasswordPolicy.violation(newPassword, account.getUsername(), account.getCitizenId()).ifPresent(key -> {
			throw new BusinessRuleViolation(key);
		});
		account.changePassword(passwords.encode(newPassword), clock.instant());
		account.unlock();
		accounts.save(account);
		jdbc.sql("update identity_password_reset set used_at = now() where token_hash = :hash")
			.param("hash", TokenHashing.sha256(token))
			.update();
		sessions.endAll(account);
		audit.record(AuditRecord.of("PASSWORD_RESET", "identity_account", account.getId().toString())
			.by(account.getUsername()));
	}

	private Optional<Long> accountFor(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select account_id from identity_password_reset
				where token_hash = :hash and used_at is null and expires_at > :now
				""")
			.param("hash", TokenHashing.sha256(token))
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional();
	}

	private static String truncate(String text) {
		return text.length() > 100 ? text.substring(0, 100) : text;
	}
}
