package vn.minhbach.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Which requests the public page cache answers from memory and which rendered pages it keeps,
 * against a stand-in for the application that counts its renderings. The home page is used: it
 * needs neither the news nor the counters when the reader is not a browser.
 */
class PublicPageCacheUnitTests {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	static final String PAGE = "<!DOCTYPE html><html lang=\"vi\"><body><h1>Trang chủ</h1></body></html>";

	/** The locale resolution of the platform: Vietnamese unless the language cookie says otherwise. */
	static CookieLocaleResolver languages() {
		var resolver = new CookieLocaleResolver("MB_LANG");
		resolver.setDefaultLocale(VIETNAMESE);
		return resolver;
	}

	static PublicPageCache cache(Duration ttl) {
		return new PublicPageCache(ttl, DataSize.ofMegabytes(16), "MB_SESSION", languages(), null, null, null, null);
	}

	static MockHttpServletRequest request(String method, String path) {
		var request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr("203.0.113.9");
		return request;
	}

	static MockHttpServletRequest anonymous(String path) {
		return request("GET", path);
	}

	/** The application behind the cache: renders a page as the live one would, and counts how often. */
	static final class Application implements FilterChain {

		int renderings;

		final String body;

		final Consumer<HttpServletResponse> also;

		Application(String body, Consumer<HttpServletResponse> also) {
			this.body = body;
			this.also = also;
		}

		Application() {
			this(PAGE, response -> {
			});
		}

		@Override
		public void doFilter(ServletRequest request, ServletResponse res) throws IOException {
			renderings++;
			HttpServletResponse response = (HttpServletResponse) res;
			response.setLocale(VIETNAMESE);
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'");
			response.setHeader("X-Frame-Options", "DENY");
			response.addHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
			also.accept(response);
			response.getWriter().write(body);
		}
	}

	static MockHttpServletResponse send(PublicPageCache cache, MockHttpServletRequest request, FilterChain application)
			throws Exception {
		var response = new MockHttpServletResponse();
		cache.doFilter(request, response, application);
		return response;
	}

	@Test
	void answersTheSecondAnonymousRequestFromMemoryWithTheSameHeaders() throws Exception {
		PublicPageCache cache = cache(Duration.ofSeconds(5));
		var application = new Application();
		MockHttpServletResponse live = send(cache, anonymous("/"), application);
		MockHttpServletResponse copy = send(cache, anonymous("/"), application);

		assertThat(application.renderings).isEqualTo(1);
		assertThat(cache.hits()).isEqualTo(1);
		assertThat(copy.getStatus()).isEqualTo(200);
		assertThat(copy.getContentAsString()).isEqualTo(live.getContentAsString()).isEqualTo(PAGE);
		assertThat(copy.getContentLength()).isEqualTo(live.getContentAsByteArray().length);
		for (String name : List.of("Content-Type", "Content-Language", "Content-Security-Policy", "X-Frame-Options",
				"Cache-Control")) {
			assertThat(copy.getHeaders(name)).as(name).isNotEmpty().isEqualTo(live.getHeaders(name));
		}
	}

	@Test
	void aTimeToLiveOfZeroTurnsItOff() throws Exception {
		PublicPageCache cache = cache(Duration.ZERO);
		var application = new Application();
		send(cache, anonymous("/"), application);
		MockHttpServletResponse second = send(cache, anonymous("/"), application);
		assertThat(application.renderings).isEqualTo(2);
		assertThat(cache.hits()).isZero();
		assertThat(second.getContentAsString()).isEqualTo(PAGE);
	}

