package vn.minhbach.documents;

/** Where a document stands. Outgoing: draft → review → approval → issued. Incoming: arrived → registered and waiting for direction → in progress → completed. */
public enum DocumentStatus {
	/** Being written by its drafter (again, after a return for revision). */
	DRAFT,
	/** With the head of department for review. */
	IN_REVIEW,
	/** With the leader who signs it. */
	AWAITING_APPROVAL,
	/** Approved; waiting for the clerk to number, sign and send it. */
	APPROVED,
	/** Numbered, signed and sent. */
	ISSUED,
	/** Arrived from another agency, not yet registered by the clerk. */
	ARRIVED,
	/** Registered with its arrival number and submitted to a leader. */
	AWAITING_DIRECTION,
	/** Directed: the handlers are at work. */
	IN_PROGRESS,
	/** Handled. */
	COMPLETED,
	/** Sent back to its sender as wrong or invalid. */
	RETURNED;

	public boolean outgoing() {
		return this == DRAFT || this == IN_REVIEW || this == AWAITING_APPROVAL || this == APPROVED || this == ISSUED;
	}

	public String messageKey() {
		return "document.status." + name();
	}
}
