package vn.minhbach.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;

/**
 * The portal's news: sanitising, the editorial workflow with its roles and agencies, scheduling,
 * views counted in memory and flushed, the cached pages staying true, feeds and sitemap with
 * ETags, images resized and served, the JSON API, and the demo content.
 */
@IntegrationTest
class NewsIntegrationTests {

	@Autowired
	Newsroom newsroom;

	@Autowired
	News news;

	@Autowired
	ArticleViews views;

	@Autowired
	PortalImages images;

	@Autowired
	PublicPageCache pages;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	Long commune() {
		return organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
	}

	UserDetails demo(String username) {
		return users.loadUserByUsername(username);
	}

	long category(String slug) {
		return news.category(commune(), slug).orElseThrow().id();
	}

	Newsroom.Draft draft(String title, String body) {
		return new Newsroom.Draft(category("hoat-dong"), title, "", "", body, null, "thử nghiệm, kiểm thử", false, null);
	}

	/** An article written by the commune's editor and approved by its leader. */
	Article published(String title, String body) {
		Article created = TestUsers.as(users, "bientap.tamanhnam", () -> newsroom.create(commune(), draft(title, body)));
		Article submitted = TestUsers.as(users, "bientap.tamanhnam", () -> newsroom.submit(created.getId(), created.getVersion()));
		return TestUsers.as(users, "lanhdao.tamanhnam", () -> newsroom.approve(submitted.getId(), submitted.getVersion(), null));
	}

	String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void noScriptGetsThroughTheSanitiser() {
		String hostile = """
				<p onclick="steal()">Xin chào <strong>bà con</strong></p><script>alert(1)</script>
				<img src="x" onerror="alert(2)"><a href="javascript:alert(3)">bấm</a>
				<p style="position:fixed">che màn hình</p><iframe src="https://evil.example"></iframe>
				<svg onload="alert(4)"></svg><a href="https://dichvucong.gov.vn">Cổng DVC quốc gia</a>
				""";
		Article article = TestUsers.as(users, "bientap.tamanhnam",
				() -> newsroom.create(commune(), draft(unique("Bài có mã độc"), hostile)));
		String body = article.getBodyHtml().toLowerCase();
		assertThat(body).doesNotContain("<script", "onclick", "onerror", "javascript:", "<iframe", "onload", "<svg",
				"position:fixed");
		assertThat(body).contains("<strong>bà con</strong>", "href=\"https://dichvucong.gov.vn\"");
		// the summary is made from the text, without markup
		assertThat(article.getSummary()).startsWith("Xin chào bà con").doesNotContain("<");
	}

