package vn.minhbach.exchange.codec;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times of edXML. The national reference sample writes {@code 2026/11/27} and
 * {@code 2026/11/27 14:05:00}, which this codec writes too; many systems send
 * {@code 27/11/2026} and {@code 27/11/2026 14:05:00}, which it accepts as well, the time being
 * optional (with or without seconds) in both. Times carry no offset: they are local time of
 * Vietnam. Impossible dates ({@code 31/02/2026}) are refused.
 */
final class EdxmlDates {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

	private static final String TIME = "(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?";

	private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})" + TIME);

	private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})" + TIME);

	private EdxmlDates() {
	}

	static String format(LocalDate date) {
		return DATE.format(date);
	}

	static String format(LocalDateTime time) {
		return DATE_TIME.format(time);
	}

	/** The date of a date or date-time text (a time, if any, is dropped). */
	static LocalDate date(String text, String path) {
		return dateTime(text, path, "date").toLocalDate();
	}

	/** A date-time; a date alone is its midnight. */
	static LocalDateTime dateTime(String text, String path) {
		return dateTime(text, path, "date and time");
	}

	private static LocalDateTime dateTime(String text, String path, String what) {
		Matcher yearFirst = YEAR_FIRST.matcher(text);
		Matcher dayFirst = DAY_FIRST.matcher(text);
		try {
			if (yearFirst.matches()) {
				return LocalDateTime.of(LocalDate.of(number(yearFirst, 1), number(yearFirst, 2), number(yearFirst, 3)),
						time(yearFirst));
			}
			if (dayFirst.matches()) {
				return LocalDateTime.of(LocalDate.of(number(dayFirst, 3), number(dayFirst, 2), number(dayFirst, 1)),
						time(dayFirst));
			}
		}
		catch (DateTimeException ex) {
			// falls through to the refusal
		}
		throw new EdxmlInvalid(path, "not a " + what + " \"" + text + "\"");
	}

	private static LocalTime time(Matcher matcher) {
		if (matcher.group(4) == null) {
			return LocalTime.MIDNIGHT;
		}
		return LocalTime.of(number(matcher, 4), number(matcher, 5), matcher.group(6) == null ? 0 : number(matcher, 6));
	}

	private static int number(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}
}
