package vn.minhbach.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.VietnameseText;

/** Stores documents with their files, recipients, handlers and history. Updates check the version. */
@Repository
class Documents {

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	OfficialDocument save(OfficialDocument d) {
		Map<String, Object> p = new HashMap<>();
		p.put("agency", d.getAgencyId());
		p.put("direction", d.getDirection().name());
		p.put("status", d.getStatus().name());
		p.put("type", d.getType().name());
		p.put("subject", d.getSubject());
		p.put("urgency", d.getUrgency().name());
		p.put("secrecy", d.getSecrecy().name());
		p.put("department", d.getDepartmentId());
		p.put("drafter", d.getDrafter());
		p.put("drafterName", d.getDrafterName());
		p.put("reviewer", d.getReviewer());
		p.put("signer", d.getSignerAccountId());
		p.put("signerName", d.getSignerName());
		p.put("signerTitle", d.getSignerTitle());
		p.put("authority", d.getSignerAuthority());
		p.put("bodyText", d.getBodyText());
		p.put("bodySha", d.getBodySha256());
		p.put("bodyName", d.getBodyName());
		p.put("finalSha", d.getFinalSha256());
		p.put("finalName", d.getFinalName());
		p.put("register", d.getRegisterId());
		p.put("number", d.getNumber());
		p.put("notation", d.getNotation());
		p.put("issuedOn", d.getIssuedOn());
		p.put("issuedAt", ts(d.getIssuedAt()));
		p.put("arrival", d.getArrivalNumber());
		p.put("arrivedAt", ts(d.getArrivedAt()));
		p.put("authorAgency", d.getAuthorAgencyId());
		p.put("authorName", d.getAuthorName());
		p.put("authorCode", d.getAuthorCode());
		p.put("originalNotation", d.getOriginalNotation());
		p.put("originalDate", d.getOriginalDate());
		p.put("source", d.getSourceDocumentId());
		p.put("deadline", d.getDeadline());
		p.put("completedAt", ts(d.getCompletedAt()));
		p.put("replyTo", d.getReplyToId());
		p.put("replacedBy", d.getReplacedById());
		p.put("dossier", d.getRelatedDossierCode());
		p.put("search", searchText(d));
		p.put("text", d.getTextFolded());
		if (d.getId() == null) {
			p.put("created", ts(d.getCreatedAt()));
			Long id = jdbc.sql("""
					insert into document (agency_id, direction, status, type, subject, urgency, secrecy, department_id, drafter,
					  drafter_name, reviewer, signer_account_id, signer_name, signer_title, signer_authority, body_text,
					  body_sha256, body_name, final_sha256, final_name, register_id, number, notation, issued_on, issued_at,
					  arrival_number, arrived_at, author_agency_id, author_name, author_code, original_notation, original_date,
					  source_document_id, deadline, completed_at, reply_to_id, replaced_by_id, related_dossier_code,
					  search_folded, text_folded, created_at, updated_at)
					values (:agency, :direction, :status, :type, :subject, :urgency, :secrecy, :department, :drafter,
					  :drafterName, :reviewer, :signer, :signerName, :signerTitle, :authority, :bodyText, :bodySha, :bodyName,
					  :finalSha, :finalName, :register, :number, :notation, :issuedOn, :issuedAt, :arrival, :arrivedAt,
					  :authorAgency, :authorName, :authorCode, :originalNotation, :originalDate, :source, :deadline,
					  :completedAt, :replyTo, :replacedBy, :dossier, :search, :text, :created, now())
					returning id
					""").params(p).query(Long.class).single();
			d.assignId(id);
			return d;
		}
		p.put("id", d.getId());
		p.put("version", d.getVersion());
		int updated = jdbc.sql("""
				update document set status = :status, type = :type, subject = :subject, urgency = :urgency, secrecy = :secrecy,
				  department_id = :department, reviewer = :reviewer, signer_account_id = :signer, signer_name = :signerName,
				  signer_title = :signerTitle, signer_authority = :authority, body_text = :bodyText, body_sha256 = :bodySha,
				  body_name = :bodyName, final_sha256 = :finalSha, final_name = :finalName, register_id = :register,
				  number = :number, notation = :notation, issued_on = :issuedOn, issued_at = :issuedAt,
				  arrival_number = :arrival, arrived_at = :arrivedAt, author_agency_id = :authorAgency,
				  author_name = :authorName, author_code = :authorCode, original_notation = :originalNotation,
				  original_date = :originalDate, deadline = :deadline, completed_at = :completedAt, reply_to_id = :replyTo,
				  replaced_by_id = :replacedBy, related_dossier_code = :dossier, search_folded = :search,
				  text_folded = :text, updated_at = now(), version = version + 1
				where id = :id and version = :version
				""").params(p).update();
		if (updated == 0) {
			throw new ConcurrentChange("document " + d.getId());
		}
		d.nextVersion();
		return d;
	}

