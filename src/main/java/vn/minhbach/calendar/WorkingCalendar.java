package vn.minhbach.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Working-day arithmetic for every deadline in the product. A day is a working day when it is
 * not a weekly rest day and not a holiday of the year's schedule, or when the schedule makes it
 * a (swapped) working day. Office hours are two sessions a day.
 *
 * <p>Conventions: {@code addWorkingDays(d, n)} is the n-th working day after {@code d} (the
 * start day is not counted), and {@code workingDaysBetween(a, b)} counts the working days in
 * {@code (a, b]}, so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
 */
public class WorkingCalendar {

	private final IntFunction<YearSchedule> schedules;

	private final CalendarProperties properties;

	private final Clock clock;

	public WorkingCalendar(IntFunction<YearSchedule> schedules, CalendarProperties properties, Clock clock) {
		this.schedules = schedules;
		this.properties = properties;
		this.clock = clock.withZone(properties.zone());
	}

	public ZoneId zone() {
		return properties.zone();
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public boolean isWorkingDay(LocalDate date) {
		return exceptionOn(date).map(day -> day.kind() == DayKind.WORKDAY)
			.orElse(!properties.weekend().contains(date.getDayOfWeek()));
	}

	/** The entry of the official schedule for this date, if it differs from the weekly rule. */
	public Optional<ScheduledDay> exceptionOn(LocalDate date) {
		return Optional.ofNullable(schedules.apply(date.getYear()).days().get(date));
	}

	/** The holidays of a year, in date order. */
	public List<ScheduledDay> holidays(int year) {
		return schedules.apply(year).sortedDays().stream().filter(day -> day.kind() == DayKind.HOLIDAY).toList();
	}

	/** The first working day strictly after {@code date}. */
	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate candidate = date.plusDays(1);
		while (!isWorkingDay(candidate)) {
			candidate = candidate.plusDays(1);
		}
		return candidate;
	}

	/** The last working day strictly before {@code date}. */
	public LocalDate previousWorkingDay(LocalDate date) {
		LocalDate candidate = date.minusDays(1);
		while (!isWorkingDay(candidate)) {
			candidate = candidate.minusDays(1);
		}
		return candidate;
	}

	/** {@code date} itself when it is a working day, else the next working day. */
	public LocalDate workingDayOnOrAfter(LocalDate date) {
		return isWorkingDay(date) ? date : nextWorkingDay(date);
	}

	/**
	 * The n-th working day after {@code start} (n > 0), before it (n < 0), or the start day moved
	 * forward to a working day (n = 0).
	 */
	public LocalDate addWorkingDays(LocalDate start, int days) {
		if (days == 0) {
			return workingDayOnOrAfter(start);
		}
		LocalDate current = start;
		for (int i = 0; i < Math.abs(days); i++) {
			current = days > 0 ? nextWorkingDay(current) : previousWorkingDay(current);
		}
		return current;
	}

	/** The number of working days in {@code (from, to]}; negative when {@code to} is before {@code from}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return -workingDaysBetween(to, from);
		}
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The date a result is due for something received at {@code receivedAt} with a processing
	 * time of {@code workingDays}: received on a non-working day or after the reception cut-off,
	 * it counts as received on the next working day; a processing time of 0 means the same day.
	 */
	public LocalDate dueDate(Instant receivedAt, int workingDays) {
		return addWorkingDays(effectiveReceiptDay(receivedAt), workingDays);
	}

	/**
	 * The due date when the law counts calendar days ("trong 15 ngày"): the effective day of
	 * receipt plus the days, moved to the next working day when it falls on a day off.
	 */
	public LocalDate dueDateInCalendarDays(Instant receivedAt, int days) {
		return workingDayOnOrAfter(effectiveReceiptDay(receivedAt).plusDays(days));
	}

	/** The day from which a processing time counts: the next working day when received on a day off or after the cut-off. */
	public LocalDate effectiveReceiptDay(Instant receivedAt) {
		ZonedDateTime local = receivedAt.atZone(zone());
		LocalDate effective = local.toLocalDate();
		if (!isWorkingDay(effective) || !local.toLocalTime().isBefore(properties.receptionCutoff())) {
			effective = nextWorkingDay(effective);
		}
		return effective;
	}

	/** The moment after {@code amount} of office time has elapsed from {@code start}. */
	public Instant addWorkingTime(Instant start, Duration amount) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException("Negative working time: " + amount);
		}
		LocalDateTime cursor = start.atZone(zone()).toLocalDateTime();
		Duration remaining = amount;
		while (true) {
			LocalDate day = cursor.toLocalDate();
			if (isWorkingDay(day)) {
				for (LocalTime[] session : sessions()) {
					LocalDateTime sessionStart = day.atTime(session[0]);
					LocalDateTime sessionEnd = day.atTime(session[1]);
					if (!cursor.isBefore(sessionEnd)) {
						continue;
					}
					LocalDateTime from = cursor.isAfter(sessionStart) ? cursor : sessionStart;
					Duration available = Duration.between(from, sessionEnd);
					if (remaining.compareTo(available) <= 0) {
						return from.plus(remaining).atZone(zone()).toInstant();
					}
					remaining = remaining.minus(available);
					cursor = sessionEnd;
				}
			}
			cursor = day.plusDays(1).atStartOfDay();
		}
	}

	/** Office time elapsed between two moments (zero when {@code end} is not after {@code start}). */
	public Duration workingTimeBetween(Instant start, Instant end) {
		if (!end.isAfter(start)) {
			return Duration.ZERO;
		}
		LocalDateTime from = start.atZone(zone()).toLocalDateTime();
		LocalDateTime to = end.atZone(zone()).toLocalDateTime();
		Duration total = Duration.ZERO;
		for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
			if (!isWorkingDay(day)) {
				continue;
			}
			for (LocalTime[] session : sessions()) {
				LocalDateTime sessionStart = day.atTime(session[0]);
				LocalDateTime sessionEnd = day.atTime(session[1]);
				LocalDateTime a = from.isAfter(sessionStart) ? from : sessionStart;
				LocalDateTime b = to.isBefore(sessionEnd) ? to : sessionEnd;
				if (b.isAfter(a)) {
					total = total.plus(Duration.between(a, b));
				}
			}
		}
		return total;
	}

	/** The length of one working day's office time. */
	public Duration workingDayLength() {
		Duration total = Duration.ZERO;
		for (LocalTime[] session : sessions()) {
			total = total.plus(Duration.between(session[0], session[1]));
		}
		return total;
	}

	private List<LocalTime[]> sessions() {
		return List.of(new LocalTime[] { properties.morningStart(), properties.morningEnd() },
				new LocalTime[] { properties.afternoonStart(), properties.afternoonEnd() });
	}
}
