package vn.minhbach.pdf;

import vn.minhbach.shared.BusinessRuleViolation;

/** A file that is not a readable PDF (or is encrypted, or broken). */
public class InvalidPdf extends BusinessRuleViolation {

	public InvalidPdf(String messageKey, Throwable cause) {
		super(messageKey);
		initCause(cause);
	}
}
