package vn.minhbach.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is recorded: an action on an object, in an agency, with a few details.
 *
 * @param action what happened, upper snake case ({@code LOGIN_FAILED}, {@code AGENCY_UPDATED})
 * @param objectType the kind of object, or null
 * @param objectId the object's identifier, or null
 * @param agencyId the agency whose data changed, or null for installation-wide changes
 * @param details a few facts, in insertion order
 * @param actor who acted; null means the current user
 */
public record AuditRecord(String action, String objectType, String objectId, Long agencyId, Map<String, String> details,
		String actor) {

	public static AuditRecord of(String action, String objectType, String objectId) {
		return new AuditRecord(action, objectType, objectId, null, new LinkedHashMap<>(), null);
	}

	public AuditRecord inAgency(Long agency) {
		return new AuditRecord(action, objectType, objectId, agency, details, actor);
	}

	public AuditRecord by(String who) {
		return new AuditRecord(action, objectType, objectId, agencyId, details, who);
	}

	public AuditRecord detail(String key, Object value) {
		var copy = new LinkedHashMap<>(details);
		copy.put(key, value == null ? null : String.valueOf(value));
		return new AuditRecord(action, objectType, objectId, agencyId, copy, actor);
	}
}
