package vn.minhbach.portal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.shared.VietnameseText;

/**
 * The news as the public reads it: published articles of the host agency, newest first, by
 * category, by search (every word, with or without diacritics), one article with the articles
 * before it, and the view count — counted in memory and flushed, so reading an article never
 * waits on a write.
 */
@Service
public class News {

	private final Articles articles;

	private final ArticleViews views;

	private final Clock clock;

	private final NewsCache cache;

	News(Articles articles, ArticleViews views, Clock clock, NewsCache cache) {
		this.articles = articles;
		this.views = views;
		this.clock = clock;
		this.cache = cache;
	}

	/** An article as its public page shows it: with its category, cover and the older articles. */
	public record Reading(Article article, Category category, PortalImage cover, List<Article> older) {
	}

	/** What the home page shows of the news. */
	public record Front(List<Article> latest, List<Article> featured, List<Article> notices, List<Category> categories,
			java.util.Map<Long, PortalImage> covers) {
	}

	/** The category whose articles the home page lists as the agency's notices. */
	public static final String NOTICES = "thong-bao";

	/** The home page's news (cached a few seconds). */
	@Transactional(readOnly = true)
	public Front front(Long agencyId) {
		return cache.fronts.get(agencyId, id -> {
			List<Article> featured = featured(id, 4);
			List<Article> latest = latest(id, 8);
			List<Article> all = new java.util.ArrayList<>(featured);
			all.addAll(latest);
			return new Front(latest, featured, inCategory(id, NOTICES, 5), categories(id), covers(all));
		});
	}

	/**
	 * A published article by its address, with what its page shows (cached a few seconds), and
	 * counted as read once.
	 */
	@Transactional(readOnly = true)
	public Optional<Reading> reading(Long agencyId, String slug) {
		Optional<Reading> reading = cache.readings.get(NewsCache.readingKey(agencyId, slug),
				key -> articles.bySlug(agencyId, slug).map(article -> new Reading(article,
						categories(agencyId).stream().filter(c -> c.id() == article.getCategoryId()).findFirst().orElse(null),
						image(article.getCoverImageId()).orElse(null), older(article, 8))));
		reading = reading.filter(r -> r.article().visible(clock.instant()));
		reading.ifPresent(r -> views.viewed(r.article().getId()));
		return reading;
	}

	/** A page of articles, and how many there are in all. */
	public record Page(List<Article> articles, int page, int size, long total) {

		public int pages() {
			return (int) ((total + size - 1) / size);
		}
	}

	@Transactional(readOnly = true)
	public List<Category> categories(Long agencyId) {
		return articles.categories(agencyId);
	}

	@Transactional(readOnly = true)
	public Optional<Category> category(Long agencyId, String slug) {
		return articles.categories(agencyId).stream().filter(c -> c.slug().equals(slug)).findFirst();
	}

	@Transactional(readOnly = true)
	public List<Article> latest(Long agencyId, int count) {
		return articles.published(agencyId, null, List.of(), null, clock.instant(), 0, count);
	}

	@Transactional(readOnly = true)
	public List<Article> featured(Long agencyId, int count) {
		return articles.published(agencyId, null, List.of(), true, clock.instant(), 0, count);
	}

	@Transactional(readOnly = true)
	public List<Article> inCategory(Long agencyId, String categorySlug, int count) {
		return category(agencyId, categorySlug)
			.map(c -> articles.published(agencyId, c.id(), List.of(), null, clock.instant(), 0, count))
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Page page(Long agencyId, Long categoryId, String query, int page, int size) {
		List<String> words = query == null || query.isBlank() ? List.of()
				: Arrays.stream(VietnameseText.fold(query).split("\\s+")).filter(w -> !w.isEmpty()).toList();
		int safePage = Math.max(0, page);
		int safeSize = Math.max(1, Math.min(50, size));
		var now = clock.instant();
		return new Page(articles.published(agencyId, categoryId, words, null, now, safePage * safeSize, safeSize), safePage,
				safeSize, articles.countPublished(agencyId, categoryId, words, now));
	}

	/**
	 * The views of an article: as stored (read again every few seconds and moved forward by this
	 * instance's flushes), plus this instance's views not yet flushed.
	 */
	public long views(Article article) {
		return views.total(article.getId());
	}

	@Transactional(readOnly = true)
	public List<Article> older(Article article, int count) {
		return articles.olderThan(article, clock.instant(), count);
	}

	@Transactional(readOnly = true)
	public Optional<PortalImage> image(Long id) {
		return id == null ? Optional.empty() : articles.image(id);
	}

	/** The cover images of some articles, by image id (for lists with thumbnails). */
	@Transactional(readOnly = true)
	public java.util.Map<Long, PortalImage> covers(List<Article> list) {
		java.util.Map<Long, PortalImage> covers = new java.util.HashMap<>();
		for (Article article : list) {
			if (article.getCoverImageId() != null) {
				articles.image(article.getCoverImageId()).ifPresent(image -> covers.put(image.id(), image));
			}
		}
		return covers;
	}
}
