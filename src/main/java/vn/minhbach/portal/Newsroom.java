package vn.minhbach.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.identity.Account;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AfterCommit;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.VietnameseText;

/**
 * The editorial side of the news: EDITORs write (the HTML sanitised on every save, every save a
 * revision), submit, and a LEADER — or the agency's administrator as senior editor — approves,
 * returns with a comment, or takes a published article down. Every step is audited.
 */
@Service
public class Newsroom {

	private final Articles articles;

	private final AccountDirectory accounts;

	private final AuditLog audit;

	private final Clock clock;

	private final NewsCache cache;

	private final PublicPageCache pages;

	Newsroom(Articles articles, AccountDirectory accounts, AuditLog audit, Clock clock, NewsCache cache,
			PublicPageCache pages) {
		this.cache = cache;
		this.pages = pages;
		this.articles = articles;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What an editor writes.
	 *
	 * @param slug the article's address (blank: made from the title)
	 * @param bodyHtml the body as the editor produced it (sanitised here)
	 * @param publishAt when it goes on the portal once approved (blank: at approval)
	 */
	public record Draft(long categoryId, String title, String slug, String summary, String bodyHtml, Long coverImageId,
			String tags, boolean featured, Instant publishAt) {
	}

	@Transactional(readOnly = true)
	public List<Category> categories(Long agencyId) {
		return articles.categories(agencyId);
	}

	@Transactional
	public Category defineCategory(Long agencyId, String slug, String name, int order) {
		Access.require(agencyId, Role.AGENCY_ADMIN, Role.EDITOR);
		forgetAfterCommit();
		return articles.category(agencyId, slug, name, order);
	}

	@Transactional(readOnly = true)
	public List<Article> desk(Long agencyId, ArticleStatus status) {
		requireEditorial(agencyId);
		return articles.ofAgency(agencyId, status, 200);
	}

	@Transactional(readOnly = true)
	public Article article(Long id) {
		Article article = articles.byId(id).orElseThrow(() -> new NotFoundException("error.notFound.article"));
		requireEditorial(article.getAgencyId());
		return article;
	}

	@Transactional(readOnly = true)
	public List<Articles.Revision> revisions(Long id) {
		return articles.revisions(article(id).getId());
	}

	@Transactional
	public Article create(Long agencyId, Draft draft) {
		Access.require(agencyId, Role.EDITOR, Role.AGENCY_ADMIN);
		Account me = accounts.current();
		Article article = Article.draft(agencyId, me.getUsername(), me.getFullName());
		apply(article, draft);
		Article saved = articles.save(article);
		articles.revision(saved, me.getUsername(), "Tạo bài");
		journal(saved, "ARTICLE_CREATED");
		return saved;
	}

	/**
	 * Brings over an article already published on the agency's former portal, with its original
	 * author, date and view count (an agency moving to this portal keeps its news archive). Only
	 * the agency's administrator may do it; it is audited like any other publication.
	 */
	@Transactional
	public Article importPublished(Long agencyId, String authorName, Draft draft, Instant publishedAt, long views) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		if (publishedAt == null || publishedAt.isAfter(clock.instant())) {
			throw new BusinessRuleViolation("error.news.notPublished");
		}
		String importer = Access.actorName();
		Article article = Article.draft(agencyId, importer, authorName);
		apply(article, draft);
		article.archived(importer, publishedAt);
		Article saved = articles.save(article);
		articles.revision(saved, importer, "Nhập từ cổng thông tin cũ");
		if (views > 0) {
			articles.addViews(java.util.Map.of(saved.getId(), views));
		}
		journal(saved, "ARTICLE_IMPORTED");
		return saved;
	}

	@Transactional
	public Article update(Long id, int seenVersion, Draft draft, String note) {
		Article article = current(id, seenVersion);
		if (article.getStatus() == ArticleStatus.PUBLISHED) {
			// what is on the portal changes only with an approver's hand: a correction by the leader
			// or senior editor, kept as a revision; an editor takes it down and resubmits instead
			if (!Access.hasAny(article.getAgencyId(), Role.LEADER, Role.AGENCY_ADMIN)) {
				throw new BusinessRuleViolation("error.news.publishedEdit");
			}
		}
		else {
			Access.require(article.getAgencyId(), Role.EDITOR, Role.AGENCY_ADMIN);
		}
		apply(article, draft);
		Article saved = articles.save(article);
		articles.revision(saved, accounts.current().getUsername(), note == null || note.isBlank() ? null : note.strip());
		journal(saved, "ARTICLE_EDITED");
		return saved;
	}

