package vn.minhbach.portal;

/** Where an article stands: being written, waiting for approval, on the portal (from its publication time), taken down. */
public enum ArticleStatus {
	DRAFT, SUBMITTED, PUBLISHED, UNPUBLISHED;

	public String messageKey() {
		return "news.status." + name();
	}
}
