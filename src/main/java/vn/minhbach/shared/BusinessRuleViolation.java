package vn.minhbach.shared;

/**
 * A request that breaks a domain rule (an action not allowed in the current state, a duplicate
 * code …). Carries a message-bundle key and its arguments so the web layer shows it localised.
 */
public class BusinessRuleViolation extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public BusinessRuleViolation(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
