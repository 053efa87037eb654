package vn.minhbach.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.minhbach.calendar.WorkingCalendar;

/**
 * Visitor statistics of the public portal ("Thống kê truy cập"): visits in all, visits today and
 * visitors online now.
 * <p>
 * <b>What is counted.</b> A <em>page view</em> is a GET of a public HTML page by something that
 * does not say it is a robot (see {@code PageViewCounting}). A <em>visitor</em> is the pair of IP
 * address and User-Agent, known only as a salted SHA-256 hash: the salt is random, held in memory,
 * and changes every day, so no cookie is set and nothing that identifies a person is ever stored
 * or can be recomputed later. A <em>visit</em> is a page view by a visitor not seen in the previous
 * {@value #VISIT_GAP_MINUTES} minutes (and the first page view after midnight). <em>Online now</em>
 * is the number of distinct visitors seen in the last {@value #ONLINE_MINUTES} minutes.
 * <p>
 * <b>Where it is counted.</b> In memory, per instance: a page view never writes to the database.
 * Every 30 seconds (and when the application stops) the counts not yet written are added to the
 * day's row with an additive upsert, so several instances add up and a crash loses at most the
 * last half-minute. Totals are what the database holds plus what this instance has not written
 * yet. Online visitors are per instance (behind a load balancer, each instance counts its own); a
 * visitor whose requests reach two instances counts as a visit on each.
 */
@Service
public class VisitorStatistics {

	static final long VISIT_GAP_MINUTES = 30;

	static final long ONLINE_MINUTES = 5;

	static final Duration VISIT_GAP = Duration.ofMinutes(VISIT_GAP_MINUTES);

	static final Duration ONLINE = Duration.ofMinutes(ONLINE_MINUTES);

	/** Visitors remembered at most; past this (a flood of forged User-Agents) each page view counts as a visit. */
	static final int MAX_REMEMBERED = 100_000;

	private static final Logger log = LoggerFactory.getLogger(VisitorStatistics.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * The figures the portal shows.
	 *
	 * @param total visits since the portal opened
	 * @param today visits since midnight
	 * @param online distinct visitors in the last five minutes (this instance)
	 */
	public record Totals(long total, long today, long online) {
	}

	/** Counts of one day since this instance started; they only grow. */
	private record DayCount(AtomicLong visits, AtomicLong views) {

		DayCount() {
			this(new AtomicLong(), new AtomicLong());
		}
	}

	/**
	 * What the database held at the last flush and how much of this instance's counts it includes
	 * (the marks), replaced as one object so a reader never adds a flushed count twice.
	 */
	private record Snapshot(LocalDate day, long storedTotal, long storedToday, Map<LocalDate, long[]> marks) {

		long mark(LocalDate date, int which) {
			long[] mark = marks.get(date);
			return mark == null ? 0 : mark[which];
		}
	}

	private record Salt(LocalDate day, byte[] bytes) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

	private final Map<LocalDate, DayCount> counts = new ConcurrentHashMap<>();

	private final Object flushLock = new Object();

	private final AtomicBoolean closed = new AtomicBoolean();

	private volatile Snapshot snapshot;

	private volatile Salt salt;

	@Autowired
	VisitorStatistics(JdbcClient jdbc, Clock clock, WorkingCalendar calendar) {
		this(jdbc, clock, calendar.zone());
	}

	VisitorStatistics(JdbcClient jdbc, Clock clock, ZoneId zone) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = zone;
	}

	/** Visitors online now, visits today and in all. Reads the database only on the first call of a day. */
	public Totals totals() {
		LocalDate today = today();
		Snapshot current = snapshot;
		if (current == null || !current.day().equals(today)) {
			current = refresh(today);
		}
		long unflushedTotal = 0;
		for (var entry : counts.entrySet()) {
			unflushedTotal += entry.getValue().visits().get() - current.mark(entry.getKey(), 0);
		}
		DayCount todays = counts.get(today);
		long unflushedToday = todays == null ? 0 : todays.visits().get() - current.mark(today, 0);
		return new Totals(current.storedTotal() + unflushedTotal, current.storedToday() + unflushedToday, online());
	}

	/** Counts a page view of a visitor, known by its IP address and User-Agent (neither is kept). */
	void record(String address, String userAgent) {
		Instant now = clock.instant();
		LocalDate day = LocalDate.ofInstant(now, zone);
		String visitor = visitor(day, address, userAgent);
		boolean[] newVisit = { false };
		if (lastSeen.size() >= MAX_REMEMBERED && !lastSeen.containsKey(visitor)) {
			newVisit[0] = true;
		}
		else {
			lastSeen.compute(visitor, (key, previous) -> {
				newVisit[0] = previous == null || !previous.plus(VISIT_GAP).isAfter(now);
				return now;
			});
		}
		DayCount count = counts.computeIfAbsent(day, d -> new DayCount());
		count.views().incrementAndGet();
		if (newVisit[0]) {
			count.visits().incrementAndGet();
		}
	}

	/** Whether the visitor has been seen in the last 30 minutes (for tests of what is counted). */
	boolean seen(String address, String userAgent) {
		Instant now = clock.instant();
		Instant last = lastSeen.get(visitor(LocalDate.ofInstant(now, zone), address, userAgent));
		return last != null && last.plus(VISIT_GAP).isAfter(now);
	}

