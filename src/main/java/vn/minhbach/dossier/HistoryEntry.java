package vn.minhbach.dossier;

import java.time.Instant;

/**
 * One thing that happened to a dossier.
 *
 * @param id order of the entry
 * @param at when
 * @param action what ({@code SUBMITTED}, {@code RECEIVED}, {@code SUPPLEMENT_REQUESTED} …)
 * @param fromStatus status before, if it changed
 * @param toStatus status after, if it changed
 * @param actor user name of who did it
 * @param actorName their full name (staff) or "Công dân"
 * @param note a reason or comment
 * @param visible whether the applicant and the public tracking page see it
 */
public record HistoryEntry(long id, Instant at, String action, DossierStatus fromStatus, DossierStatus toStatus,
		String actor, String actorName, String note, boolean visible) {

	public String messageKey() {
		return "dossier.action." + action;
	}
}
