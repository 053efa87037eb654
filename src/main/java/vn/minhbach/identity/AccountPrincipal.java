package vn.minhbach.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

import vn.minhbach.shared.AgencyRole;

/**
 * The logged-in person as Spring Security and the HTTP session (stored in PostgreSQL) see them.
 * Holds identifiers and roles only; pages load current data from {@link AccountDirectory}. It is
 * also the principal of requests authenticated with a bearer token.
 */
public final class AccountPrincipal
		implements UserDetails, OAuth2AuthenticatedPrincipal, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String fullName;

	private final AccountKind kind;

	private final List<AgencyRole> roles;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	AccountPrincipal(Account account, Instant now) {
		this.accountId = account.getId();
		this.username = account.getUsername();
		this.fullName = account.getFullName();
		this.kind = account.getKind();
		this.roles = account.getRoles().stream().map(role -> new AgencyRole(role.role(), role.agencyId())).toList();
		this.enabled = account.isEnabled();
		this.locked = account.lockedAt(now);
		this.passwordHash = account.getPasswordHash();
	}

	public long accountId() {
		return accountId;
	}

	public String fullName() {
		return fullName;
	}

	public AccountKind kind() {
		return kind;
	}

	public boolean staff() {
		return kind == AccountKind.STAFF;
	}

	@Override
	public Collection<AgencyRole> getAuthorities() {
		return roles;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public String getName() {
		return username;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("account_id", accountId, "kind", kind.name());
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return username;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal principal && principal.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}
}
