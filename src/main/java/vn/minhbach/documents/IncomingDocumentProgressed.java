package vn.minhbach.documents;

/**
 * An incoming document moved on at its recipient: registered, returned to its sender, assigned,
 * completed. Published inside the transaction of the step, for the sender to be told (directly
 * inside the installation, by a status message through the exchange module otherwise).
 */
public record IncomingDocumentProgressed(Long documentId, Long agencyId, Stage stage, String note) {

	/** The steps a sender hears about. */
	public enum Stage {
		REGISTERED, RETURNED, ASSIGNED, COMPLETED
	}
}
