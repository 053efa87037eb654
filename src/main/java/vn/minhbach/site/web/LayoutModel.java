package vn.minhbach.site.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.identity.AccountPrincipal;
import vn.minhbach.identity.Workspace;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.PhoneNumber;
import vn.minhbach.shared.Role;
import vn.minhbach.site.CurrentUser;
import vn.minhbach.site.SiteInfo;

/**
 * Gives every rendered HTML page — error pages included — the host agency (header, footer),
 * today's date and the current user (menus). Runs only when a view is rendered, never for
 * redirects or REST responses.
 */
@Component
class LayoutModel implements HandlerInterceptor, WebMvcConfigurer {

	private static final Logger log = LoggerFactory.getLogger(LayoutModel.class);

	private final OrganizationDirectory organization;

	private final Workspace workspace;

	private final WorkingCalendar calendar;

	private final long sessionTimeoutSeconds;

	LayoutModel(OrganizationDirectory organization, Workspace workspace, WorkingCalendar calendar,
			@org.springframework.beans.factory.annotation.Value("${spring.session.timeout:30m}") java.time.Duration sessionTimeout) {
		this.organization = organization;
		this.workspace = workspace;
		this.calendar = calendar;
		this.sessionTimeoutSeconds = sessionTimeout.toSeconds();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
				"/fonts/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")
				|| view.getViewName().startsWith("forward:") || view.getModel().containsKey("site")) {
			return;
		}
		view.addObject("site", site());
		view.addObject("siteToday", calendar.today());
		view.addObject("me", me(request));
		view.addObject("sessionTimeoutSeconds", sessionTimeoutSeconds);
	}

	/** The header and footer's agency, built at most every few seconds (its unit line takes several queries). */
	private final com.github.benmanes.caffeine.cache.Cache<Long, SiteInfo> sites = com.github.benmanes.caffeine.cache.Caffeine
		.newBuilder()
		.maximumSize(4)
		.expireAfterWrite(java.time.Duration.ofSeconds(5))
		.build();

	SiteInfo site() {
		try {
			return organization.hostAgencyId()
				.map(id -> sites.get(id, key -> describe(organization.agency(key))))
				.orElse(SiteInfo.unconfigured());
		}
		catch (RuntimeException ex) {
			log.warn("Cannot load the host agency for the layout: {}", ex.getMessage());
			return SiteInfo.unconfigured();
		}
	}

	CurrentUser me(HttpServletRequest request) {
		AccountPrincipal principal = AccountDirectory.currentPrincipal().orElse(null);
		if (principal == null) {
			return null;
		}
		if (!principal.staff()) {
			return new CurrentUser(principal.getUsername(), principal.fullName(), false, null, null, Set.of(Role.CITIZEN),
					List.of());
		}
		try {
			Long agencyId = workspace.currentAgencyId(request.getSession(false));
			String agencyName = agencyId == null ? null : organization.agency(agencyId).getName();
			Set<Role> roles = EnumSet.noneOf(Role.class);
			for (Role role : Role.values()) {
				if (role.staff() && (role == Role.SYSTEM_ADMIN ? Access.isSystemAdmin() : Access.has(role, agencyId))) {
					roles.add(role);
				}
			}
			List<CurrentUser.AgencyChoice> choices = workspace.agencies()
				.stream()
				.map(agency -> new CurrentUser.AgencyChoice(agency.getId(), agency.getName()))
				.toList();
			return new CurrentUser(principal.getUsername(), principal.fullName(), true, agencyId, agencyName, roles,
					choices);
		}
		catch (RuntimeException ex) {
			log.warn("Cannot load the workspace for {}: {}", principal.getUsername(), ex.getMessage());
			return new CurrentUser(principal.getUsername(), principal.fullName(), true, null, null, Set.of(), List.of());
		}
	}

	private SiteInfo describe(Agency agency) {
		List<String> above = organization.lineage(agency.getUnitId())
			.stream()
			.skip(1)
			.map(unit -> unit.displayName())
			.toList();
		PhoneNumber phone = PhoneNumber.parseOrNull(agency.getPhone());
		return new SiteInfo(agency.getId(), agency.getName(), String.join(" – ", above), agency.getAddress(),
				phone == null ? agency.getPhone() : phone.formatted(), agency.getEmail(), agency.getWebsite());
	}
}
