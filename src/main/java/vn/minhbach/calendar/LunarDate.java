package vn.minhbach.calendar;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch).
 *
 * @param year the lunar year, named by the Gregorian year in which most of it falls
 * @param month 1–12
 * @param day 1–30
 * @param leapMonth whether the month is the intercalary (nhuận) month that repeats {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

	public LunarDate {
		if (month < 1 || month > 12 || day < 1 || day > 30) {
			throw new IllegalArgumentException("Not a lunar date: " + day + "/" + month + "/" + year);
		}
	}

	public static LunarDate of(int year, int month, int day) {
		return new LunarDate(year, month, day, false);
	}

	@Override
	public String toString() {
		return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year;
	}
}
