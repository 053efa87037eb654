package vn.minhbach.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.minhbach.portal.WorkEvent;

/**
 * A week of the work calendar as iCalendar (RFC 5545), for people who want it in their own
 * calendar: one VEVENT per entry in UTC, cancelled ones marked, lines folded at 75 octets.
 */
final class WorkCalendarIcs {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private WorkCalendarIcs() {
	}

	static String write(String calendarName, String host, List<WorkEvent> events, Instant now) {
		var out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Minh Bach//Lich cong tac//VI");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(calendarName));
		line(out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
		for (WorkEvent event : events) {
			LocalDateTime start = event.day().atTime(event.startsAt());
			LocalDateTime end = event.endsAt() != null ? event.day().atTime(event.endsAt()) : start.plusHours(1);
			line(out, "BEGIN:VEVENT");
			line(out, "UID:work-event-" + event.id() + "@" + host);
			line(out, "DTSTAMP:" + UTC.format(now.atOffset(ZoneOffset.UTC)));
			line(out, "DTSTART:" + utc(start));
			line(out, "DTEND:" + utc(end));
			line(out, "SEQUENCE:" + event.version());
			line(out, "SUMMARY:" + text(event.content()));
			if (event.place() != null) {
				line(out, "LOCATION:" + text(event.place()));
			}
			var description = new StringBuilder(event.leaders());
			if (event.participants() != null) {
				description.append("\n").append(event.participants());
			}
			if (event.preparingUnit() != null) {
				description.append("\n").append(event.preparingUnit());
			}
			line(out, "DESCRIPTION:" + text(description.toString()));
			line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static String utc(LocalDateTime local) {
		return UTC.format(local.atZone(VIETNAM).withZoneSameInstant(ZoneOffset.UTC));
	}

	/** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
	static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** Writes a content line folded at 75 octets without splitting a UTF-8 character. */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}
}
