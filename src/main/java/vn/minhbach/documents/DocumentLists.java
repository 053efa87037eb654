package vn.minhbach.documents;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.identity.Account;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.VietnameseText;

/**
 * The document lists of an agency: each person's work (drafts, reviews, approvals, issuance,
 * registration, direction, handling) and the outgoing and incoming books with filters and a
 * search over number, notation, subject, sender, signer and the text of the files (every word,
 * with or without diacritics). Secret documents appear only to those who may read them. Pages
 * are keyset-paged, newest first.
 */
@Service
public class DocumentLists {

	private final JdbcClient jdbc;

	private final AccountDirectory accounts;

	private final WorkingCalendar calendar;

	DocumentLists(JdbcClient jdbc, AccountDirectory accounts, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.calendar = calendar;
	}

	/** The lists. */
	public enum View {
		MY_DRAFTS, TO_REVIEW, TO_APPROVE, TO_ISSUE, OUTGOING, TO_REGISTER, TO_DIRECT, MINE, INCOMING
	}

	/**
	 * What is asked of a list.
	 *
	 * @param overdue only incoming documents past their deadline and not completed
	 * @param handler only documents this person (user name) handles
	 */
	public record Filter(View view, DocumentStatus status, DocumentType type, LocalDate from, LocalDate to, String handler,
			boolean overdue, String text, Long after, int size) {

		public Filter {
			view = view == null ? View.INCOMING : view;
			size = size <= 0 ? 25 : Math.min(size, 200);
			handler = handler == null || handler.isBlank() ? null : handler.strip();
			text = text == null || text.isBlank() ? null : text.strip();
		}

		public static Filter of(View view) {
			return new Filter(view, null, null, null, null, null, false, null, null, 25);
		}
	}

	/** One line of a list. */
	public record Row(long id, OfficialDocument.Direction direction, DocumentStatus status, DocumentType type,
			String notation, Integer arrivalNumber, String subject, String authorName, String signerName,
			String drafterName, Urgency urgency, Secrecy secrecy, LocalDate issuedOn, java.time.Instant arrivedAt,
			LocalDate deadline, boolean overdue, int version) {
	}

	public record Page(List<Row> rows, Long next) {
	}

	/** What waits for the person, for the dashboard and the tabs. */
	public record Counts(long myDrafts, long toReview, long toApprove, long toIssue, long toRegister, long toDirect,
			long mine, long overdue) {
	}

	/** An agency's overdue incoming documents, by main handler, for its leaders. */
	public record Overdue(String handler, String handlerName, long count) {
	}

