package vn.minhbach.dossier;

import java.time.Instant;

/** An opinion asked of another department about a dossier, and its answer. */
public record Consultation(long id, long dossierId, long departmentId, String question, String askedBy, Instant askedAt,
		String answer, String answeredBy, Instant answeredAt) {

	public boolean answered() {
		return answer != null;
	}
}
