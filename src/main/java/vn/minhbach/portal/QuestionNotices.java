package vn.minhbach.portal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.minhbach.identity.IdentityProperties;
import vn.minhbach.notification.Notifications;
import vn.minhbach.notification.OutgoingMessage;
import vn.minhbach.shared.PhoneNumber;

/**
 * Tells the asker that their question arrived (with its reference number) and, later, the answer:
 * by e-mail, or by SMS when they left only a phone number. Written to the outbox in the same
 * transaction as the change, once per question and event.
 */
@Component
class QuestionNotices {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Notifications notifications;

	private final MessageSource messages;

	private final IdentityProperties identity;

	QuestionNotices(Notifications notifications, MessageSource messages, IdentityProperties identity) {
		this.notifications = notifications;
		this.messages = messages;
		this.identity = identity;
	}

	void received(Question question, String agencyName) {
		tell(question, "received", agencyName, link("/hoi-dap"));
	}

	void answered(Question question, String agencyName) {
		String link = question.isPublished()
				? messages.getMessage("notice.question.answered.link", new Object[] { link("/hoi-dap/" + question.getReference()) },
						VIETNAMESE)
				: "";
		tell(question, "answered", agencyName, link);
	}

	private void tell(Question question, String event, String agencyName, String link) {
		Object[] arguments = { question.getAskerName(), question.getReference(), question.getTitle(), agencyName, link,
				question.getAnswer() == null ? "" : question.getAnswer(),
				messages.getMessage("notice.question.kind." + question.getKind(), null, VIETNAMESE) };
		String key = "question-" + question.getId() + "-" + event;
		if (question.getAskerEmail() != null) {
			notifications.enqueue(OutgoingMessage.email(question.getAskerEmail(),
					messages.getMessage("notice.question." + event + ".subject", arguments, VIETNAMESE),
					messages.getMessage("notice.question." + event + ".body", arguments, VIETNAMESE), key + "-email"));
			return;
		}
		PhoneNumber phone = PhoneNumber.parseOrNull(question.getAskerPhone());
		if (phone != null) {
			notifications.enqueue(OutgoingMessage.sms(phone.digits(),
					messages.getMessage("notice.question." + event + ".sms", arguments, VIETNAMESE), key + "-sms"));
		}
	}

	private String link(String path) {
		return UriComponentsBuilder.fromUri(identity.publicUrl()).path(path).build().toUriString();
	}
}
