package vn.minhbach.shared;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Checks of the current user's roles <em>and agency</em>, for application services and
 * controllers of every module. A SYSTEM_ADMIN holds every staff role in every agency.
 */
public final class Access {

	private Access() {
	}

	/** The user name of the current user, or "system" for work without a user (start-up, schedulers). */
	public static String actorName() {
		return authentication().map(authentication -> authentication instanceof AnonymousAuthenticationToken ? "anonymous"
				: authentication.getName()).orElse("system");
	}

	public static boolean isSystemAdmin() {
		return roles().anyMatch(role -> role.role() == Role.SYSTEM_ADMIN);
	}

	/** Whether the current user holds {@code role} in {@code agencyId} (or is a SYSTEM_ADMIN). */
	public static boolean has(Role role, Long agencyId) {
		if (role.staff() && isSystemAdmin()) {
			return true;
		}
		return roles().anyMatch(held -> held.role() == role && (agencyId == null || agencyId.equals(held.agencyId())));
	}

	/** Whether the current user holds any of the roles in {@code agencyId}. */
	public static boolean hasAny(Long agencyId, Role... roles) {
		return Arrays.stream(roles).anyMatch(role -> has(role, agencyId));
	}

	/** Throws {@link AccessDeniedInAgency} unless the current user holds one of the roles in the agency. */
	public static void require(Long agencyId, Role... roles) {
		if (!hasAny(agencyId, roles)) {
			throw new AccessDeniedInAgency(Arrays.toString(roles) + " in agency " + agencyId);
		}
	}

	/** The agencies in which the current user holds one of the roles (empty for a SYSTEM_ADMIN: use {@link #isSystemAdmin()}). */
	public static Set<Long> agenciesWith(Role... roles) {
		Set<Role> wanted = Set.of(roles);
		Set<Long> agencies = new LinkedHashSet<>();
		roles().filter(held -> wanted.contains(held.role()) && held.agencyId() != null)
			.forEach(held -> agencies.add(held.agencyId()));
		return agencies;
	}

	/** The agencies in which the current user holds any staff role. */
	public static Set<Long> agencies() {
		Set<Long> agencies = new LinkedHashSet<>();
		roles().filter(held -> held.agencyId() != null).forEach(held -> agencies.add(held.agencyId()));
		return agencies;
	}

	public static Stream<AgencyRole> roles() {
		return authentication().stream()
			.flatMap(authentication -> authentication.getAuthorities().stream())
			.filter(AgencyRole.class::isInstance)
			.map(AgencyRole.class::cast);
	}

	private static Optional<Authentication> authentication() {
		return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
			.filter(Authentication::isAuthenticated);
	}
}
