package vn.minhbach.portal.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.minhbach.portal.QuestionKind;
import vn.minhbach.portal.QuestionSubmission;

/**
 * The public question form as posted, with the two fields only the anti-spam rules read: the
 * signed form token and the hidden field people leave empty ({@code website}).
 */
record QuestionForm(@NotNull(message = "{error.required}") QuestionKind kind,
		@Size(max = 200, message = "{error.question.tooLong}") String field,
		@NotBlank(message = "{error.required}") @Size(max = 300, message = "{error.question.tooLong}") String title,
		@NotBlank(message = "{error.required}") @Size(max = 10000, message = "{error.question.tooLong}") String content,
		@NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.question.tooLong}") String name,
		@Email(message = "{error.email}") @Size(max = 200, message = "{error.question.tooLong}") String email,
		@Size(max = 20, message = "{error.phone}") String phone,
		@NotNull(message = "{error.consent}") @AssertTrue(message = "{error.consent}") Boolean consent, String formToken,
		String website) {

	static QuestionForm empty(QuestionKind kind, String name, String email, String phone) {
		return new QuestionForm(kind == null ? QuestionKind.QUESTION : kind, "", "", "", name, email, phone, false, null, null);
	}

	QuestionSubmission toCommand() {
		return new QuestionSubmission(kind, field, title, content, name, email, phone, consent);
	}

	boolean hasContact() {
		return toCommand().hasContact();
	}
}
