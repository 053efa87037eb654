package vn.minhbach.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weekly rule and office hours of the installation.
 *
 * @param zone the civil time zone (Asia/Ho_Chi_Minh)
 * @param weekend the weekly rest days
 * @param morningStart start of the morning session
 * @param morningEnd end of the morning session
 * @param afternoonStart start of the afternoon session
 * @param afternoonEnd end of the afternoon session
 * @param receptionCutoff dossiers received after this time count from the next working day
 */
@ConfigurationProperties("minhbach.calendar")
public record CalendarProperties(@DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
		@DefaultValue({ "SATURDAY", "SUNDAY" }) Set<DayOfWeek> weekend, @DefaultValue("07:00") LocalTime morningStart,
		@DefaultValue("11:30") LocalTime morningEnd, @DefaultValue("13:30") LocalTime afternoonStart,
		@DefaultValue("17:00") LocalTime afternoonEnd, @DefaultValue("15:00") LocalTime receptionCutoff) {

	/** The defaults, for code that runs without Spring (tests, tools). */
	public static CalendarProperties defaults() {
		return new CalendarProperties(ZoneId.of("Asia/Ho_Chi_Minh"), Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
				LocalTime.of(7, 0), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(15, 0));
	}
}
