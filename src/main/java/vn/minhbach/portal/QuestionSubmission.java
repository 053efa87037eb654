package vn.minhbach.portal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a person sends: a question or feedback, with a name and at least one way to reach them
 * (e-mail or phone), and their consent to the processing of these personal data (Decree 13/2023).
 *
 * @param kind question or feedback
 * @param field the field (lĩnh vực) it is about, from the catalog or typed; may be blank
 * @param title a short title
 * @param content the question itself
 * @param name the asker's full name
 * @param email e-mail address for the confirmation and the answer
 * @param phone phone number, when there is no e-mail or as well
 * @param consent consent to the processing of the personal data given
 */
public record QuestionSubmission(@NotNull(message = "{error.required}") QuestionKind kind, @Size(max = 200) String field,
		@NotBlank(message = "{error.required}") @Size(max = 300, message = "{error.question.tooLong}") String title,
		@NotBlank(message = "{error.required}") @Size(max = 10000, message = "{error.question.tooLong}") String content,
		@NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.question.tooLong}") String name,
		@Email(message = "{error.email}") @Size(max = 200, message = "{error.question.tooLong}") String email,
		@Size(max = 20, message = "{error.phone}") String phone,
		@NotNull(message = "{error.consent}") @AssertTrue(message = "{error.consent}") Boolean consent) {

	/** Whether an e-mail address or a phone number is given (one of them is required). */
	public boolean hasContact() {
		return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
	}
}
