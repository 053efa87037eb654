package vn.minhbach.dossier;

import java.time.Instant;

/** One attempt to pay a dossier's fee online, and its receipt when it succeeded. */
public record Payment(long id, long dossierId, String gateway, String txnRef, long amount, Status status, Instant createdAt,
		Instant completedAt, String gatewayTransactionNo, String bankCode, String responseCode, String receiptNo) {

	public enum Status {
		PENDING, PAID, FAILED
	}
}
