package vn.minhbach.dossier;

import java.time.Instant;

/** A message between the agency and the applicant about a dossier. */
public record Message(long id, Instant at, boolean fromCitizen, String author, String authorName, String body) {
}
