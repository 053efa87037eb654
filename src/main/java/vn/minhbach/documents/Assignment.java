package vn.minhbach.documents;

import java.time.Instant;

/** A person a leader gave an incoming document to: its main handler, a co-handler, or someone for information. */
public record Assignment(long id, long accountId, String username, String fullName, Role role, String assignedBy,
		Instant assignedAt, String progress, Instant completedAt) {

	/** The part they play. */
	public enum Role {
		MAIN, CO, INFO
	}
}
