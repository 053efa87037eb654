package vn.minhbach.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may see of a dossier by its code: no name, ID number or address in full.
 *
 * @param code dossier code
 * @param procedureName procedure
 * @param agencyName the agency handling it
 * @param applicant the applicant's name, masked ("N***** V** An")
 * @param status current status
 * @param submittedAt when it was submitted
 * @param receivedAt when the desk accepted it
 * @param dueDate the appointment date for the result
 * @param returnedAt when the result was returned
 * @param steps the visible events, with dates (no personal names)
 * @param handovers the process-control sheet without names: each step, when it was handed over and
 * finished, its deadline and whether it was on time
 */
public record TrackingView(String code, String procedureName, String agencyName, String applicant, DossierStatus status,
		Instant submittedAt, Instant receivedAt, LocalDate dueDate, Instant returnedAt, List<Step> steps,
		List<Handover> handovers) {

	/** One row of the public control sheet. */
	public record Handover(String name, String department, Instant startedAt, Instant finishedAt, LocalDate dueDate,
			DossierStep.Status status, DossierStep.Outcome outcome) {
	}

	/** One step of the public timeline. */
	public record Step(Instant at, String action, DossierStatus toStatus) {

		public String messageKey() {
			return "dossier.action." + action;
		}
	}
}
