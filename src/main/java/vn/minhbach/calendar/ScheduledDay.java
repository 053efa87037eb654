package vn.minhbach.calendar;

import java.time.LocalDate;

/**
 * One exception to the weekly rule in a year's official schedule.
 *
 * @param date the date
 * @param kind whether it is a day off or a working day
 * @param name what it is, in Vietnamese ("Tết Nguyên đán", "Làm bù cho ngày 31/8")
 */
public record ScheduledDay(LocalDate date, DayKind kind, String name) {
}
