package vn.minhbach.portal;

import java.time.Instant;

import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.PersonalData;

/**
 * A question or a piece of feedback sent to an agency, with what its staff did about it. The
 * asker's name and contact details stay inside the agency: what the portal publishes is the
 * public wording of the question (which staff may shorten or clear of personal details), the
 * answer and the asker's initials.
 */
public class Question {

	/** How the question reached the agency. */
	public enum Channel {
		/** Sent on the portal by the asker. */
		ONLINE,
		/** Received by letter, phone or at the desk and entered by staff. */
		DESK
	}

	private Long id;

	private String reference;

	private Long agencyId;

	private QuestionKind kind;

	private String field;

	private String title;

	private String content;

	private String askerName;

	private String askerEmail;

	private String askerPhone;

	private Long askerAccountId;

	private Channel channel;

	private Instant consentAt;

	private Instant submittedAt;

	private QuestionStatus status;

	private Long departmentId;

	private String assignee;

	private String assigneeName;

	private String publicTitle;

	private String publicContent;

	private String answer;

	private String answeredBy;

	private String answeredByName;

	private Instant answeredAt;

	private boolean published;

	private Instant publishedAt;

	private Instant closedAt;

	private String closingNote;

	private int version;

	Question() {
	}

	static Question received(String reference, Long agencyId, QuestionSubmission submission, Long askerAccountId,
			Channel channel, Instant at) {
		Question question = new Question();
		question.reference = reference;
		question.agencyId = agencyId;
		question.kind = submission.kind();
		question.field = blankToNull(submission.field());
		question.title = submission.title().trim();
		question.content = submission.content().trim();
		question.askerName = submission.name().trim();
		question.askerEmail = blankToNull(submission.email());
		question.askerPhone = blankToNull(submission.phone());
		question.askerAccountId = askerAccountId;
		question.channel = channel;
		question.consentAt = Boolean.TRUE.equals(submission.consent()) ? at : null;
		question.submittedAt = at;
		question.status = QuestionStatus.NEW;
		question.publicTitle = question.title;
		question.publicContent = question.content;
		return question;
	}

	/** Gives the question to a department and, optionally, one officer of it. */
	void assign(Long newDepartmentId, String newAssignee, String newAssigneeName) {
		requireNotClosed();
		if (newDepartmentId == null && newAssignee == null) {
			throw new BusinessRuleViolation("error.question.assignee");
		}
		this.departmentId = newDepartmentId;
		this.assignee = newAssignee;
		this.assigneeName = newAssigneeName;
		if (status == QuestionStatus.NEW) {
			this.status = QuestionStatus.ASSIGNED;
		}
	}

	/**
	 * Writes (or corrects) the answer and the public wording of the question.
	 *
	 * @return whether this is the first answer, which the asker is told about
	 */
	boolean answer(String text, String newPublicTitle, String newPublicContent, String by, String byName, Instant at) {
		requireNotClosed();
		if (text == null || text.isBlank()) {
			throw new BusinessRuleViolation("error.question.noAnswer");
		}
		boolean first = this.answer == null;
		this.answer = text.trim();
		this.publicTitle = newPublicTitle == null || newPublicTitle.isBlank() ? title : newPublicTitle.trim();
		this.publicContent = newPublicContent == null || newPublicContent.isBlank() ? content : newPublicContent.trim();
		this.answeredBy = by;
		this.answeredByName = byName;
		if (first) {
			this.answeredAt = at;
		}
		this.status = QuestionStatus.ANSWERED;
		return first;
	}

	/** Publishes the question and its answer on the portal; only an answered question can be. */
	void publish(Instant at) {
		if (answer == null) {
			throw new BusinessRuleViolation("error.question.publishWithoutAnswer");
		}
		if (!published) {
			this.published = true;
			this.publishedAt = at;
		}
	}

	void unpublish() {
		this.published = false;
		this.publishedAt = null;
	}

	/** Ends the handling, answered or not (feedback dealt with, a duplicate, an abusive message). */
	void close(String note, Instant at) {
		requireNotClosed();
		this.status = QuestionStatus.CLOSED;
		this.closingNote = blankToNull(note);
		this.closedAt = at;
	}

	private void requireNotClosed() {
		if (status == QuestionStatus.CLOSED) {
			throw new BusinessRuleViolation("error.question.closed");
		}
	}

	/** The asker as the public sees them: initials and the given name ("N*** V** An"). */
	public String maskedAsker() {
		return PersonalData.maskName(askerName);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	void restore(Long newId, String newReference, Long newAgencyId, QuestionKind newKind, String newField, String newTitle,
			String newContent, String name, String email, String phone, Long accountId, Channel newChannel,
			Instant newConsentAt, Instant newSubmittedAt, QuestionStatus newStatus, Long newDepartmentId,
			String newAssignee, String newAssigneeName, String newPublicTitle, String newPublicContent, String newAnswer,
			String newAnsweredBy, String newAnsweredByName, Instant newAnsweredAt, boolean newPublished,
			Instant newPublishedAt, Instant newClosedAt, String newClosingNote, int newVersion) {
		this.id = newId;
		this.reference = newReference;
		this.agencyId = newAgencyId;
		this.kind = newKind;
		this.field = newField;
		this.title = newTitle;
		this.content = newContent;
		this.askerName = name;
		this.askerEmail = email;
		this.askerPhone = phone;
		this.askerAccountId = accountId;
		this.channel = newChannel;
		this.consentAt = newConsentAt;
		this.submittedAt = newSubmittedAt;
		this.status = newStatus;
		this.departmentId = newDepartmentId;
		this.assignee = newAssignee;
		this.assigneeName = newAssigneeName;
		this.publicTitle = newPublicTitle;
		this.publicContent = newPublicContent;
		this.answer = newAnswer;
		this.answeredBy = newAnsweredBy;
		this.answeredByName = newAnsweredByName;
		this.answeredAt = newAnsweredAt;
		this.published = newPublished;
		this.publishedAt = newPublishedAt;
		this.closedAt = newClosedAt;
		this.closingNote = newClosingNote;
		this.version = newVersion;
	}

	void assignId(Long newId) {
		this.id = newId;
	}

	void nextVersion() {
		this.version++;
	}

	public Long getId() {
		return id;
	}

	public String getReference() {
		return reference;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public QuestionKind getKind() {
		return kind;
	}

	public String getField() {
		return field;
	}

	public String getTitle() {
		return title;
	}

	public String getContent() {
		return content;
	}

	public String getAskerName() {
		return askerName;
	}

	public String getAskerEmail() {
		return askerEmail;
	}

	public String getAskerPhone() {
		return askerPhone;
	}

	public Long getAskerAccountId() {
		return askerAccountId;
	}

	public Channel getChannel() {
		return channel;
	}

	public Instant getConsentAt() {
		return consentAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public QuestionStatus getStatus() {
		return status;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public String getAssignee() {
		return assignee;
	}

	public String getAssigneeName() {
		return assigneeName;
	}

	public String getPublicTitle() {
		return publicTitle;
	}

	public String getPublicContent() {
		return publicContent;
	}

	public String getAnswer() {
		return answer;
	}

	public String getAnsweredBy() {
		return answeredBy;
	}

	public String getAnsweredByName() {
		return answeredByName;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

	public boolean isPublished() {
		return published;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getClosingNote() {
		return closingNote;
	}

	public int getVersion() {
		return version;
	}
}
