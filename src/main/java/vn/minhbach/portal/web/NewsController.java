package vn.minhbach.portal.web;

import java.io.InputStream;
import java.util.concurrent.TimeUnit;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.portal.Article;
import vn.minhbach.portal.Category;
import vn.minhbach.portal.News;
import vn.minhbach.portal.PortalImages;
import vn.minhbach.shared.NotFoundException;

/**
 * The news pages of the public portal: the list (all, by category, or a search — with or
 * without diacritics), an article with its view count and the older articles, and the images,
 * served with a long cache lifetime because their address is their content's hash.
 */
@Controller
class NewsController {

	static final int PAGE_SIZE = 10;

	private final News news;

	private final PortalImages images;

	private final OrganizationDirectory organization;

	NewsController(News news, PortalImages images, OrganizationDirectory organization) {
		this.news = news;
		this.images = images;
		this.organization = organization;
	}

	@GetMapping("/tin-tuc")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		Long host = host();
		return page(host, null, q, page, model);
	}

	@GetMapping("/tin-tuc/chuyen-muc/{slug}")
	String category(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		Long host = host();
		Category category = news.category(host, slug).orElseThrow(() -> new NotFoundException("error.notFound.category"));
		return page(host, category, "", page, model);
	}

	private String page(Long host, Category category, String q, int page, Model model) {
		News.Page result = news.page(host, category == null ? null : category.id(), q, page - 1, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("category", category);
		model.addAttribute("categories", news.categories(host));
		model.addAttribute("q", q);
		model.addAttribute("covers", news.covers(result.articles()));
		return "portal/news-list";
	}

	@GetMapping("/tin-tuc/{slug}")
	String article(@PathVariable String slug, Model model) {
		Long host = host();
		News.Reading reading = news.reading(host, slug)
			.orElseThrow(() -> new NotFoundException("error.notFound.article"));
		model.addAttribute("article", reading.article());
		model.addAttribute("views", news.views(reading.article()));
		model.addAttribute("category", reading.category());
		model.addAttribute("cover", reading.cover());
		model.addAttribute("older", reading.older());
		return "portal/article";
	}

	@GetMapping("/media/{sha256}")
	ResponseEntity<InputStreamResource> media(@PathVariable String sha256) {
		InputStream content = images.served(sha256).orElseThrow(() -> new NotFoundException("error.notFound.file"));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
			.eTag(sha256)
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}

	private Long host() {
		return organization.hostAgencyId().orElseThrow(() -> new NotFoundException("error.notFound.agency"));
	}
}
