package vn.minhbach.exchange;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The packages received, each once: a delivery repeated because its acknowledgement was lost
 * finds its row and is answered as a duplicate. For a document, the row also remembers where it
 * came from, so that each step taken on it here can be reported back to its sender.
 */
@Repository
class ExchangeInbox {

	private final JdbcClient jdbc;

	ExchangeInbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where a document received from outside came from. */
	record Origin(String senderCode, String packageId, String codeNotation, LocalDate promulgationDate) {
	}

	/** Claims a package; false when it was received before (the caller answers it as a duplicate). */
	boolean claim(OutboxEntry.Kind kind, String sender, String recipient, String packageId, String sha256) {
		String uniqueness = kind == OutboxEntry.Kind.DOCUMENT
				? "select 1 from exchange_inbox where kind = 'DOCUMENT' and sender_code = :s and recipient_code = :r and package_id = :p"
				: "select 1 from exchange_inbox where kind = 'STATUS' and sender_code = :s and recipient_code = :r and package_id = :p and payload_sha256 = :sha";
		// a concurrent delivery of the same package waits here for the first one's transaction
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", kind + "|" + sender + "|" + recipient + "|" + packageId)
			.query()
			.listOfRows();
		if (!jdbc.sql(uniqueness).param("s", sender).param("r", recipient).param("p", packageId).param("sha", sha256)
			.query()
			.listOfRows()
			.isEmpty()) {
			return false;
		}
		jdbc.sql("""
				insert into exchange_inbox (kind, sender_code, recipient_code, package_id, payload_sha256)
				values (:k, :s, :r, :p, :sha)
				""").param("k", kind.name()).param("s", sender).param("r", recipient).param("p", packageId).param("sha", sha256)
			.update();
		return true;
	}

	void document(String sender, String recipient, String packageId, Long documentId, String notation,
			LocalDate promulgationDate) {
		jdbc.sql("""
				update exchange_inbox set document_id = :d, code_notation = :n, promulgation_date = :date
				where kind = 'DOCUMENT' and sender_code = :s and recipient_code = :r and package_id = :p
				""")
			.param("d", documentId)
			.param("n", notation)
			.param("date", promulgationDate)
			.param("s", sender)
			.param("r", recipient)
			.param("p", packageId)
			.update();
	}

	Optional<Long> documentOf(String sender, String recipient, String packageId) {
		return jdbc.sql("""
				select document_id from exchange_inbox
				where kind = 'DOCUMENT' and sender_code = :s and recipient_code = :r and package_id = :p
				""").param("s", sender).param("r", recipient).param("p", packageId).query(Long.class).optional();
	}

	Optional<Origin> originOf(Long documentId) {
		return jdbc.sql("""
				select sender_code, package_id, code_notation, promulgation_date from exchange_inbox
				where kind = 'DOCUMENT' and document_id = :d
				""")
			.param("d", documentId)
			.query((rs, n) -> new Origin(rs.getString("sender_code"), rs.getString("package_id"),
					rs.getString("code_notation"), rs.getObject("promulgation_date", LocalDate.class)))
			.optional();
	}
}
