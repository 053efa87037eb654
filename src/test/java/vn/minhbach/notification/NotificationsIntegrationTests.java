package vn.minhbach.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.minhbach.IntegrationTest;

@IntegrationTest
class NotificationsIntegrationTests {

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void deliversAfterCommitAndOnlyOncePerEvent() {
		transactions.executeWithoutResult(status -> {
			notifications.enqueue(OutgoingMessage.email("mot.lan@example.vn", "Chủ đề", "Nội dung", "event-42"));
			notifications.enqueue(OutgoingMessage.email("mot.lan@example.vn", "Chủ đề", "Nội dung", "event-42"));
		});
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				notifications.to("mot.lan@example.vn", 10)).singleElement().satisfies(message -> {
					assertThat(message.status()).isEqualTo("SENT");
					assertThat(message.sentAt()).isNotNull();
				}));
	}

	@Test
	void aRolledBackChangeSendsNothing() {
		try {
			transactions.executeWithoutResult(status -> {
				notifications.enqueue(OutgoingMessage.sms("0905999888", "Hồ sơ đã tiếp nhận", null));
				throw new IllegalStateException("the change fails");
			});
		}
		catch (IllegalStateException expected) {
			// nothing may leave for a change that did not happen
		}
		assertThat(notifications.to("0905999888", 10)).isEmpty();
	}
}
