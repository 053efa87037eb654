package vn.minhbach.portal.web;

import java.time.LocalDateTime;

import vn.minhbach.portal.Article;

/**
 * What the article form shows: the stored article, or — after a refused save — exactly what the
 * editor typed, so that nothing is lost to an error or to a colleague's concurrent change.
 */
record ArticleForm(long categoryId, String title, String slug, String summary, String bodyHtml, String tags,
		boolean featured, LocalDateTime publishAt, String coverAlt) {

	static ArticleForm empty() {
		return new ArticleForm(0, "", "", "", "", "", false, null, "");
	}

	static ArticleForm of(Article article, String coverAlt) {
		LocalDateTime publishAt = article.getPublishAt() == null ? null
				: LocalDateTime.ofInstant(article.getPublishAt(), NewsroomController.VIETNAM).withSecond(0).withNano(0);
		return new ArticleForm(article.getCategoryId(), article.getTitle(), article.getSlug(), article.getSummary(),
				article.getBodyHtml(), article.getTags(), article.isFeatured(), publishAt, coverAlt);
	}

}
