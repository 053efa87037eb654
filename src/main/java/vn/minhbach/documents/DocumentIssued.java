package vn.minhbach.documents;

/**
 * An outgoing document was issued (numbered, signed). Published inside the issuing transaction,
 * so that a listener writing to its own outbox (the exchange module) commits or rolls back with it.
 */
public record DocumentIssued(Long documentId, Long agencyId) {
}
