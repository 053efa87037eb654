package vn.minhbach.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.portal.ScheduleWeek;
import vn.minhbach.portal.WorkSchedule;
import vn.minhbach.portal.WorkWeek;

/**
 * Lịch công tác tuần for anyone: the published week of the portal's agency, with the previous and
 * next weeks, one leader's entries only when asked, and the week as an .ics file.
 */
@Controller
@RequestMapping("/lich-cong-tac")
class WorkCalendarController {

	private final WorkSchedule schedule;

	private final OrganizationDirectory organization;

	private final Clock clock;

	WorkCalendarController(WorkSchedule schedule, OrganizationDirectory organization, Clock clock) {
		this.schedule = schedule;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping
	String week(@RequestParam(required = false) String week, @RequestParam(required = false) Long leader, Model model) {
		WorkWeek shown = week == null || week.isBlank() ? schedule.currentWeek() : WorkWeek.parse(week);
		ScheduleWeek published = onlyLeader(schedule.published(shown), leader);
		model.addAttribute("schedule", published);
		model.addAttribute("current", schedule.currentWeek());
		model.addAttribute("leader", leader);
		model.addAttribute("leaders", organization.leaders(published.agencyId()));
		return "portal/work-calendar";
	}

	@GetMapping(value = "/lich.ics")
	ResponseEntity<byte[]> ics(@RequestParam(required = false) String week, @RequestParam(required = false) Long leader,
			HttpServletRequest request) {
		WorkWeek shown = week == null || week.isBlank() ? schedule.currentWeek() : WorkWeek.parse(week);
		ScheduleWeek published = onlyLeader(schedule.published(shown), leader);
		String body = WorkCalendarIcs.write(published.agencyName() + " – " + shown.iso(), request.getServerName(),
				published.events(), clock.instant());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("lich-cong-tac-" + shown.iso() + ".ics").build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	/** The week with one leader's entries only (by their position), or as it is. */
	static ScheduleWeek onlyLeader(ScheduleWeek week, Long positionId) {
		if (positionId == null) {
			return week;
		}
		List<ScheduleWeek.Day> days = week.days()
			.stream()
			.map(day -> new ScheduleWeek.Day(day.date(),
					day.events().stream().filter(event -> event.positionIds().contains(positionId)).toList()))
			.toList();
		return new ScheduleWeek(week.week(), week.agencyId(), week.agencyName(), week.publishedAt(), week.publishedBy(),
				days);
	}
}
