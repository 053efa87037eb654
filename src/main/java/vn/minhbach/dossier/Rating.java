package vn.minhbach.dossier;

import java.time.Instant;

/** The applicant's rating of the service, once the result is out. */
public record Rating(Score score, String comment, Instant ratedAt) {

	/** The three answers of the satisfaction survey. */
	public enum Score {
		SATISFIED, NORMAL, UNSATISFIED
	}
}
