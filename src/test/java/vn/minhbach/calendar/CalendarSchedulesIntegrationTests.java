package vn.minhbach.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.minhbach.IntegrationTest;
import vn.minhbach.audit.AuditLog;
import vn.minhbach.shared.SystemActor;

@IntegrationTest
class CalendarSchedulesIntegrationTests {

	@Autowired
	CalendarSchedules schedules;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	AuditLog audit;

	@Test
	void storesThePublishedScheduleOfTheCurrentYearAndTheRulesForTheNext() {
		int year = calendar.today().getYear();
		assertThat(schedules.storedYears()).contains(year, year + 1);
		assertThat(schedules.schedule(2026).status()).isEqualTo(YearSchedule.Status.OFFICIAL);
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).as("swapped Saturday").isTrue();
	}

	@Test
	void anAdministratorsEditChangesDeadlinesAtOnceAndIsAudited() {
		LocalDate day = LocalDate.of(2027, 3, 8);
		assertThat(calendar.isWorkingDay(day)).isTrue();
		SystemActor.run(() -> schedules.putDay(new ScheduledDay(day, DayKind.HOLIDAY, "Nghỉ thử nghiệm")));
		assertThat(calendar.isWorkingDay(day)).isFalse();
		assertThat(calendar.addWorkingDays(LocalDate.of(2027, 3, 5), 1)).isEqualTo(LocalDate.of(2027, 3, 9));
		SystemActor.run(() -> schedules.removeDay(day));
		assertThat(calendar.isWorkingDay(day)).isTrue();
		assertThat(audit.history("calendar_day", day.toString())).extracting(entry -> entry.action())
			.containsExactly("CALENDAR_DAY_SET", "CALENDAR_DAY_REMOVED");
	}

	@Test
	void aConfirmedYearBecomesOfficial() {
		SystemActor.run(() -> schedules.resetToStatutory(2028));
		assertThat(schedules.schedule(2028).status()).isEqualTo(YearSchedule.Status.PROVISIONAL);
		SystemActor.run(() -> schedules.confirm(2028, "Thông báo số 01/TB-BNV (thử nghiệm)"));
		assertThat(schedules.schedule(2028).status()).isEqualTo(YearSchedule.Status.OFFICIAL);
		assertThat(schedules.schedule(2028).note()).contains("01/TB-BNV");
	}
}
