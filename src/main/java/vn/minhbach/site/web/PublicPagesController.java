package vn.minhbach.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.portal.MapSettings;
import vn.minhbach.portal.News;
import vn.minhbach.portal.WorkSchedule;
import vn.minhbach.shared.NotFoundException;

/** The public home, the agency's introduction and its contact page. */
@Controller
class PublicPagesController {

	private final OrganizationDirectory organization;

	private final News news;

	private final WorkSchedule workSchedule;

	private final MapSettings map;

	PublicPagesController(OrganizationDirectory organization, News news, WorkSchedule workSchedule, MapSettings map) {
		this.map = map;
		this.organization = organization;
		this.news = news;
		this.workSchedule = workSchedule;
	}

	@GetMapping("/")
	String home(Model model) {
		organization.hostAgency().ifPresent(agency -> {
			model.addAttribute("agency", agency);
			model.addAttribute("leaders", organization.leaders(agency.getId()));
			model.addAttribute("front", news.front(agency.getId()));
			model.addAttribute("workWeek", workSchedule.published(workSchedule.currentWeek()));
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
