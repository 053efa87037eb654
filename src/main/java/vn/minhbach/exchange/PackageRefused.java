package vn.minhbach.exchange;

/**
 * A package the receiver will not take, with why: an unknown sender, a signature that does not
 * verify, a malformed package, a recipient that is not here. The sender does not retry it by
 * itself (the answer is a 4xx); an operator can resend it once the cause is fixed.
 */
public class PackageRefused extends RuntimeException {

	private final String code;

	public PackageRefused(String code, String reason) {
		super(reason);
		this.code = code;
	}

	/** A short machine-readable cause: unknown-sender, bad-signature, invalid-package, unknown-recipient, unknown-document. */
	public String code() {
		return code;
	}
}
