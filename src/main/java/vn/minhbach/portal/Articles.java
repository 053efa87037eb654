package vn.minhbach.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.VietnameseText;

/** Stores categories, articles (with their revisions) and the images of the portal. */
@Repository
class Articles {

	private final JdbcClient jdbc;

	Articles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- categories --------------------------------------------------------------------------

	List<Category> categories(Long agencyId) {
		return jdbc.sql("select * from portal_category where agency_id = :a order by sort_order, name")
			.param("a", agencyId)
			.query((rs, n) -> new Category(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("slug"),
					rs.getString("name"), rs.getInt("sort_order")))
			.list();
	}

	Category category(Long agencyId, String slug, String name, int order) {
		jdbc.sql("""
				insert into portal_category (agency_id, slug, name, sort_order) values (:a, :s, :n, :o)
				on conflict (agency_id, slug) do update set name = excluded.name, sort_order = excluded.sort_order
				""").param("a", agencyId).param("s", slug).param("n", name).param("o", order).update();
		return categories(agencyId).stream().filter(c -> c.slug().equals(slug)).findFirst().orElseThrow();
	}

	// --- articles ----------------------------------------------------------------------------

	Article save(Article a) {
		Map<String, Object> p = new HashMap<>();
		p.put("agency", a.getAgencyId());
		p.put("category", a.getCategoryId());
		p.put("slug", a.getSlug());
		p.put("title", a.getTitle());
		p.put("summary", a.getSummary());
		p.put("body", a.getBodyHtml());
		p.put("cover", a.getCoverImageId());
		p.put("tags", a.getTags());
		p.put("featured", a.isFeatured());
		p.put("status", a.getStatus().name());
		p.put("author", a.getAuthor());
		p.put("authorName", a.getAuthorName());
		p.put("publishAt", ts(a.getPublishAt()));
		p.put("publishedAt", ts(a.getPublishedAt()));
		p.put("reviewedBy", a.getReviewedBy());
		p.put("comment", a.getReviewComment());
		p.put("search", VietnameseText.fold(a.getTitle() + " " + a.getSummary() + " " + a.getTags() + " "
				+ HtmlPolicy.text(a.getBodyHtml())));
		if (a.getId() == null) {
			a.assignId(jdbc.sql("""
					insert into portal_article (agency_id, category_id, slug, title, summary, body_html, cover_image_id, tags,
					  featured, status, author, author_name, publish_at, published_at, reviewed_by, review_comment, search_folded)
					values (:agency, :category, :slug, :title, :summary, :body, :cover, :tags, :featured, :status, :author,
					  :authorName, :publishAt, :publishedAt, :reviewedBy, :comment, :search)
					returning id
					""").params(p).query(Long.class).single());
			return a;
		}
		p.put("id", a.getId());
		p.put("version", a.getVersion());
		int updated = jdbc.sql("""
				update portal_article set category_id = :category, slug = :slug, title = :title, summary = :summary,
				  body_html = :body, cover_image_id = :cover, tags = :tags, featured = :featured, status = :status,
				  publish_at = :publishAt, published_at = :publishedAt, reviewed_by = :reviewedBy, review_comment = :comment,
				  search_folded = :search, updated_at = now(), version = version + 1
				where id = :id and version = :version
				""").params(p).update();
		if (updated == 0) {
			throw new ConcurrentChange("article " + a.getId());
		}
		a.nextVersion();
		return a;
	}

	Optional<Article> byId(Long id) {
		return jdbc.sql("select * from portal_article where id = :id").param("id", id).query(this::map).optional();
	}

	Optional<Article> bySlug(Long agencyId, String slug) {
		return jdbc.sql("select * from portal_article where agency_id = :a and slug = :s")
			.param("a", agencyId)
			.param("s", slug)
			.query(this::map)
			.optional();
	}

	boolean slugTaken(Long agencyId, String slug, Long except) {
		return jdbc.sql("select count(*) from portal_article where agency_id = :a and slug = :s and id <> coalesce(:e, -1)")
			.param("a", agencyId)
			.param("s", slug)
			.param("e", except)
			.query(Long.class)
			.single() > 0;
	}

