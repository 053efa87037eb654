package vn.minhbach.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public holidays of a year by the rules of the Labour Code 2019, Article 112: 1 January;
 * Tết (five days, here the last day of the old lunar year and the first four of the new); the
 * Hùng Kings' commemoration (10th day of the 3rd lunar month); 30 April; 1 May; 2 September and
 * one adjacent day. A holiday falling on a weekly rest day is compensated on the next working
 * day. The government fixes the exact days each year, so the result is a provisional schedule
 * that an administrator confirms or corrects.
 */
public final class StatutoryHolidays {

	private final LunarCalendar lunar;

	private final Set<DayOfWeek> weekend;

	public StatutoryHolidays(LunarCalendar lunar, Set<DayOfWeek> weekend) {
		this.lunar = lunar;
		this.weekend = Set.copyOf(weekend);
	}

	public YearSchedule provisionalSchedule(int year) {
		Map<LocalDate, String> holidays = new LinkedHashMap<>();
		holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
		LocalDate tet = lunar.newYear(year);
		for (int offset = -1; offset <= 3; offset++) {
			holidays.put(tet.plusDays(offset), "Tết Nguyên đán");
		}
		holidays.put(lunar.toSolar(LunarDate.of(year, 3, 10)), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
		holidays.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
		holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		holidays.put(nationalDay, "Quốc khánh (2/9)");
		DayOfWeek nationalWeekday = nationalDay.getDayOfWeek();
		LocalDate adjacent = (nationalWeekday == DayOfWeek.MONDAY || nationalWeekday == DayOfWeek.THURSDAY)
				? nationalDay.plusDays(1) : nationalDay.minusDays(1);
		holidays.put(adjacent, "Quốc khánh (ngày liền kề)");

		List<ScheduledDay> days = new ArrayList<>();
		for (var holiday : holidays.entrySet()) {
			if (!weekend.contains(holiday.getKey().getDayOfWeek())) {
				days.add(new ScheduledDay(holiday.getKey(), DayKind.HOLIDAY, holiday.getValue()));
			}
		}
		// compensatory days off follow each holiday block that lost days to the weekend
		for (var holiday : holidays.entrySet()) {
			if (!weekend.contains(holiday.getKey().getDayOfWeek())) {
				continue;
			}
			LocalDate candidate = holiday.getKey().plusDays(1);
			while (weekend.contains(candidate.getDayOfWeek()) || holidays.containsKey(candidate)
					|| containsDate(days, candidate)) {
				candidate = candidate.plusDays(1);
			}
			days.add(new ScheduledDay(candidate, DayKind.HOLIDAY, "Nghỉ bù " + holiday.getValue()));
		}
		return YearSchedule.of(year, YearSchedule.Status.PROVISIONAL,
				"Tính theo Điều 112 Bộ luật Lao động 2019 và âm lịch Việt Nam (UTC+7); chờ xác nhận theo thông báo của Chính phủ",
				days);
	}

	private static boolean containsDate(List<ScheduledDay> days, LocalDate date) {
		return days.stream().anyMatch(day -> day.date().equals(date));
	}
}
