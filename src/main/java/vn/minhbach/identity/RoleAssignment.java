package vn.minhbach.identity;

import org.springframework.data.relational.core.mapping.Table;

import vn.minhbach.shared.Role;

/**
 * A role held by an account in an agency, optionally in one of its departments.
 *
 * @param role the role
 * @param agencyId the agency; null only for SYSTEM_ADMIN and CITIZEN
 * @param departmentId the department within the agency, if the role is tied to one
 */
@Table("identity_role_assignment")
public record RoleAssignment(Role role, Long agencyId, Long departmentId) {

	public static RoleAssignment of(Role role, Long agencyId, Long departmentId) {
		if (role.staff() && role != Role.SYSTEM_ADMIN && agencyId == null) {
			throw new IllegalArgumentException(role + " must be held in an agency");
		}
		return new RoleAssignment(role, role == Role.SYSTEM_ADMIN || role == Role.CITIZEN ? null : agencyId,
				departmentId);
	}

	boolean sameAs(Role otherRole, Long otherAgencyId) {
		return role == otherRole && java.util.Objects.equals(agencyId, otherAgencyId);
	}
}
