package vn.minhbach.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable outbox of packages. Rows are written in the transaction that decided to send them;
 * the delivery worker leases due rows ({@code FOR UPDATE SKIP LOCKED}, so instances never take the
 * same one), delivers outside any transaction, then records the outcome. A worker that dies
 * mid-delivery leaves a lease that expires: the package is tried again, and the receiver, being
 * idempotent, registers it once.
 */
@Repository
class ExchangeOutbox {

	/** The marker of a package the peer refused for good (signature, format): not retried unless resent by hand. */
	static final String REFUSED = "REFUSED: ";

	private final JdbcClient jdbc;

	ExchangeOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A package to deliver, with its bytes. */
	record Due(long id, OutboxEntry.Kind kind, String senderCode, String recipientCode, Long documentId, String packageId,
			byte[] payload, byte[] signature, int attempts) {
	}

	void add(OutboxEntry.Kind kind, String sender, String recipient, Long documentId, String packageId, byte[] payload,
			byte[] signature) {
		jdbc.sql("""
				insert into exchange_outbox (kind, sender_code, recipient_code, document_id, package_id, payload, signature)
				values (:kind, :sender, :recipient, :document, :package, :payload, :signature)
				on conflict (kind, recipient_code, package_id) do nothing
				""")
			.param("kind", kind.name())
			.param("sender", sender)
			.param("recipient", recipient)
			.param("document", documentId)
			.param("package", packageId)
			.param("payload", payload)
			.param("signature", signature)
			.update();
	}

	/** Leases up to {@code size} due packages for {@code lease}; each lease counts as one attempt. */
	List<Due> lease(int size, Instant now, java.time.Duration lease) {
		return jdbc.sql("""
				update exchange_outbox set lease_until = :until, attempts = attempts + 1
				where id in (select id from exchange_outbox
				  where delivered_at is null and next_attempt_at <= :now and (lease_until is null or lease_until < :now)
				    and (last_error is null or last_error not like 'REFUSED: %')
				  order by next_attempt_at limit :size for update skip locked)
				returning id, kind, sender_code, recipient_code, document_id, package_id, payload, signature, attempts
				""")
			.param("until", Timestamp.from(now.plus(lease)))
			.param("now", Timestamp.from(now))
			.param("size", size)
			.query((rs, n) -> new Due(rs.getLong("id"), OutboxEntry.Kind.valueOf(rs.getString("kind")),
					rs.getString("sender_code"), rs.getString("recipient_code"), rs.getObject("document_id", Long.class),
					rs.getString("package_id"),
					rs.getBytes("payload"), rs.getBytes("signature"), rs.getInt("attempts")))
			.list();
	}

	void delivered(long id, Instant at) {
		jdbc.sql("update exchange_outbox set delivered_at = :at, lease_until = null, last_error = null where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	void failed(long id, String error, Instant nextAttempt) {
		jdbc.sql("update exchange_outbox set lease_until = null, last_error = :error, next_attempt_at = :next where id = :id")
			.param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
			.param("next", Timestamp.from(nextAttempt))
			.param("id", id)
			.update();
	}

	/** A resend asked by hand: due now, the refusal (if any) forgotten. */
	boolean resend(long id, Instant now) {
		return jdbc.sql("""
				update exchange_outbox set next_attempt_at = :now, lease_until = null, last_error = null
				where id = :id and delivered_at is null
				""").param("now", Timestamp.from(now)).param("id", id).update() == 1;
	}

	List<OutboxEntry> recent(int limit, boolean pendingOnly) {
		return jdbc.sql("select * from exchange_outbox" + (pendingOnly ? " where delivered_at is null" : "")
				+ " order by id desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	List<OutboxEntry> ofDocument(Long documentId) {
		return jdbc.sql("select * from exchange_outbox where document_id = :d order by id").param("d", documentId)
			.query((rs, n) -> map(rs))
			.list();
	}

	Optional<OutboxEntry> byId(long id) {
		return jdbc.sql("select * from exchange_outbox where id = :id").param("id", id).query((rs, n) -> map(rs)).optional();
	}

	long pendingCount() {
		return jdbc.sql("select count(*) from exchange_outbox where delivered_at is null").query(Long.class).single();
	}

	private static OutboxEntry map(ResultSet rs) throws SQLException {
		String error = rs.getString("last_error");
		return new OutboxEntry(rs.getLong("id"), OutboxEntry.Kind.valueOf(rs.getString("kind")), rs.getString("sender_code"),
				rs.getString("recipient_code"), rs.getObject("document_id", Long.class), rs.getString("package_id"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(),
				error, instant(rs, "delivered_at"), error != null && error.startsWith(REFUSED));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