	/** Published articles, newest first, optionally of a category or matching every folded word. */
	List<Article> published(Long agencyId, Long categoryId, List<String> words, Boolean featured, Instant now, int offset,
			int limit) {
		StringBuilder sql = new StringBuilder("""
				select * from portal_article where agency_id = :a and status = 'PUBLISHED' and published_at <= :now
				""");
		Map<String, Object> p = new HashMap<>();
		p.put("a", agencyId);
		p.put("now", Timestamp.from(now));
		if (categoryId != null) {
			sql.append(" and category_id = :c");
			p.put("c", categoryId);
		}
		if (featured != null) {
			sql.append(" and featured = :f");
			p.put("f", featured);
		}
		for (int i = 0; i < words.size() && i < 8; i++) {
			sql.append(" and search_folded like :w").append(i);
			p.put("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		sql.append(" order by published_at desc, id desc offset :offset limit :limit");
		p.put("offset", offset);
		p.put("limit", limit);
		return jdbc.sql(sql.toString()).params(p).query(this::map).list();
	}

	long countPublished(Long agencyId, Long categoryId, List<String> words, Instant now) {
		StringBuilder sql = new StringBuilder("""
				select count(*) from portal_article where agency_id = :a and status = 'PUBLISHED' and published_at <= :now
				""");
		Map<String, Object> p = new HashMap<>();
		p.put("a", agencyId);
		p.put("now", Timestamp.from(now));
		if (categoryId != null) {
			sql.append(" and category_id = :c");
			p.put("c", categoryId);
		}
		for (int i = 0; i < words.size() && i < 8; i++) {
			sql.append(" and search_folded like :w").append(i);
			p.put("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		return jdbc.sql(sql.toString()).params(p).query(Long.class).single();
	}

	/** Articles published before this one ("Các tin cũ hơn"). */
	List<Article> olderThan(Article article, Instant now, int limit) {
		return jdbc.sql("""
				select * from portal_article where agency_id = :a and status = 'PUBLISHED' and published_at <= :now
				and (published_at, id) < (:at, :id) order by published_at desc, id desc limit :limit
				""")
			.param("a", article.getAgencyId())
			.param("now", Timestamp.from(now))
			.param("at", Timestamp.from(article.getPublishedAt()))
			.param("id", article.getId())
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	List<Article> ofAgency(Long agencyId, ArticleStatus status, int limit) {
		return jdbc.sql("select * from portal_article where agency_id = :a" + (status == null ? "" : " and status = :s")
				+ " order by updated_at desc, id desc limit :limit")
			.param("a", agencyId)
			.param("s", status == null ? null : status.name())
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	long viewCount(Long id) {
		return jdbc.sql("select view_count from portal_article where id = :id").param("id", id).query(Long.class).optional().orElse(0L);
	}

	void addViews(Map<Long, Long> views) {
		for (var entry : views.entrySet()) {
			jdbc.sql("update portal_article set view_count = view_count + :n where id = :id")
				.param("n", entry.getValue())
				.param("id", entry.getKey())
				.update();
		}
	}

	// --- revisions ---------------------------------------------------------------------------

	void revision(Article article, String by, String note) {
		jdbc.sql("""
				insert into portal_article_revision (article_id, seq, title, summary, body_html, edited_by, note)
				values (:a, (select coalesce(max(seq), 0) + 1 from portal_article_revision where article_id = :a),
				  :title, :summary, :body, :by, :note)
				""")
			.param("a", article.getId())
			.param("title", article.getTitle())
			.param("summary", article.getSummary())
			.param("body", article.getBodyHtml())
			.param("by", by)
			.param("note", note)
			.update();
	}

	List<Revision> revisions(Long articleId) {
		return jdbc.sql("select * from portal_article_revision where article_id = :a order by seq desc")
			.param("a", articleId)
			.query((rs, n) -> new Revision(rs.getInt("seq"), rs.getString("title"), rs.getString("edited_by"),
					rs.getTimestamp("edited_at").toInstant(), rs.getString("note")))
			.list();
	}

	/** One saved state of an article. */
	public record Revision(int seq, String title, String editedBy, Instant editedAt, String note) {
	}

	// --- images ------------------------------------------------------------------------------

	long addImage(Long agencyId, String original, String large, String thumb, int width, int height, String alt, String by) {
		return jdbc.sql("""
				insert into portal_image (agency_id, original_sha, large_sha, thumb_sha, width, height, alt, uploaded_by)
				values (:a, :o, :l, :t, :w, :h, :alt, :by) returning id
				""")
			.param("a", agencyId)
			.param("o", original)
			.param("l", large)
			.param("t", thumb)
			.param("w", width)
			.param("h", height)
			.param("alt", alt)
			.param("by", by)
			.query(Long.class)
			.single();
	}

	Optional<PortalImage> image(long id) {
		return jdbc.sql("select * from portal_image where id = :id").param("id", id).query((rs, n) -> image(rs)).optional();
	}

	/** Whether a stored file is one of the portal's served images (the only files served publicly from here). */
	boolean servedImage(String sha256) {
		return jdbc.sql("select count(*) from portal_image where large_sha = :s or thumb_sha = :s")
			.param("s", sha256)
			.query(Long.class)
			.single() > 0;
	}

	private static PortalImage image(ResultSet rs) throws SQLException {
		return new PortalImage(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("large_sha"), rs.getString("thumb_sha"),
				rs.getInt("width"), rs.getInt("height"), rs.getString("alt"));
	}

	private Article map(ResultSet rs, int row) throws SQLException {
		return Article.restore(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("category_id"), rs.getString("slug"),
				rs.getString("title"), rs.getString("summary"), rs.getString("body_html"),
				rs.getObject("cover_image_id", Long.class), rs.getString("tags"), rs.getBoolean("featured"),
				ArticleStatus.valueOf(rs.getString("status")), rs.getString("author"), rs.getString("author_name"),
				instant(rs, "publish_at"), instant(rs, "published_at"), rs.getString("reviewed_by"),
				rs.getString("review_comment"), rs.getLong("view_count"), rs.getInt("version"));
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
