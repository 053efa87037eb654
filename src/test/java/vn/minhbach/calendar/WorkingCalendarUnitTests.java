package vn.minhbach.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarUnitTests {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final StatutoryHolidays RULES = new StatutoryHolidays(LunarCalendar.vietnamese(),
			Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));

	/** 2026 as officially published, other years by the statutory rules. */
	static final WorkingCalendar CALENDAR = new WorkingCalendar(
			year -> CalendarSchedules.published(year).orElseGet(() -> RULES.provisionalSchedule(year)),
			CalendarProperties.defaults(), Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), VIETNAM));

	@ParameterizedTest(name = "{0} working: {1}")
	@CsvSource({ "2026-02-13, true", "2026-02-14, false", "2026-02-16, false", "2026-02-20, false",
			"2026-02-23, true", "2026-04-27, false", "2026-08-22, true", "2026-08-31, false", "2026-09-02, false",
			"2026-09-03, true", "2026-11-27, true", "2026-11-28, false" })
	void knowsThe2026Schedule(LocalDate date, boolean working) {
		assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({ "2026-11-27, 1, 2026-11-30", "2026-11-27, 5, 2026-12-04", "2026-02-12, 1, 2026-02-13",
			"2026-02-12, 2, 2026-02-23", "2026-08-20, 1, 2026-08-21", "2026-08-21, 1, 2026-08-22",
			"2026-08-28, 1, 2026-09-03", "2026-11-28, 0, 2026-11-30", "2026-11-30, 0, 2026-11-30",
			"2026-12-01, -1, 2026-11-30", "2026-02-23, -1, 2026-02-13" })
	void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
		assertThat(CALENDAR.addWorkingDays(start, days)).isEqualTo(expected);
	}

	@Test
	void countingIsTheInverseOfAdding() {
		Random random = new Random(7);
		for (int i = 0; i < 500; i++) {
			LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(900));
			int days = random.nextInt(40);
			LocalDate end = CALENDAR.addWorkingDays(start, days);
			if (days > 0) {
				assertThat(CALENDAR.workingDaysBetween(start, end)).isEqualTo(days);
				assertThat(CALENDAR.workingDaysBetween(end, start)).isEqualTo(-days);
				assertThat(CALENDAR.isWorkingDay(end)).isTrue();
			}
		}
	}

	@ParameterizedTest(name = "received {0}, {1} days: due {2}")
	@CsvSource({ "2026-11-27T09:00:00+07:00, 3, 2026-12-02", "2026-11-27T15:30:00+07:00, 3, 2026-12-03",
			"2026-11-28T09:00:00+07:00, 3, 2026-12-03", "2026-11-27T09:00:00+07:00, 0, 2026-11-27",
			"2026-11-27T16:00:00+07:00, 0, 2026-11-30", "2026-02-13T16:00:00+07:00, 3, 2026-02-26" })
	void computesDueDatesWithTheReceptionCutoff(String receivedAt, int days, LocalDate expected) {
		Instant instant = java.time.OffsetDateTime.parse(receivedAt).toInstant();
		assertThat(CALENDAR.dueDate(instant, days)).isEqualTo(expected);
	}

	@Test
	void addsOfficeTimeAcrossLunchNightsAndWeekends() {
		Instant fridayAfternoon = java.time.OffsetDateTime.parse("2026-11-27T16:00:00+07:00").toInstant();
		// one hour left on Friday, then Monday morning
		Instant due = CALENDAR.addWorkingTime(fridayAfternoon, Duration.ofHours(3));
		assertThat(due.atZone(VIETNAM).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.of(2026, 11, 30, 9, 0));
		assertThat(CALENDAR.workingTimeBetween(fridayAfternoon, due)).isEqualTo(Duration.ofHours(3));
		Instant beforeLunch = java.time.OffsetDateTime.parse("2026-11-30T11:00:00+07:00").toInstant();
		assertThat(CALENDAR.addWorkingTime(beforeLunch, Duration.ofHours(1)).atZone(VIETNAM).toLocalTime())
			.isEqualTo(java.time.LocalTime.of(14, 0));
		assertThat(CALENDAR.workingDayLength()).isEqualTo(Duration.ofHours(8));
	}

	@Test
	void compensatesHolidaysFallingOnAWeekend() {
		// 2027: 1 May is a Saturday, 2 September a Thursday (so 3 September is the adjacent day)
		YearSchedule schedule = RULES.provisionalSchedule(2027);
		assertThat(schedule.days()).containsKey(LocalDate.of(2027, 5, 3));
		assertThat(schedule.days().get(LocalDate.of(2027, 5, 3)).name()).contains("Nghỉ bù");
		assertThat(schedule.days()).containsKeys(LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3));
		// Tết 2027 is Saturday 6 February: 5 to 9 February, with the weekend compensated after the block
		assertThat(schedule.days()).containsKeys(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),
				LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));
		assertThat(schedule.status()).isEqualTo(YearSchedule.Status.PROVISIONAL);
	}

	@Test
	void listsEachYearsHolidaysInOrder() {
		var holidays = CALENDAR.holidays(2026);
		assertThat(holidays).extracting(ScheduledDay::date).isSorted();
		assertThat(holidays).allMatch(day -> day.kind() == DayKind.HOLIDAY);
		assertThat(holidays).hasSize(12);
	}
}
