package vn.minhbach.shared;

import java.io.Serializable;

import org.springframework.security.core.GrantedAuthority;

/**
 * A role held in an agency, as a Spring Security authority. Its authority string is
 * {@code ROLE_<role>} so URL rules can ask for the role; code that touches an agency's data
 * asks {@link Access} for the role <em>in that agency</em>.
 *
 * @param role the role
 * @param agencyId the agency, or null for SYSTEM_ADMIN and CITIZEN
 */
public record AgencyRole(Role role, Long agencyId) implements GrantedAuthority, Serializable {

	@Override
	public String getAuthority() {
		return "ROLE_" + role.name();
	}
}
