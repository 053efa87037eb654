package vn.minhbach.notification;

/** Sends one SMS through a provider; throws when the provider refuses it, so the dispatcher retries. */
public interface SmsPort {

	void send(String phone, String text);
}
