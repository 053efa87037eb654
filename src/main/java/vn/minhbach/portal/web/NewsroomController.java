package vn.minhbach.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.identity.Workspace;
import vn.minhbach.portal.Article;
import vn.minhbach.portal.ArticleStatus;
import vn.minhbach.portal.Newsroom;
import vn.minhbach.portal.PortalImage;
import vn.minhbach.portal.PortalImages;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;

/**
 * The newsroom for editors and leaders: the articles by status, the editor (Quill, with the
 * HTML sanitised on the server), the cover image, scheduling, revisions, and the workflow steps
 * — submit, approve, return with a comment, take down.
 */
@Controller
@RequestMapping("/staff/news")
class NewsroomController {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Newsroom newsroom;

	private final PortalImages images;

	private final Workspace workspace;

	private final MessageSource messages;

	NewsroomController(Newsroom newsroom, PortalImages images, Workspace workspace, MessageSource messages) {
		this.newsroom = newsroom;
		this.images = images;
		this.workspace = workspace;
		this.messages = messages;
	}

	@GetMapping
	String desk(@RequestParam(required = false) ArticleStatus status, HttpSession session, Model model) {
		Long agency = agency(session);
		model.addAttribute("articles", newsroom.desk(agency, status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ArticleStatus.values());
		return "portal/newsroom";
	}

	@GetMapping("/new")
	String newArticle(HttpSession session, Model model) {
		return newForm(agency(session), ArticleForm.empty(), model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		Article article = newsroom.article(id);
		PortalImage cover = article.getCoverImageId() == null ? null : images.image(article.getCoverImageId());
		return editForm(article, ArticleForm.of(article, cover == null ? "" : cover.alt()), model);
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "0") long categoryId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String slug, @RequestParam(defaultValue = "") String summary,
			@RequestParam(defaultValue = "") String bodyHtml, @RequestParam(defaultValue = "") String tags,
			@RequestParam(defaultValue = "false") boolean featured,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
			@RequestParam(name = "cover", required = false) MultipartFile cover, @RequestParam(defaultValue = "") String coverAlt,
			HttpSession session, Model model, RedirectAttributes redirect, Locale locale) {
		Long agency = agency(session);
		ArticleForm typed = new ArticleForm(categoryId, title, slug, summary, bodyHtml, tags, featured, publishAt, coverAlt);
		try {
			Long coverId = upload(agency, cover, coverAlt);
			Article created = newsroom.create(agency, new Newsroom.Draft(categoryId, title, slug, summary, bodyHtml, coverId, tags,
					featured, instant(publishAt)));
			redirect.addFlashAttribute("success", "news.saved");
			return "redirect:/staff/news/" + created.getId();
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			return newForm(agency, typed, model);
		}
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @RequestParam int version, @RequestParam(defaultValue = "0") long categoryId,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String slug,
			@RequestParam(defaultValue = "") String summary, @RequestParam(defaultValue = "") String bodyHtml,
			@RequestParam(defaultValue = "") String tags, @RequestParam(defaultValue = "false") boolean featured,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
			@RequestParam(name = "cover", required = false) MultipartFile cover, @RequestParam(defaultValue = "") String coverAlt,
			@RequestParam(required = false) Long keepCover, @RequestParam(defaultValue = "") String note, Model model,
			RedirectAttributes redirect, Locale locale) {
		ArticleForm typed = new ArticleForm(categoryId, title, slug, summary, bodyHtml, tags, featured, publishAt, coverAlt);
		Article article = newsroom.article(id);
		try {
			Long coverId = upload(article.getAgencyId(), cover, coverAlt);
			newsroom.update(id, version, new Newsroom.Draft(categoryId, title, slug, summary, bodyHtml,
					coverId != null ? coverId : keepCover, tags, featured, instant(publishAt)), note);
			redirect.addFlashAttribute("success", "news.saved");
			return "redirect:/staff/news/" + id;
		}
		catch (ConcurrentChange ex) {
			// the colleague's version is shown in the revisions; the editor's text stays in the form,
			// and saving again (against the current version) replaces it knowingly
			model.addAttribute("warning", "news.stale");
			return editForm(newsroom.article(id), typed, model);
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			return editForm(article, typed, model);
		}
	}

	@PostMapping("/{id}/{step}")
	String step(@PathVariable Long id, @PathVariable String step, @RequestParam int version,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect, Locale locale) {
		return attempt(id, redirect, locale, () -> {
			switch (step) {
				case "submit" -> newsroom.submit(id, version);
				case "approve" -> newsroom.approve(id, version, comment);
				case "return" -> newsroom.returnToEditor(id, version, comment);
				case "unpublish" -> newsroom.unpublish(id, version, comment);
				default -> throw new vn.minhbach.shared.NotFoundException("error.notFound.action");
			}
			return "news.done." + step;
		});
	}

	/** An image for the body, uploaded from the editor's image button; answers with its address. */
	@PostMapping("/images")
	@ResponseBody
	ResponseEntity<Map<String, Object>> image(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "") String alt, HttpSession session, Locale locale) {
		Long agency = agency(session);
		try {
			PortalImage image = upload(file, agency, alt);
			return ResponseEntity.ok(Map.of("url", image.url(), "width", image.width(), "height", image.height()));
		}
		catch (BusinessRuleViolation ex) {
			return ResponseEntity.unprocessableContent()
				.body(Map.of("error", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale)));
		}
	}

	private String newForm(Long agency, ArticleForm form, Model model) {
		model.addAttribute("categories", newsroom.categories(agency));
		model.addAttribute("form", form);
		return "portal/newsroom-edit";
	}

	private String editForm(Article article, ArticleForm form, Model model) {
		model.addAttribute("article", article);
		model.addAttribute("form", form);
		model.addAttribute("categories", newsroom.categories(article.getAgencyId()));
		model.addAttribute("revisions", newsroom.revisions(article.getId()));
		model.addAttribute("cover", article.getCoverImageId() == null ? null : images.image(article.getCoverImageId()));
		return "portal/newsroom-edit";
	}

	private Long upload(Long agency, MultipartFile cover, String alt) {
		if (cover == null || cover.isEmpty()) {
			return null;
		}
		return upload(cover, agency, alt).id();
	}

	private PortalImage upload(MultipartFile file, Long agency, String alt) {
		try (InputStream in = file.getInputStream()) {
			return images.upload(agency, in, file.getOriginalFilename(), alt);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String attempt(Long id, RedirectAttributes redirect, Locale locale, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("success", action.get());
		}
		catch (ConcurrentChange ex) {
			redirect.addFlashAttribute("warning", "news.stale");
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/staff/news/" + id;
	}

	private static Instant instant(LocalDateTime local) {
		return local == null ? null : local.atZone(VIETNAM).toInstant();
	}

	private Long agency(HttpSession session) {
		Long agency = workspace.currentAgencyId(session);
		if (agency == null) {
			throw new AccessDeniedInAgency("no current agency");
		}
		return agency;
	}
}
