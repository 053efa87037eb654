package vn.minhbach.documents;

import java.time.Instant;

/** One line of a document's history: who did what, when, with what note. */
public record DocumentEvent(Instant at, String action, String actor, String actorName, String note) {

	public String messageKey() {
		return "document.action." + action;
	}
}
