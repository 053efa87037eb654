package vn.minhbach.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.identity.RoleAssignment;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.VietnameseText;

/**
 * The back office's dossier lists: the desk's reception queue, an officer's own queue (sorted by
 * deadline), results to hand over, and the agency's whole register with filters and search.
 *
 * <p>Paging is by keyset (the last row's sort key and id), so page 40 000 costs what page 1
 * costs; each list's order is served by an index (see {@code V12__dossier_lists.sql} and the
 * {@code EXPLAIN} test). A specialist sees only the dossiers with a step of their role and
 * department, or a consultation addressed to their department.
 */
@Service
public class DossierQueue {

	private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}");

	private static final Pattern CODE = Pattern.compile("(?i)[0-9a-z]{3}(\\.[0-9a-z]{2}){2,3}[.-].*|(?i)[0-9a-z.]+-\\d{4,6}.*");

	private static final String PROCESSING = "('RECEIVED', 'IN_PROCESS', 'AWAITING_APPROVAL')";

	private final JdbcClient jdbc;

	private final AccountDirectory accounts;

	private final WorkingCalendar calendar;

	DossierQueue(JdbcClient jdbc, AccountDirectory accounts, WorkingCalendar calendar) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.calendar = calendar;
	}

	/** A page of a list, and the cursor of the next page (null on the last). */
	public record Page(List<QueueRow> rows, String next) {
	}

	/** The numbers on the tabs and the dashboard. */
	public record Counts(long reception, long mine, long toReturn, long overdue, long dueSoon, long consultations) {
	}

	@Transactional(readOnly = true)
	public Page page(Long agencyId, DossierFilter filter) {
		Query query = query(agencyId, filter);
		List<Row> rows = jdbc.sql(query.sql()).params(query.params()).query((rs, n) -> row(rs)).list();
		String next = null;
		if (rows.size() > filter.size()) {
			rows = rows.subList(0, filter.size());
			Row last = rows.get(rows.size() - 1);
			next = switch (filter.view()) {
				case MINE -> last.row.stepDue() + "~" + last.row.id();
				case RECEPTION -> last.row.submittedAt() + "~" + last.row.id();
				case TO_RETURN -> last.decidedAt + "~" + last.row.id();
				default -> Long.toString(last.row.id());
			};
		}
		LocalDate today = calendar.today();
		LocalDate soon = calendar.addWorkingDays(today, 1);
		return new Page(rows.stream().map(r -> r.row.withDeadline(deadline(r.row, today, soon))).toList(), next);
	}

	/** The plan PostgreSQL chooses for a list (for the test that keeps the lists on their indexes). */
	@Transactional(readOnly = true)
	String explain(Long agencyId, DossierFilter filter) {
		Query query = query(agencyId, filter);
		return String.join("\n", jdbc.sql("explain " + query.sql()).params(query.params()).query(String.class).list());
	}

	private record Query(String sql, Map<String, Object> params) {
	}

	private Query query(Long agencyId, DossierFilter filter) {
		Scope scope = scope(agencyId);
		Map<String, Object> params = new HashMap<>();
		params.put("agency", agencyId);
		StringBuilder sql = new StringBuilder();
		String order;
		String cursorKey;
		if (filter.view() == DossierFilter.View.MINE) {
			// driven from the agency's open dossiers, each probing its active steps: the cost follows
			// the agency's open work, not every open step of every agency ("offset 0" keeps
			// PostgreSQL from flattening the lateral subquery into a scan of all active steps)
			sql.append("""
					select d.id, d.code, d.procedure_name, d.applicant_name, d.status, d.channel, d.submitted_at, d.due_date,
					  d.late, d.version, d.decided_at, s.name step_name, s.assignee_name, s.due_date step_due
					from dossier d join lateral (
					  select s.name, s.assignee_name, s.due_date from dossier_step s
					  where s.dossier_id = d.id and s.status = 'ACTIVE' and (s.assignee = :me or (s.assignee is null and (%s)))
					  offset 0) s on true
					where d.agency_id = :agency and d.status in %s
					""".formatted(scope.stepCondition("s", params), PROCESSING));
			params.put("me", scope.username);
			order = "s.due_date, d.id";
			cursorKey = "s.due_date";
		}
		else {
			sql.append("""
					select d.id, d.code, d.procedure_name, d.applicant_name, d.status, d.channel, d.submitted_at, d.due_date,
					  d.late, d.version, d.decided_at, a.name step_name, a.assignee_name, a.due_date step_due
					from dossier d left join lateral (
					  select s.name, s.assignee_name, s.due_date from dossier_step s
					  where s.dossier_id = d.id and s.status = 'ACTIVE' order by s.seq desc limit 1) a on true
					""");
			switch (filter.view()) {
				case RECEPTION -> {
					scope.requireDesk();
					sql.append("where d.agency_id = :agency and d.status = 'SUBMITTED'\n");
					order = "d.submitted_at, d.id";
					cursorKey = "d.submitted_at";
				}
				case TO_RETURN -> {
					scope.requireDesk();
					sql.append("where d.agency_id = :agency and d.status = 'RESULT_READY'\n");
					order = "d.decided_at, d.id";
					cursorKey = "d.decided_at";
				}
				case ROUTED -> {
					scope.requireDesk();
					sql.append("where d.receiving_agency_id = :agency and d.agency_id <> :agency and d.status <> 'DRAFT'\n");
					order = "d.id desc";
					cursorKey = null;
				}
				default -> {
					sql.append("where d.agency_id = :agency and d.status <> 'DRAFT'\n");
					if (!scope.broad) {
						sql.append("and (exists (select 1 from dossier_step v where v.dossier_id = d.id and (")
							.append(scope.stepCondition("v", params))
							.append(")) or exists (select 1 from dossier_consultation c where c.dossier_id = d.id and c.department_id in (:departments)))\n");
						params.put("departments", scope.departments().isEmpty() ? List.of(-1L) : scope.departments());
					}
					order = "d.id desc";
					cursorKey = null;
				}
			}
		}
		filters(filter, sql, params);
		if (filter.after() != null) {
			cursor(filter.after(), cursorKey, sql, params);
		}
		sql.append("order by ").append(order).append(" limit ").append(filter.size() + 1);
		return new Query(sql.toString(), params);
	}

	@Transactional(readOnly = true)
	public Counts counts(Long agencyId) {
		Scope scope = scope(agencyId);
		LocalDate today = calendar.today();
		Map<String, Object> params = new HashMap<>();
		params.put("agency", agencyId);
		params.put("me", scope.username);
		long mine = jdbc.sql("""
				select count(*) from dossier d join dossier_step s on s.dossier_id = d.id and s.status = 'ACTIVE'
				where d.agency_id = :agency and d.status in %s and (s.assignee = :me or (s.assignee is null and (%s)))
				""".formatted(PROCESSING, scope.stepCondition("s", params))).params(params).query(Long.class).single();
		long reception = 0;
		long toReturn = 0;
		long overdue = 0;
		long dueSoon = 0;
		if (scope.broad) {
			reception = count("select count(*) from dossier where agency_id = :agency and status = 'SUBMITTED'", agencyId);
			toReturn = count("select count(*) from dossier where agency_id = :agency and status = 'RESULT_READY'", agencyId);
			overdue = jdbc.sql("select count(*) from dossier where agency_id = :agency and closed_at is null and due_date < :today")
				.param("agency", agencyId)
				.param("today", today)
				.query(Long.class)
				.single();
			dueSoon = jdbc.sql("""
					select count(*) from dossier where agency_id = :agency and closed_at is null
					and due_date between :today and :soon
					""")
				.param("agency", agencyId)
				.param("today", today)
				.param("soon", calendar.addWorkingDays(today, 1))
				.query(Long.class)
				.single();
		}
		long consultations = scope.departments().isEmpty() ? 0 : jdbc.sql("""
				select count(*) from dossier_consultation c join dossier d on d.id = c.dossier_id
				where d.agency_id = :agency and c.department_id in (:departments) and c.answer is null
				""").param("agency", agencyId).param("departments", scope.departments()).query(Long.class).single();
		return new Counts(reception, mine, toReturn, overdue, dueSoon, consultations);
	}

	/** The names of the steps in use in the agency's open dossiers, for the step filter. */
	@Transactional(readOnly = true)
	public List<String> stepNames(Long agencyId) {
		scope(agencyId);
		return jdbc.sql("""
				select distinct s.name from dossier_step s join dossier d on d.id = s.dossier_id
				where d.agency_id = :agency and s.status = 'ACTIVE' order by s.name
				""").param("agency", agencyId).query(String.class).list();
	}

	private long count(String sql, Long agencyId) {
		return jdbc.sql(sql).param("agency", agencyId).query(Long.class).single();
	}

	private void filters(DossierFilter filter, StringBuilder sql, Map<String, Object> params) {
		if (filter.status() != null) {
			sql.append("and d.status = :status\n");
			params.put("status", filter.status().name());
		}
		if (filter.procedureId() != null) {
			sql.append("and d.procedure_id = :procedure\n");
			params.put("procedure", filter.procedureId());
		}
		if (filter.step() != null) {
			sql.append("and exists (select 1 from dossier_step f where f.dossier_id = d.id and f.status = 'ACTIVE' and f.name = :step)\n");
			params.put("step", filter.step());
		}
		if (filter.officer() != null) {
			sql.append("and exists (select 1 from dossier_step o where o.dossier_id = d.id and o.assignee = :officer)\n");
			params.put("officer", filter.officer());
		}
		if (filter.from() != null) {
			sql.append("and d.submitted_at >= :from\n");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(calendar.zone()).toInstant()));
		}
		if (filter.to() != null) {
			sql.append("and d.submitted_at < :to\n");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
		}
		if (filter.timeliness() != null) {
			LocalDate today = calendar.today();
			switch (filter.timeliness()) {
				case OVERDUE -> {
					sql.append("and d.closed_at is null and d.due_date < :today\n");
					params.put("today", today);
				}
				case DUE_SOON -> {
					sql.append("and d.closed_at is null and d.due_date between :today and :soon\n");
					params.put("today", today);
					params.put("soon", calendar.addWorkingDays(today, 1));
				}
				case ON_TIME -> sql.append("and d.late = false\n");
				case LATE -> sql.append("and d.late = true\n");
			}
		}
		if (filter.text() != null) {
			String text = filter.text();
			if (CITIZEN_ID.matcher(text).matches()) {
				sql.append("and d.applicant_citizen_id = :citizenId\n");
				params.put("citizenId", text);
			}
			else if (CODE.matcher(text).matches()) {
				sql.append("and d.code like :codePrefix\n");
				params.put("codePrefix", likeEscape(text.toUpperCase(Locale.ROOT)) + "%");
			}
			else {
				// from the start of any word of the name: the keys kept by the trigger of V23
				sql.append("""
						and d.id in (select k.dossier_id from dossier_name_key k
						  where k.agency_id = :agency and k.name_key >= :nameFrom and k.name_key < :nameTo)
						""");
				String folded = VietnameseText.fold(text);
				params.put("nameFrom", folded);
				params.put("nameTo", folded + Character.toString(Character.MAX_CODE_POINT));
			}
		}
	}

	private static void cursor(String after, String key, StringBuilder sql, Map<String, Object> params) {
		try {
			if (key == null) {
				sql.append("and d.id < :afterId\n");
				params.put("afterId", Long.parseLong(after));
				return;
			}
			int split = after.lastIndexOf('~');
			String value = after.substring(0, split);
			params.put("afterId", Long.parseLong(after.substring(split + 1)));
			if (key.equals("s.due_date")) {
				params.put("afterKey", LocalDate.parse(value));
			}
			else {
				params.put("afterKey", Timestamp.from(Instant.parse(value)));
			}
			sql.append("and (").append(key).append(", d.id) > (:afterKey, :afterId)\n");
		}
		catch (RuntimeException ex) {
			throw new BusinessRuleViolation("error.list.cursor");
		}
	}

	private static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static QueueRow.Deadline deadline(QueueRow row, LocalDate today, LocalDate soon) {
		if (row.status().closed() || row.status() == DossierStatus.SUBMITTED || row.dueDate() == null) {
			return QueueRow.Deadline.NONE;
		}
		LocalDate due = row.dueDate();
		if (row.stepDue() != null && row.stepDue().isBefore(due)) {
			due = row.stepDue();
		}
		if (due.isBefore(today)) {
			return QueueRow.Deadline.OVERDUE;
		}
		return due.isAfter(soon) ? QueueRow.Deadline.ON_TRACK : QueueRow.Deadline.DUE_SOON;
	}

	private record Row(QueueRow row, Instant decidedAt) {
	}

	private static Row row(ResultSet rs) throws SQLException {
		Timestamp submitted = rs.getTimestamp("submitted_at");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Row(new QueueRow(rs.getLong("id"), rs.getString("code"), rs.getString("procedure_name"),
				rs.getString("applicant_name"), DossierStatus.valueOf(rs.getString("status")),
				Dossier.SubmissionChannel.valueOf(rs.getString("channel")), submitted == null ? null : submitted.toInstant(),
				rs.getObject("due_date", LocalDate.class), rs.getString("step_name"), rs.getString("assignee_name"),
				rs.getObject("step_due", LocalDate.class), rs.getObject("late", Boolean.class), rs.getInt("version"),
				QueueRow.Deadline.NONE), decided == null ? null : decided.toInstant());
	}

	// --- who is asking -----------------------------------------------------------------------

	private Scope scope(Long agencyId) {
		if (agencyId == null) {
			throw new AccessDeniedInAgency("dossier lists without an agency");
		}
		boolean broad = Access.isSystemAdmin() || Access.hasAny(agencyId, Role.RECEPTION, Role.LEADER, Role.AGENCY_ADMIN);
		if (!broad && !Access.has(Role.SPECIALIST, agencyId)) {
			throw new AccessDeniedInAgency("dossier lists of agency " + agencyId);
		}
		List<RoleAssignment> roles = accounts.currentRoles().stream().filter(r -> agencyId.equals(r.agencyId())).toList();
		return new Scope(Access.actorName(), broad, roles);
	}

	private record Scope(String username, boolean broad, List<RoleAssignment> roles) {

		void requireDesk() {
			if (!broad) {
				throw new AccessDeniedInAgency("desk lists");
			}
		}

		List<Long> departments() {
			return roles.stream().map(RoleAssignment::departmentId).filter(java.util.Objects::nonNull).distinct().toList();
		}

		/** SQL true when the step (alias) is one the officer's roles handle: the role, and the department if the step has one. */
		String stepCondition(String alias, Map<String, Object> params) {
			if (roles.isEmpty()) {
				return "false";
			}
			List<String> parts = new ArrayList<>();
			for (int i = 0; i < roles.size(); i++) {
				RoleAssignment role = roles.get(i);
				String r = alias + "r" + i;
				String d = alias + "d" + i;
				params.put(r, role.role().name());
				if (role.departmentId() == null) {
					parts.add("(%1$s.role = :%2$s and %1$s.department_id is null)".formatted(alias, r));
				}
				else {
					params.put(d, role.departmentId());
					parts.add("(%1$s.role = :%2$s and (%1$s.department_id is null or %1$s.department_id = :%3$s))"
						.formatted(alias, r, d));
				}
			}
			return String.join(" or ", parts);
		}
	}
}