	Optional<OfficialDocument> byId(Long id) {
		return jdbc.sql("select * from document where id = :id").param("id", id).query(this::map).optional();
	}

	/** Loads and locks a document until the transaction ends: two people acting at once are served in turn. */
	Optional<OfficialDocument> byIdForUpdate(Long id) {
		return jdbc.sql("select * from document where id = :id for update").param("id", id).query(this::map).optional();
	}

	/** Records which issued document a draft replaces (or none). */
	void replaces(Long documentId, Long earlierId) {
		jdbc.sql("update document set replaces_id = :earlier where id = :id").param("earlier", earlierId).param("id", documentId)
			.update();
	}

	Optional<Long> replaced(Long documentId) {
		return jdbc.sql("select replaces_id from document where id = :id and replaces_id is not null")
			.param("id", documentId)
			.query(Long.class)
			.optional();
	}

	Optional<Long> issuedByNotation(Long agencyId, String notation) {
		return jdbc.sql("""
				select id from document where agency_id = :agency and direction = 'OUTGOING' and status = 'ISSUED'
				and notation = :notation order by issued_at desc limit 1
				""").param("agency", agencyId).param("notation", notation).query(Long.class).optional();
	}

	List<OfficialDocument> replies(Long id) {
		return jdbc.sql("select * from document where reply_to_id = :id order by id").param("id", id).query(this::map).list();
	}

	// --- history -----------------------------------------------------------------------------

	void record(Long documentId, String action, String actor, String actorName, String note) {
		jdbc.sql("""
				insert into document_event (document_id, action, actor, actor_name, note)
				values (:document, :action, :actor, :actorName, :note)
				""")
			.param("document", documentId)
			.param("action", action)
			.param("actor", actor)
			.param("actorName", actorName)
			.param("note", note)
			.update();
	}

	List<DocumentEvent> history(Long documentId) {
		return jdbc.sql("select * from document_event where document_id = :document order by id")
			.param("document", documentId)
			.query((rs, n) -> new DocumentEvent(rs.getTimestamp("at").toInstant(), rs.getString("action"),
					rs.getString("actor"), rs.getString("actor_name"), rs.getString("note")))
			.list();
	}

	// --- files -------------------------------------------------------------------------------

