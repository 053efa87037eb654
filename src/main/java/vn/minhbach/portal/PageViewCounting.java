package vn.minhbach.portal;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts page views of the public portal for {@link VisitorStatistics}: GET requests answered with
 * an HTML page (not a redirect, a file, JSON or an htmx fragment), outside the staff, admin,
 * citizen, account and API areas and the static assets, by a browser that does not say it is a
 * robot and is not prefetching. Runs after the controller, so a refused or failed request is not
 * counted.
 */
@Component
class PageViewCounting implements HandlerInterceptor, WebMvcConfigurer {

	/** Paths never counted: work areas, accounts, machines' endpoints and static assets. */
	static final List<String> EXCLUDED = List.of("/api/**", "/staff/**", "/admin/**", "/citizen/**", "/account",
			"/account/**", "/login", "/logout", "/register", "/password/**", "/session/**", "/payment/**", "/exchange/**",
			"/actuator/**", "/v3/**", "/swagger-ui/**", "/swagger-ui.html", "/error", "/error/**", "/webjars/**",
			"/css/**", "/js/**", "/img/**", "/fonts/**", "/favicon.ico", "/favicon.svg", "/robots.txt");

	/** User-Agents of robots, crawlers, command-line clients, libraries and headless browsers. */
	static final Pattern ROBOTS = Pattern.compile(
			"bot|crawl|spider|slurp|archiver|curl|wget|python-requests|python-urllib|aiohttp|httpx|httpclient|java/|"
					+ "java-http-client|okhttp|go-http-client|libwww|lwp-|perl|ruby|php/|node-fetch|axios|undici|scrapy|httpie|postman|"
					+ "headless|phantomjs|selenium|webdriver|puppeteer|playwright|lighthouse|pagespeed|pingdom|uptime|"
					+ "monitor|statuscake|facebookexternalhit|embedly|preview|validator|checker|scanner|zgrab|masscan",
			Pattern.CASE_INSENSITIVE);

	private final VisitorStatistics statistics;

	PageViewCounting(VisitorStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns(EXCLUDED);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !countable(request, response, view.getViewName())) {
			return;
		}
		statistics.record(request.getRemoteAddr(), request.getHeader("User-Agent"));
	}

	static boolean countable(HttpServletRequest request, HttpServletResponse response, String viewName) {
		return viewName != null && !viewName.startsWith("redirect:") && !viewName.startsWith("forward:")
				&& response.getStatus() < 400 && countable(request);
	}

	/**
	 * What is asked of the request itself for its page to count: a person's browser getting the
	 * whole page. {@link PublicPageCache} asks the same of the requests it answers from memory.
	 */
	static boolean countable(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && request.getDispatcherType() == DispatcherType.REQUEST
				&& request.getHeader("HX-Request") == null && !prefetch(request) && !robot(request.getHeader("User-Agent"));
	}

	/** Whether the User-Agent is missing or names a robot or a tool rather than a person's browser. */
	static boolean robot(String userAgent) {
		return userAgent == null || userAgent.isBlank() || ROBOTS.matcher(userAgent).find();
	}

	private static boolean prefetch(HttpServletRequest request) {
		String purpose = request.getHeader("Sec-Purpose");
		if (purpose == null) {
			purpose = request.getHeader("Purpose");
		}
		return purpose != null && purpose.toLowerCase(java.util.Locale.ROOT).contains("prefetch");
	}
}
