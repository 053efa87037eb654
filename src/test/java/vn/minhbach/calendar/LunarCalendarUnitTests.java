package vn.minhbach.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LunarCalendarUnitTests {

	static final LunarCalendar VIETNAM = LunarCalendar.vietnamese();

	static final LunarCalendar CHINA = LunarCalendar.atUtcOffset(8);

	/**
	 * First day of Tết in Vietnam, 1990–2050, from the published tables of the Vietnamese lunar
	 * calendar (Hồ Ngọc Đức's tables, consistent with the yearly government notices for the
	 * years that have passed). Where Vietnam and China differ (2007, 2030) the Vietnamese date is
	 * the one listed.
	 */
	static Stream<Arguments> publishedTetDates() {
		String[] table = { "1990-01-27", "1991-02-15", "1992-02-04", "1993-01-23", "1994-02-10", "1995-01-31",
				"1996-02-19", "1997-02-07", "1998-01-28", "1999-02-16", "2000-02-05", "2001-01-24", "2002-02-12",
				"2003-02-01", "2004-01-22", "2005-02-09", "2006-01-29", "2007-02-17", "2008-02-07", "2009-01-26",
				"2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10", "2014-01-31", "2015-02-19", "2016-02-08",
				"2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22",
				"2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-02",
				"2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19", "2035-02-08", "2036-01-28", "2037-02-15",
				"2038-02-04", "2039-01-24", "2040-02-12", "2041-02-01", "2042-01-22", "2043-02-10", "2044-01-30",
				"2045-02-17", "2046-02-06", "2047-01-26", "2048-02-14", "2049-02-02", "2050-01-23" };
		return Stream.of(table).map(LocalDate::parse).map(date -> Arguments.of(date.getYear(), date));
	}

	@ParameterizedTest(name = "Tết {0} is {1}")
	@MethodSource("publishedTetDates")
	void computesTheFirstDayOfTetAsPublished(int year, LocalDate expected) {
		assertThat(VIETNAM.newYear(year)).isEqualTo(expected);
		assertThat(VIETNAM.toLunar(expected)).isEqualTo(LunarDate.of(year, 1, 1));
		assertThat(VIETNAM.toLunar(expected.minusDays(1)).month()).isEqualTo(12);
	}

	@Test
	void usesVietnameseTimeNotChineseTimeFor1985() {
		// the new moon of 20 January 1985 fell after midnight at UTC+7 and before midnight at UTC+8:
		// Vietnam celebrated Tết a month earlier than China that year
		assertThat(VIETNAM.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
		assertThat(CHINA.newYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
	}

	@ParameterizedTest(name = "{0}: Vietnam {1}, China {2}")
	@CsvSource({ "2007, 2007-02-17, 2007-02-18", "2030, 2030-02-02, 2030-02-03" })
	void differsFromTheChineseCalendarWhereTheNewMoonFallsBetweenMidnights(int year, LocalDate vietnam, LocalDate china) {
		assertThat(VIETNAM.newYear(year)).isEqualTo(vietnam);
		assertThat(CHINA.newYear(year)).isEqualTo(china);
	}

	@ParameterizedTest(name = "{0} begins leap month {1}")
	@CsvSource({ "2014-10-24, 9", "2017-07-23, 6", "2020-05-23, 4", "2023-03-22, 2", "2025-07-25, 6",
			"2033-12-22, 11" })
	void placesLeapMonthsAsPublished(LocalDate firstDay, int month) {
		LunarDate lunar = VIETNAM.toLunar(firstDay);
		assertThat(lunar).isEqualTo(new LunarDate(firstDay.getYear(), month, 1, true));
		assertThat(VIETNAM.toSolar(lunar)).isEqualTo(firstDay);
	}

	@ParameterizedTest(name = "Hùng Kings' day {0} is {1}")
	@CsvSource({ "2023, 2023-04-29", "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16" })
	void findsTheHungKingsCommemoration(int year, LocalDate expected) {
		assertThat(VIETNAM.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(expected);
	}

	@Test
	void convertsEveryDayBackAndForthOver1900To2100() {
		Random random = new Random(20261127L);
		LocalDate start = LocalDate.of(1900, 3, 1);
		for (int i = 0; i < 3000; i++) {
			LocalDate date = start.plusDays(random.nextInt(73_000));
			LunarDate lunar = VIETNAM.toLunar(date);
			assertThat(VIETNAM.toSolar(lunar)).as("round trip of %s via %s", date, lunar).isEqualTo(date);
		}
	}

	@Test
	void daysOfAMonthFollowEachOther() {
		LocalDate date = LocalDate.of(2026, 1, 1);
		LunarDate previous = VIETNAM.toLunar(date);
		for (int i = 1; i < 800; i++) {
			LunarDate current = VIETNAM.toLunar(date.plusDays(i));
			if (current.day() != 1) {
				assertThat(current.day()).isEqualTo(previous.day() + 1);
				assertThat(current.month()).isEqualTo(previous.month());
			}
			else {
				assertThat(previous.day()).isBetween(29, 30);
			}
			previous = current;
		}
	}

	@Test
	void refusesALeapMonthThatTheYearDoesNotHave() {
		assertThatThrownBy(() -> VIETNAM.toSolar(new LunarDate(2026, 3, 1, true)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
