package vn.minhbach.dossier;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.minhbach.identity.IdentityProperties;
import vn.minhbach.notification.Notifications;
import vn.minhbach.notification.OutgoingMessage;
import vn.minhbach.shared.PhoneNumber;

/**
 * Tells the applicant about each visible step of their dossier, by e-mail and SMS, through the
 * outbox (written in the transition's transaction, sent after commit, once per event).
 */
@Component
class DossierNotices {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Notifications notifications;

	private final MessageSource messages;

	private final IdentityProperties identity;

	DossierNotices(Notifications notifications, MessageSource messages, IdentityProperties identity) {
		this.notifications = notifications;
		this.messages = messages;
		this.identity = identity;
	}

	/** Sends the notice of an event ({@code SUBMITTED}, {@code RECEIVED} …) once per dossier and event number. */
	void tell(Dossier dossier, String event, long eventNumber, String detail) {
		Applicant applicant = dossier.getApplicant();
		String link = UriComponentsBuilder.fromUri(identity.publicUrl())
			.path("/track")
			.queryParam("code", dossier.getCode())
			.build()
			.toUriString();
		Object[] arguments = { applicant.fullName(), dossier.getCode(), dossier.getProcedureName(),
				dossier.getDueDate() == null ? "" : DATE.format(dossier.getDueDate()), link, detail == null ? "" : detail };
		String subject = messages.getMessage("notice." + event + ".subject", arguments, VIETNAMESE);
		String body = messages.getMessage("notice." + event + ".body", arguments, VIETNAMESE);
		String key = "dossier-" + dossier.getId() + "-" + event + "-" + eventNumber;
		if (applicant.email() != null) {
			notifications.enqueue(OutgoingMessage.email(applicant.email(), subject, body, key + "-email"));
		}
		PhoneNumber phone = PhoneNumber.parseOrNull(applicant.phone());
		if (phone != null) {
			String sms = messages.getMessage("notice." + event + ".sms", arguments, VIETNAMESE);
			notifications.enqueue(OutgoingMessage.sms(phone.digits(), sms, key + "-sms"));
		}
	}
}
