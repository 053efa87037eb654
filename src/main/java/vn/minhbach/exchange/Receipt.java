package vn.minhbach.exchange;

/**
 * What the receiver answers for a package it took: its identifier, whether it had it already
 * (a delivery repeated after a lost acknowledgement), and the document it became here, if any.
 */
public record Receipt(String packageId, boolean duplicate, Long documentId) {
}
