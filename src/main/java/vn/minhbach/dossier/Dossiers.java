package vn.minhbach.dossier;

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

import vn.minhbach.catalog.FormAnswers;
import vn.minhbach.catalog.ProcessingTime;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.VietnameseText;

/** Stores dossiers with their attachments, history, messages and rating. Updates check the version. */
@Repository
class Dossiers {

	private final JdbcClient jdbc;

	Dossiers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Dossier save(Dossier dossier) {
		Map<String, Object> p = new HashMap<>();
		p.put("code", dossier.getCode());
		p.put("procedure", dossier.getProcedureId());
		p.put("procedureCode", dossier.getProcedureCode());
		p.put("procedureName", dossier.getProcedureName());
		p.put("agency", dossier.getAgencyId());
		p.put("receiving", dossier.getReceivingAgencyId());
		p.put("channel", dossier.getChannel().name());
		p.put("status", dossier.getStatus().name());
		p.put("beforePause", dossier.getStatusBeforePause() == null ? null : dossier.getStatusBeforePause().name());
		Applicant a = dossier.getApplicant();
		p.put("account", a.accountId());
		p.put("name", a.fullName());
		p.put("citizenId", a.citizenId());
		p.put("phone", a.phone());
		p.put("email", a.email());
		p.put("address", a.address());
		p.put("folded", VietnameseText.fold(a.fullName() + " " + (a.citizenId() == null ? "" : a.citizenId())));
		p.put("answers", dossier.getAnswers().toJson());
		p.put("days", dossier.getProcessingTime().days());
		p.put("count", dossier.getProcessingTime().dayCount().name());
		p.put("fee", dossier.getFeeAmount());
		p.put("payment", dossier.getPaymentStatus().name());
		p.put("key", dossier.getSubmissionKey());
		p.put("created", ts(dossier.getCreatedAt()));
		p.put("submitted", ts(dossier.getSubmittedAt()));
		p.put("received", ts(dossier.getReceivedAt()));
		p.put("due", dossier.getDueDate());
		p.put("decided", ts(dossier.getDecidedAt()));
		p.put("resultSha", dossier.getResultSha256());
		p.put("resultName", dossier.getResultName());
		p.put("returned", ts(dossier.getReturnedAt()));
		p.put("closed", ts(dossier.getClosedAt()));
		p.put("originalDue", dossier.getOriginalDueDate());
		p.put("apology", ts(dossier.getApologyAt()));
		p.put("currentStep", dossier.getCurrentStep());
		p.put("late", dossier.getLate());
		p.put("lateStep", dossier.getLateStep());
		p.put("returnChannel", dossier.getReturnChannel() == null ? null : dossier.getReturnChannel().name());
		if (dossier.getId() == null) {
			Long id = jdbc.sql("""
					insert into dossier (code, procedure_id, procedure_code, procedure_name, agency_id, receiving_agency_id,
					  channel, status, status_before_pause, applicant_account_id, applicant_name, applicant_citizen_id,
					  applicant_phone, applicant_email, applicant_address, applicant_folded, answers, processing_days,
					  processing_count, fee_amount, payment_status, submission_key, created_at, submitted_at, received_at,
					  due_date, decided_at, result_sha256, result_name, returned_at, closed_at, original_due_date, apology_at,
					  current_step, late, late_step, return_channel)
					values (:code, :procedure, :procedureCode, :procedureName, :agency, :receiving, :channel, :status,
					  :beforePause, :account, :name, :citizenId, :phone, :email, :address, :folded, cast(:answers as jsonb),
					  :days, :count, :fee, :payment, :key, :created, :submitted, :received, :due, :decided, :resultSha,
					  :resultName, :returned, :closed, :originalDue, :apology, :currentStep, :late, :lateStep, :returnChannel)
					returning id
					""").params(p).query(Long.class).single();
			return byId(id).orElseThrow();
		}
		p.put("id", dossier.getId());
		p.put("version", dossier.getVersion());
		int updated = jdbc.sql("""
				update dossier set code = :code, agency_id = :agency, receiving_agency_id = :receiving, status = :status,
				  status_before_pause = :beforePause, applicant_name = :name, applicant_citizen_id = :citizenId,
				  applicant_phone = :phone, applicant_email = :email, applicant_address = :address,
				  applicant_folded = :folded, answers = cast(:answers as jsonb), fee_amount = :fee,
				  payment_status = :payment, submission_key = :key, submitted_at = :submitted, received_at = :received,
				  due_date = :due, decided_at = :decided, result_sha256 = :resultSha, result_name = :resultName,
				  returned_at = :returned, closed_at = :closed, original_due_date = :originalDue, apology_at = :apology,
				  current_step = :currentStep, late = :late, late_step = :lateStep, return_channel = :returnChannel,
				  updated_at = now(), version = version + 1
				where id = :id and version = :version
				""").params(p).update();
		if (updated == 0) {
			throw new ConcurrentChange("dossier " + dossier.getId());
		}
		return byId(dossier.getId()).orElseThrow();
	}

