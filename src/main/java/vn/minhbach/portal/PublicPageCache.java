package vn.minhbach.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.minhbach.organization.OrganizationDirectory;

/**
 * The public pages anonymous readers ask for most — the home page {@code /} and an article
 * {@code /tin-tuc/{slug}} — kept in memory for a few seconds ({@code minhbach.portal.page-cache.ttl},
 * 5 s; {@code 0} turns it off) and answered before Spring Security, the session filter, the HTTP
 * observation, Spring MVC and Thymeleaf run. Rendering such a page through all of them capped the
 * portal at a few thousand pages a second; a burst of readers now costs one rendering per page
 * every few seconds.
 * <p>
 * <b>Who gets a copy.</b> A GET or HEAD of exactly one of those addresses, without a query string,
 * an {@code Authorization} header, a session cookie or htmx: the requests whose live answer is the
 * same for everyone. Whoever is logged in always gets the live page with their name and CSRF token.
 * Copies are kept per language (the locale resolver's answer: the language cookie) and per scheme
 * (HSTS is only sent over HTTPS).
 * <p>
 * <b>What is kept.</b> The page a live request rendered, and only a 200 HTML page that sets no
 * cookie, has no ETag or Last-Modified (no conditional request to answer) and holds no token of one
 * visitor (a CSRF field, the question form's signed token). Its headers are kept and sent again as
 * they were — the security headers included — except Date, Content-Length, Transfer-Encoding and
 * Set-Cookie. The copies take at most {@code minhbach.portal.page-cache.memory} (16 MB) in all.
 * <p>
 * <b>What a copy still does.</b> What the live page does besides rendering: the article's view is
 * counted and the page view goes to the {@link VisitorStatistics} under the rules of
 * {@link PageViewCounting}. The view count and the visitor figures printed in a copy are those of
 * its rendering, so up to the time to live old (the stored totals behind them are read every few
 * seconds anyway).
 * <p>
 * <b>Staying true.</b> Every editorial change on this instance empties it once committed, together
 * with the {@link NewsCache}, and a page rendered while the change was committed is not kept. A
 * change made on another instance behind the same load balancer shows here when the copies expire
 * (after the news cache's own 30 s). What the home page shows besides the news — agency, leaders,
 * the week — the home page itself reads at most every 10 s.
 * <p>
 * A copy skips Spring Security, which for these permit-all pages only writes the headers the copy
 * carries; the addresses admitted (letters, digits and hyphens) leave its firewall nothing to
 * refuse. Nor does a copy reach the HTTP server metrics.
 */
@Component
class PublicPageCache implements Filter {

	/**
	 * First, with the character encoding filter (which a copy does not need): before the HTTP
	 * observation, the session repository and Spring Security.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE;

	/** An article's address: one segment of the characters a slug is made of. */
	private static final Pattern ARTICLE = Pattern.compile("/tin-tuc/([a-z0-9][a-z0-9-]{0,250})");

	/** What marks a page as one visitor's own: the CSRF field or meta, the question form's token. */
	static final List<String> VISITOR_TOKENS = List.of("name=\"_csrf\"", "name=\"formToken\"");

	/** Headers of one response only, or written by the server for each response (in lower case). */
	private static final Set<String> NOT_REPLAYED = Set.of("date", "content-length", "transfer-encoding", "set-cookie",
			"content-type", "content-language");

	/**
	 * A page as a live request rendered it.
	 *
	 * @param articleId the article it counts a view of, {@code null} for the home page
	 */
	record Page(byte[] body, String contentType, Locale locale, List<Map.Entry<String, String>> headers,
			Long articleId) {

		int weight() {
			return body.length + 100 * headers.size() + 200;
		}
	}

	private final Cache<String, Page> pages;

	/** Moved on by every {@link #forget}: a page rendered across one is not kept. */
	private final AtomicLong generation = new AtomicLong();

	private final LongAdder hits = new LongAdder();

	private final String sessionCookie;

	private final LocaleResolver locales;

	private final OrganizationDirectory organization;

	private final NewsCache news;

	private final ArticleViews views;

	private final VisitorStatistics statistics;

	PublicPageCache(@Value("${minhbach.portal.page-cache.ttl:PT5S}") Duration ttl,
			@Value("${minhbach.portal.page-cache.memory:16MB}") DataSize memory,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie, LocaleResolver locales,
			OrganizationDirectory organization, NewsCache news, ArticleViews views, VisitorStatistics statistics) {
		this.pages = ttl.isNegative() || ttl.isZero() ? null
				: Caffeine.newBuilder()
					.expireAfterWrite(ttl)
					.maximumWeight(memory.toBytes())
					.<String, Page>weigher((key, page) -> page.weight())
					.build();
		this.sessionCookie = sessionCookie;
		this.locales = locales;
		this.organization = organization;
		this.news = news;
		this.views = views;
		this.statistics = statistics;
	}

