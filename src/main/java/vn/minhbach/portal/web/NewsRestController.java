package vn.minhbach.portal.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.minhbach.identity.IdentityProperties;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.portal.Article;
import vn.minhbach.portal.Category;
import vn.minhbach.portal.News;
import vn.minhbach.shared.NotFoundException;

/** The published news as JSON, for other sites (the provincial portal) to embed. */
@RestController
@RequestMapping("/api/v1/portal/news")
@Tag(name = "Cổng thông tin", description = "Tin tức đã đăng, chuyên mục")
class NewsRestController {

	private final News news;

	private final OrganizationDirectory organization;

	private final IdentityProperties identity;

	NewsRestController(News news, OrganizationDirectory organization, IdentityProperties identity) {
		this.news = news;
		this.organization = organization;
		this.identity = identity;
	}

	record ArticleJson(String slug, String title, String summary, String category, Instant publishedAt, String author,
			long views, List<String> tags, String url, String image, String bodyHtml) {
	}

	record PageJson(List<ArticleJson> items, int page, int pages, long total) {
	}

	@GetMapping
	@Operation(summary = "Tin đã đăng, mới nhất trước (theo chuyên mục hoặc tìm kiếm, có dấu hoặc không dấu)")
	PageJson list(@RequestParam(required = false) String category, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int size) {
		Long host = host();
		Long categoryId = category == null ? null
				: news.category(host, category).map(Category::id).orElseThrow(() -> new NotFoundException("error.notFound.category"));
		News.Page result = news.page(host, categoryId, q, page - 1, size);
		var categories = news.categories(host);
		return new PageJson(result.articles().stream().map(a -> json(a, categories, false)).toList(), result.page() + 1,
				result.pages(), result.total());
	}

	@GetMapping("/categories")
	@Operation(summary = "Các chuyên mục tin")
	List<Category> categories() {
		return news.categories(host());
	}

	@GetMapping("/{slug}")
	@Operation(summary = "Một bài đã đăng, với nội dung HTML (đã lọc an toàn)")
	ArticleJson article(@PathVariable String slug) {
		Long host = host();
		Article article = news.reading(host, slug).map(News.Reading::article)
			.orElseThrow(() -> new NotFoundException("error.notFound.article"));
		return json(article, news.categories(host), true);
	}

	private ArticleJson json(Article a, List<Category> categories, boolean body) {
		String category = categories.stream().filter(c -> c.id() == a.getCategoryId()).map(Category::name).findFirst().orElse(null);
		String image = news.image(a.getCoverImageId()).map(i -> absolute(i.url())).orElse(null);
		return new ArticleJson(a.getSlug(), a.getTitle(), a.getSummary(), category, a.getPublishedAt(), a.getAuthorName(),
				news.views(a), a.tagList(), absolute("/tin-tuc/" + a.getSlug()), image, body ? a.getBodyHtml() : null);
	}

	/** Addresses other sites can link to as they are. */
	private String absolute(String path) {
		return org.springframework.web.util.UriComponentsBuilder.fromUri(identity.publicUrl()).path(path).build().toUriString();
	}

	private Long host() {
		return organization.hostAgencyId().orElseThrow(() -> new NotFoundException("error.notFound.agency"));
	}
}
