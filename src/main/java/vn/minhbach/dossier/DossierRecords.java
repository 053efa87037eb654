package vn.minhbach.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.minhbach.shared.Role;

/** The back-office records of a dossier: its steps (the control sheet), clock pauses, consultations and documents. */
@Repository
class DossierRecords {

	private final JdbcClient jdbc;

	DossierRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- steps -------------------------------------------------------------------------------

	int startStep(Long dossierId, int position, String name, Role role, Long departmentId, boolean approval, int shareDays,
			String handedBy, String handedByName, Instant at, LocalDate due) {
		int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from dossier_step where dossier_id = :dossier")
			.param("dossier", dossierId)
			.query(Integer.class)
			.single();
		jdbc.sql("""
				insert into dossier_step (dossier_id, seq, position, name, role, department_id, kind, share_days, status,
				  handed_by, handed_by_name, started_at, due_date)
				values (:dossier, :seq, :position, :name, :role, :department, :kind, :share, 'ACTIVE', :handedBy,
				  :handedByName, :at, :due)
				""")
			.param("dossier", dossierId)
			.param("seq", seq)
			.param("position", position)
			.param("name", name)
			.param("role", role.name())
			.param("department", departmentId)
			.param("kind", approval ? "APPROVAL" : "PROCESS")
			.param("share", shareDays)
			.param("handedBy", handedBy)
			.param("handedByName", handedByName)
			.param("at", Timestamp.from(at))
			.param("due", due)
			.update();
		return seq;
	}

	void take(Long dossierId, int seq, String assignee, String assigneeName, Instant at) {
		jdbc.sql("""
				update dossier_step set assignee = :assignee, assignee_name = :name, taken_at = coalesce(taken_at, :at)
				where dossier_id = :dossier and seq = :seq and status = 'ACTIVE'
				""")
			.param("assignee", assignee)
			.param("name", assigneeName)
			.param("at", Timestamp.from(at))
			.param("dossier", dossierId)
			.param("seq", seq)
			.update();
	}

	void finish(Long dossierId, int seq, DossierStep.Status status, Instant at, DossierStep.Outcome outcome, String note) {
		jdbc.sql("""
				update dossier_step set status = :status, finished_at = :at, outcome = :outcome, note = :note
				where dossier_id = :dossier and seq = :seq and status = 'ACTIVE'
				""")
			.param("status", status.name())
			.param("at", Timestamp.from(at))
			.param("outcome", outcome == null ? null : outcome.name())
			.param("note", note)
			.param("dossier", dossierId)
			.param("seq", seq)
			.update();
	}

	void moveActiveDue(Long dossierId, LocalDate newDue) {
		jdbc.sql("update dossier_step set due_date = :due where dossier_id = :dossier and status = 'ACTIVE'")
			.param("due", newDue)
			.param("dossier", dossierId)
			.update();
	}

	List<DossierStep> steps(Long dossierId) {
		return jdbc.sql("select * from dossier_step where dossier_id = :dossier order by seq")
			.param("dossier", dossierId)
			.query((rs, n) -> step(rs))
			.list();
	}

	Optional<DossierStep> active(Long dossierId) {
		return jdbc.sql("select * from dossier_step where dossier_id = :dossier and status = 'ACTIVE' order by seq desc limit 1")
			.param("dossier", dossierId)
			.query((rs, n) -> step(rs))
			.optional();
	}

	private static DossierStep step(ResultSet rs) throws SQLException {
		return new DossierStep(rs.getLong("id"), rs.getInt("seq"), rs.getInt("position"), rs.getString("name"),
				Role.valueOf(rs.getString("role")), rs.getObject("department_id", Long.class),
				"APPROVAL".equals(rs.getString("kind")), rs.getInt("share_days"),
				DossierStep.Status.valueOf(rs.getString("status")), rs.getString("assignee"), rs.getString("assignee_name"),
				rs.getString("handed_by"), rs.getString("handed_by_name"), instant(rs, "started_at"), instant(rs, "taken_at"),
				rs.getObject("due_date", LocalDate.class), instant(rs, "finished_at"),
				rs.getString("outcome") == null ? null : DossierStep.Outcome.valueOf(rs.getString("outcome")),
				rs.getString("note"));
	}

	// --- the workflow the dossier follows ---------------------------------------------------

	void keepWorkflow(Long dossierId, String json) {
		jdbc.sql("update dossier set workflow = cast(:workflow as jsonb) where id = :dossier")
			.param("workflow", json)
			.param("dossier", dossierId)
			.update();
	}