	/** Visits counted by this instance and not yet written to the database. */
	long unflushedVisits() {
		Snapshot current = snapshot;
		long total = 0;
		for (var entry : counts.entrySet()) {
			total += entry.getValue().visits().get() - (current == null ? 0 : current.mark(entry.getKey(), 0));
		}
		return total;
	}

	/**
	 * Adds the counts not yet written to the database (one upsert per day) and reads the totals
	 * back, which then include the other instances' counts too. When the database cannot be
	 * reached nothing is lost: the counts stay for the next flush.
	 *
	 * @return the visits written
	 */
	@Scheduled(fixedDelayString = "${minhbach.portal.statistics.flush:PT30S}",
			initialDelayString = "${minhbach.portal.statistics.flush:PT30S}")
	long flush() {
		synchronized (flushLock) {
			Snapshot current = snapshot;
			Map<LocalDate, long[]> marks = new HashMap<>(current == null ? Map.of() : current.marks());
			long written = 0;
			try {
				for (var entry : counts.entrySet()) {
					LocalDate day = entry.getKey();
					long visits = entry.getValue().visits().get();
					long views = entry.getValue().views().get();
					long[] mark = marks.getOrDefault(day, new long[2]);
					long newVisits = visits - mark[0];
					long newViews = views - mark[1];
					if (newVisits == 0 && newViews == 0) {
						continue;
					}
					jdbc.sql("""
							insert into portal_visit_day (day, visits, page_views) values (:day, :visits, :views)
							on conflict (day) do update set visits = portal_visit_day.visits + excluded.visits,
							  page_views = portal_visit_day.page_views + excluded.page_views
							""").param("day", day).param("visits", newVisits).param("views", newViews).update();
					marks.put(day, new long[] { visits, views });
					written += newVisits;
				}
			}
			catch (RuntimeException ex) {
				// the days written so far are marked; the others stay for the next flush
				log.warn("Visitor statistics not written this time: {}", ex.getMessage());
			}
			LocalDate today = today();
			forgetPastDays(today, marks);
			try {
				snapshot = read(today, marks);
			}
			catch (RuntimeException ex) {
				// the marks must be kept even without fresh totals, or the same counts would be written twice
				snapshot = current == null ? new Snapshot(today, 0, 0, Map.copyOf(marks))
						: new Snapshot(current.day(), current.storedTotal(), current.storedToday(), Map.copyOf(marks));
			}
			pruneVisitors();
			return written;
		}
	}

	/** The last counts reach the database when the application stops. */
	@PreDestroy
	void close() {
		if (closed.compareAndSet(false, true)) {
			flush();
		}
	}

	private Snapshot refresh(LocalDate today) {
		synchronized (flushLock) {
			Snapshot current = snapshot;
			if (current != null && current.day().equals(today)) {
				return current;
			}
			Map<LocalDate, long[]> marks = current == null ? Map.of() : current.marks();
			try {
				snapshot = read(today, marks);
			}
			catch (RuntimeException ex) {
				log.warn("Visitor statistics cannot be read: {}", ex.getMessage());
				return current == null ? new Snapshot(today, 0, 0, marks)
						: new Snapshot(today, current.storedTotal(), 0, marks);
			}
			return snapshot;
		}
	}

	private Snapshot read(LocalDate today, Map<LocalDate, long[]> marks) {
		long[] stored = jdbc.sql("""
				select coalesce(sum(visits), 0) total, coalesce(sum(visits) filter (where day = :today), 0) today
				from portal_visit_day
				""").param("today", today).query((rs, n) -> new long[] { rs.getLong("total"), rs.getLong("today") }).single();
		return new Snapshot(today, stored[0], stored[1], Map.copyOf(marks));
	}

	/** Past days fully written are dropped from memory (their counts live in the database). */
	private void forgetPastDays(LocalDate today, Map<LocalDate, long[]> marks) {
		for (var entry : counts.entrySet()) {
			LocalDate day = entry.getKey();
			long[] mark = marks.get(day);
			if (day.isBefore(today) && mark != null && entry.getValue().visits().get() == mark[0]
					&& entry.getValue().views().get() == mark[1]) {
				counts.remove(day);
				marks.remove(day);
			}
		}
	}

	private long online() {
		Instant since = clock.instant().minus(ONLINE);
		return lastSeen.values().stream().filter(seen -> seen.isAfter(since)).count();
	}

	private void pruneVisitors() {
		Instant before = clock.instant().minus(VISIT_GAP);
		lastSeen.values().removeIf(seen -> !seen.isAfter(before));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	/** The visitor's key: a hash of IP address and User-Agent with the day's random salt. */
	private String visitor(LocalDate day, String address, String userAgent) {
		Salt current = salt;
		if (current == null || !current.day().equals(day)) {
			synchronized (this) {
				current = salt;
				if (current == null || !current.day().equals(day)) {
					byte[] bytes = new byte[32];
					RANDOM.nextBytes(bytes);
					current = new Salt(day, bytes);
					salt = current;
				}
			}
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(current.bytes());
			digest.update(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(String.valueOf(userAgent).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().withoutPadding().encodeToString(digest.digest()).substring(0, 22);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
