package vn.minhbach.catalog;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.minhbach.shared.Role;

/**
 * One step of a procedure's workflow template, between reception and the return of the result.
 *
 * @param name what the step is ("Thẩm định hồ sơ", "Lãnh đạo phê duyệt")
 * @param role the role that handles it (SPECIALIST, LEADER …)
 * @param departmentId the department that handles it, or null for anyone with the role in the agency
 * @param shareDays its share of the processing time, in working days (0: the same day)
 * @param kind an ordinary processing step, or the approval that decides the result
 */
public record WorkflowStep(String name, Role role, Long departmentId, int shareDays, Kind kind) {

	/** The roles that may handle a step: specialists examine, leaders approve. */
	public static final Set<Role> ROLES = Collections.unmodifiableSet(EnumSet.of(Role.SPECIALIST, Role.LEADER));

	/** What a step does. */
	public enum Kind {
		PROCESS, APPROVAL
	}

	public WorkflowStep {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A step needs a name");
		}
		role = role == null ? Role.SPECIALIST : role;
		shareDays = Math.max(0, shareDays);
		kind = kind == null ? Kind.PROCESS : kind;
	}

	/** A workflow as JSON (what a dossier keeps of its procedure's template at reception). */
	public static String toJson(List<WorkflowStep> steps) {
		return FormSchema.JSON.writeValueAsString(steps);
	}

	public static List<WorkflowStep> listFromJson(String json) {
		return List.of(FormSchema.JSON.readValue(json, WorkflowStep[].class));
	}

	/**
	 * The template used when a procedure has none: examination by a specialist, then the leader's
	 * approval, sharing the processing time (the leader keeps one day when there are two or more).
	 */
	public static List<WorkflowStep> defaultFor(ProcessingTime time, Long specialistDepartment) {
		int days = time.dayCount() == ProcessingTime.DayCount.CALENDAR ? Math.max(0, time.days() * 5 / 7) : time.days();
		int leader = days >= 2 ? 1 : 0;
		return List.of(new WorkflowStep("Thẩm định hồ sơ", Role.SPECIALIST, specialistDepartment, days - leader, Kind.PROCESS),
				new WorkflowStep("Lãnh đạo phê duyệt", Role.LEADER, null, leader, Kind.APPROVAL));
	}
}