	DocumentFile addFile(Long documentId, DocumentFile.Kind kind, String sha256, String fileName, String mediaType,
			long size, String note, String by) {
		int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from document_file where document_id = :d and kind = :k")
			.param("d", documentId)
			.param("k", kind.name())
			.query(Integer.class)
			.single();
		long id = jdbc.sql("""
				insert into document_file (document_id, kind, seq, sha256, file_name, media_type, size, note, created_by)
				values (:d, :k, :seq, :sha, :name, :type, :size, :note, :by) returning id
				""")
			.param("d", documentId)
			.param("k", kind.name())
			.param("seq", seq)
			.param("sha", sha256)
			.param("name", fileName)
			.param("type", mediaType)
			.param("size", size)
			.param("note", note)
			.param("by", by)
			.query(Long.class)
			.single();
		return files(documentId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
	}

	void removeFile(Long documentId, long fileId) {
		jdbc.sql("delete from document_file where document_id = :d and id = :id").param("d", documentId).param("id", fileId)
			.update();
	}

	List<DocumentFile> files(Long documentId) {
		return jdbc.sql("select * from document_file where document_id = :d order by kind, seq")
			.param("d", documentId)
			.query((rs, n) -> new DocumentFile(rs.getLong("id"), DocumentFile.Kind.valueOf(rs.getString("kind")),
					rs.getInt("seq"), rs.getString("sha256"), rs.getString("file_name"), rs.getString("media_type"),
					rs.getLong("size"), rs.getString("note"), rs.getString("created_by"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	// --- recipients --------------------------------------------------------------------------

	void replaceRecipients(Long documentId, List<Recipient> recipients) {
		jdbc.sql("delete from document_recipient where document_id = :d").param("d", documentId).update();
		for (Recipient r : recipients) {
			jdbc.sql("""
					insert into document_recipient (document_id, internal, agency_id, name, code)
					values (:d, :internal, :agency, :name, :code)
					""")
				.param("d", documentId)
				.param("internal", r.internal())
				.param("agency", r.agencyId())
				.param("name", r.name())
				.param("code", r.code())
				.update();
		}
	}

	List<Recipient> recipients(Long documentId) {
		return jdbc.sql("select * from document_recipient where document_id = :d order by id")
			.param("d", documentId)
			.query((rs, n) -> new Recipient(rs.getLong("id"), rs.getBoolean("internal"), rs.getObject("agency_id", Long.class),
					rs.getString("name"), rs.getString("code"), Recipient.Status.valueOf(rs.getString("status")),
					instant(rs, "delivered_at"), rs.getObject("incoming_document_id", Long.class)))
			.list();
	}

	void delivered(long recipientId, Long incomingId, Instant at) {
		jdbc.sql("""
				update document_recipient set status = 'DELIVERED', delivered_at = :at, incoming_document_id = :incoming
				where id = :id
				""").param("at", Timestamp.from(at)).param("incoming", incomingId).param("id", recipientId).update();
	}

	void recipientStatus(long recipientId, Recipient.Status status) {
		jdbc.sql("update document_recipient set status = :s where id = :id").param("s", status.name()).param("id", recipientId)
			.update();
	}

	/** The recipient row of the outgoing document that an incoming one was delivered from. */
	Optional<Recipient> recipientOf(Long incomingId) {
		return jdbc.sql("select * from document_recipient where incoming_document_id = :i")
			.param("i", incomingId)
			.query((rs, n) -> new Recipient(rs.getLong("id"), rs.getBoolean("internal"), rs.getObject("agency_id", Long.class),
					rs.getString("name"), rs.getString("code"), Recipient.Status.valueOf(rs.getString("status")),
					instant(rs, "delivered_at"), rs.getObject("incoming_document_id", Long.class)))
			.optional();
	}

	// --- handlers ----------------------------------------------------------------------------

	void assign(Long documentId, Long accountId, String username, String fullName, Assignment.Role role, String by) {
		jdbc.sql("""
				insert into document_assignment (document_id, account_id, username, full_name, role, assigned_by)
				values (:d, :a, :u, :n, :r, :by)
				on conflict (document_id, account_id) do update set role = excluded.role, assigned_by = excluded.assigned_by
				""")
			.param("d", documentId)
			.param("a", accountId)
			.param("u", username)
			.param("n", fullName)
			.param("r", role.name())
			.param("by", by)
			.update();
	}

	void clearAssignments(Long documentId) {
		jdbc.sql("delete from document_assignment where document_id = :d and progress is null and completed_at is null")
			.param("d", documentId)
			.update();
	}

	List<Assignment> assignments(Long documentId) {
		return jdbc.sql("select * from document_assignment where document_id = :d order by role, id")
			.param("d", documentId)
			.query((rs, n) -> new Assignment(rs.getLong("id"), rs.getLong("account_id"), rs.getString("username"),
					rs.getString("full_name"), Assignment.Role.valueOf(rs.getString("role")), rs.getString("assigned_by"),
					rs.getTimestamp("assigned_at").toInstant(), rs.getString("progress"), instant(rs, "completed_at")))
			.list();
	}

	void progress(Long documentId, String username, String progress, Instant completedAt) {
		jdbc.sql("""
				update document_assignment set progress = :p, completed_at = coalesce(:done, completed_at)
				where document_id = :d and username = :u
				""")
			.param("p", progress)
			.param("done", completedAt == null ? null : Timestamp.from(completedAt))
			.param("d", documentId)
			.param("u", username)
			.update();
	}

	// --- mapping -----------------------------------------------------------------------------

	static String searchText(OfficialDocument d) {
		return VietnameseText.fold(String.join(" ", nz(d.getNotation()), nz(d.getOriginalNotation()), nz(d.getSubject()),
				nz(d.getAuthorName()), nz(d.getSignerName()), nz(d.getDrafterName()),
				d.getNumber() == null ? "" : Notation.number(d.getNumber()),
				d.getArrivalNumber() == null ? "" : "den" + d.getArrivalNumber()));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private OfficialDocument map(ResultSet rs, int row) throws SQLException {
		return OfficialDocument.restore(rs.getLong("id"), rs.getLong("agency_id"),
				OfficialDocument.Direction.valueOf(rs.getString("direction")), DocumentStatus.valueOf(rs.getString("status")),
				DocumentType.valueOf(rs.getString("type")), rs.getString("subject"), Urgency.valueOf(rs.getString("urgency")),
				Secrecy.valueOf(rs.getString("secrecy")), rs.getObject("department_id", Long.class), rs.getString("drafter"),
				rs.getString("drafter_name"), rs.getString("reviewer"), rs.getObject("signer_account_id", Long.class),
				rs.getString("signer_name"), rs.getString("signer_title"), rs.getString("signer_authority"),
				rs.getString("body_text"), rs.getString("body_sha256"), rs.getString("body_name"),
				rs.getString("final_sha256"), rs.getString("final_name"), rs.getObject("register_id", Long.class),
				rs.getObject("number", Integer.class), rs.getString("notation"), rs.getObject("issued_on", LocalDate.class),
				instant(rs, "issued_at"), rs.getObject("arrival_number", Integer.class), instant(rs, "arrived_at"),
				rs.getObject("author_agency_id", Long.class), rs.getString("author_name"), rs.getString("author_code"),
				rs.getString("original_notation"), rs.getObject("original_date", LocalDate.class),
				rs.getObject("source_document_id", Long.class), rs.getObject("deadline", LocalDate.class),
				instant(rs, "completed_at"), rs.getObject("reply_to_id", Long.class),
				rs.getObject("replaced_by_id", Long.class), rs.getString("related_dossier_code"), rs.getString("text_folded"),
				instant(rs, "created_at"), rs.getInt("version"));
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
