package vn.minhbach.shared;

/** A requested object does not exist or is not visible to the current user; shown as 404. */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	public NotFoundException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The message bundle key explaining what was not found. */
	public String messageKey() {
		return messageKey;
	}
}
