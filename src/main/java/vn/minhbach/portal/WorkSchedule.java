package vn.minhbach.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.organization.Position;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * The leaders' weekly work calendar (lịch công tác tuần). The office of the agency enters the
 * events and publishes the week; from then on the public sees it, and every later addition,
 * change or cancellation stays visible as an adjustment. Reads for the public are of the agency
 * the portal serves and of published weeks only.
 */
@Service
public class WorkSchedule {

	/** The roles that keep the calendar, in its agency. */
	public static final Role[] OFFICE = { Role.AGENCY_ADMIN, Role.EDITOR, Role.CLERK, Role.LEADER };

	private final WorkEvents events;

	private final OrganizationDirectory organization;

	private final WorkingCalendar calendar;

	private final AuditLog audit;

	private final Clock clock;

	WorkSchedule(WorkEvents events, OrganizationDirectory organization, WorkingCalendar calendar, AuditLog audit,
			Clock clock) {
		this.events = events;
		this.organization = organization;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/** The week holding today (in Vietnam). */
	public WorkWeek currentWeek() {
		return WorkWeek.of(calendar.today());
	}

	/**
	 * A week of the portal's calendar as the public sees it: its events only when it is published
	 * (an unpublished week comes back with empty days).
	 */
	@Transactional(readOnly = true)
	public ScheduleWeek published(WorkWeek week) {
		Agency host = organization.hostAgency().orElseThrow(() -> new NotFoundException("error.notFound.agency"));
		var publication = events.publication(host.getId(), week.monday());
		List<WorkEvent> list = publication.isPresent() ? events.between(host.getId(), week.monday(), week.sunday())
				: List.of();
		return assemble(week, host, publication.orElse(null), list);
	}

	/** This week's published events of the portal's agency, in order (empty until the week is published); for the home page. */
	@Transactional(readOnly = true)
	public List<WorkEvent> thisWeek() {
		if (organization.hostAgency().isEmpty()) {
			return List.of();
		}
		return published(currentWeek()).events();
	}

	/** A week as the office sees it: every event, published or not. */
	@Transactional(readOnly = true)
	public ScheduleWeek week(Long agencyId, WorkWeek week) {
		Access.require(agencyId, OFFICE);
		return assemble(week, organization.agency(agencyId), events.publication(agencyId, week.monday()).orElse(null),
				events.between(agencyId, week.monday(), week.sunday()));
	}

	@Transactional(readOnly = true)
	public WorkEvent event(Long id) {
		WorkEvent event = events.byId(id).orElseThrow(() -> new NotFoundException("error.notFound.workEvent"));
		Access.require(event.agencyId(), OFFICE);
		return event;
	}

	/** The agency's leaders (positions marked as leaders), to choose from. */
	@Transactional(readOnly = true)
	public List<Position> leaders(Long agencyId) {
		Access.require(agencyId, OFFICE);
		return organization.leaders(agencyId);
	}

	@Transactional
	public WorkEvent add(Long agencyId, WorkEventCommand command) {
		Access.require(agencyId, OFFICE);
		String leaders = leadersText(agencyId, command);
		Instant now = clock.instant();
		boolean published = isPublished(agencyId, WorkWeek.of(command.day()));
		WorkEvent event = events.insert(agencyId, command, leaders, published ? now : null, now);
		audit.record(AuditRecord.of("WORK_EVENT_ADDED", "portal_work_event", event.id().toString())
			.inAgency(agencyId)
			.detail("day", event.day())
			.detail("time", event.time())
			.detail("afterPublication", published));
		return event;
	}

	@Transactional
	public WorkEvent change(Long id, int seenVersion, WorkEventCommand command) {
		WorkEvent event = current(id, seenVersion);
		if (event.cancelled()) {
			throw new BusinessRuleViolation("error.workCalendar.cancelled");
		}
		String leaders = leadersText(event.agencyId(), command);
		Instant now = clock.instant();
		boolean published = isPublished(event.agencyId(), WorkWeek.of(event.day()))
				|| isPublished(event.agencyId(), WorkWeek.of(command.day()));
		WorkEvent changed = events.update(event, command, leaders, published ? now : event.adjustedAt(), now);
		audit.record(AuditRecord.of("WORK_EVENT_CHANGED", "portal_work_event", id.toString())
			.inAgency(event.agencyId())
			.detail("day", changed.day())
			.detail("time", changed.time())
			.detail("afterPublication", published));
		return changed;
	}

	/**
	 * Removes an event. Before its week is published it simply goes; after, it stays on the
	 * calendar marked as cancelled, so that people who read the week know it will not happen.
	 */
	@Transactional
	public void remove(Long id, int seenVersion) {
		WorkEvent event = current(id, seenVersion);
		boolean published = isPublished(event.agencyId(), WorkWeek.of(event.day()));
		if (published) {
			if (!event.cancelled()) {
				events.cancel(event, clock.instant());
			}
		}
		else {
			events.delete(event);
		}
		audit.record(AuditRecord.of(published ? "WORK_EVENT_CANCELLED" : "WORK_EVENT_DELETED", "portal_work_event",
				id.toString())
			.inAgency(event.agencyId())
			.detail("day", event.day())
			.detail("time", event.time()));
	}

	/** Publishes the agency's week on the portal. Publishing again changes nothing. */
	@Transactional
	public ScheduleWeek publish(Long agencyId, WorkWeek week) {
		Access.require(agencyId, OFFICE);
		if (events.publish(agencyId, week.monday(), Access.actorName(), clock.instant())) {
			audit.record(AuditRecord.of("WORK_WEEK_PUBLISHED", "portal_work_week", agencyId + "/" + week.iso())
				.inAgency(agencyId)
				.detail("week", week.iso())
				.detail("events", events.between(agencyId, week.monday(), week.sunday()).size()));
		}
		return week(agencyId, week);
	}

	private boolean isPublished(Long agencyId, WorkWeek week) {
		return events.publication(agencyId, week.monday()).isPresent();
	}

	private WorkEvent current(Long id, int seenVersion) {
		WorkEvent event = event(id);
		if (event.version() != seenVersion) {
			throw new ConcurrentChange("work event " + id);
		}
		return event;
	}

	/** "Nguyễn Văn Hùng – Chủ tịch UBND xã; Trần Thị Mai – Phó Chủ tịch UBND xã; …" from the chosen leaders and the typed ones. */
	private String leadersText(Long agencyId, WorkEventCommand command) {
		if (command.endsAt() != null && !command.endsAt().isAfter(command.startsAt())) {
			throw new BusinessRuleViolation("error.workCalendar.endBeforeStart");
		}
		Map<Long, Position> leaders = organization.leaders(agencyId)
			.stream()
			.collect(Collectors.toMap(Position::getId, Function.identity()));
		List<String> names = new ArrayList<>();
		for (Long positionId : command.positionIds()) {
			Position position = leaders.get(positionId);
			if (position == null) {
				throw new BusinessRuleViolation("error.workCalendar.leader");
			}
			names.add(position.getHolderName() == null || position.getHolderName().isBlank() ? position.getTitle()
					: position.getHolderName() + " – " + position.getTitle());
		}
		if (command.otherLeaders() != null && !command.otherLeaders().isBlank()) {
			names.add(command.otherLeaders().strip());
		}
		if (names.isEmpty()) {
			throw new BusinessRuleViolation("error.workCalendar.noLeader");
		}
		String text = String.join("; ", names);
		if (text.length() > 1000) {
			throw new BusinessRuleViolation("error.question.tooLong");
		}
		return text;
	}

	private static ScheduleWeek assemble(WorkWeek week, Agency agency, WorkEvents.Publication publication,
			List<WorkEvent> list) {
		Map<java.time.LocalDate, List<WorkEvent>> byDay = list.stream()
			.collect(Collectors.groupingBy(WorkEvent::day));
		List<ScheduleWeek.Day> days = week.days()
			.stream()
			.map(day -> new ScheduleWeek.Day(day, byDay.getOrDefault(day, List.of())))
			.toList();
		return new ScheduleWeek(week, agency.getId(), agency.getName(),
				publication == null ? null : publication.publishedAt(), publication == null ? null : publication.publishedBy(),
				days);
	}
}
