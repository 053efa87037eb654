package vn.minhbach.site.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.identity.Workspace;
import vn.minhbach.organization.OrganizationDirectory;

/** The staff workspace's start page and the agency switch. */
@Controller
class WorkspaceController {

	private final Workspace workspace;

	private final OrganizationDirectory organization;

	private final AccountDirectory accounts;

	private final WorkingCalendar calendar;

	private final vn.minhbach.dossier.DossierQueue queue;

	private final vn.minhbach.documents.DocumentLists documents;

	WorkspaceController(Workspace workspace, OrganizationDirectory organization, AccountDirectory accounts,
			WorkingCalendar calendar, vn.minhbach.dossier.DossierQueue queue, vn.minhbach.documents.DocumentLists documents) {
		this.queue = queue;
		this.documents = documents;
		this.workspace = workspace;
		this.organization = organization;
		this.accounts = accounts;
		this.calendar = calendar;
	}

	@GetMapping("/staff")
	String dashboard(HttpSession session, Model model) {
		Long agencyId = workspace.currentAgencyId(session);
		if (agencyId != null) {
			model.addAttribute("agency", organization.agency(agencyId));
			model.addAttribute("departments", organization.departments(agencyId));
			model.addAttribute("staffCount", accounts.staffOf(agencyId, null).size());
			if (vn.minhbach.shared.Access.hasAny(agencyId, vn.minhbach.shared.Role.RECEPTION,
					vn.minhbach.shared.Role.SPECIALIST, vn.minhbach.shared.Role.LEADER, vn.minhbach.shared.Role.AGENCY_ADMIN)) {
				model.addAttribute("queues", queue.counts(agencyId));
			}
			if (vn.minhbach.shared.Access.hasAny(agencyId, vn.minhbach.shared.Role.LEADER, vn.minhbach.shared.Role.CLERK,
					vn.minhbach.shared.Role.SPECIALIST, vn.minhbach.shared.Role.DEPARTMENT_HEAD, vn.minhbach.shared.Role.RECEPTION,
					vn.minhbach.shared.Role.AGENCY_ADMIN, vn.minhbach.shared.Role.EDITOR)) {
				model.addAttribute("documentCounts", documents.counts(agencyId));
				if (vn.minhbach.shared.Access.hasAny(agencyId, vn.minhbach.shared.Role.LEADER, vn.minhbach.shared.Role.CLERK)) {
					model.addAttribute("overdueByHandler", documents.overdueByHandler(agencyId));
				}
			}
		}
		var today = calendar.today();
		model.addAttribute("today", today);
		model.addAttribute("todayWorking", calendar.isWorkingDay(today));
		model.addAttribute("todayException", calendar.exceptionOn(today).orElse(null));
		model.addAttribute("nextWorkingDay", calendar.nextWorkingDay(today));
		model.addAttribute("upcomingHolidays", java.util.stream.Stream
			.concat(calendar.holidays(today.getYear()).stream(), calendar.holidays(today.getYear() + 1).stream())
			.filter(day -> !day.date().isBefore(today))
			.limit(4)
			.toList());
		model.addAttribute("account", accounts.current());
		return "site/workspace";
	}

	@PostMapping("/staff/agency")
	String switchAgency(@RequestParam Long agencyId, HttpSession session) {
		workspace.switchTo(session, agencyId);
		return "redirect:/staff";
	}
}
