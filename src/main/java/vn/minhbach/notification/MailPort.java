package vn.minhbach.notification;

/** Sends one e-mail; throws when the server refuses it, so the dispatcher retries. */
public interface MailPort {

	void send(String to, String subject, String body);
}
