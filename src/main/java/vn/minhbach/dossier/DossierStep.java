package vn.minhbach.dossier;

import java.time.Instant;
import java.time.LocalDate;

import vn.minhbach.shared.Role;

/**
 * One hand-over in the life of a dossier: a workflow step as it was actually done, who handed it
 * over and who took it, when, by which date it was due and whether it was done on time.
 *
 * @param id database identity
 * @param seq order of the hand-over
 * @param position the step's place in the workflow template (0-based)
 * @param name the step
 * @param role the role that handles it
 * @param departmentId the department that handles it, if one
 * @param approval whether it is the leader's approval
 * @param shareDays its share of the processing time in working days
 * @param status waiting, active, done or sent back
 * @param assignee who took it (user name), or null while nobody has
 * @param assigneeName their full name
 * @param handedBy who handed it over
 * @param handedByName their full name
 * @param startedAt when it was handed over
 * @param takenAt when it was taken
 * @param dueDate the date it is due
 * @param finishedAt when it was finished or sent back
 * @param outcome early, on time or late, once finished
 * @param note what was noted at the hand-over
 */
public record DossierStep(long id, int seq, int position, String name, Role role, Long departmentId, boolean approval,
		int shareDays, Status status, String assignee, String assigneeName, String handedBy, String handedByName,
		Instant startedAt, Instant takenAt, LocalDate dueDate, Instant finishedAt, Outcome outcome, String note) {

	/** Where a step stands. */
	public enum Status {
		ACTIVE, DONE, RETURNED
	}

	/** The result of a step against its own deadline (trước hạn, đúng hạn, quá hạn). */
	public enum Outcome {
		EARLY, ON_TIME, LATE;

		static Outcome of(LocalDate finished, LocalDate due) {
			if (due == null || finished.isEqual(due)) {
				return ON_TIME;
			}
			return finished.isBefore(due) ? EARLY : LATE;
		}
	}
}
