package vn.minhbach.exchange;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.minhbach.shared.AfterCommit;

/**
 * Delivers the outbox: POSTs each due package, signed, to its peer's endpoint; an acknowledgement
 * (2xx) marks it delivered; a refusal (4xx: bad signature, unknown sender, malformed package) is
 * recorded and not retried until someone resends it; anything else (peer down, timeout, 5xx) is
 * retried with exponential back-off. Runs on a poll and right after a transaction that added
 * packages.
 */
@Component
class ExchangeDelivery implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ExchangeDelivery.class);

	private final ExchangeOutbox outbox;

	private final ExchangeDirectory directory;

	private final ExchangeProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final vn.minhbach.documents.ExternalDocuments documents;

	private final HttpClient http;

	private final Executor executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "exchange-delivery");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean scheduled = new AtomicBoolean();

	private volatile boolean stopped;

	ExchangeDelivery(ExchangeOutbox outbox, ExchangeDirectory directory, ExchangeProperties properties,
			TransactionTemplate transactions, Clock clock, vn.minhbach.documents.ExternalDocuments documents) {
		this.documents = documents;
		this.outbox = outbox;
		this.directory = directory;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
	}

	/** Asks for a delivery run after the current transaction commits (or now, outside one). */
	void nudgeAfterCommit() {
		AfterCommit.run(this::nudge);
	}

	void nudge() {
		if (!stopped && scheduled.compareAndSet(false, true)) {
			executor.execute(() -> {
				scheduled.set(false);
				deliverDue();
			});
		}
	}

	@Scheduled(fixedDelayString = "${minhbach.exchange.poll:PT5S}", initialDelayString = "PT3S")
	void poll() {
		deliverDue();
	}

	/** Delivers what is due; returns how many packages were acknowledged. */
	synchronized int deliverDue() {
		int acknowledged = 0;
		try {
			while (!stopped) {
				var due = transactions.execute(status -> outbox.lease(10, clock.instant(), properties.lease()));
				if (due == null || due.isEmpty()) {
					return acknowledged;
				}
				for (ExchangeOutbox.Due item : due) {
					if (deliver(item)) {
						acknowledged++;
					}
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Exchange delivery run stopped: {}", ex.toString());
		}
		return acknowledged;
	}

	private boolean deliver(ExchangeOutbox.Due item) {
		var peer = directory.peer(item.recipientCode());
		if (peer.isEmpty() || !peer.get().active()) {
			retry(item, "Không có trong danh bạ trao đổi: " + item.recipientCode());
			return false;
		}
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(peer.get().endpointUrl()))
				.timeout(properties.timeout())
				.header("Content-Type", "application/xml; charset=UTF-8")
				.header(EdxmlEndpointHeaders.SENDER, item.senderCode())
				.header(EdxmlEndpointHeaders.RECIPIENT, item.recipientCode())
				.header(EdxmlEndpointHeaders.KIND, item.kind().name())
				.header(EdxmlEndpointHeaders.SIGNATURE, Base64.getEncoder().encodeToString(item.signature()))
				.POST(HttpRequest.BodyPublishers.ofByteArray(item.payload()))
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				transactions.executeWithoutResult(tx -> {
					outbox.delivered(item.id(), clock.instant());
					directory.reached(item.recipientCode());
					if (item.kind() == OutboxEntry.Kind.DOCUMENT && item.documentId() != null) {
						documents.recipientReport(item.documentId(), item.recipientCode(),
								vn.minhbach.documents.Recipient.Status.DELIVERED, null, item.recipientCode());
					}
				});
				return true;
			}
			if (status >= 400 && status < 500 && status != 408 && status != 429) {
				String body = response.body() == null ? "" : response.body();
				transactions.executeWithoutResult(tx -> {
					outbox.failed(item.id(), ExchangeOutbox.REFUSED + status + " " + abbreviate(body), clock.instant());
					directory.reached(item.recipientCode());
				});
				log.warn("Package {} refused by {}: {} {}", item.packageId(), item.recipientCode(), status, abbreviate(body));
				return false;
			}
			retry(item, "HTTP " + status + " " + abbreviate(response.body()));
		}
		catch (java.io.IOException ex) {
			retry(item, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			retry(item, "interrupted");
		}
		catch (RuntimeException ex) {
			retry(item, ex.toString());
		}
		return false;
	}

	private void retry(ExchangeOutbox.Due item, String error) {
		long factor = 1L << Math.min(20, Math.max(0, item.attempts() - 1));
		Duration wait = properties.firstRetry().multipliedBy(factor);
		if (wait.compareTo(properties.maxRetryDelay()) > 0) {
			wait = properties.maxRetryDelay();
		}
		Instant next = clock.instant().plus(wait);
		transactions.executeWithoutResult(tx -> {
			outbox.failed(item.id(), error, next);
			directory.missed(item.recipientCode());
		});
		log.info("Package {} to {} not delivered (attempt {}): {}; next try at {}", item.packageId(), item.recipientCode(),
				item.attempts(), error, next);
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "";
		}
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

	@Override
	public void destroy() {
		stopped = true;
	}
}
