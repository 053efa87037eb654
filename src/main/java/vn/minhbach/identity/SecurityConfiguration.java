package vn.minhbach.identity;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Security of the whole application. Two filter chains: {@code /api/**} is stateless and takes
 * bearer tokens from {@code POST /api/v1/auth/token}; everything else is the web application
 * with form login, CSRF protection, a strict Content-Security-Policy and sessions stored in
 * PostgreSQL. URL rules give the coarse role gate; application services check the role in the
 * agency that owns the data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	/** Pages and files anyone may see. Modules with public pages add their paths here. */
	static final String[] PUBLIC_PAGES = { "/", "/error", "/error/**", "/login", "/register", "/password/**",
			"/css/**", "/js/**", "/img/**", "/fonts/**", "/webjars/**", "/favicon.ico", "/robots.txt",
			"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html", "/about", "/about/**", "/contact", "/procedures", "/procedures/**", "/track",
			"/payment/ipn/**", "/payment/return/**", "/payment/sandbox/**", "/verify",
			// the public portal: news, images, sitemap, questions, work calendar, information pages, map
			"/tin-tuc", "/tin-tuc/**", "/media/**", "/sitemap.xml", "/hoi-dap", "/hoi-dap/**", "/lich-cong-tac",
			"/lich-cong-tac/**", "/thong-tin", "/thong-tin/**", "/ban-do" };

	/** API endpoints anyone may call. */
	static final String[] PUBLIC_API = { "/api/v1/auth/token" };

	/** The portal map's default tile server; {@code minhbach.portal.map.tiles} changes it (and this policy with it). */
	static final String DEFAULT_MAP_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

	/**
	 * The Content-Security-Policy of the web application: everything from this origin only, except
	 * images, which may also come from the map's tile server.
	 *
	 * @param mapTiles the tile URL template of the portal's map, or blank for none
	 */
	static String contentSecurityPolicy(String mapTiles) {
		String images = tileOrigin(mapTiles).map(origin -> "img-src 'self' data: " + origin).orElse("img-src 'self' data:");
		return String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self'", images, "font-src 'self'",
				"connect-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'", "object-src 'none'");
	}

	/**
	 * The origin a tile URL template loads from, as a CSP source: {@code https://tile.openstreetmap.org}
	 * for {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}, {@code https://*.tile.example.vn} for
	 * {@code https://{s}.tile.example.vn/…}. Empty for a blank, relative or malformed template.
	 */
	static java.util.Optional<String> tileOrigin(String template) {
		if (template == null) {
			return java.util.Optional.empty();
		}
		var matcher = java.util.regex.Pattern.compile("^(https?)://([^/?#]+)").matcher(template.strip());
		if (!matcher.find()) {
			return java.util.Optional.empty();
		}
		String host = matcher.group(2).replaceAll("\\{[^}]*}", "*").toLowerCase(java.util.Locale.ROOT);
		if (host.contains("*") && !host.matches("\\*\\.[^*]+")) {
			// CSP allows a wildcard only as the leftmost label: every subdomain of what follows the last placeholder
			int dot = host.indexOf('.', host.lastIndexOf('*'));
			host = dot < 0 ? "" : "*" + host.substring(dot);
		}
		if (!host.matches("(\\*\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*(:[0-9]{1,5})?")) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(matcher.group(1) + "://" + host);
	}

	/** Every role but the citizen's: derived from the enumeration, so a new staff role is never locked out. */
	static final String[] STAFF_ROLES = java.util.Arrays.stream(vn.minhbach.shared.Role.values())
		.filter(vn.minhbach.shared.Role::staff)
		.map(Enum::name)
		.toArray(String[]::new);

	/**
	 * Spring Security's own observations — a timer and an event around every filter of the chain,
	 * every authentication and every authorisation — are off: nothing reads them (only health and
	 * info are exposed) and they were a visible part of each API call in the benchmarks' profiles.
	 * The HTTP server's observation of each request stays.
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	OpaqueTokenIntrospector apiTokenIntrospector(ApiTokens tokens) {
		return token -> tokens.resolve(token)
			.orElseThrow(() -> new BadOpaqueTokenException("invalid or expired token"));
	}

	/**
	 * The endpoint where other installations deliver edXML packages: no session, no CSRF token, no
	 * login — every package is authenticated by its sender's signature against the directory.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain exchangeSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher("/exchange/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, OpaqueTokenIntrospector introspector) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_API)
				.permitAll()
				.requestMatchers(HttpMethod.GET, ApiPaths.PUBLIC_READS)
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.oauth2ResourceServer(server -> server.opaqueToken(opaque -> opaque.introspector(introspector)))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, org.springframework.core.env.Environment environment)
			throws Exception {
		String policy = contentSecurityPolicy(environment.getProperty("minhbach.portal.map.tiles", DEFAULT_MAP_TILES));
		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/admin/units/**", "/admin/calendar/**", "/admin/audit/verify", "/admin/forms", "/admin/forms/**", "/admin/exchange", "/admin/exchange/**",
					"/actuator/**")
			.hasRole("SYSTEM_ADMIN")
			.requestMatchers("/admin/portal/**")
			.hasAnyRole("SYSTEM_ADMIN", "AGENCY_ADMIN", "EDITOR")
			.requestMatchers("/admin/**")
			.hasAnyRole("SYSTEM_ADMIN", "AGENCY_ADMIN")
			.requestMatchers("/staff/**")
			.hasAnyRole(STAFF_ROLES)
			.requestMatchers("/citizen/**")
			.hasRole("CITIZEN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(new HomeByKindSuccessHandler())
				.failureHandler(failureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").permitAll())
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new ExpiredSessionAwareDeniedHandler()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), payment=(), geolocation=(self)"))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		return http.build();
	}

	private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
		var handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				DisabledException.class.getName(), "/login?disabled"));
		return handler;
	}

	/**
	 * A form sent after the session expired carries a CSRF token the server no longer knows: the
	 * person is sent to log in again with an explanation (drafts are saved as they type), instead
	 * of a bare "forbidden".
	 */
	static class ExpiredSessionAwareDeniedHandler implements org.springframework.security.web.access.AccessDeniedHandler {

		private final org.springframework.security.web.access.AccessDeniedHandlerImpl fallback = new org.springframework.security.web.access.AccessDeniedHandlerImpl();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.access.AccessDeniedException denied) throws IOException, ServletException {
			if (denied instanceof org.springframework.security.web.csrf.CsrfException) {
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			fallback.handle(request, response, denied);
		}
	}

	/** After login: back to the page that asked for it, else to the person's home (workspace or account). */
	static class HomeByKindSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		private final RequestCache cache = new HttpSessionRequestCache();

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, ServletException {
			if (cache.getRequest(request, response) != null) {
				super.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			boolean staff = authentication.getPrincipal() instanceof AccountPrincipal principal && principal.staff();
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, staff ? "/staff" : "/citizen/dossiers");
		}
	}
}