	/**
	 * Replaces one section of the answers atomically, without a version check: the applicant's
	 * own autosave and "continue" may cross, and each writes only its section. Returns false when
	 * the dossier is no longer editable.
	 */
	boolean saveSection(Long id, String sectionKey, String itemsJson) {
		return jdbc.sql("""
				update dossier set answers = jsonb_set(answers, array[:section], cast(:items as jsonb), true),
				  updated_at = now(), version = version + 1
				where id = :id and status in ('DRAFT', 'SUPPLEMENT_REQUESTED')
				""").param("section", sectionKey).param("items", itemsJson).param("id", id).update() == 1;
	}

	Optional<Dossier> byId(Long id) {
		return jdbc.sql("select * from dossier where id = :id").param("id", id).query(this::map).optional();
	}

	/**
	 * Loads a dossier and locks its row until the transaction ends, so that two officers acting at
	 * once are served one after the other: the second sees the first one's version and is refused.
	 */
	Optional<Dossier> byIdForUpdate(Long id) {
		return jdbc.sql("select * from dossier where id = :id for update").param("id", id).query(this::map).optional();
	}

	Optional<Dossier> byCode(String code) {
		return jdbc.sql("select * from dossier where code = :code").param("code", code).query(this::map).optional();
	}

	Optional<Dossier> bySubmissionKey(Long accountId, String key) {
		return jdbc.sql("select * from dossier where applicant_account_id = :account and submission_key = :key")
			.param("account", accountId)
			.param("key", key)
			.query(this::map)
			.optional();
	}

	List<Dossier> ofApplicant(Long accountId, int limit) {
		return jdbc.sql("select * from dossier where applicant_account_id = :account order by id desc limit :limit")
			.param("account", accountId)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** The next number of the agency's daily sequence, in the caller's transaction (rolled back with it). */
	int nextDailyNumber(Long agencyId, LocalDate day) {
		return jdbc.sql("""
				insert into dossier_code_counter (agency_id, day, last) values (:agency, :day, 1)
				on conflict (agency_id, day) do update set last = dossier_code_counter.last + 1
				returning last
				""").param("agency", agencyId).param("day", day).query(Integer.class).single();
	}

	void record(Long dossierId, String action, DossierStatus from, DossierStatus to, String actor, String actorName,
			String note, boolean visible) {
		jdbc.sql("""
				insert into dossier_history (dossier_id, action, from_status, to_status, actor, actor_name, note, visible)
				values (:dossier, :action, :from, :to, :actor, :actorName, :note, :visible)
				""")
			.param("dossier", dossierId)
			.param("action", action)
			.param("from", from == null ? null : from.name())
			.param("to", to == null ? null : to.name())
			.param("actor", actor)
			.param("actorName", actorName)
			.param("note", note)
			.param("visible", visible)
			.update();
	}

	List<HistoryEntry> history(Long dossierId, boolean visibleOnly) {
		return jdbc.sql("select * from dossier_history where dossier_id = :dossier" + (visibleOnly ? " and visible" : "")
				+ " order by id")
			.param("dossier", dossierId)
			.query((rs, n) -> new HistoryEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("action"),
					status(rs.getString("from_status")), status(rs.getString("to_status")), rs.getString("actor"),
					rs.getString("actor_name"), rs.getString("note"), rs.getBoolean("visible")))
			.list();
	}

