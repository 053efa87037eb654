package vn.minhbach.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.PhoneNumber;
import vn.minhbach.shared.RateLimited;

/**
 * Receives questions and feedback sent on the public portal by anyone, logged in or not, and
 * keeps robots out without a CAPTCHA: a hidden field people never fill (honeypot), a form token
 * signed by the server with the time the form was shown (refused when sent within seconds, when
 * hours old, or a second time), and a limit of submissions per client address and hour.
 */
@Service
public class QuestionIntake {

	/** A token claiming to come from the future by more than this was not issued here. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private final Questions questions;

	private final FormTokens tokens;

	private final QuestionProperties properties;

	private final QuestionNotices notices;

	private final OrganizationDirectory organization;

	private final WorkingCalendar calendar;

	private final AuditLog audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	QuestionIntake(Questions questions, FormTokens tokens, QuestionProperties properties, QuestionNotices notices,
			OrganizationDirectory organization, WorkingCalendar calendar, AuditLog audit,
			PlatformTransactionManager transactions, Clock clock) {
		this.questions = questions;
		this.tokens = tokens;
		this.properties = properties;
		this.notices = notices;
		this.organization = organization;
		this.calendar = calendar;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** A token for a form shown now. */
	public String newFormToken() {
		return tokens.issue(clock.instant());
	}

	/**
	 * Whether a form shown again (after a mistake in a field, or sent too fast) may keep its token:
	 * signed here, not expired, not used. Keeping it keeps the time the person started writing.
	 */
	public boolean stillUsable(String formToken) {
		try {
			Instant issued = tokens.read(formToken).issuedAt();
			return !issued.plus(properties.maxAge()).isBefore(clock.instant());
		}
		catch (SubmissionRefused refused) {
			return false;
		}
	}

	/**
	 * Checks the submission against the anti-spam rules and stores it with a new reference
	 * number; the asker is sent a confirmation. Deliberately not one transaction: the attempt is
	 * counted against the client's hourly limit (and committed) even when it is refused.
	 *
	 * @param formToken the token of the form as it was shown
	 * @param honeypot the hidden field's value, empty when a person filled the form
	 * @param client the client's address
	 * @param askerAccountId the logged-in citizen's account, or null
	 * @throws SubmissionRefused when an anti-spam rule refuses it
	 */
	public Question submit(QuestionSubmission submission, String formToken, String honeypot, String client,
			Long askerAccountId) {
		Instant now = clock.instant();
		if (questions.countSubmission(client == null ? "unknown" : client, now) > properties.perHour()) {
			throw new SubmissionRefused(SubmissionRefused.Reason.RATE_LIMITED);
		}
		if (honeypot != null && !honeypot.isEmpty()) {
			throw new SubmissionRefused(SubmissionRefused.Reason.HONEYPOT);
		}
		FormTokens.Token token = tokens.read(formToken);
		if (token.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
			throw new SubmissionRefused(SubmissionRefused.Reason.TAMPERED);
		}
		if (token.issuedAt().plusSeconds(properties.minSeconds()).isAfter(now)) {
			throw new SubmissionRefused(SubmissionRefused.Reason.TOO_FAST);
		}
		if (token.issuedAt().plus(properties.maxAge()).isBefore(now)) {
			throw new SubmissionRefused(SubmissionRefused.Reason.EXPIRED);
		}
		requireContact(submission);
		Agency agency = organization.hostAgency().orElseThrow(() -> new NotFoundException("error.notFound.agency"));
		return transaction.execute(status -> {
			if (!questions.useToken(token.id(), now, now.minus(properties.maxAge()).minus(CLOCK_SKEW))) {
				throw new SubmissionRefused(SubmissionRefused.Reason.REUSED);
			}
			Question question = questions.save(Question.received(
					questions.nextReference(submission.kind(), calendar.today()), agency.getId(),
					normalised(submission), askerAccountId, Question.Channel.ONLINE, now));
			audit.record(AuditRecord.of("QUESTION_SUBMITTED", "portal_question", question.getId().toString())
				.inAgency(agency.getId())
				.detail("reference", question.getReference())
				.detail("kind", question.getKind()));
			notices.received(question, agency.getName());
			return question;
		});
	}

	/**
	 * Lets the asker follow a question up: the reference number and the e-mail address or phone
	 * number they gave must both match. Lookups count against the client's hourly limit (three
	 * times the submissions), so references cannot be guessed in bulk.
	 *
	 * @return the question, or empty when the reference and the contact do not match one
	 * @throws RateLimited when the client looked up too often this hour
	 */
	public Optional<TrackedQuestion> track(String reference, String contact, String client) {
		if (reference == null || reference.isBlank() || contact == null || contact.isBlank()) {
			return Optional.empty();
		}
		if (questions.countSubmission("lookup:" + (client == null ? "unknown" : client), clock.instant()) > properties.perHour()
				* 3) {
			throw new RateLimited("question lookups from " + client);
		}
		String given = contact.trim();
		PhoneNumber phone = PhoneNumber.parseOrNull(given);
		return questions.byReference(reference.trim().toUpperCase(Locale.ROOT))
			.filter(q -> (q.getAskerEmail() != null && q.getAskerEmail().equalsIgnoreCase(given))
					|| (phone != null && q.getAskerPhone() != null && q.getAskerPhone().equals(phone.digits())))
			.map(q -> new TrackedQuestion(q.getReference(), q.getKind(), q.getTitle(), q.getStatus(), q.getSubmittedAt(),
					q.getAnsweredAt(), q.getAnswer(), q.isPublished()));
	}

	/** One way to reach the asker is required, and a phone number must be one. */
	static void requireContact(QuestionSubmission submission) {
		if (!submission.hasContact()) {
			throw new BusinessRuleViolation("error.question.contact");
		}
		if (submission.phone() != null && !submission.phone().isBlank() && !PhoneNumber.isValid(submission.phone())) {
			throw new BusinessRuleViolation("error.phone");
		}
	}

	/** The phone number in national digits, e-mail trimmed. */
	static QuestionSubmission normalised(QuestionSubmission s) {
		PhoneNumber phone = PhoneNumber.parseOrNull(s.phone());
		return new QuestionSubmission(s.kind(), s.field(), s.title(), s.content(), s.name(),
				s.email() == null ? null : s.email().trim(), phone == null ? null : phone.digits(), s.consent());
	}
}
