package vn.minhbach.calendar;

/** How a date of the official schedule differs from the weekly rule. */
public enum DayKind {
	/** A day off on a day that would otherwise be worked (public holiday, compensatory or extra day off). */
	HOLIDAY,
	/** A working day on a day that would otherwise be off (a swapped Saturday). */
	WORKDAY
}
