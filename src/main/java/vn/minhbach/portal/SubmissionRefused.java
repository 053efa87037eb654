package vn.minhbach.portal;

/**
 * A public submission refused by the anti-spam rules. The form is shown again with everything
 * the person typed and the reason in plain words; nothing is stored.
 */
public class SubmissionRefused extends RuntimeException {

	/** Why the submission was refused. */
	public enum Reason {
		/** The hidden field that only robots fill was filled. */
		HONEYPOT,
		/** The form token is missing, malformed or its signature is wrong. */
		TAMPERED,
		/** Sent sooner after the form was shown than a person can write. */
		TOO_FAST,
		/** The form was shown too long ago. */
		EXPIRED,
		/** This form was already sent once. */
		REUSED,
		/** Too many submissions from this client address in the last hour. */
		RATE_LIMITED;

		public String messageKey() {
			return "error.question.refused." + name();
		}
	}

	private final Reason reason;

	public SubmissionRefused(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
