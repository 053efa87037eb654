package vn.minhbach.notification;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pending messages. Each batch is claimed with {@code FOR UPDATE SKIP LOCKED}, so
 * several instances never deliver the same message; a failure schedules a retry with
 * exponential back-off (up to {@value #MAX_ATTEMPTS} attempts, then the message is FAILED and
 * shown in the delivery log).
 */
@Component
class NotificationDispatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	static final int MAX_ATTEMPTS = 10;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final MailPort mail;

	private final SmsPort sms;

	private final Executor executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "notification-dispatch");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean scheduled = new AtomicBoolean();

	NotificationDispatcher(JdbcClient jdbc, TransactionTemplate transactions, MailPort mail, SmsPort sms) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.mail = mail;
		this.sms = sms;
	}

	/** Asks for a delivery run soon, off the caller's thread. */
	void nudge() {
		if (scheduled.compareAndSet(false, true)) {
			executor.execute(() -> {
				scheduled.set(false);
				deliverPending();
			});
		}
	}

	@Scheduled(fixedDelayString = "${minhbach.notification.poll:PT10S}", initialDelayString = "PT5S")
	void poll() {
		deliverPending();
	}

	/** Delivers due messages in batches until none is left; returns how many were sent. */
	int deliverPending() {
		int sent = 0;
		try {
			while (true) {
				Integer batch = transactions.execute(status -> deliverBatch(20));
				if (batch == null || batch == 0) {
					return sent;
				}
				sent += batch;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Notification delivery run failed: {}", ex.getMessage());
			return sent;
		}
	}

	private int deliverBatch(int size) {
		List<Pending> due = jdbc.sql("""
				select id, channel, recipient, subject, body, attempts from notification_message
				where status = 'PENDING' and next_attempt_at <= now()
				order by next_attempt_at limit :size for update skip locked
				""").param("size", size).query(Pending.class).list();
		for (Pending message : due) {
			try {
				if ("EMAIL".equals(message.channel())) {
					mail.send(message.recipient(), message.subject(), message.body());
				}
				else {
					sms.send(message.recipient(), message.body());
				}
				jdbc.sql("update notification_message set status = 'SENT', sent_at = now(), attempts = attempts + 1 where id = :id")
					.param("id", message.id())
					.update();
			}
			catch (RuntimeException ex) {
				int attempts = message.attempts() + 1;
				Duration backoff = Duration.ofSeconds((long) Math.min(3600, 15 * Math.pow(2, attempts - 1)));
				jdbc.sql("""
						update notification_message set attempts = :attempts, last_error = :error,
						  status = case when :attempts >= :max then 'FAILED' else 'PENDING' end,
						  next_attempt_at = now() + (:backoff * interval '1 second')
						where id = :id
						""")
					.param("attempts", attempts)
					.param("error", String.valueOf(ex.getMessage()))
					.param("max", MAX_ATTEMPTS)
					.param("backoff", backoff.toSeconds())
					.param("id", message.id())
					.update();
				log.warn("Delivery of message {} to {} failed (attempt {}): {}", message.id(), message.recipient(), attempts,
						ex.getMessage());
			}
		}
		return due.size();
	}

	@Override
	public void destroy() {
		((java.util.concurrent.ExecutorService) executor).shutdownNow();
	}

	record Pending(long id, String channel, String recipient, String subject, String body, int attempts) {
	}
}
