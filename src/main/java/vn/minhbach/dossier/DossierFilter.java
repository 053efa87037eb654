package vn.minhbach.dossier;

import java.time.LocalDate;

/**
 * What an officer asks of the dossier lists: a view (a queue or the whole register), filters,
 * free-text search, and the keyset cursor of the page to show.
 *
 * @param view which list
 * @param status only dossiers in this status
 * @param procedureId only dossiers of this procedure
 * @param step only dossiers whose active step has this name
 * @param officer only dossiers one of whose steps this officer (user name) took
 * @param from submitted on or after this day
 * @param to submitted on or before this day
 * @param timeliness overdue, due soon, returned on time or late
 * @param text a dossier code (or its beginning), a 12-digit personal ID, or part of the applicant's
 * name with or without diacritics
 * @param after the cursor returned with the previous page, or null for the first page
 * @param size rows per page
 */
public record DossierFilter(View view, DossierStatus status, Long procedureId, String step, String officer,
		LocalDate from, LocalDate to, Timeliness timeliness, String text, String after, int size) {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 200;

	/** The lists. */
	public enum View {
		/** Submitted, waiting for the desk of the competent agency. */
		RECEPTION,
		/** Active steps the officer took or may take. */
		MINE,
		/** Results ready to hand over. */
		TO_RETURN,
		/** Filed at this agency's desk for another agency. */
		ROUTED,
		/** Every dossier of the agency the officer may see. */
		ALL
	}

	/** Where a dossier stands against its appointment date. */
	public enum Timeliness {
		OVERDUE, DUE_SOON, ON_TIME, LATE
	}

	public DossierFilter {
		view = view == null ? View.ALL : view;
		size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		step = blank(step);
		officer = blank(officer);
		text = blank(text);
		after = blank(after);
	}

	public static DossierFilter of(View view) {
		return new DossierFilter(view, null, null, null, null, null, null, null, null, null, DEFAULT_SIZE);
	}

	public DossierFilter after(String cursor) {
		return new DossierFilter(view, status, procedureId, step, officer, from, to, timeliness, text, cursor, size);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
