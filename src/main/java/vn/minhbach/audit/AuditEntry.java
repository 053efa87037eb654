package vn.minhbach.audit;

import java.time.Instant;

/** One stored entry of the audit log. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String objectType, String objectId,
		Long agencyId, String details, String remoteIp, String previousHash, String hash) {
}
