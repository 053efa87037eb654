package vn.minhbach.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The days of one year that differ from the weekly rule.
 *
 * @param year the Gregorian year
 * @param status provisional (computed from the statutory rules) or official (confirmed by an
 *        administrator from the government's yearly notice)
 * @param note where the schedule comes from
 * @param days the exceptions, by date
 */
public record YearSchedule(int year, Status status, String note, Map<LocalDate, ScheduledDay> days) {

	public enum Status {
		PROVISIONAL, OFFICIAL
	}

	public YearSchedule {
		days = Map.copyOf(days);
	}

	public static YearSchedule of(int year, Status status, String note, Collection<ScheduledDay> days) {
		return new YearSchedule(year, status, note,
				days.stream().collect(Collectors.toMap(ScheduledDay::date, Function.identity(), (a, b) -> b)));
	}

	/** The exceptions in date order. */
	public List<ScheduledDay> sortedDays() {
		return days.values().stream().sorted(Comparator.comparing(ScheduledDay::date)).toList();
	}
}
