package vn.minhbach.notification;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox. {@link #enqueue} joins the caller's transaction, so a message exists exactly when
 * the change that caused it committed; the dispatcher is nudged after commit.
 */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	private final NotificationDispatcher dispatcher;

	Notifications(JdbcClient jdbc, NotificationDispatcher dispatcher) {
		this.jdbc = jdbc;
		this.dispatcher = dispatcher;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public void enqueue(OutgoingMessage message) {
		if (message.recipient() == null || message.recipient().isBlank()) {
			return;
		}
		jdbc.sql("""
				insert into notification_message (channel, recipient, subject, body, dedup_key)
				values (:channel, :recipient, :subject, :body, :dedupKey)
				on conflict (dedup_key) where dedup_key is not null do nothing
				""")
			.param("channel", message.channel().name())
			.param("recipient", message.recipient().trim())
			.param("subject", message.subject())
			.param("body", message.body())
			.param("dedupKey", message.dedupKey())
			.update();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					dispatcher.nudge();
				}
			});
		}
	}

	/** The latest messages to one recipient (newest first); for the delivery log and tests. */
	@Transactional(readOnly = true)
	public List<DeliveredMessage> to(String recipient, int limit) {
		return jdbc.sql("""
				select id, channel, recipient, subject, body, status, attempts, created_at, sent_at, last_error
				from notification_message where recipient = :recipient order by id desc limit :limit
				""")
			.param("recipient", recipient)
			.param("limit", limit)
			.query(DeliveredMessage.class)
			.list();
	}
}
