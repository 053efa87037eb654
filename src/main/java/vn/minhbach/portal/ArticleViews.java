package vn.minhbach.portal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Article view counts without a database write per view: views are added up in memory and
 * flushed every few seconds (and when the application stops) with one additive update per
 * article, so several instances add up and a restart loses at most the views of the last
 * seconds. The count shown is the stored total plus this instance's views not yet flushed; the
 * stored total is read again every few seconds ({@code minhbach.portal.views-refresh}, 5 s) — so
 * a busy article costs no query per view — and moved forward by this instance's own flushes under
 * a lock, so what this instance shows is never off by its own views. Other instances' views appear
 * once they flush and the total is read again.
 */
@Component
class ArticleViews implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ArticleViews.class);

	private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

	private final Articles articles;

	private final TransactionTemplate transactions;

	private record Stored(long count, long readAt) {
	}

	private final Map<Long, Stored> stored = new ConcurrentHashMap<>();

	private final ReentrantReadWriteLock flushing = new ReentrantReadWriteLock();

	private final long refreshMillis;

	ArticleViews(Articles articles, TransactionTemplate transactions,
			@Value("${minhbach.portal.views-refresh:PT5S}") java.time.Duration refresh) {
		this.articles = articles;
		this.transactions = transactions;
		this.refreshMillis = refresh.toMillis();
	}

	/** All views of an article: as stored (read at most every few seconds) plus this instance's unflushed ones. */
	long total(long articleId) {
		flushing.readLock().lock();
		try {
			long now = System.currentTimeMillis();
			Stored known = stored.get(articleId);
			if (known == null || now - known.readAt() > refreshMillis) {
				known = new Stored(articles.viewCount(articleId), now);
				stored.put(articleId, known);
			}
			return known.count() + unflushed(articleId);
		}
		finally {
			flushing.readLock().unlock();
		}
	}

	void viewed(long articleId) {
		pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
	}

	/** Views of this instance not yet in the database. */
	long unflushed(long articleId) {
		LongAdder adder = pending.get(articleId);
		return adder == null ? 0 : adder.sum();
	}

	@Scheduled(fixedDelayString = "${minhbach.portal.views-flush:PT15S}", initialDelayString = "${minhbach.portal.views-flush:PT15S}")
	void flush() {
		// readers wait the few milliseconds of the write, so that no one sees the views twice or not at all
		flushing.writeLock().lock();
		try {
			Map<Long, Long> batch = new HashMap<>();
			for (var entry : pending.entrySet()) {
				long views = entry.getValue().sumThenReset();
				if (views > 0) {
					batch.put(entry.getKey(), views);
				}
			}
			if (batch.isEmpty()) {
				return;
			}
			try {
				transactions.executeWithoutResult(tx -> articles.addViews(batch));
				batch.forEach((id, views) -> stored.computeIfPresent(id, (key, known) -> new Stored(known.count() + views,
						known.readAt())));
			}
			catch (RuntimeException ex) {
				// keep the views for the next flush
				batch.forEach((id, views) -> pending.computeIfAbsent(id, k -> new LongAdder()).add(views));
				log.warn("Article views not flushed, kept for the next try: {}", ex.toString());
			}
		}
		finally {
			flushing.writeLock().unlock();
		}
	}

	@Override
	public void destroy() {
		flush();
	}
}
