package vn.minhbach.portal;

import java.time.Instant;

/**
 * A question as its asker follows it up with the reference number and their own e-mail or phone:
 * where it is and, once written, the answer. Nothing about the staff who handle it.
 *
 * @param reference the reference number
 * @param kind question or feedback
 * @param title the title as the asker wrote it
 * @param status where it is
 * @param submittedAt when it was sent
 * @param answeredAt when it was first answered, or null
 * @param answer the answer, or null
 * @param published whether the question and its answer are on the portal
 */
public record TrackedQuestion(String reference, QuestionKind kind, String title, QuestionStatus status,
		Instant submittedAt, Instant answeredAt, String answer, boolean published) {
}
