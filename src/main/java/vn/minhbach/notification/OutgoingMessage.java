package vn.minhbach.notification;

/**
 * A message to deliver.
 *
 * @param channel e-mail or SMS
 * @param recipient an e-mail address or a phone number
 * @param subject the subject (e-mail only)
 * @param body plain text
 * @param dedupKey when not null, a second message with the same key is ignored (one event, one message)
 */
public record OutgoingMessage(Channel channel, String recipient, String subject, String body, String dedupKey) {

	public enum Channel {
		EMAIL, SMS
	}

	public static OutgoingMessage email(String to, String subject, String body, String dedupKey) {
		return new OutgoingMessage(Channel.EMAIL, to, subject, body, dedupKey);
	}

	public static OutgoingMessage sms(String phone, String body, String dedupKey) {
		return new OutgoingMessage(Channel.SMS, phone, null, body, dedupKey);
	}
}
