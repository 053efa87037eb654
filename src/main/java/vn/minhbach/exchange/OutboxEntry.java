package vn.minhbach.exchange;

import java.time.Instant;

/**
 * One package on its way to one peer: a document or a status message, how many times it was
 * tried, what went wrong last, when it is tried next, and when the peer acknowledged it.
 */
public record OutboxEntry(long id, Kind kind, String senderCode, String recipientCode, Long documentId, String packageId,
		Instant createdAt, int attempts, Instant nextAttemptAt, String lastError, Instant deliveredAt, boolean refused) {

	/** What the package carries. */
	public enum Kind {
		DOCUMENT, STATUS
	}

	public boolean pending() {
		return deliveredAt == null && !refused;
	}
}
