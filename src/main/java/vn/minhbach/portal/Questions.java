package vn.minhbach.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.VietnameseText;

/**
 * Stores questions, their reference counters, and the anti-spam bookkeeping of the public form
 * (used tokens, submissions per client and hour, the signing key). Updates check the version.
 */
@Repository
class Questions {

	private static final DateTimeFormatter REFERENCE_DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;

	Questions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Question save(Question q) {
		Map<String, Object> p = new HashMap<>();
		p.put("field", q.getField());
		p.put("status", q.getStatus().name());
		p.put("department", q.getDepartmentId());
		p.put("assignee", q.getAssignee());
		p.put("assigneeName", q.getAssigneeName());
		p.put("publicTitle", q.getPublicTitle());
		p.put("publicContent", q.getPublicContent());
		p.put("answer", q.getAnswer());
		p.put("answeredBy", q.getAnsweredBy());
		p.put("answeredByName", q.getAnsweredByName());
		p.put("answeredAt", ts(q.getAnsweredAt()));
		p.put("published", q.isPublished());
		p.put("publishedAt", ts(q.getPublishedAt()));
		p.put("closedAt", ts(q.getClosedAt()));
		p.put("closingNote", q.getClosingNote());
		p.put("search", searchText(q));
		if (q.getId() == null) {
			p.put("reference", q.getReference());
			p.put("agency", q.getAgencyId());
			p.put("kind", q.getKind().name());
			p.put("title", q.getTitle());
			p.put("content", q.getContent());
			p.put("name", q.getAskerName());
			p.put("email", q.getAskerEmail());
			p.put("phone", q.getAskerPhone());
			p.put("account", q.getAskerAccountId());
			p.put("channel", q.getChannel().name());
			p.put("consentAt", ts(q.getConsentAt()));
			p.put("submittedAt", ts(q.getSubmittedAt()));
			Long id = jdbc.sql("""
					insert into portal_question (reference, agency_id, kind, field, title, content, asker_name, asker_email,
					  asker_phone, asker_account_id, channel, consent_at, submitted_at, status, department_id, assignee,
					  assignee_name, public_title, public_content, answer, answered_by, answered_by_name, answered_at,
					  published, published_at, closed_at, closing_note, search_folded)
					values (:reference, :agency, :kind, :field, :title, :content, :name, :email, :phone, :account, :channel,
					  :consentAt, :submittedAt, :status, :department, :assignee, :assigneeName, :publicTitle, :publicContent,
					  :answer, :answeredBy, :answeredByName, :answeredAt, :published, :publishedAt, :closedAt, :closingNote,
					  :search)
					returning id
					""").params(p).query(Long.class).single();
			q.assignId(id);
			return q;
		}
		p.put("id", q.getId());
		p.put("version", q.getVersion());
		int updated = jdbc.sql("""
				update portal_question set field = :field, status = :status, department_id = :department, assignee = :assignee,
				  assignee_name = :assigneeName, public_title = :publicTitle, public_content = :publicContent, answer = :answer,
				  answered_by = :answeredBy, answered_by_name = :answeredByName, answered_at = :answeredAt,
				  published = :published, published_at = :publishedAt, closed_at = :closedAt, closing_note = :closingNote,
				  search_folded = :search, version = version + 1
				where id = :id and version = :version
				""").params(p).update();
		if (updated == 0) {
			throw new ConcurrentChange("question " + q.getId());
		}
		q.nextVersion();
		return q;
	}

	Optional<Question> byId(Long id) {
		return jdbc.sql("select * from portal_question where id = :id").param("id", id).query(this::map).optional();
	}

	Optional<Question> byReference(String reference) {
		return jdbc.sql("select * from portal_question where reference = :reference")
			.param("reference", reference)
			.query(this::map)
			.optional();
	}

	/** The next reference of the day ({@code HD-261127-0003}), under the day's counter lock. */
	String nextReference(QuestionKind kind, LocalDate day) {
		int number = jdbc.sql("""
				insert into portal_question_counter (day, last) values (:day, 1)
				on conflict (day) do update set last = portal_question_counter.last + 1
				returning last
				""").param("day", day).query(Integer.class).single();
		return "%s-%s-%04d".formatted(kind.prefix(), REFERENCE_DAY.format(day), number);
	}

	/** One page of an agency's questions for its staff, newest first (open ones oldest first: a queue). */
	List<Question> queue(Long agencyId, String where, Map<String, Object> filter, boolean oldestFirst, int limit,
			long offset) {
		Map<String, Object> p = new HashMap<>(filter);
		p.put("agency", agencyId);
		p.put("limit", limit);
		p.put("offset", offset);
		return jdbc.sql("select * from portal_question where agency_id = :agency" + where
				+ (oldestFirst ? " order by submitted_at, id" : " order by id desc") + " limit :limit offset :offset")
			.params(p)
			.query(this::map)
			.list();
	}