	@Transactional(readOnly = true)
	public Page page(Long agencyId, Filter filter) {
		requireStaff(agencyId);
		Account me = accounts.current();
		Map<String, Object> params = new HashMap<>();
		params.put("agency", agencyId);
		params.put("me", me.getUsername());
		params.put("meId", me.getId());
		params.put("today", calendar.today());
		StringBuilder sql = new StringBuilder("select d.* from document d where d.agency_id = :agency\n");
		sql.append(switch (filter.view()) {
			case MY_DRAFTS -> "and d.direction = 'OUTGOING' and d.drafter = :me and d.status <> 'ISSUED'\n";
			case TO_REVIEW -> "and d.status = 'IN_REVIEW' and d.reviewer = :me\n";
			case TO_APPROVE -> "and d.status = 'AWAITING_APPROVAL' and d.signer_account_id = :meId\n";
			case TO_ISSUE -> "and d.status = 'APPROVED'\n";
			case OUTGOING -> "and d.direction = 'OUTGOING'\n";
			case TO_REGISTER -> "and d.status = 'ARRIVED'\n";
			case TO_DIRECT -> "and d.status = 'AWAITING_DIRECTION'\n";
			case MINE -> """
					and d.direction = 'INCOMING' and d.status = 'IN_PROGRESS'
					and exists (select 1 from document_assignment a where a.document_id = d.id and a.username = :me
					  and a.completed_at is null)
					""";
			case INCOMING -> "and d.direction = 'INCOMING'\n";
		});
		if ((filter.view() == View.TO_ISSUE || filter.view() == View.TO_REGISTER) && !Access.has(Role.CLERK, agencyId)) {
			throw new AccessDeniedInAgency("clerk's lists");
		}
		if (filter.view() == View.TO_DIRECT && !Access.has(Role.LEADER, agencyId)) {
			throw new AccessDeniedInAgency("leader's list");
		}
		if (!Access.hasAny(agencyId, Role.LEADER, Role.CLERK)) {
			sql.append("""
					and (d.secrecy = 'NORMAL' or d.drafter = :me or d.reviewer = :me or d.signer_account_id = :meId
					  or exists (select 1 from document_assignment s where s.document_id = d.id and s.username = :me))
					""");
		}
		if (filter.status() != null) {
			sql.append("and d.status = :status\n");
			params.put("status", filter.status().name());
		}
		if (filter.type() != null) {
			sql.append("and d.type = :type\n");
			params.put("type", filter.type().name());
		}
		if (filter.from() != null) {
			sql.append("and d.created_at >= :from\n");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(calendar.zone()).toInstant()));
		}
		if (filter.to() != null) {
			sql.append("and d.created_at < :to\n");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
		}
		if (filter.handler() != null) {
			sql.append("and exists (select 1 from document_assignment h where h.document_id = d.id and h.username = :handler)\n");
			params.put("handler", filter.handler());
		}
		if (filter.overdue()) {
			sql.append("and d.completed_at is null and d.deadline < :today\n");
		}
		if (filter.text() != null) {
			String[] words = VietnameseText.fold(filter.text()).split("\\s+");
			for (int i = 0; i < words.length && i < 8; i++) {
				sql.append("and (d.search_folded like :w").append(i).append(" or d.text_folded like :w").append(i).append(")\n");
				params.put("w" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
		}
		if (filter.after() != null) {
			sql.append("and d.id < :after\n");
			params.put("after", filter.after());
		}
		sql.append("order by d.id desc limit ").append(filter.size() + 1);
		LocalDate today = calendar.today();
		List<Row> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			LocalDate deadline = rs.getObject("deadline", LocalDate.class);
			Timestamp arrived = rs.getTimestamp("arrived_at");
			OfficialDocument.Direction direction = OfficialDocument.Direction.valueOf(rs.getString("direction"));
			return new Row(rs.getLong("id"), direction, DocumentStatus.valueOf(rs.getString("status")),
					DocumentType.valueOf(rs.getString("type")),
					direction == OfficialDocument.Direction.OUTGOING ? rs.getString("notation") : rs.getString("original_notation"),
					rs.getObject("arrival_number", Integer.class), rs.getString("subject"), rs.getString("author_name"),
					rs.getString("signer_name"), rs.getString("drafter_name"), Urgency.valueOf(rs.getString("urgency")),
					Secrecy.valueOf(rs.getString("secrecy")), rs.getObject("issued_on", LocalDate.class),
					arrived == null ? null : arrived.toInstant(), deadline,
					deadline != null && rs.getTimestamp("completed_at") == null && today.isAfter(deadline), rs.getInt("version"));
		}).list());
		Long next = null;
		if (rows.size() > filter.size()) {
			rows = rows.subList(0, filter.size());
			next = rows.get(rows.size() - 1).id();
		}
		return new Page(rows, next);
	}

	@Transactional(readOnly = true)
	public Counts counts(Long agencyId) {
		requireStaff(agencyId);
		Account me = accounts.current();
		Map<String, Object> p = Map.of("agency", agencyId, "me", me.getUsername(), "meId", me.getId(), "today",
				calendar.today());
		boolean clerk = Access.has(Role.CLERK, agencyId);
		boolean leader = Access.has(Role.LEADER, agencyId);
		return new Counts(
				count("direction = 'OUTGOING' and drafter = :me and status <> 'ISSUED'", p),
				count("status = 'IN_REVIEW' and reviewer = :me", p),
				count("status = 'AWAITING_APPROVAL' and signer_account_id = :meId", p),
				clerk ? count("status = 'APPROVED'", p) : 0,
				clerk ? count("status = 'ARRIVED'", p) : 0,
				leader ? count("status = 'AWAITING_DIRECTION'", p) : 0,
				count("""
						direction = 'INCOMING' and status = 'IN_PROGRESS' and exists (select 1 from document_assignment a
						where a.document_id = document.id and a.username = :me and a.completed_at is null)""", p),
				count("direction = 'INCOMING' and completed_at is null and deadline < :today", p));
	}

	/** The overdue incoming documents of the agency by main handler (leaders and clerks). */
	@Transactional(readOnly = true)
	public List<Overdue> overdueByHandler(Long agencyId) {
		if (!Access.hasAny(agencyId, Role.LEADER, Role.CLERK)) {
			throw new AccessDeniedInAgency("overdue by handler");
		}
		return jdbc.sql("""
				select a.username, a.full_name, count(*) n from document d
				join document_assignment a on a.document_id = d.id and a.role = 'MAIN'
				where d.agency_id = :agency and d.direction = 'INCOMING' and d.completed_at is null and d.deadline < :today
				group by a.username, a.full_name order by n desc, a.full_name
				""")
			.param("agency", agencyId)
			.param("today", calendar.today())
			.query((rs, n) -> new Overdue(rs.getString("username"), rs.getString("full_name"), rs.getLong("n")))
			.list();
	}

	private long count(String condition, Map<String, Object> params) {
		return jdbc.sql("select count(*) from document where agency_id = :agency and " + condition)
			.params(params)
			.query(Long.class)
			.single();
	}

	private static void requireStaff(Long agencyId) {
		if (agencyId == null || !Access.hasAny(agencyId, DocumentLibrary.STAFF.toArray(Role[]::new))) {
			throw new AccessDeniedInAgency("document lists");
		}
	}

	static void requireCursor(String after) {
		try {
			Long.parseLong(after);
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleViolation("error.list.cursor");
		}
	}
}
