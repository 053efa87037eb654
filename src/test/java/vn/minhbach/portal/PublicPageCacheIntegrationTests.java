package vn.minhbach.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.organization.OrganizationDirectory;

/**
 * The public page cache in the running server, over real HTTP: a second anonymous read is a copy
 * with the live page's bytes and headers, it still counts the article view and the visitor's page
 * view, whoever is logged in or presents credentials gets the live page, an editorial change
 * empties it at once, and it runs before the session, security and observation filters.
 */
@IntegrationTest
class PublicPageCacheIntegrationTests {

	static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";

	static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	PublicPageCache pages;

	@Autowired
	NewsCache newsCache;

	@Autowired
	Newsroom newsroom;

	@Autowired
	News news;

	@Autowired
	ArticleViews views;

	@Autowired
	VisitorStatistics statistics;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ListableBeanFactory beans;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/** Other tests read the same pages through MockMvc: each test starts and ends with no copy. */
	@BeforeEach
	@AfterEach
	void noCopies() {
		pages.forget();
	}

	HttpResponse<String> send(String method, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> read(String path, String... headers) throws Exception {
		return send("GET", path, headers);
	}

	/** The headers as the client got them, but the Date each response has of its own. */
	static Map<String, List<String>> headers(HttpResponse<?> response) {
		Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.putAll(response.headers().map());
		headers.remove("Date");
		return headers;
	}

	Long commune() {
		return organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
	}

	Newsroom.Draft draft(String title, String body) {
		long category = news.category(commune(), "hoat-dong").orElseThrow().id();
		return new Newsroom.Draft(category, title, "", "", body, null, "", false, null);
	}

	Article published(String title, String body) {
		Article created = TestUsers.as(users, "bientap.tamanhnam", () -> newsroom.create(commune(), draft(title, body)));
		Article submitted = TestUsers.as(users, "bientap.tamanhnam", () -> newsroom.submit(created.getId(), created.getVersion()));
		return TestUsers.as(users, "lanhdao.tamanhnam", () -> newsroom.approve(submitted.getId(), submitted.getVersion(), null));
	}

	static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aSecondAnonymousReadIsACopyWithTheLivePagesBytesAndHeaders() throws Exception {
		Article article = published(unique("Tiêm chủng mở rộng tháng Ba"), "<p>Lịch tiêm chủng tại trạm y tế xã.</p>");
		String path = "/tin-tuc/" + article.getSlug();
		long hits = pages.hits();
		HttpResponse<String> live = read(path);
		assertThat(live.statusCode()).isEqualTo(200);
		assertThat(pages.hits()).isEqualTo(hits);

		HttpResponse<String> copy = read(path);
		assertThat(pages.hits()).isEqualTo(hits + 1);
		assertThat(copy.statusCode()).isEqualTo(200);
		assertThat(copy.body()).isEqualTo(live.body()).contains("Lịch tiêm chủng tại trạm y tế xã.");
		assertThat(headers(copy)).isEqualTo(headers(live));
		assertThat(copy.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
		assertThat(copy.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(copy.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(copy.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(copy.headers().firstValue("Permissions-Policy")).isPresent();
		assertThat(copy.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
		assertThat(copy.headers().firstValue("Cache-Control")).hasValueSatisfying(cc -> assertThat(cc).contains("no-store"));
		assertThat(copy.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(copy.headers().firstValue("Content-Language")).hasValue("vi");
		assertThat(copy.headers().allValues("Set-Cookie")).isEmpty();

		// the bytes come from memory: the article changed behind the services' back shows only once the copy is gone
		jdbc.sql("update portal_article set title = :title where id = :id")
			.param("title", "Tiêm chủng đã dời lịch")
			.param("id", article.getId())
			.update();
		newsCache.forget();
		assertThat(read(path).body()).doesNotContain("Tiêm chủng đã dời lịch");
		pages.forget();
		assertThat(read(path).body()).contains("Tiêm chủng đã dời lịch");

		HttpResponse<String> home = read("/");
		HttpResponse<String> homeCopy = read("/");
		assertThat(pages.hits()).isEqualTo(hits + 3);
		assertThat(homeCopy.body()).isEqualTo(home.body());
		assertThat(headers(homeCopy)).isEqualTo(headers(home));
	}

	@Test
	void aCopyStillCountsTheArticleViewAndTheVisitorsPageView() throws Exception {
		Article article = published(unique("Hội nghị tiếp xúc cử tri"), "<p>Cử tri thôn Phước Lộc góp ý.</p>");
		String path = "/tin-tuc/" + article.getSlug();
		String first = FIREFOX + " first/" + UUID.randomUUID();
		read(path, "User-Agent", first);
		assertThat(statistics.seen("127.0.0.1", first)).isTrue();
		long viewsBefore = views.unflushed(article.getId());
		long hits = pages.hits();

		String reader = FIREFOX + " reader/" + UUID.randomUUID();
		read(path, "User-Agent", reader);
		assertThat(pages.hits()).isEqualTo(hits + 1);
		assertThat(views.unflushed(article.getId())).isEqualTo(viewsBefore + 1);
		assertThat(statistics.seen("127.0.0.1", reader)).isTrue();

		// as on the live page: a robot's or a prefetch's view of the article counts, but they are no visitors
		String robot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html) " + UUID.randomUUID();
		read(path, "User-Agent", robot);
		String prefetch = FIREFOX + " prefetch/" + UUID.randomUUID();
		read(path, "User-Agent", prefetch, "Sec-Purpose", "prefetch");
		String head = FIREFOX + " head/" + UUID.randomUUID();
		HttpResponse<String> headResponse = send("HEAD", path, "User-Agent", head);
		assertThat(headResponse.statusCode()).isEqualTo(200);
		assertThat(headResponse.body()).isEmpty();
		assertThat(pages.hits()).isEqualTo(hits + 4);
		assertThat(views.unflushed(article.getId())).isEqualTo(viewsBefore + 4);
		assertThat(statistics.seen("127.0.0.1", robot)).isFalse();
		assertThat(statistics.seen("127.0.0.1", prefetch)).isFalse();
		assertThat(statistics.seen("127.0.0.1", head)).isFalse();

		// the home page's copy counts its visitors too
		read("/", "User-Agent", FIREFOX + " home/" + UUID.randomUUID());
		String homeReader = FIREFOX + " home-reader/" + UUID.randomUUID();
		read("/", "User-Agent", homeReader);
		assertThat(pages.hits()).isEqualTo(hits + 5);
		assertThat(statistics.seen("127.0.0.1", homeReader)).isTrue();
	}

	@Test
	void whoeverIsLoggedInOrPresentsCredentialsGetsTheLivePage() throws Exception {
		read("/");
		read("/");
		long hits = pages.hits();
		assertThat(hits).as("a copy of the home page is kept").isPositive();

		assertThat(read("/", "Authorization", "Bearer not-a-token").statusCode()).isEqualTo(200);
		assertThat(pages.hits()).isEqualTo(hits);

		HttpResponse<String> loginPage = read("/login");
		Matcher csrf = CSRF_FIELD.matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();
		String session = sessionCookie(loginPage).orElseThrow();
		String form = "username=congdan.demo&password=" + URLEncoder.encode("Demo@2026", StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		session = sessionCookie(login).orElse(session);

		HttpResponse<String> mine = read("/", "Cookie", session);
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("name=\"_csrf\"", "href=\"/account\"");
		assertThat(pages.hits()).isEqualTo(hits);

		HttpResponse<String> anonymous = read("/");
		assertThat(pages.hits()).isEqualTo(hits + 1);
		assertThat(anonymous.body()).doesNotContain("name=\"_csrf\"", "href=\"/account\"");
	}

	static java.util.Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(cookie -> cookie.startsWith("MB_SESSION="))
			.map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
			.findFirst();
	}

	@Test
	void anEditorialChangeEmptiesTheCacheAtOnce() throws Exception {
		read("/");
		read("/");
		String title = unique("Khánh thành nhà văn hóa thôn");
		Article article = published(title, "<p>Nhà văn hóa thôn Nam Định khánh thành.</p>");
		assertThat(read("/").body()).as("the home page lists the new article").contains(title);

		String path = "/tin-tuc/" + article.getSlug();
		read(path);
		long hits = pages.hits();
		assertThat(read(path).body()).contains("Nhà văn hóa thôn Nam Định khánh thành.");
		assertThat(pages.hits()).isEqualTo(hits + 1);

		Article corrected = TestUsers.as(users, "lanhdao.tamanhnam", () -> newsroom.update(article.getId(),
				article.getVersion(), draft(title, "<p>Nhà văn hóa thôn Nam Định khánh thành sáng Chủ nhật.</p>"), "Bổ sung"));
		assertThat(read(path).body()).contains("khánh thành sáng Chủ nhật.");
		assertThat(pages.hits()).isEqualTo(hits + 1);

		read(path);
		assertThat(pages.hits()).isEqualTo(hits + 2);
		TestUsers.as(users, "lanhdao.tamanhnam", () -> newsroom.unpublish(corrected.getId(), corrected.getVersion(), "Trùng tin"));
		assertThat(read(path).statusCode()).isEqualTo(404);
		assertThat(read("/").body()).doesNotContain(title);
	}

	@Test
	void answersBeforeTheSessionSecurityAndObservationFilters() {
		List<String> filters = new ArrayList<>();
		for (ServletContextInitializer initializer : new ServletContextInitializerBeans(beans)) {
			if (initializer instanceof AbstractFilterRegistrationBean<?> registration && registration.isEnabled()) {
				filters.add(registration.getFilterName() + " " + registration.getFilter().getClass().getSimpleName());
			}
		}
		int cache = position(filters, "PublicPageCache");
		assertThat(cache).as("%s", filters).isNotNegative();
		for (String later : List.of("SessionRepositoryFilter", "springSecurityFilterChain", "ServerHttpObservationFilter")) {
			assertThat(position(filters, later)).as("%s in %s", later, filters).isGreaterThan(cache);
		}
		assertThat(filters.subList(0, cache)).as("%s", filters).allMatch(name -> name.contains("CharacterEncoding"));
	}

	static int position(List<String> filters, String name) {
		for (int i = 0; i < filters.size(); i++) {
			if (filters.get(i).contains(name)) {
				return i;
			}
		}
		return -1;
	}
}