	@Test
	void anArticleIsWrittenSubmittedReturnedApprovedAndTakenDownByTheRightPeople() throws Exception {
		String title = unique("Ra quân dọn vệ sinh môi trường");
		Article created = TestUsers.as(users, "bientap.tamanhnam",
				() -> newsroom.create(commune(), draft(title, "<p>Toàn xã ra quân ngày Chủ nhật xanh.</p>")));
		assertThat(created.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(created.getAuthorName()).isNotBlank();
		// a citizen, a one-stop officer and another agency's editor are refused
		assertThatThrownBy(() -> TestUsers.as(users, "motcua.tamanhnam", () -> newsroom.create(commune(), draft("x", "<p>x</p>"))))
			.isInstanceOf(AccessDeniedInAgency.class);
		assertThatThrownBy(() -> TestUsers.as(users, "bientap.nuithanh", () -> newsroom.article(created.getId())))
			.isInstanceOf(AccessDeniedInAgency.class);

		Article submitted = TestUsers.as(users, "bientap.tamanhnam", () -> newsroom.submit(created.getId(), created.getVersion()));
		// under review the text is frozen, and the editor cannot approve their own article
		assertThatThrownBy(() -> TestUsers.as(users, "bientap.tamanhnam",
				() -> newsroom.update(submitted.getId(), submitted.getVersion(), draft(title, "<p>sửa</p>"), null)))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> TestUsers.as(users, "bientap.tamanhnam",
				() -> newsroom.approve(submitted.getId(), submitted.getVersion(), null)))
			.isInstanceOf(AccessDeniedInAgency.class);
		// a return needs a comment
		assertThatThrownBy(() -> TestUsers.as(users, "lanhdao.tamanhnam",
				() -> newsroom.returnToEditor(submitted.getId(), submitted.getVersion(), " ")))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasMessageContaining("error.news.returnReason");
		Article returned = TestUsers.as(users, "lanhdao.tamanhnam",
				() -> newsroom.returnToEditor(submitted.getId(), submitted.getVersion(), "Bổ sung số người tham gia"));
		assertThat(returned.getStatus()).isEqualTo(ArticleStatus.DRAFT);
		assertThat(returned.getReviewComment()).isEqualTo("Bổ sung số người tham gia");

		Article edited = TestUsers.as(users, "bientap.tamanhnam", () -> newsroom.update(returned.getId(), returned.getVersion(),
				draft(title, "<p>Hơn 500 người dân toàn xã ra quân ngày Chủ nhật xanh.</p>"), "Bổ sung số người"));
		// a colleague working on the old version is told, not silently overwritten
		assertThatThrownBy(() -> TestUsers.as(users, "bientap.tamanhnam",
				() -> newsroom.update(returned.getId(), returned.getVersion(), draft(title, "<p>cũ</p>"), null)))
			.isInstanceOf(ConcurrentChange.class);
		Article again = TestUsers.as(users, "bientap.tamanhnam", () -> newsroom.submit(edited.getId(), edited.getVersion()));
		Article approved = TestUsers.as(users, "lanhdao.tamanhnam", () -> newsroom.approve(again.getId(), again.getVersion(), "Đăng"));
		assertThat(approved.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(approved.getPublishedAt()).isNotNull();

		mvc.perform(get("/tin-tuc/" + approved.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hơn 500 người dân")))
			.andExpect(content().string(containsString("Ngày đăng:")))
			.andExpect(content().string(containsString("Lượt xem:")))
			.andExpect(content().string(containsString("Người đăng:")))
			.andExpect(content().string(containsString("Các tin cũ hơn")));
		// once published, an editor no longer changes what the public reads
		assertThatThrownBy(() -> TestUsers.as(users, "bientap.tamanhnam",
				() -> newsroom.update(approved.getId(), approved.getVersion(), draft(title, "<p>khác</p>"), null)))
			.isInstanceOf(BusinessRuleViolation.class)
			.hasMessageContaining("error.news.publishedEdit");

		Article down = TestUsers.as(users, "lanhdao.tamanhnam", () -> newsroom.unpublish(approved.getId(), approved.getVersion(), "Trùng tin"));
		assertThat(down.getStatus()).isEqualTo(ArticleStatus.UNPUBLISHED);
		// the cached page goes with it at once
		mvc.perform(get("/tin-tuc/" + approved.getSlug())).andExpect(status().isNotFound());

		List<Articles.Revision> revisions = TestUsers.as(users, "bientap.tamanhnam", () -> newsroom.revisions(created.getId()));
		assertThat(revisions).hasSize(2);
		assertThat(revisions).extracting(Articles.Revision::note).contains("Bổ sung số người");
		List<String> journal = jdbc.sql("""
				select action from audit_entry where object_type = 'portal_article' and object_id = :id order by id
				""").param("id", created.getId().toString()).query(String.class).list();
		assertThat(journal).containsExactly("ARTICLE_CREATED", "ARTICLE_SUBMITTED", "ARTICLE_RETURNED", "ARTICLE_EDITED",
				"ARTICLE_SUBMITTED", "ARTICLE_APPROVED", "ARTICLE_UNPUBLISHED");
	}

	@Test
	void aScheduledArticleStaysOffThePortalUntilItsTime() throws Exception {
		Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
		String title = unique("Thông báo lịch cắt điện");
		Article created = TestUsers.as(users, "bientap.tamanhnam", () -> newsroom.create(commune(),
				new Newsroom.Draft(category("thong-bao"), title, "", "", "<p>Cắt điện thôn Nam Định.</p>", null, "", false, tomorrow)));
		Article submitted = TestUsers.as(users, "bientap.tamanhnam", () -> newsroom.submit(created.getId(), created.getVersion()));
		Article approved = TestUsers.as(users, "lanhdao.tamanhnam", () -> newsroom.approve(submitted.getId(), submitted.getVersion(), null));
		// PostgreSQL keeps microseconds
		assertThat(approved.getPublishedAt()).isCloseTo(tomorrow, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MICROS));
		assertThat(approved.visible(Instant.now())).isFalse();
		assertThat(approved.visible(tomorrow.plusSeconds(1))).isTrue();
		mvc.perform(get("/tin-tuc/" + approved.getSlug())).andExpect(status().isNotFound());
		mvc.perform(get("/tin-tuc").param("q", title)).andExpect(content().string(not(containsString(approved.getSlug()))));
	}

	@Test
	void viewsAreCountedInMemoryAndFlushedInOneWrite() throws Exception {
		Article article = published(unique("Hội thi tìm hiểu pháp luật"), "<p>Hội thi tìm hiểu pháp luật cho thanh niên.</p>");
		long stored = jdbc.sql("select view_count from portal_article where id = :id").param("id", article.getId()).query(Long.class).single();
		mvc.perform(get("/tin-tuc/" + article.getSlug()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lượt xem: " + (stored + 1))));
		// the next readers may get that page from the public page cache, which counts their views all the same
		for (int i = 2; i <= 3; i++) {
			mvc.perform(get("/tin-tuc/" + article.getSlug())).andExpect(status().isOk());
		}
		// the database has not been written to on every view
		assertThat(jdbc.sql("select view_count from portal_article where id = :id").param("id", article.getId()).query(Long.class).single())
			.isEqualTo(stored);
		assertThat(views.unflushed(article.getId())).isEqualTo(3);
		views.flush();
		assertThat(views.unflushed(article.getId())).isZero();
		assertThat(jdbc.sql("select view_count from portal_article where id = :id").param("id", article.getId()).query(Long.class).single())
			.isEqualTo(stored + 3);
		// once the page cache's few seconds are over, the page shows the true count, the flushed views included
		pages.forget();
		mvc.perform(get("/tin-tuc/" + article.getSlug())).andExpect(content().string(containsString("Lượt xem: " + (stored + 4))));
	}

	@Test
	void searchIgnoresDiacriticsAndCategoriesPage() throws Exception {
		mvc.perform(get("/tin-tuc").param("q", "dang ky khai sinh"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đăng ký khai sinh, thường trú và cấp thẻ bảo hiểm y tế")));
		mvc.perform(get("/tin-tuc/chuyen-muc/thong-bao"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thông báo lịch tiếp công dân")))
			.andExpect(content().string(not(containsString("Kỳ họp thứ 12"))));
		mvc.perform(get("/tin-tuc/chuyen-muc/khong-co")).andExpect(status().isNotFound());
		// paging: 10 a page
		News.Page first = news.page(commune(), null, "", 0, 10);
		assertThat(first.articles()).hasSize(10);
		assertThat(first.total()).isGreaterThanOrEqualTo(12);
		News.Page second = news.page(commune(), null, "", 1, 10);
		assertThat(second.articles()).isNotEmpty().doesNotContainAnyElementsOf(first.articles());
	}

	@Test
	void feedsAndSitemapAnswerWithEtags() throws Exception {
		String etag = mvc.perform(get("/tin-tuc/feed.atom"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andExpect(content().string(containsString("Ứng dụng công nghệ thông tin trong cải cách hành chính")))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/tin-tuc/feed.atom").header("If-None-Match", etag)).andExpect(status().isNotModified());
		// a new article, and the feed is sent again with its entry
		Article fresh = published(unique("Tin mới cho nguồn tin"), "<p>Nội dung mới.</p>");
		mvc.perform(get("/tin-tuc/feed.atom").header("If-None-Match", etag))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(fresh.getSlug())));
		mvc.perform(get("/tin-tuc/rss.xml"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<rss")))
			.andExpect(content().string(containsString("<item>")));
		mvc.perform(get("/sitemap.xml"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/tin-tuc/ung-dung-cong-nghe-thong-tin-trong-cai-cach-hanh-chinh")))
			.andExpect(content().string(containsString("/procedures")))
			.andExpect(content().string(containsString("/thong-tin/van-ban")))
			.andExpect(content().string(containsString("/hoi-dap")));
	}

	@Test
	void imagesAreResizedAndOnlyPortalImagesAreServed() throws Exception {
		BufferedImage picture = new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = picture.createGraphics();
		g.setColor(new Color(155, 28, 28));
		g.fillRect(0, 0, 2400, 1600);
		g.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(picture, "png", png);
		PortalImage image = TestUsers.as(users, "bientap.tamanhnam",
				() -> images.upload(commune(), new ByteArrayInputStream(png.toByteArray()), "hoi-nghi.png", "Hội nghị"));
		assertThat(image.width()).isEqualTo(1200);
		assertThat(image.height()).isEqualTo(800);
		byte[] large = mvc.perform(get(image.url()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("Cache-Control", containsString("immutable")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(large)).getWidth()).isEqualTo(1200);
		byte[] thumb = mvc.perform(get(image.thumbUrl())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(thumb)).getWidth()).isEqualTo(400);
		// the original is not served, nor any other stored file (a citizen's papers)
		String original = jdbc.sql("select original_sha from portal_image where id = :id").param("id", image.id()).query(String.class).single();
		mvc.perform(get("/media/" + original)).andExpect(status().isNotFound());
		jdbc.sql("select sha256 from files_blob limit 1").query(String.class).optional()
			.ifPresent(sha -> {
				try {
					mvc.perform(get("/media/" + sha)).andExpect(status().isNotFound());
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
		// a PDF called .png is refused with a clear message
		assertThatThrownBy(() -> TestUsers.as(users, "bientap.tamanhnam", () -> images.upload(commune(),
				new ByteArrayInputStream("%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes()), "anh.png", "")))
			.isInstanceOf(vn.minhbach.files.FileRejected.class);
		// the editor's image button: JSON with the address
		mvc.perform(multipart("/staff/news/images").file(new MockMultipartFile("file", "a.png", "image/png", png.toByteArray()))
			.with(user(demo("bientap.tamanhnam")))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.url").value(containsString("/media/")));
		mvc.perform(multipart("/staff/news/images").file(new MockMultipartFile("file", "a.png", "image/png", "không phải ảnh".getBytes()))
			.with(user(demo("bientap.tamanhnam")))
			.with(csrf())).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.error").value(containsString("a.png")));
	}

	@Test
	void theApiServesPublishedNewsAsJson() throws Exception {
		mvc.perform(get("/api/v1/portal/news").param("q", "dang ky khai sinh"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].title").value(org.hamcrest.Matchers.hasItem(containsString("Đăng ký khai sinh, thường trú"))));
		mvc.perform(get("/api/v1/portal/news/categories"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.slug == 'thong-bao')].name").value(org.hamcrest.Matchers.hasItem("Thông báo")));
		mvc.perform(get("/api/v1/portal/news/ky-hop-thu-12-hdnd-xa-thong-qua-nhieu-nghi-quyet-quan-trong"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bodyHtml").value(containsString("HĐND xã Tam Anh Nam")));
		mvc.perform(get("/api/v1/portal/news/khong-ton-tai")).andExpect(status().isNotFound());
		mvc.perform(get("/v3/api-docs")).andExpect(content().string(containsString("/api/v1/portal/news")));
	}

	@Test
	void theEditorLosesNothingToAnErrorOrAColleague() throws Exception {
		String marker = "Noi dung go cong phu " + UUID.randomUUID();
		String typed = "<p>" + marker + "</p>";
		// no title: the form comes back with the text and a clear message
		mvc.perform(post("/staff/news").with(user(demo("bientap.tamanhnam"))).with(csrf())
			.param("categoryId", String.valueOf(category("hoat-dong")))
			.param("title", "")
			.param("bodyHtml", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy nhập tiêu đề bài viết")))
			.andExpect(content().string(containsString(marker)));
		Article article = TestUsers.as(users, "bientap.tamanhnam",
				() -> newsroom.create(commune(), draft(unique("Bài hai người cùng sửa"), "<p>Bản đầu</p>")));
		TestUsers.as(users, "bientap.tamanhnam", () -> newsroom.update(article.getId(), article.getVersion(),
				draft(article.getTitle(), "<p>Bản của đồng nghiệp</p>"), null));
		mvc.perform(post("/staff/news/" + article.getId()).with(user(demo("bientap.tamanhnam"))).with(csrf())
			.param("version", String.valueOf(article.getVersion()))
			.param("categoryId", String.valueOf(category("hoat-dong")))
			.param("title", article.getTitle())
			.param("bodyHtml", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vừa được người khác sửa")))
			.andExpect(content().string(containsString(marker)));
		// the staff pages are for the editorial roles only
		mvc.perform(get("/staff/news").with(user(demo("bientap.tamanhnam")))).andExpect(status().isOk());
		mvc.perform(get("/staff/news").with(user(demo("motcua.tamanhnam")))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/news/" + article.getId()).with(user(demo("bientap.nuithanh")))).andExpect(status().isForbidden());
	}

	@Test
	void theDemoPortalHasADozenArticlesIncludingOneOnItInAdministrativeReform() throws Exception {
		List<Article> latest = news.latest(commune(), 50);
		assertThat(latest.stream().filter(a -> a.getAuthor().equals("system") || a.getReviewedBy() != null).count())
			.isGreaterThanOrEqualTo(12);
		assertThat(latest).extracting(Article::getTitle)
			.anyMatch(t -> t.contains("công nghệ thông tin") && t.contains("cải cách hành chính"));
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tin nổi bật")))
			.andExpect(content().string(containsString("Ứng dụng công nghệ thông tin trong cải cách hành chính")))
			.andExpect(content().string(containsString("Thông báo lịch tiếp công dân")));
	}
}