	Optional<String> workflow(Long dossierId) {
		return jdbc.sql("select workflow::text from dossier where id = :dossier and workflow is not null")
			.param("dossier", dossierId)
			.query(String.class)
			.optional();
	}

	// --- pauses ------------------------------------------------------------------------------

	void pause(Long dossierId, Instant at) {
		jdbc.sql("insert into dossier_pause (dossier_id, started_at) values (:dossier, :at)")
			.param("dossier", dossierId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Ends the open pause; returns when it started, if there was one. */
	Optional<Instant> resume(Long dossierId, Instant at, int workingDays) {
		Optional<Instant> started = jdbc.sql("""
				update dossier_pause set ended_at = :at, working_days = :days
				where dossier_id = :dossier and ended_at is null
				returning started_at
				""")
			.param("at", Timestamp.from(at))
			.param("days", workingDays)
			.param("dossier", dossierId)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
		return started;
	}

	Optional<Instant> openPause(Long dossierId) {
		return jdbc.sql("select started_at from dossier_pause where dossier_id = :dossier and ended_at is null")
			.param("dossier", dossierId)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	// --- consultations -----------------------------------------------------------------------

	long ask(Long dossierId, Long departmentId, String question, String askedBy) {
		return jdbc.sql("""
				insert into dossier_consultation (dossier_id, department_id, question, asked_by)
				values (:dossier, :department, :question, :askedBy) returning id
				""")
			.param("dossier", dossierId)
			.param("department", departmentId)
			.param("question", question)
			.param("askedBy", askedBy)
			.query(Long.class)
			.single();
	}

	boolean answer(long consultationId, String answer, String answeredBy) {
		return jdbc.sql("""
				update dossier_consultation set answer = :answer, answered_by = :by, answered_at = now()
				where id = :id and answer is null
				""").param("answer", answer).param("by", answeredBy).param("id", consultationId).update() == 1;
	}

	Optional<Consultation> consultation(long id) {
		return jdbc.sql("select * from dossier_consultation where id = :id").param("id", id).query((rs, n) -> consultation(rs))
			.optional();
	}

	List<Consultation> consultations(Long dossierId) {
		return jdbc.sql("select * from dossier_consultation where dossier_id = :dossier order by id")
			.param("dossier", dossierId)
			.query((rs, n) -> consultation(rs))
			.list();
	}

	/** Unanswered consultations addressed to any of the departments, in the agency, oldest first. */
	List<Consultation> openConsultations(Long agencyId, java.util.Set<Long> departments) {
		if (departments.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select c.* from dossier_consultation c join dossier d on d.id = c.dossier_id
				where d.agency_id = :agency and c.department_id in (:departments) and c.answer is null
				order by c.asked_at
				""")
			.param("agency", agencyId)
			.param("departments", departments)
			.query((rs, n) -> consultation(rs))
			.list();
	}

	private static Consultation consultation(ResultSet rs) throws SQLException {
		return new Consultation(rs.getLong("id"), rs.getLong("dossier_id"), rs.getLong("department_id"),
				rs.getString("question"), rs.getString("asked_by"), instant(rs, "asked_at"), rs.getString("answer"),
				rs.getString("answered_by"), instant(rs, "answered_at"));
	}

	// --- documents ---------------------------------------------------------------------------

	DossierDocument addDocument(Long dossierId, String formCode, String title, String sha256, String fileName,
			boolean signed, String by) {
		long id = jdbc.sql("""
				insert into dossier_document (dossier_id, form_code, title, sha256, file_name, signed, created_by)
				values (:dossier, :code, :title, :sha, :name, :signed, :by) returning id
				""")
			.param("dossier", dossierId)
			.param("code", formCode)
			.param("title", title)
			.param("sha", sha256)
			.param("name", fileName)
			.param("signed", signed)
			.param("by", by)
			.query(Long.class)
			.single();
		return documents(dossierId).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
	}

	List<DossierDocument> documents(Long dossierId) {
		return jdbc.sql("select * from dossier_document where dossier_id = :dossier order by id")
			.param("dossier", dossierId)
			.query((rs, n) -> new DossierDocument(rs.getLong("id"), rs.getString("form_code"), rs.getString("title"),
					rs.getString("sha256"), rs.getString("file_name"), rs.getBoolean("signed"),
					instant(rs, "created_at"), rs.getString("created_by")))
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
