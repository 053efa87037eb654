package vn.minhbach.notification;

import java.time.Instant;

/** A message of the outbox with its delivery state. */
public record DeliveredMessage(long id, String channel, String recipient, String subject, String body, String status,
		int attempts, Instant createdAt, Instant sentAt, String lastError) {
}
