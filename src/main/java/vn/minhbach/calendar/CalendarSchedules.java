package vn.minhbach.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;

/**
 * The yearly official schedules, stored in PostgreSQL and edited by an administrator. A year
 * not stored yet is computed from the statutory rules; the current year and the next are
 * stored on start-up, from a published schedule shipped with the product when there is one
 * ({@code calendar/official-<year>.csv}) or else provisionally from the rules.
 */
@Service
public class CalendarSchedules {

	private static final Logger log = LoggerFactory.getLogger(CalendarSchedules.class);

	private static final long CACHE_MILLIS = 60_000;

	private final JdbcClient jdbc;

	private final StatutoryHolidays statutory;

	private final AuditLog audit;

	private final Clock clock;

	private final CalendarProperties properties;

	private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

	CalendarSchedules(JdbcClient jdbc, CalendarProperties properties, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.statutory = new StatutoryHolidays(LunarCalendar.vietnamese(), properties.weekend());
		this.audit = audit;
		this.clock = clock;
	}

	/** The schedule of a year: stored if an administrator or the start-up seeded it, else computed. */
	public YearSchedule schedule(int year) {
		long now = System.currentTimeMillis();
		Cached cached = cache.get(year);
		if (cached != null && now - cached.loadedAt < CACHE_MILLIS) {
			return cached.schedule;
		}
		YearSchedule schedule = load(year).orElseGet(() -> statutory.provisionalSchedule(year));
		cache.put(year, new Cached(schedule, now));
		return schedule;
	}

	/** Years stored in the database, newest first. */
	public List<Integer> storedYears() {
		return jdbc.sql("select year from calendar_year order by year desc").query(Integer.class).list();
	}

	/** Replaces a year's schedule (administrator's edit from the government's notice). */
	@Transactional
	public void replace(int year, YearSchedule.Status status, String note, List<ScheduledDay> days) {
		for (ScheduledDay day : days) {
			if (day.date().getYear() != year) {
				throw new IllegalArgumentException("Day " + day.date() + " is not in " + year);
			}
		}
		store(YearSchedule.of(year, status, note, days));
		audit.record(AuditRecord.of("CALENDAR_YEAR_REPLACED", "calendar_year", String.valueOf(year))
			.detail("status", status.name())
			.detail("days", String.valueOf(days.size())));
	}

	/** Replaces a year's schedule with the one computed from the statutory rules (provisional). */
	@Transactional
	public void resetToStatutory(int year) {
		YearSchedule computed = statutory.provisionalSchedule(year);
		replace(year, YearSchedule.Status.PROVISIONAL, computed.note(), List.copyOf(computed.days().values()));
	}

	/** Adds or changes one day of a year's schedule. */
	@Transactional
	public void putDay(ScheduledDay day) {
		YearSchedule current = schedule(day.date().getYear());
		List<ScheduledDay> days = new ArrayList<>(current.days().values());
		days.removeIf(existing -> existing.date().equals(day.date()));
		days.add(day);
		store(YearSchedule.of(current.year(), current.status(), current.note(), days));
		audit.record(AuditRecord.of("CALENDAR_DAY_SET", "calendar_day", day.date().toString())
			.detail("kind", day.kind().name())
			.detail("name", day.name()));
	}

	/** Removes one day from a year's schedule (it follows the weekly rule again). */
	@Transactional
	public void removeDay(LocalDate date) {
		YearSchedule current = schedule(date.getYear());
		List<ScheduledDay> days = new ArrayList<>(current.days().values());
		if (!days.removeIf(existing -> existing.date().equals(date))) {
			return;
		}
		store(YearSchedule.of(current.year(), current.status(), current.note(), days));
		audit.record(AuditRecord.of("CALENDAR_DAY_REMOVED", "calendar_day", date.toString()));
	}

	/** Marks a year as confirmed against the government's notice. */
	@Transactional
	public void confirm(int year, String note) {
		YearSchedule current = schedule(year);
		store(new YearSchedule(year, YearSchedule.Status.OFFICIAL, note, current.days()));
		audit.record(AuditRecord.of("CALENDAR_YEAR_CONFIRMED", "calendar_year", String.valueOf(year)));
	}

	/** Stores this year and the next when they are missing. */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void seedUpcomingYears() {
		int year = LocalDate.now(clock.withZone(properties.zone())).getYear();
		for (int y = year; y <= year + 1; y++) {
			int seeded = y;
			if (load(seeded).isEmpty()) {
				YearSchedule schedule = published(seeded).orElseGet(() -> statutory.provisionalSchedule(seeded));
				store(schedule);
				log.info("Stored the {} schedule of {} ({} days)", schedule.status(), y, schedule.days().size());
			}
		}
	}

	private void store(YearSchedule schedule) {
		int year = schedule.year();
		jdbc.sql("delete from calendar_day where day between :from and :to")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.update();
		for (ScheduledDay day : schedule.days().values()) {
			jdbc.sql("insert into calendar_day (day, kind, name) values (:day, :kind, :name)")
				.param("day", day.date())
				.param("kind", day.kind().name())
				.param("name", day.name())
				.update();
		}
		jdbc.sql("""
				insert into calendar_year (year, status, note, updated_at) values (:year, :status, :note, now())
				on conflict (year) do update set status = excluded.status, note = excluded.note, updated_at = now()
				""")
			.param("year", year)
			.param("status", schedule.status().name())
			.param("note", schedule.note())
			.update();
		cache.remove(year);
	}

	private Optional<YearSchedule> load(int year) {
		var header = jdbc.sql("select status, note from calendar_year where year = :year")
			.param("year", year)
			.query((rs, n) -> new Object[] { YearSchedule.Status.valueOf(rs.getString("status")), rs.getString("note") })
			.optional();
		if (header.isEmpty()) {
			return Optional.empty();
		}
		List<ScheduledDay> days = jdbc.sql("select day, kind, name from calendar_day where day between :from and :to")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query((rs, n) -> new ScheduledDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
					rs.getString("name")))
			.list();
		return Optional.of(YearSchedule.of(year, (YearSchedule.Status) header.get()[0], (String) header.get()[1], days));
	}

	/** A schedule published by the government and shipped with the product, if there is one for the year. */
	static Optional<YearSchedule> published(int year) {
		var resource = new ClassPathResource("calendar/official-" + year + ".csv");
		if (!resource.exists()) {
			return Optional.empty();
		}
		List<ScheduledDay> days = new ArrayList<>();
		StringBuilder note = new StringBuilder();
		try (var reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#")) {
					if (!line.contains("date,kind,name")) {
						note.append(line.substring(1).trim()).append(' ');
					}
					continue;
				}
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split(",", 3);
				days.add(new ScheduledDay(LocalDate.parse(parts[0]), DayKind.valueOf(parts[1]), parts[2].trim()));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the published schedule of " + year, ex);
		}
		return Optional.of(YearSchedule.of(year, YearSchedule.Status.OFFICIAL, note.toString().trim(), days));
	}

	private record Cached(YearSchedule schedule, long loadedAt) {
	}
}
