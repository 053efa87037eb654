package vn.minhbach.calendar.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.calendar.CalendarSchedules;
import vn.minhbach.calendar.DayKind;
import vn.minhbach.calendar.LunarCalendar;
import vn.minhbach.calendar.ScheduledDay;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.calendar.YearSchedule;

/**
 * The yearly official schedule (SYSTEM_ADMIN): holidays, compensatory days, swapped working
 * days; confirmation against the government's notice.
 */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

	private final CalendarSchedules schedules;

	private final WorkingCalendar calendar;

	CalendarAdminController(CalendarSchedules schedules, WorkingCalendar calendar) {
		this.schedules = schedules;
		this.calendar = calendar;
	}

	/** One day of the schedule as edited in the form. */
	record DayForm(@NotNull(message = "{error.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@NotNull(message = "{error.required}") DayKind kind,
			@NotBlank(message = "{error.required}") @Size(max = 200) String name) {
	}

	@GetMapping
	String show(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? calendar.today().getYear() : year;
		YearSchedule schedule = schedules.schedule(shown);
		model.addAttribute("year", shown);
		model.addAttribute("schedule", schedule);
		model.addAttribute("days", schedule.sortedDays());
		model.addAttribute("stored", schedules.storedYears().contains(shown));
		model.addAttribute("tet", LunarCalendar.vietnamese().newYear(shown));
		if (!model.containsAttribute("dayForm")) {
			model.addAttribute("dayForm", new DayForm(null, DayKind.HOLIDAY, ""));
		}
		model.addAttribute("kinds", DayKind.values());
		return "calendar/admin";
	}

	@PostMapping("/days")
	String putDay(@Valid @ModelAttribute("dayForm") DayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(form.date() == null ? null : form.date().getYear(), model);
		}
		schedules.putDay(new ScheduledDay(form.date(), form.kind(), form.name().trim()));
		redirect.addFlashAttribute("success", "admin.saved");
		return "redirect:/admin/calendar?year=" + form.date().getYear();
	}

	@PostMapping("/days/delete")
	String removeDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		schedules.removeDay(date);
		redirect.addFlashAttribute("success", "admin.deleted");
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	@PostMapping("/confirm")
	String confirm(@RequestParam int year, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		schedules.confirm(year, note.isBlank() ? null : note.trim());
		redirect.addFlashAttribute("success", "calendar.confirmed");
		return "redirect:/admin/calendar?year=" + year;
	}

	@PostMapping("/reset")
	String resetToRules(@RequestParam int year, RedirectAttributes redirect) {
		schedules.resetToStatutory(year);
		redirect.addFlashAttribute("success", "admin.saved");
		return "redirect:/admin/calendar?year=" + year;
	}
}