	@Override
	public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest request = (HttpServletRequest) req;
		HttpServletResponse response = (HttpServletResponse) res;
		String key = pages == null ? null : key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Page page = pages.getIfPresent(key);
		if (page != null) {
			hits.increment();
			serve(page, request, response);
			return;
		}
		if (!"GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		long generationBefore = generation.get();
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, rendering);
			if (!request.isAsyncStarted()) {
				keep(key, request, rendering, generationBefore);
			}
		}
		finally {
			if (!request.isAsyncStarted()) {
				rendering.copyBodyToResponse();
			}
		}
	}

	/** Empties the cache; a page being rendered meanwhile is not kept. */
	void forget() {
		generation.incrementAndGet();
		if (pages != null) {
			pages.invalidateAll();
		}
	}

	/** Requests answered with a copy since the application started. */
	long hits() {
		return hits.sum();
	}

	/** The cache key of a request that may be answered with a copy, {@code null} for one that may not. */
	String key(HttpServletRequest request) {
		String address = address(request, sessionCookie);
		if (address == null) {
			return null;
		}
		Locale locale;
		try {
			locale = locales.resolveLocale(request);
		}
		catch (RuntimeException ex) {
			// an unreadable language cookie: the live page deals with it
			return null;
		}
		return (request.isSecure() ? "https " : "http ") + locale.toLanguageTag() + " " + address;
	}

	/** The address of a page that may be answered with a copy, {@code null} when the request is not for one. */
	static String address(HttpServletRequest request, String sessionCookie) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method) || request.getDispatcherType() != DispatcherType.REQUEST
				|| request.getQueryString() != null || request.getHeader("Authorization") != null
				|| request.getHeader("HX-Request") != null || request.getRequestedSessionId() != null) {
			return null;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"/".equals(path) && !ARTICLE.matcher(path).matches()) {
			return null;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(sessionCookie)) {
					return null;
				}
			}
		}
		return path;
	}

	/** Whether a rendered response is the same for every anonymous reader and may be kept. */
	static boolean storable(HttpServletResponse response, byte[] body) {
		String type = response.getContentType();
		if (response.getStatus() != HttpServletResponse.SC_OK || body.length == 0 || type == null
				|| !type.toLowerCase(Locale.ROOT).startsWith("text/html") || !response.getHeaders("Set-Cookie").isEmpty()
				|| response.getHeader("ETag") != null || response.getHeader("Last-Modified") != null) {
			return false;
		}
		String text = new String(body, StandardCharsets.ISO_8859_1);
		return VISITOR_TOKENS.stream().noneMatch(text::contains);
	}

	private void keep(String key, HttpServletRequest request, ContentCachingResponseWrapper rendering,
			long generationBefore) {
		byte[] body = rendering.getContentAsByteArray();
		if (!storable(rendering, body)) {
			return;
		}
		Long articleId = null;
		Matcher article = ARTICLE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (article.matches()) {
			Optional<Long> shown = organization.hostAgencyId().flatMap(host -> news.articleAt(host, article.group(1)));
			if (shown.isEmpty()) {
				return;
			}
			articleId = shown.get();
		}
		pages.put(key, new Page(body, rendering.getContentType(), rendering.getLocale(), replayed(rendering), articleId));
		if (generation.get() != generationBefore) {
			pages.invalidate(key);
		}
	}

	private static List<Map.Entry<String, String>> replayed(HttpServletResponse response) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String name : response.getHeaderNames()) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (NOT_REPLAYED.contains(lower) || !seen.add(lower)) {
				continue;
			}
			for (String value : response.getHeaders(name)) {
				headers.add(Map.entry(name, value));
			}
		}
		return List.copyOf(headers);
	}

	private void serve(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (page.articleId() != null) {
			views.viewed(page.articleId());
		}
		if (PageViewCounting.countable(request)) {
			statistics.record(request.getRemoteAddr(), request.getHeader("User-Agent"));
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setLocale(page.locale());
		response.setContentType(page.contentType());
		for (Map.Entry<String, String> header : page.headers()) {
			response.addHeader(header.getKey(), header.getValue());
		}
		response.setContentLength(page.body().length);
		if ("GET".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
	}

	/** Puts the cache in front of the filter chain, for requests only (not error pages or forwards). */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
			FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
			registration.setName("publicPageCache");
			registration.setOrder(ORDER);
			registration.setDispatcherTypes(DispatcherType.REQUEST);
			return registration;
		}
	}
}
