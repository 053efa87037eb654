package vn.minhbach.portal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import vn.minhbach.shared.BusinessRuleViolation;

/**
 * A news article of an agency's portal and its editorial workflow: an editor writes it (every save
 * is a revision), submits it, a leader approves it — it goes on the portal at its publication time,
 * now or scheduled — or returns it with a comment; a published article can be taken down and put
 * back.
 */
public class Article {

	private Long id;

	private Long agencyId;

	private long categoryId;

	private String slug;

	private String title;

	private String summary;

	private String bodyHtml;

	private Long coverImageId;

	private String tags;

	private boolean featured;

	private ArticleStatus status;

	private String author;

	private String authorName;

	private Instant publishAt;

	private Instant publishedAt;

	private String reviewedBy;

	private String reviewComment;

	private long viewCount;

	private int version;

	Article() {
	}

	static Article draft(Long agencyId, String author, String authorName) {
		Article article = new Article();
		article.agencyId = agencyId;
		article.author = author;
		article.authorName = authorName;
		article.status = ArticleStatus.DRAFT;
		article.summary = "";
		article.bodyHtml = "";
		article.tags = "";
		return article;
	}

	void write(long category, String newSlug, String newTitle, String newSummary, String html, Long cover, String newTags,
			boolean isFeatured, Instant scheduled) {
		if (status == ArticleStatus.SUBMITTED) {
			throw new BusinessRuleViolation("error.news.underReview");
		}
		this.categoryId = category;
		this.slug = newSlug;
		this.title = newTitle;
		this.summary = newSummary;
		this.bodyHtml = html;
		this.coverImageId = cover;
		this.tags = newTags;
		this.featured = isFeatured;
		this.publishAt = scheduled;
	}

	void submit() {
		if (status != ArticleStatus.DRAFT && status != ArticleStatus.UNPUBLISHED) {
			throw new BusinessRuleViolation("error.news.cannotSubmit");
		}
		if (title == null || title.isBlank() || bodyHtml == null || bodyHtml.isBlank()) {
			throw new BusinessRuleViolation("error.news.incomplete");
		}
		this.status = ArticleStatus.SUBMITTED;
	}

	/** Approved: on the portal from its scheduled time, or now. */
	void approve(String reviewer, String comment, Instant now) {
		if (status != ArticleStatus.SUBMITTED) {
			throw new BusinessRuleViolation("error.news.notSubmitted");
		}
		this.status = ArticleStatus.PUBLISHED;
		this.reviewedBy = reviewer;
		this.reviewComment = comment;
		this.publishedAt = publishAt != null && publishAt.isAfter(now) ? publishAt : now;
	}

	/** An article brought over from the agency's former portal: published on its original date. */
	void archived(String reviewer, Instant originallyPublished) {
		if (status != ArticleStatus.DRAFT) {
			throw new BusinessRuleViolation("error.news.cannotSubmit");
		}
		this.status = ArticleStatus.PUBLISHED;
		this.reviewedBy = reviewer;
		this.publishedAt = originallyPublished;
	}

	void returnWith(String reviewer, String comment) {
		if (status != ArticleStatus.SUBMITTED) {
			throw new BusinessRuleViolation("error.news.notSubmitted");
		}
		this.status = ArticleStatus.DRAFT;
		this.reviewedBy = reviewer;
		this.reviewComment = comment;
	}

	void unpublish(String reviewer, String comment) {
		if (status != ArticleStatus.PUBLISHED) {
			throw new BusinessRuleViolation("error.news.notPublished");
		}
		this.status = ArticleStatus.UNPUBLISHED;
		this.reviewedBy = reviewer;
		this.reviewComment = comment;
	}

	/** Whether the public sees it now. */
	public boolean visible(Instant now) {
		return status == ArticleStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
	}

	public List<String> tagList() {
		return tags == null || tags.isBlank() ? List.of()
				: Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
	}

	static Article restore(Long id, Long agencyId, long categoryId, String slug, String title, String summary, String bodyHtml,
			Long coverImageId, String tags, boolean featured, ArticleStatus status, String author, String authorName,
			Instant publishAt, Instant publishedAt, String reviewedBy, String reviewComment, long viewCount, int version) {
		Article a = new Article();
		a.id = id;
		a.agencyId = agencyId;
		a.categoryId = categoryId;
		a.slug = slug;
		a.title = title;
		a.summary = summary;
		a.bodyHtml = bodyHtml;
		a.coverImageId = coverImageId;
		a.tags = tags;
		a.featured = featured;
		a.status = status;
		a.author = author;
		a.authorName = authorName;
		a.publishAt = publishAt;
		a.publishedAt = publishedAt;
		a.reviewedBy = reviewedBy;
		a.reviewComment = reviewComment;
		a.viewCount = viewCount;
		a.version = version;
		return a;
	}

	void assignId(Long newId) {
		this.id = newId;
	}

	void nextVersion() {
		this.version++;
	}

	public Long getId() {
		return id;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public long getCategoryId() {
		return categoryId;
	}

	public String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getSummary() {
		return summary;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public Long getCoverImageId() {
		return coverImageId;
	}

	public String getTags() {
		return tags;
	}

	public boolean isFeatured() {
		return featured;
	}

	public ArticleStatus getStatus() {
		return status;
	}

	public String getAuthor() {
		return author;
	}

	public String getAuthorName() {
		return authorName;
	}

	public Instant getPublishAt() {
		return publishAt;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

	public String getReviewComment() {
		return reviewComment;
	}

	public long getViewCount() {
		return viewCount;
	}

	public int getVersion() {
		return version;
	}
}
