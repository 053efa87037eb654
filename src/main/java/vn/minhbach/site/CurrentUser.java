package vn.minhbach.site;

import java.util.List;
import java.util.Set;

import vn.minhbach.shared.Role;

/**
 * The logged-in person as the layouts see them.
 *
 * @param username user name
 * @param fullName full name
 * @param staff whether a member of staff
 * @param currentAgencyId the agency the staff member works for now
 * @param currentAgencyName its name
 * @param roles the roles held in the current agency (all roles for a SYSTEM_ADMIN)
 * @param agencies the agencies the person may switch between
 */
public record CurrentUser(String username, String fullName, boolean staff, Long currentAgencyId, String currentAgencyName,
		Set<Role> roles, List<AgencyChoice> agencies) {

	/** Whether the person holds the role (by name) in the current agency. */
	public boolean has(String role) {
		return roles.contains(Role.valueOf(role));
	}

	/** Whether the person holds any of the roles (by name) in the current agency. */
	public boolean hasAny(String... names) {
		for (String name : names) {
			if (has(name)) {
				return true;
			}
		}
		return false;
	}

	public boolean citizen() {
		return !staff;
	}

	/** An agency in the workspace switcher. */
	public record AgencyChoice(Long id, String name) {
	}
}