	@Transactional
	public Article submit(Long id, int seenVersion) {
		Article article = current(id, seenVersion);
		Access.require(article.getAgencyId(), Role.EDITOR, Role.AGENCY_ADMIN);
		article.submit();
		Article saved = articles.save(article);
		journal(saved, "ARTICLE_SUBMITTED");
		return saved;
	}

	@Transactional
	public Article approve(Long id, int seenVersion, String comment) {
		Article article = current(id, seenVersion);
		Access.require(article.getAgencyId(), Role.LEADER, Role.AGENCY_ADMIN);
		article.approve(accounts.current().getUsername(), blank(comment), clock.instant());
		Article saved = articles.save(article);
		journal(saved, "ARTICLE_APPROVED");
		return saved;
	}

	@Transactional
	public Article returnToEditor(Long id, int seenVersion, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new BusinessRuleViolation("error.news.returnReason");
		}
		Article article = current(id, seenVersion);
		Access.require(article.getAgencyId(), Role.LEADER, Role.AGENCY_ADMIN);
		article.returnWith(accounts.current().getUsername(), comment.strip());
		Article saved = articles.save(article);
		journal(saved, "ARTICLE_RETURNED");
		return saved;
	}

	@Transactional
	public Article unpublish(Long id, int seenVersion, String comment) {
		Article article = current(id, seenVersion);
		Access.require(article.getAgencyId(), Role.LEADER, Role.AGENCY_ADMIN);
		article.unpublish(accounts.current().getUsername(), blank(comment));
		Article saved = articles.save(article);
		journal(saved, "ARTICLE_UNPUBLISHED");
		return saved;
	}

	private void apply(Article article, Draft draft) {
		if (draft.title() == null || draft.title().isBlank()) {
			throw new BusinessRuleViolation("error.news.title");
		}
		if (draft.title().length() > 300) {
			throw new BusinessRuleViolation("error.form.tooLong");
		}
		if (articles.categories(article.getAgencyId()).stream().noneMatch(c -> c.id() == draft.categoryId())) {
			throw new BusinessRuleViolation("error.news.category");
		}
		String slug = draft.slug() == null || draft.slug().isBlank() ? VietnameseText.slug(draft.title())
				: VietnameseText.slug(draft.slug());
		if (slug.length() > 200) {
			slug = slug.substring(0, 200);
		}
		String unique = slug;
		for (int n = 2; articles.slugTaken(article.getAgencyId(), unique, article.getId()); n++) {
			unique = slug + "-" + n;
		}
		if (draft.coverImageId() != null) {
			articles.image(draft.coverImageId())
				.filter(image -> image.agencyId().equals(article.getAgencyId()))
				.orElseThrow(() -> new BusinessRuleViolation("error.news.image"));
		}
		String summary = draft.summary() == null ? "" : draft.summary().strip();
		String body = HtmlPolicy.sanitize(draft.bodyHtml());
		if (summary.isEmpty()) {
			String text = HtmlPolicy.text(body);
			summary = text.length() > 280 ? text.substring(0, 277).replaceAll("\\s+\\S*$", "") + "…" : text;
		}
		String tags = draft.tags() == null ? "" : String.join(", ", java.util.Arrays.stream(draft.tags().split(","))
			.map(String::strip)
			.filter(t -> !t.isEmpty())
			.distinct()
			.toList());
		article.write(draft.categoryId(), unique, draft.title().strip(), summary, body, draft.coverImageId(), tags,
				draft.featured(), draft.publishAt());
	}

	private Article current(Long id, int seenVersion) {
		Article article = articles.byId(id).orElseThrow(() -> new NotFoundException("error.notFound.article"));
		requireEditorial(article.getAgencyId());
		if (article.getVersion() != seenVersion) {
			throw new ConcurrentChange("article " + id);
		}
		return article;
	}

	private static void requireEditorial(Long agencyId) {
		Access.require(agencyId, Role.EDITOR, Role.LEADER, Role.AGENCY_ADMIN);
	}

	private void journal(Article article, String action) {
		forgetAfterCommit();
		audit.record(AuditRecord.of(action, "portal_article", article.getId().toString())
			.inAgency(article.getAgencyId())
			.detail("title", article.getTitle())
			.detail("status", article.getStatus()));
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The public pages' caches are emptied once the change is visible to other transactions. */
	private void forgetAfterCommit() {
		AfterCommit.run(this::forget);
	}

	private void forget() {
		// the news first: a page rendered in between from the old news would otherwise be kept
		cache.forget();
		pages.forget();
	}
}
