package vn.minhbach.portal.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.minhbach.portal.ScheduleWeek;
import vn.minhbach.portal.WorkEvent;
import vn.minhbach.portal.WorkSchedule;
import vn.minhbach.portal.WorkWeek;

/** The leaders' published work calendar of the portal's agency, a week at a time, for anyone. */
@RestController
@RequestMapping("/api/v1/portal/work-calendar")
@Tag(name = "Cổng thông tin – Lịch công tác", description = "Lịch công tác tuần của lãnh đạo đã công bố")
class WorkCalendarRestController {

	private final WorkSchedule schedule;

	WorkCalendarRestController(WorkSchedule schedule) {
		this.schedule = schedule;
	}

	record WeekJson(String week, LocalDate monday, LocalDate sunday, String agency, boolean published, Instant publishedAt,
			String previous, String next, List<DayJson> days) {
	}

	record DayJson(LocalDate date, DayOfWeek dayOfWeek, List<EventJson> events) {
	}

	record EventJson(Long id, LocalDate day, LocalTime startsAt, LocalTime endsAt, String leaders, List<Long> positionIds,
			String content, String place, String participants, String preparingUnit, boolean cancelled, boolean adjusted) {
	}

	@GetMapping
	@Operation(summary = "Lịch công tác một tuần",
			description = "week: tuần theo ISO 8601, ví dụ 2026-W48; bỏ trống là tuần hiện tại. leader: mã chức vụ lãnh đạo "
					+ "để chỉ lấy lịch của một người. Tuần chưa công bố trả về các ngày trống (published = false). "
					+ "Mục bị hủy sau khi công bố vẫn có, cancelled = true.")
	WeekJson week(@RequestParam(required = false) String week, @RequestParam(required = false) Long leader) {
		WorkWeek shown = week == null || week.isBlank() ? schedule.currentWeek() : WorkWeek.parse(week);
		ScheduleWeek published = WorkCalendarController.onlyLeader(schedule.published(shown), leader);
		return new WeekJson(shown.iso(), shown.monday(), shown.sunday(), published.agencyName(), published.published(),
				published.publishedAt(), shown.previous().iso(), shown.next().iso(),
				published.days().stream().map(day -> new DayJson(day.date(), day.dayOfWeek(),
						day.events().stream().map(WorkCalendarRestController::json).toList())).toList());
	}

	private static EventJson json(WorkEvent e) {
		return new EventJson(e.id(), e.day(), e.startsAt(), e.endsAt(), e.leaders(), e.positionIds(), e.content(), e.place(),
				e.participants(), e.preparingUnit(), e.cancelled(), e.adjusted());
	}
}
