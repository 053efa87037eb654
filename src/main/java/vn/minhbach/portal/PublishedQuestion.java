package vn.minhbach.portal;

import java.time.Instant;

/**
 * A question and its answer as the portal publishes them: the public wording of the question,
 * the asker's initials only, and the unit that answered. No contact details, ever.
 *
 * @param reference the reference number ({@code HD-261127-0003})
 * @param kind question or feedback
 * @param field the field (lĩnh vực), or null
 * @param title the title as published
 * @param content the question as published
 * @param asker the asker's masked name ("N*** V** An")
 * @param askedAt when it was sent
 * @param answer the answer
 * @param answeredBy the department that answered, or the agency
 * @param answeredAt when it was first answered
 * @param publishedAt when it was published
 */
public record PublishedQuestion(String reference, QuestionKind kind, String field, String title, String content,
		String asker, Instant askedAt, String answer, String answeredBy, Instant answeredAt, Instant publishedAt) {
}
