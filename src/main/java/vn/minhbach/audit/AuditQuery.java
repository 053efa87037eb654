package vn.minhbach.audit;

/** Filters of the audit log page; blank fields do not filter. */
public record AuditQuery(String actor, String action, String objectType, String objectId, Long beforeId) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null);
	}
}
