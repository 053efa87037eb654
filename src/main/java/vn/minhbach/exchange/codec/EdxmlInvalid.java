package vn.minhbach.exchange.codec;

import vn.minhbach.shared.BusinessRuleViolation;

/**
 * An edXML package or status message that breaks QCVN 102:2016 or this codec's stricter rules:
 * XML that is not well-formed or carries a DOCTYPE, a wrong root or namespace, an envelope
 * element without its {@code edXML:} prefix, a required element missing, a date, number or code
 * out of range, a manifest that does not match the attachments… Thrown by reading (nothing
 * half-parsed is ever returned) and by writing (nothing is written that a reader would refuse).
 * <p>
 * Message key {@code error.edxml.invalid}; argument {0} is the element path
 * ({@code edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:MessageHeader/From/OrganId}: envelope
 * elements with their mandatory prefix, the others by local name, repeated ones with their
 * 1-based position as in {@code To[2]}; for XML that cannot be parsed, the elements open at the
 * failure as written), argument {1} the problem in a few technical English words
 * ({@code missing}, {@code not a date "31/02/2026"}), meant for the operators of both sides.
 */
public class EdxmlInvalid extends BusinessRuleViolation {

	private final String path;

	private final String problem;

	public EdxmlInvalid(String path, String problem) {
		super("error.edxml.invalid", path, problem);
		this.path = path;
		this.problem = problem;
	}

	EdxmlInvalid(String path, String problem, Throwable cause) {
		this(path, problem);
		initCause(cause);
	}

	/** Where: the element path. */
	public String path() {
		return path;
	}

	/** What is wrong there. */
	public String problem() {
		return problem;
	}

	@Override
	public String getMessage() {
		return "Invalid edXML at " + path + ": " + problem;
	}
}