	long count(Long agencyId, String where, Map<String, Object> filter) {
		Map<String, Object> p = new HashMap<>(filter);
		p.put("agency", agencyId);
		return jdbc.sql("select count(*) from portal_question where agency_id = :agency" + where)
			.params(p)
			.query(Long.class)
			.single();
	}

	/** Published questions whose public text holds every word (folded, so with or without diacritics). */
	List<Question> published(Long agencyId, List<String> words, int limit, long offset) {
		Map<String, Object> p = new HashMap<>();
		String where = publishedWhere(agencyId, words, p);
		p.put("limit", limit);
		p.put("offset", offset);
		return jdbc.sql("select * from portal_question" + where + " order by published_at desc, id desc limit :limit offset :offset")
			.params(p)
			.query(this::map)
			.list();
	}

	long countPublished(Long agencyId, List<String> words) {
		Map<String, Object> p = new HashMap<>();
		String where = publishedWhere(agencyId, words, p);
		return jdbc.sql("select count(*) from portal_question" + where).params(p).query(Long.class).single();
	}

	private static String publishedWhere(Long agencyId, List<String> words, Map<String, Object> p) {
		var where = new StringBuilder(" where published and agency_id = :agency");
		p.put("agency", agencyId);
		for (int i = 0; i < words.size(); i++) {
			where.append(" and search_folded like '%' || :w").append(i).append(" || '%'");
			p.put("w" + i, words.get(i));
		}
		return where.toString();
	}

	/**
	 * Counts a submission from a client in the current hour and returns the count so far.
	 * Runs outside the caller's transaction on purpose: a refused attempt must be counted too.
	 */
	int countSubmission(String client, Instant now) {
		Instant window = now.truncatedTo(ChronoUnit.HOURS);
		jdbc.sql("delete from portal_submission_throttle where window_start < :old")
			.param("old", Timestamp.from(window.minus(1, ChronoUnit.DAYS)))
			.update();
		return jdbc.sql("""
				insert into portal_submission_throttle (client, window_start, count) values (:client, :window, 1)
				on conflict (client, window_start) do update set count = portal_submission_throttle.count + 1
				returning count
				""").param("client", client).param("window", Timestamp.from(window)).query(Integer.class).single();
	}

	/**
	 * Marks a form token as used; false when it already was. Two submissions of one form racing
	 * each other meet on the primary key: the second waits for the first and then finds the row.
	 */
	boolean useToken(String tokenId, Instant now, Instant forgetBefore) {
		jdbc.sql("delete from portal_form_token_used where used_at < :before")
			.param("before", Timestamp.from(forgetBefore))
			.update();
		return jdbc.sql("insert into portal_form_token_used (token_id, used_at) values (:id, :now) on conflict do nothing")
			.param("id", tokenId)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** The stored form-signing key, created by the first instance that needs it. */
	String formKey(String candidate) {
		jdbc.sql("insert into portal_form_key (id, secret) values (1, :secret) on conflict do nothing")
			.param("secret", candidate)
			.update();
		return jdbc.sql("select secret from portal_form_key where id = 1").query(String.class).single();
	}

	static String searchText(Question q) {
		List<String> parts = new ArrayList<>();
		parts.add(q.getReference());
		parts.add(q.getField());
		parts.add(q.getPublicTitle());
		parts.add(q.getPublicContent());
		parts.add(q.getAnswer());
		return VietnameseText.fold(String.join(" ", parts.stream().filter(part -> part != null).toList()));
	}

	private Question map(ResultSet rs, int row) throws SQLException {
		var question = new Question();
		question.restore(rs.getLong("id"), rs.getString("reference"), rs.getLong("agency_id"),
				QuestionKind.valueOf(rs.getString("kind")), rs.getString("field"), rs.getString("title"),
				rs.getString("content"), rs.getString("asker_name"), rs.getString("asker_email"), rs.getString("asker_phone"),
				rs.getObject("asker_account_id", Long.class), Question.Channel.valueOf(rs.getString("channel")),
				instant(rs, "consent_at"), instant(rs, "submitted_at"), QuestionStatus.valueOf(rs.getString("status")),
				rs.getObject("department_id", Long.class), rs.getString("assignee"), rs.getString("assignee_name"),
				rs.getString("public_title"), rs.getString("public_content"), rs.getString("answer"),
				rs.getString("answered_by"), rs.getString("answered_by_name"), instant(rs, "answered_at"),
				rs.getBoolean("published"), instant(rs, "published_at"), instant(rs, "closed_at"),
				rs.getString("closing_note"), rs.getInt("version"));
		return question;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
