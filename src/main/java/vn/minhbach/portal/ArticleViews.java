package vn.minhbach.portal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Article view counts without a database write per view: views are added up in memory and
 * flushed every few seconds (and when the application stops) with one additive update per
 * article, so several instances add up and a restart loses at most the views of the last
 * seconds. The count shown is the stored total plus this instance's views not yet flushed.
 */
@Component
class ArticleViews implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ArticleViews.class);

	private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

	private final Articles articles;

	private final TransactionTemplate transactions;

	ArticleViews(Articles articles, TransactionTemplate transactions) {
		this.articles = articles;
		this.transactions = transactions;
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
	synchronized void flush() {
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
		}
		catch (RuntimeException ex) {
			// keep the views for the next flush
			batch.forEach((id, views) -> pending.computeIfAbsent(id, k -> new LongAdder()).add(views));
			log.warn("Article views not flushed, kept for the next try: {}", ex.toString());
		}
	}

	@Override
	public void destroy() {
		flush();
	}
}
