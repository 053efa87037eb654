package vn.minhbach.dossier;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a dossier list in the back office.
 *
 * @param id the dossier
 * @param code its code
 * @param procedureName the procedure
 * @param applicantName the applicant (officers see the full name)
 * @param status where it stands
 * @param channel how it was filed
 * @param submittedAt when it was filed
 * @param dueDate the appointment date, once received
 * @param stepName the active step, if any
 * @param assigneeName who holds the active step, if anyone
 * @param stepDue the active step's own deadline
 * @param late whether the result was returned late, once returned
 * @param version the version the officer sees (for actions from the list)
 * @param deadline how the deadline stands today
 */
public record QueueRow(long id, String code, String procedureName, String applicantName, DossierStatus status,
		Dossier.SubmissionChannel channel, Instant submittedAt, LocalDate dueDate, String stepName, String assigneeName,
		LocalDate stepDue, Boolean late, int version, Deadline deadline) {

	/** How a dossier's deadline stands today: the list highlights overdue and due-soon rows. */
	public enum Deadline {
		NONE, ON_TRACK, DUE_SOON, OVERDUE
	}

	QueueRow withDeadline(Deadline value) {
		return new QueueRow(id, code, procedureName, applicantName, status, channel, submittedAt, dueDate, stepName,
				assigneeName, stepDue, late, version, value);
	}
}
