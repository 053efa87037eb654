package vn.minhbach.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.minhbach.calendar.LunarCalendar;
import vn.minhbach.calendar.LunarDate;
import vn.minhbach.calendar.ScheduledDay;
import vn.minhbach.calendar.WorkingCalendar;

/** Public working-day arithmetic: holidays of a year, due dates, lunar dates. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Lịch làm việc", description = "Ngày nghỉ lễ, ngày làm việc, tính hạn theo ngày làm việc")
class CalendarRestController {

	private final WorkingCalendar calendar;

	CalendarRestController(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	record DueDate(Instant receivedAt, int workingDays, LocalDate dueDate) {
	}

	record DayInfo(LocalDate date, boolean workingDay, String note, LunarDate lunar) {
	}

	@GetMapping("/holidays")
	@Operation(summary = "Các ngày nghỉ trong năm (lịch chính thức hoặc tạm tính)")
	List<ScheduledDay> holidays(@RequestParam int year) {
		return calendar.holidays(year);
	}

	@GetMapping("/due-date")
	@Operation(summary = "Ngày hẹn trả: thời điểm tiếp nhận cộng số ngày làm việc (sau giờ chốt tính từ ngày làm việc sau)")
	DueDate dueDate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant receivedAt,
			@RequestParam int workingDays) {
		return new DueDate(receivedAt, workingDays, calendar.dueDate(receivedAt, Math.max(0, Math.min(workingDays, 3650))));
	}

	@GetMapping("/day")
	@Operation(summary = "Một ngày: có phải ngày làm việc không, ngày âm lịch")
	DayInfo day(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return new DayInfo(date, calendar.isWorkingDay(date),
				calendar.exceptionOn(date).map(ScheduledDay::name).orElse(null),
				LunarCalendar.vietnamese().toLunar(date));
	}
}
