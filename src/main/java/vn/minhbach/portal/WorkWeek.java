package vn.minhbach.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import vn.minhbach.shared.BusinessRuleViolation;

/**
 * A calendar week, Monday to Sunday, named as ISO 8601 does ({@code 2026-W48}), which is also how
 * Vietnamese offices number their weeks ("tuần 48").
 *
 * @param monday the week's Monday
 */
public record WorkWeek(LocalDate monday) {

	private static final Pattern ISO = Pattern.compile("(\\d{4})-W(\\d{1,2})");

	public WorkWeek {
		if (monday == null || monday.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("A week starts on a Monday: " + monday);
		}
	}

	/** The week holding the date. */
	public static WorkWeek of(LocalDate date) {
		return new WorkWeek(date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
	}

	/** Reads {@code 2026-W48}; anything else is refused with a message for the person. */
	public static WorkWeek parse(String text) {
		Matcher matcher = text == null ? null : ISO.matcher(text.trim().toUpperCase(java.util.Locale.ROOT));
		if (matcher == null || !matcher.matches()) {
			throw new BusinessRuleViolation("error.workCalendar.week", text);
		}
		int year = Integer.parseInt(matcher.group(1));
		int number = Integer.parseInt(matcher.group(2));
		LocalDate fourthOfJanuary = LocalDate.of(year, 1, 4);
		if (number < 1 || number > fourthOfJanuary.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
			throw new BusinessRuleViolation("error.workCalendar.week", text);
		}
		return of(fourthOfJanuary.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number));
	}

	public LocalDate sunday() {
		return monday.plusDays(6);
	}

	/** The seven days, Monday first. */
	public List<LocalDate> days() {
		return Stream.iterate(monday, day -> day.plusDays(1)).limit(7).toList();
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(monday) && !date.isAfter(sunday());
	}

	public int number() {
		return monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	public int year() {
		return monday.get(IsoFields.WEEK_BASED_YEAR);
	}

	public WorkWeek previous() {
		return new WorkWeek(monday.minusWeeks(1));
	}

	public WorkWeek next() {
		return new WorkWeek(monday.plusWeeks(1));
	}

	/** {@code 2026-W48}. */
	public String iso() {
		return "%d-W%02d".formatted(year(), number());
	}

	@Override
	public String toString() {
		return iso();
	}
}