	Attachment attach(Long dossierId, int paperIndex, String paperName, vn.minhbach.files.StoredFile file, String by,
			int round) {
		long id = jdbc.sql("""
				insert into dossier_attachment (dossier_id, paper_index, paper_name, sha256, original_name, media_type, size,
				  uploaded_by, round)
				values (:dossier, :paper, :paperName, :sha, :name, :type, :size, :by, :round) returning id
				""")
			.param("dossier", dossierId)
			.param("paper", paperIndex)
			.param("paperName", paperName)
			.param("sha", file.sha256())
			.param("name", file.originalName())
			.param("type", file.mediaType())
			.param("size", file.size())
			.param("by", by)
			.param("round", round)
			.query(Long.class)
			.single();
		return attachments(dossierId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
	}

	List<Attachment> attachments(Long dossierId) {
		return jdbc.sql("select * from dossier_attachment where dossier_id = :dossier order by paper_index, id")
			.param("dossier", dossierId)
			.query((rs, n) -> new Attachment(rs.getLong("id"), rs.getInt("paper_index"), rs.getString("paper_name"),
					rs.getString("sha256"), rs.getString("original_name"), rs.getString("media_type"), rs.getLong("size"),
					rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"), rs.getInt("round")))
			.list();
	}

	boolean detach(Long dossierId, long attachmentId, int round) {
		return jdbc.sql("delete from dossier_attachment where dossier_id = :dossier and id = :id and round = :round")
			.param("dossier", dossierId)
			.param("id", attachmentId)
			.param("round", round)
			.update() == 1;
	}

	void addMessage(Long dossierId, boolean fromCitizen, String author, String authorName, String body) {
		jdbc.sql("""
				insert into dossier_message (dossier_id, from_citizen, author, author_name, body)
				values (:dossier, :fromCitizen, :author, :authorName, :body)
				""")
			.param("dossier", dossierId)
			.param("fromCitizen", fromCitizen)
			.param("author", author)
			.param("authorName", authorName)
			.param("body", body)
			.update();
	}

	List<Message> messages(Long dossierId) {
		return jdbc.sql("select * from dossier_message where dossier_id = :dossier order by id")
			.param("dossier", dossierId)
			.query((rs, n) -> new Message(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getBoolean("from_citizen"),
					rs.getString("author"), rs.getString("author_name"), rs.getString("body")))
			.list();
	}

	Optional<Rating> rating(Long dossierId) {
		return jdbc.sql("select * from dossier_rating where dossier_id = :dossier")
			.param("dossier", dossierId)
			.query((rs, n) -> new Rating(Rating.Score.valueOf(rs.getString("score")), rs.getString("comment"),
					rs.getTimestamp("rated_at").toInstant()))
			.optional();
	}

	void rate(Long dossierId, Rating.Score score, String comment) {
		jdbc.sql("""
				insert into dossier_rating (dossier_id, score, comment) values (:dossier, :score, :comment)
				on conflict (dossier_id) do update set score = excluded.score, comment = excluded.comment, rated_at = now()
				""").param("dossier", dossierId).param("score", score.name()).param("comment", comment).update();
	}

	private volatile Instant lookupsCleanedFor = Instant.EPOCH;

	/**
	 * Counts a public lookup from a client in the current minute; returns the count so far. One
	 * short transaction of its own, committed without waiting for the disk (a counter lost in a
	 * crash costs nothing), and the old minutes are cleared once a minute, not on every lookup.
	 */
	@org.springframework.transaction.annotation.Transactional(
			propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
	int countLookup(String client, Instant now) {
		Instant window = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		jdbc.sql("set local synchronous_commit to off").update();
		if (window.isAfter(lookupsCleanedFor)) {
			lookupsCleanedFor = window;
			jdbc.sql("delete from dossier_lookup_throttle where window_start < :old")
				.param("old", Timestamp.from(window.minusSeconds(600)))
				.update();
		}
		return jdbc.sql("""
				insert into dossier_lookup_throttle (client, window_start, count) values (:client, :window, 1)
				on conflict (client, window_start) do update set count = dossier_lookup_throttle.count + 1
				returning count
				""").param("client", client).param("window", Timestamp.from(window)).query(Integer.class).single();
	}

	private Dossier map(ResultSet rs, int row) throws SQLException {
		var dossier = new Dossier();
		long account = rs.getLong("applicant_account_id");
		Long accountId = rs.wasNull() ? null : account;
		long fee = rs.getLong("fee_amount");
		Long feeAmount = rs.wasNull() ? null : fee;
		dossier.restore(rs.getLong("id"), rs.getString("code"), rs.getLong("procedure_id"), rs.getString("procedure_code"),
				rs.getString("procedure_name"), rs.getLong("agency_id"), rs.getLong("receiving_agency_id"),
				Dossier.SubmissionChannel.valueOf(rs.getString("channel")), DossierStatus.valueOf(rs.getString("status")),
				status(rs.getString("status_before_pause")),
				new Applicant(accountId, rs.getString("applicant_name"), rs.getString("applicant_citizen_id"),
						rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address")),
				FormAnswers.fromJson(rs.getString("answers")),
				new ProcessingTime(rs.getInt("processing_days"), ProcessingTime.DayCount.valueOf(rs.getString("processing_count")),
						null),
				feeAmount, PaymentStatus.valueOf(rs.getString("payment_status")), rs.getString("submission_key"),
				instant(rs, "created_at"), instant(rs, "submitted_at"), instant(rs, "received_at"),
				rs.getObject("due_date", LocalDate.class), instant(rs, "decided_at"), rs.getString("result_sha256"),
				rs.getString("result_name"), instant(rs, "returned_at"), instant(rs, "closed_at"), rs.getInt("version"));
		dossier.restoreBackOffice(rs.getObject("original_due_date", LocalDate.class), instant(rs, "apology_at"),
				rs.getObject("current_step", Integer.class), rs.getObject("late", Boolean.class),
				rs.getObject("late_step", Integer.class),
				rs.getString("return_channel") == null ? null : Dossier.SubmissionChannel.valueOf(rs.getString("return_channel")));
		return dossier;
	}

	private static DossierStatus status(String name) {
		return name == null ? null : DossierStatus.valueOf(name);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
