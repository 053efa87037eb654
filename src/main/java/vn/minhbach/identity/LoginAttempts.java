package vn.minhbach.identity;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;

/**
 * Counts failed logins (locking the account after too many in a row), clears them on success,
 * and records every login and failed login in the audit log.
 */
@Component
class LoginAttempts {

	private final Accounts accounts;

	private final AuditLog audit;

	private final IdentityProperties properties;

	private final Clock clock;

	LoginAttempts(Accounts accounts, AuditLog audit, IdentityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		// a login is a password checked (the form, or an API client asking for a token); a bearer
		// token presented with each API call is not, and must not write on every request
		if (!(event.getAuthentication() instanceof org.springframework.security.authentication.UsernamePasswordAuthenticationToken)
				|| !(event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal)) {
			return;
		}
		accounts.findById(principal.accountId()).ifPresent(account -> {
			account.recordSuccessfulLogin(clock.instant());
			accounts.save(account);
		});
		audit.record(AuditRecord.of("LOGIN", "identity_account", String.valueOf(principal.accountId()))
			.by(principal.getUsername()));
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String login = String.valueOf(event.getAuthentication().getPrincipal());
		if (login.length() > 100) {
			login = login.substring(0, 100);
		}
		String action = event instanceof AuthenticationFailureLockedEvent ? "LOGIN_REFUSED_LOCKED" : "LOGIN_FAILED";
		var account = accounts.findByLogin(login.trim());
		if (event instanceof AuthenticationFailureBadCredentialsEvent && account.isPresent()) {
			Account found = account.get();
			boolean lockedNow = found.recordFailedLogin(clock.instant(), properties.lockoutThreshold(),
					properties.lockoutDuration());
			accounts.save(found);
			if (lockedNow) {
				audit.record(AuditRecord.of("ACCOUNT_LOCKED", "identity_account", String.valueOf(found.getId()))
					.by(login)
					.detail("until", found.getLockedUntil()));
			}
		}
		audit.record(AuditRecord.of(action, "identity_account", account.map(a -> String.valueOf(a.getId())).orElse(null))
			.by(login)
			.detail("reason", event.getException().getClass().getSimpleName()));
	}
}
