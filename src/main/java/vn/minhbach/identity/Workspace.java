package vn.minhbach.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;

import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;

/**
 * The agency a member of staff is working for right now. Most staff hold roles in one agency;
 * someone with roles in several (or a SYSTEM_ADMIN) switches between them. Kept in the HTTP
 * session, which lives in PostgreSQL.
 */
@Component
public class Workspace {

	static final String SESSION_KEY = "minhbach.workspace.agency";

	private final OrganizationDirectory organization;

	Workspace(OrganizationDirectory organization) {
		this.organization = organization;
	}

	/** The agencies the current user may work for. */
	public List<Agency> agencies() {
		if (Access.isSystemAdmin()) {
			return organization.agencies();
		}
		Set<Long> ids = Access.agencies();
		List<Agency> result = new ArrayList<>();
		for (Agency agency : organization.agencies()) {
			if (ids.contains(agency.getId())) {
				result.add(agency);
			}
		}
		return result;
	}

	/** The current agency's id, or null when the user works for none. */
	public Long currentAgencyId(HttpSession session) {
		Object stored = session == null ? null : session.getAttribute(SESSION_KEY);
		List<Agency> allowed = agencies();
		if (stored instanceof Long id && allowed.stream().anyMatch(agency -> agency.getId().equals(id))) {
			return id;
		}
		if (Access.isSystemAdmin()) {
			return organization.hostAgency().map(Agency::getId)
				.orElse(allowed.isEmpty() ? null : allowed.get(0).getId());
		}
		return allowed.isEmpty() ? null : allowed.get(0).getId();
	}

	public void switchTo(HttpSession session, Long agencyId) {
		if (agencies().stream().noneMatch(agency -> agency.getId().equals(agencyId))) {
			throw new AccessDeniedInAgency("workspace " + agencyId);
		}
		session.setAttribute(SESSION_KEY, agencyId);
	}
}
