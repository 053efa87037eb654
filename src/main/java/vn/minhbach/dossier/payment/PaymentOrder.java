package vn.minhbach.dossier.payment;

import java.time.Instant;

/**
 * What is paid.
 *
 * @param txnRef our reference, unique per attempt
 * @param amountVnd the amount in đồng
 * @param description shown by the gateway (ASCII, no diacritics for the gateway's sake)
 * @param createdAt when the attempt started
 */
public record PaymentOrder(String txnRef, long amountVnd, String description, Instant createdAt) {
}
