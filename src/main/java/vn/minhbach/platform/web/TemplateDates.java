package vn.minhbach.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Dates and times as Vietnamese pages show them ({@code 27/11/2026}, {@code 14:05 27/11/2026}),
 * in Vietnam's time zone; templates call it as {@code ${@dates.time(instant)}}.
 */
@Component("dates")
public class TemplateDates {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	public String time(Instant instant) {
		return instant == null ? "—" : TIME.format(instant.atZone(VIETNAM));
	}

	private static final DateTimeFormatter NEWS = DateTimeFormatter.ofPattern("HH:mm | dd/MM/yyyy");

	/** As Vietnamese news sites write it: {@code 16:22 | 28/01/2026}. */
	public String newsTime(Instant instant) {
		return instant == null ? "—" : NEWS.format(instant.atZone(VIETNAM));
	}

	public String day(LocalDate date) {
		return date == null ? "—" : DAY.format(date);
	}

	public String day(Instant instant) {
		return instant == null ? "—" : DAY.format(instant.atZone(VIETNAM));
	}
}
