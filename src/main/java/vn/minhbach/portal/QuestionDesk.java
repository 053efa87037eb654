package vn.minhbach.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.identity.Account;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.organization.Department;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.VietnameseText;

/**
 * The staff's handling of questions and feedback: the queue of new items, assignment to a
 * department or an officer, the answer, publication on the portal, closing. Only editors,
 * leaders, administrators and specialists of the agency that received the question may act, and
 * every action is written to the audit log.
 */
@Service
public class QuestionDesk {

	/** The roles that handle questions, in the question's agency. */
	public static final Role[] ROLES = { Role.EDITOR, Role.LEADER, Role.AGENCY_ADMIN, Role.SPECIALIST };

	static final int PAGE_SIZE = 20;

	private final Questions questions;

	private final QuestionNotices notices;

	private final OrganizationDirectory organization;

	private final AccountDirectory accounts;

	private final AuditLog audit;

	private final WorkingCalendar calendar;

	private final Clock clock;

	QuestionDesk(Questions questions, QuestionNotices notices, OrganizationDirectory organization, AccountDirectory accounts,
			AuditLog audit, WorkingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.questions = questions;
		this.notices = notices;
		this.organization = organization;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The lists of the staff's queue. */
	public enum View {
		/** Not yet assigned: what needs someone now. */
		NEW,
		/** Assigned to me and not answered. */
		MINE,
		/** New or assigned, not answered. */
		OPEN,
		ANSWERED, CLOSED, ALL;

		public String messageKey() {
			return "question.view." + name();
		}
	}

	/**
	 * A list request.
	 *
	 * @param view which list
	 * @param kind questions or feedback only, or null for both
	 * @param q words of the title, the asker's name or the reference, with or without diacritics
	 * @param page 0-based page
	 */
	public record Filter(View view, QuestionKind kind, String q, int page) {

		public Filter {
			view = view == null ? View.OPEN : view;
			q = q == null ? "" : q.trim();
			page = Math.max(0, page);
		}
	}

	/** One page of a list. */
	public record Page(List<Question> rows, int page, int size, long total) {

		public int pages() {
			return (int) ((total + size - 1) / size);
		}

		public boolean hasNext() {
			return (long) (page + 1) * size < total;
		}

		public boolean hasPrevious() {
			return page > 0;
		}
	}

	/**
	 * The answer as written by the officer.
	 *
	 * @param answer the answer, sent to the asker and published with the question
	 * @param publicTitle the question's title as published (blank keeps the asker's)
	 * @param publicContent the question as published, without personal details (blank keeps the asker's)
	 * @param publish whether to publish the question and answer on the portal now
	 */
	public record AnswerCommand(@NotBlank(message = "{error.required}") @Size(max = 20000) String answer,
			@Size(max = 300) String publicTitle, @Size(max = 10000) String publicContent, boolean publish) {
	}

	/** Someone the question can be given to. */
	public record Assignee(String username, String fullName) {
	}

	@Transactional(readOnly = true)
	public Page page(Long agencyId, Filter filter) {
		Access.require(agencyId, ROLES);
		var where = new StringBuilder();
		Map<String, Object> p = new HashMap<>();
		switch (filter.view()) {
			case NEW -> where.append(" and status = 'NEW'");
			case MINE -> {
				where.append(" and status = 'ASSIGNED' and assignee = :me");
				p.put("me", Access.actorName());
			}
			case OPEN -> where.append(" and status in ('NEW', 'ASSIGNED')");
			case ANSWERED -> where.append(" and status = 'ANSWERED'");
			case CLOSED -> where.append(" and status = 'CLOSED'");
			case ALL -> {
			}
		}
		if (filter.kind() != null) {
			where.append(" and kind = :kind");
			p.put("kind", filter.kind().name());
		}
		List<String> words = words(filter.q());
		for (int i = 0; i < words.size(); i++) {
			where.append(" and f_unaccent(reference || ' ' || title || ' ' || asker_name || ' ' || coalesce(field, '')) like '%' || :w")
				.append(i)
				.append(" || '%'");
			p.put("w" + i, words.get(i));
		}
		boolean queue = filter.view() == View.NEW || filter.view() == View.MINE || filter.view() == View.OPEN;
		List<Question> rows = questions.queue(agencyId, where.toString(), p, queue, PAGE_SIZE,
				(long) filter.page() * PAGE_SIZE);
		return new Page(rows, filter.page(), PAGE_SIZE, questions.count(agencyId, where.toString(), p));
	}

	/** How many items each list of the queue holds, for the tabs and the dashboard. */
	@Transactional(readOnly = true)
	public Map<View, Long> counts(Long agencyId) {
		Access.require(agencyId, ROLES);
		Map<View, Long> counts = new LinkedHashMap<>();
		counts.put(View.NEW, questions.count(agencyId, " and status = 'NEW'", Map.of()));
		counts.put(View.MINE,
				questions.count(agencyId, " and status = 'ASSIGNED' and assignee = :me", Map.of("me", Access.actorName())));
		counts.put(View.OPEN, questions.count(agencyId, " and status in ('NEW', 'ASSIGNED')", Map.of()));
		return counts;
	}

	@Transactional(readOnly = true)
	public Question question(Long id) {
		Question question = questions.byId(id).orElseThrow(() -> new NotFoundException("error.notFound.question"));
		Access.require(question.getAgencyId(), ROLES);
		return question;
	}

	/** The officers of the agency who handle questions, by name. */
	@Transactional(readOnly = true)
	public List<Assignee> assignees(Long agencyId) {
		Access.require(agencyId, ROLES);
		Map<String, Assignee> byName = new LinkedHashMap<>();
		for (Account account : accounts.staffOf(agencyId, null)) {
			if (Arrays.stream(ROLES).anyMatch(role -> account.holds(role, agencyId))) {
				byName.put(account.getUsername(), new Assignee(account.getUsername(), account.getFullName()));
			}
		}
		List<Assignee> sorted = new ArrayList<>(byName.values());
		sorted.sort((a, b) -> VietnameseText.collator().compare(a.fullName(), b.fullName()));
		return sorted;
	}

	/** Gives the question to a department of the agency and, optionally, one of its officers. */
	@Transactional
	public Question assign(Long id, int seenVersion, Long departmentId, String assignee) {
		Question question = current(id, seenVersion);
		String username = assignee == null || assignee.isBlank() ? null : assignee.trim();
		String name = null;
		if (departmentId != null) {
			Department department = organization.department(departmentId);
			if (!department.getAgencyId().equals(question.getAgencyId())) {
				throw new BusinessRuleViolation("error.question.assignee");
			}
		}
		if (username != null) {
			name = assignees(question.getAgencyId()).stream()
				.filter(candidate -> candidate.username().equals(username))
				.findFirst()
				.orElseThrow(() -> new BusinessRuleViolation("error.question.assignee"))
				.fullName();
		}
		question.assign(departmentId, username, name);
		questions.save(question);
		audit.record(AuditRecord.of("QUESTION_ASSIGNED", "portal_question", id.toString())
			.inAgency(question.getAgencyId())
			.detail("reference", question.getReference())
			.detail("department", departmentId)
			.detail("assignee", username));
		return question;
	}

	/**
	 * Writes the answer (the asker is told by e-mail the first time) and, when asked, publishes
	 * the question and answer on the portal.
	 */
	@Transactional
	public Question answer(Long id, int seenVersion, AnswerCommand command) {
		Question question = current(id, seenVersion);
		Instant now = clock.instant();
		String by = Access.actorName();
		String byName = accounts.findByUsername(by).map(Account::getFullName).orElse(null);
		boolean first = question.answer(command.answer(), command.publicTitle(), command.publicContent(), by, byName, now);
		if (command.publish()) {
			question.publish(now);
		}
		questions.save(question);
		audit.record(AuditRecord.of("QUESTION_ANSWERED", "portal_question", id.toString())
			.inAgency(question.getAgencyId())
			.detail("reference", question.getReference())
			.detail("first", first)
			.detail("published", question.isPublished()));
		if (first) {
			notices.answered(question, organization.agency(question.getAgencyId()).getName());
		}
		return question;
	}

	@Transactional
	public Question publish(Long id, int seenVersion) {
		Question question = current(id, seenVersion);
		question.publish(clock.instant());
		questions.save(question);
		audit.record(AuditRecord.of("QUESTION_PUBLISHED", "portal_question", id.toString())
			.inAgency(question.getAgencyId())
			.detail("reference", question.getReference()));
		return question;
	}

	@Transactional
	public Question unpublish(Long id, int seenVersion) {
		Question question = current(id, seenVersion);
		question.unpublish();
		questions.save(question);
		audit.record(AuditRecord.of("QUESTION_UNPUBLISHED", "portal_question", id.toString())
			.inAgency(question.getAgencyId())
			.detail("reference", question.getReference()));
		return question;
	}

	@Transactional
	public Question close(Long id, int seenVersion, String note) {
		Question question = current(id, seenVersion);
		question.close(note == null ? null : note.strip(), clock.instant());
		questions.save(question);
		audit.record(AuditRecord.of("QUESTION_CLOSED", "portal_question", id.toString())
			.inAgency(question.getAgencyId())
			.detail("reference", question.getReference())
			.detail("note", question.getClosingNote()));
		return question;
	}

	/**
	 * Enters a question received by letter, by phone or at the desk, on the day it arrived. No
	 * confirmation is sent: the person already spoke to the agency.
	 */
	@Transactional
	public Question record(Long agencyId, QuestionSubmission submission, LocalDate receivedOn) {
		Access.require(agencyId, ROLES);
		Instant at = receivedOn.atTime(8, 0).atZone(calendar.zone()).toInstant();
		Question question = questions.save(Question.received(questions.nextReference(submission.kind(), receivedOn),
				agencyId, QuestionIntake.normalised(submission), null, Question.Channel.DESK,
				at.isAfter(clock.instant()) ? clock.instant() : at));
		audit.record(AuditRecord.of("QUESTION_RECORDED", "portal_question", question.getId().toString())
			.inAgency(agencyId)
			.detail("reference", question.getReference()));
		return question;
	}

	private Question current(Long id, int seenVersion) {
		Question question = question(id);
		if (question.getVersion() != seenVersion) {
			throw new ConcurrentChange("question " + id);
		}
		return question;
	}

	static List<String> words(String text) {
		return Arrays.stream(VietnameseText.fold(text).split(" "))
			.map(word -> word.replace("%", "").replace("_", "").replace("\\", ""))
			.filter(word -> !word.isBlank())
			.limit(8)
			.toList();
	}
}
