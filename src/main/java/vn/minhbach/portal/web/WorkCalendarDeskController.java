package vn.minhbach.portal.web;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.identity.Workspace;
import vn.minhbach.portal.WorkEvent;
import vn.minhbach.portal.WorkSchedule;
import vn.minhbach.portal.WorkWeek;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;

/**
 * The office keeps the leaders' work calendar of the current agency: the week with every entry,
 * published or not, the form to add or change an entry, cancelling, and publishing the week.
 * Leaders, clerks, editors and the agency's administrator may (see {@link WorkSchedule#OFFICE}).
 */
@Controller
@RequestMapping("/staff/work-calendar")
class WorkCalendarDeskController {

	private final WorkSchedule schedule;

	private final Workspace workspace;

	private final MessageSource messages;

	WorkCalendarDeskController(WorkSchedule schedule, Workspace workspace, MessageSource messages) {
		this.schedule = schedule;
		this.workspace = workspace;
		this.messages = messages;
	}

	@GetMapping
	String week(@RequestParam(required = false) String week, HttpSession session, Model model) {
		WorkWeek shown = week == null || week.isBlank() ? schedule.currentWeek() : WorkWeek.parse(week);
		model.addAttribute("schedule", schedule.week(agency(session), shown));
		model.addAttribute("current", schedule.currentWeek());
		return "portal/staff-work-calendar";
	}

	@GetMapping("/new")
	String showNewForm(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			HttpSession session, Model model) {
		Long agency = agency(session);
		return form(agency, null, WorkCalendarEventForm.empty(day == null ? schedule.currentWeek().monday() : day), model);
	}

	@PostMapping("/new")
	String add(@Valid @ModelAttribute("form") WorkCalendarEventForm form, BindingResult binding, HttpSession session,
			HttpServletResponse response, RedirectAttributes redirect, Model model, Locale locale) {
		Long agency = agency(session);
		if (binding.hasErrors()) {
			response.setStatus(422);
			return form(agency, null, form, model);
		}
		try {
			WorkEvent event = schedule.add(agency, form.toCommand());
			redirect.addFlashAttribute("success", "workCalendar.saved");
			return "redirect:/staff/work-calendar?week=" + WorkWeek.of(event.day()).iso();
		}
		catch (BusinessRuleViolation ex) {
			response.setStatus(422);
			model.addAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			return form(agency, null, form, model);
		}
	}

	@GetMapping("/{id}")
	String showEditForm(@PathVariable long id, Model model) {
		WorkEvent event = schedule.event(id);
		return form(event.agencyId(), event, WorkCalendarEventForm.of(event), model);
	}

	@PostMapping("/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") WorkCalendarEventForm form, BindingResult binding,
			HttpServletResponse response, RedirectAttributes redirect, Model model, Locale locale) {
		WorkEvent event = schedule.event(id);
		if (binding.hasErrors()) {
			response.setStatus(422);
			return form(event.agencyId(), event, form, model);
		}
		try {
			WorkEvent changed = schedule.change(id, form.version() == null ? -1 : form.version(), form.toCommand());
			redirect.addFlashAttribute("success", "workCalendar.saved");
			return "redirect:/staff/work-calendar?week=" + WorkWeek.of(changed.day()).iso();
		}
		catch (BusinessRuleViolation ex) {
			response.setStatus(422);
			model.addAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			return form(event.agencyId(), event, form, model);
		}
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		WorkEvent event = schedule.event(id);
		schedule.remove(id, version);
		redirect.addFlashAttribute("success", "workCalendar.removed");
		return "redirect:/staff/work-calendar?week=" + WorkWeek.of(event.day()).iso();
	}

	@PostMapping("/publish")
	String publish(@RequestParam String week, HttpSession session, RedirectAttributes redirect) {
		WorkWeek shown = WorkWeek.parse(week);
		schedule.publish(agency(session), shown);
		redirect.addFlashAttribute("success", "workCalendar.publishedNow");
		return "redirect:/staff/work-calendar?week=" + shown.iso();
	}

	private String form(Long agency, WorkEvent event, WorkCalendarEventForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("event", event);
		model.addAttribute("weekIso", (form.day() == null ? schedule.currentWeek() : WorkWeek.of(form.day())).iso());
		model.addAttribute("leaders", schedule.leaders(agency));
		return "portal/staff-work-event";
	}

	private Long agency(HttpSession session) {
		Long agency = workspace.currentAgencyId(session);
		if (agency == null) {
			throw new AccessDeniedInAgency("no current agency");
		}
		return agency;
	}
}