	@Test
	void onlyPlainAnonymousReadsOfTheHomePageAndArticlesQualify() {
		assertThat(PublicPageCache.address(anonymous("/"), "MB_SESSION")).isEqualTo("/");
		assertThat(PublicPageCache.address(anonymous("/tin-tuc/ra-quan-don-ve-sinh-2"), "MB_SESSION"))
			.isEqualTo("/tin-tuc/ra-quan-don-ve-sinh-2");
		assertThat(PublicPageCache.address(request("HEAD", "/"), "MB_SESSION")).isEqualTo("/");
		var withLanguage = anonymous("/");
		withLanguage.setCookies(new Cookie("MB_LANG", "en"));
		assertThat(PublicPageCache.address(withLanguage, "MB_SESSION")).isEqualTo("/");

		for (String path : List.of("/tin-tuc", "/tin-tuc/", "/tin-tuc/feed.atom", "/tin-tuc/chuyen-muc/thong-bao",
				"/tin-tuc/Hoa-Thuong", "/tin-tuc/bai;jsessionid=1", "/about", "/login", "/staff/news", "//")) {
			assertThat(PublicPageCache.address(anonymous(path), "MB_SESSION")).as(path).isNull();
		}
		assertThat(PublicPageCache.address(request("POST", "/"), "MB_SESSION")).isNull();
		var query = anonymous("/");
		query.setQueryString("lang=en");
		assertThat(PublicPageCache.address(query, "MB_SESSION")).as("a query string").isNull();
		var session = anonymous("/");
		session.setCookies(new Cookie("MB_LANG", "vi"), new Cookie("MB_SESSION", "b5c7"));
		assertThat(PublicPageCache.address(session, "MB_SESSION")).as("a session cookie").isNull();
		var requestedSession = anonymous("/");
		requestedSession.setRequestedSessionId("b5c7");
		assertThat(PublicPageCache.address(requestedSession, "MB_SESSION")).as("a session id").isNull();
		var token = anonymous("/");
		token.addHeader("Authorization", "Bearer abc");
		assertThat(PublicPageCache.address(token, "MB_SESSION")).as("an Authorization header").isNull();
		var htmx = anonymous("/");
		htmx.addHeader("HX-Request", "true");
		assertThat(PublicPageCache.address(htmx, "MB_SESSION")).as("htmx").isNull();
		var error = anonymous("/");
		error.setDispatcherType(DispatcherType.ERROR);
		assertThat(PublicPageCache.address(error, "MB_SESSION")).as("an error dispatch").isNull();
	}

	@Test
	void keepsOneCopyPerLanguage() throws Exception {
		PublicPageCache cache = cache(Duration.ofSeconds(5));
		var english = anonymous("/");
		english.setCookies(new Cookie("MB_LANG", "en"));
		assertThat(cache.key(anonymous("/"))).isEqualTo("http vi /");
		assertThat(cache.key(english)).isEqualTo("http en /");

		var application = new Application();
		send(cache, anonymous("/"), application);
		send(cache, english, application);
		assertThat(application.renderings).isEqualTo(2);
		var secure = anonymous("/");
		secure.setSecure(true);
		assertThat(cache.key(secure)).as("HSTS goes over HTTPS only").isEqualTo("https vi /");
	}

	@Test
	void neverKeepsAPageWithACookieAVisitorsTokenOrAConditionalAnswer() throws Exception {
		Map<String, Application> refused = Map.of(
				"a cookie", new Application(PAGE, response -> response.addCookie(new Cookie("MB_SESSION", "b5c7"))),
				"a CSRF field", new Application("<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"x\"></form>",
						response -> {
						}),
				"a CSRF meta", new Application("<head><meta name=\"_csrf\" content=\"x\"></head>", response -> {
				}),
				"the question form's token", new Application("<input type=\"hidden\" name=\"formToken\" value=\"v1.x\">",
						response -> {
						}),
				"an ETag", new Application(PAGE, response -> response.setHeader("ETag", "\"1\"")),
				"a Last-Modified", new Application(PAGE, response -> response.setDateHeader("Last-Modified", 0)),
				"an error page", new Application(PAGE, response -> response.setStatus(404)),
				"a redirect", new Application("", response -> response.setStatus(302)),
				"not HTML", new Application("<rss/>", response -> response.setContentType("application/rss+xml")));
		for (var entry : refused.entrySet()) {
			PublicPageCache cache = cache(Duration.ofSeconds(5));
			send(cache, anonymous("/"), entry.getValue());
			send(cache, anonymous("/"), entry.getValue());
			assertThat(entry.getValue().renderings).as(entry.getKey()).isEqualTo(2);
		}
	}

	@Test
	void aHeadRequestGetsTheCopysHeadersWithoutItsBody() throws Exception {
		PublicPageCache cache = cache(Duration.ofSeconds(5));
		var application = new Application();
		send(cache, request("HEAD", "/"), application);
		send(cache, anonymous("/"), application);
		assertThat(application.renderings).as("a HEAD is answered live until a GET has been kept").isEqualTo(2);

		MockHttpServletResponse head = send(cache, request("HEAD", "/"), application);
		assertThat(application.renderings).isEqualTo(2);
		assertThat(head.getContentAsByteArray()).isEmpty();
		assertThat(head.getContentLength()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8).length);
		assertThat(head.getHeader("Content-Security-Policy")).isNotBlank();
	}

	@Test
	void aPageRenderedWhileTheCacheIsEmptiedIsNotKept() throws Exception {
		PublicPageCache cache = cache(Duration.ofSeconds(5));
		var application = new Application(PAGE, response -> {
		});
		FilterChain editedMeanwhile = (request, response) -> {
			application.doFilter(request, response);
			cache.forget();
		};
		send(cache, anonymous("/"), editedMeanwhile);
		send(cache, anonymous("/"), application);
		assertThat(application.renderings).isEqualTo(2);
		send(cache, anonymous("/"), application);
		assertThat(application.renderings).isEqualTo(2);
	}
}
