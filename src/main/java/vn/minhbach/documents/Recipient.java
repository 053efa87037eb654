package vn.minhbach.documents;

import java.time.Instant;

/**
 * Where an outgoing document goes: another agency of this installation (delivered at issuance as
 * an incoming document there) or an agency outside (handed to the exchange module).
 *
 * @param code the recipient agency's electronic identification code, if known
 * @param incomingDocumentId the incoming document it became at an internal recipient
 */
public record Recipient(Long id, boolean internal, Long agencyId, String name, String code, Status status,
		Instant deliveredAt, Long incomingDocumentId) {

	/**
	 * What became of the sending, as the recipient reports it: waiting to be sent, arrived at the
	 * recipient's system, registered by its clerk, assigned to a handler, in process, completed;
	 * or returned (refused) with a reason.
	 */
	public enum Status {
		PENDING, DELIVERED, RECEIVED, ASSIGNED, IN_PROCESS, COMPLETED, RETURNED, FAILED
	}

	public static Recipient inside(Long agencyId, String name, String code) {
		return new Recipient(null, true, agencyId, name, code, Status.PENDING, null, null);
	}

	public static Recipient outside(String name, String code) {
		return new Recipient(null, false, null, name, code, Status.PENDING, null, null);
	}
}
