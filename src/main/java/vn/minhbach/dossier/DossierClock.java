package vn.minhbach.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.minhbach.calendar.WorkingCalendar;

/**
 * The legal clock of a dossier: it stops while a supplement is awaited (each pause recorded) and,
 * when it runs again, the appointment date and the active step's deadline move by the working
 * days the dossier waited.
 */
@Component
class DossierClock {

	private final DossierRecords records;

	private final WorkingCalendar calendar;

	private final Clock clock;

	DossierClock(DossierRecords records, WorkingCalendar calendar, Clock clock) {
		this.records = records;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Stops the clock of a dossier whose clock was running. */
	void pause(Dossier dossier, boolean clockWasRunning) {
		if (clockWasRunning && records.openPause(dossier.getId()).isEmpty()) {
			records.pause(dossier.getId(), clock.instant());
		}
	}

	/** Restarts the clock; returns the working days it was stopped. */
	int resume(Dossier dossier) {
		Instant now = clock.instant();
		var started = records.openPause(dossier.getId());
		if (started.isEmpty()) {
			return 0;
		}
		LocalDate from = started.get().atZone(calendar.zone()).toLocalDate();
		LocalDate to = now.atZone(calendar.zone()).toLocalDate();
		int waited = Math.max(0, calendar.workingDaysBetween(from, to));
		records.resume(dossier.getId(), now, waited);
		if (waited > 0) {
			if (dossier.getDueDate() != null) {
				dossier.extendDueDate(calendar.addWorkingDays(dossier.getDueDate(), waited));
			}
			records.active(dossier.getId())
				.filter(step -> step.dueDate() != null)
				.ifPresent(step -> records.moveActiveDue(dossier.getId(), calendar.addWorkingDays(step.dueDate(), waited)));
		}
		return waited;
	}
}
