package vn.minhbach.site.web;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.organization.Position;
import vn.minhbach.portal.MapSettings;
import vn.minhbach.portal.News;
import vn.minhbach.portal.ScheduleWeek;
import vn.minhbach.portal.WorkSchedule;
import vn.minhbach.shared.NotFoundException;

/** The public home, the agency's introduction and its contact page. */
@Controller
class PublicPagesController {

	private final OrganizationDirectory organization;

	private final News news;

	private final WorkSchedule workSchedule;

	private final MapSettings map;

	PublicPagesController(OrganizationDirectory organization, News news, WorkSchedule workSchedule, MapSettings map,
			@Value("${minhbach.portal.home-cache:PT10S}") Duration homeCache) {
		this.homes = Caffeine.newBuilder().maximumSize(4).expireAfterWrite(homeCache).build();
		this.map = map;
		this.organization = organization;
		this.news = news;
		this.workSchedule = workSchedule;
	}

	/** What the home page shows besides the news (which {@link News#front} caches itself). */
	record Home(Agency agency, List<Position> leaders, ScheduleWeek workWeek) {
	}

	/**
	 * The home page is the most visited page: its agency, leaders and week are read at most every
	 * few seconds ({@code minhbach.portal.home-cache}, 10 s); a change shows within that time.
	 */
	private final Cache<Long, Home> homes;

	@GetMapping("/")
	String home(Model model) {
		organization.hostAgencyId().ifPresent(id -> {
			Home home = homes.get(id, key -> {
				Agency agency = organization.agency(key);
				return new Home(agency, organization.leaders(key), workSchedule.published(workSchedule.currentWeek()));
			});
			Agency agency = home.agency();
			model.addAttribute("agency", agency);
			model.addAttribute("leaders", home.leaders());
			model.addAttribute("front", news.front(agency.getId()));
			model.addAttribute("workWeek", home.workWeek());
			model.addAttribute("map", map);
			model.addAttribute("located", agency.getLatitude() != null && agency.getLongitude() != null);
		});
		return "site/home";
	}

	@GetMapping("/about")
	String about(Model model) {
		Agency agency = host();
		model.addAttribute("agency", agency);
		model.addAttribute("unitName", organization.fullUnitName(agency.getUnitId()));
		model.addAttribute("leaders", organization.leaders(agency.getId()));
		model.addAttribute("positions", organization.positions(agency.getId()));
		model.addAttribute("departments", organization.departments(agency.getId()));
		return "site/about";
	}

	@GetMapping("/contact")
	String contact(Model model) {
		Agency agency = host();
		model.addAttribute("agency", agency);
		model.addAttribute("departments", organization.departments(agency.getId()));
		return "site/contact";
	}

	private Agency host() {
		return organization.hostAgency().orElseThrow(() -> new NotFoundException("error.notFound.agency"));
	}
}
