package vn.minhbach.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import vn.minhbach.IntegrationTest;

/**
 * Visitor statistics on the real database: page views counted in memory and written only by the
 * flush, totals that survive a restart, visitors online now, and robots, tools, API calls and
 * static files left out. Each test counts on its own day far in the future, so the application's
 * own counting (today) never mixes with it.
 */
@IntegrationTest
class VisitorStatisticsIntegrationTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0";

	static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VisitorStatistics statistics;

	@Autowired
	MockMvc mvc;

	/** A clock the test moves forward by hand. */
	static final class MovingClock extends Clock {

		Instant now;

		MovingClock(LocalDateTime start) {
			this.now = start.atZone(ZONE).toInstant();
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	Optional<long[]> stored(LocalDate day) {
		return jdbc.sql("select visits, page_views from portal_visit_day where day = :day")
			.param("day", day)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	long storedTotal() {
		return jdbc.sql("select coalesce(sum(visits), 0) from portal_visit_day").query(Long.class).single();
	}

	@Test
	void pageViewsAreCountedInMemoryAndWrittenToTheDatabaseOnlyByTheFlush() {
		LocalDate day = LocalDate.of(2031, 1, 10);
		var clock = new MovingClock(day.atTime(9, 0));
		var counting = new VisitorStatistics(jdbc, clock, ZONE);
		counting.record("203.0.113.5", FIREFOX);
		clock.advance(Duration.ofMinutes(1));
		counting.record("203.0.113.5", FIREFOX); // the same visit
		counting.record("203.0.113.6", SAFARI);

		assertThat(counting.unflushedVisits()).isEqualTo(2);
		assertThat(stored(day)).as("no page view writes to the database").isEmpty();
		assertThat(counting.totals().today()).isEqualTo(2);

		assertThat(counting.flush()).isEqualTo(2);
		assertThat(stored(day)).hasValueSatisfying(row -> assertThat(row).containsExactly(2, 3));
		assertThat(counting.unflushedVisits()).isZero();
		assertThat(counting.totals().today()).isEqualTo(2);

		// nothing new: the flush adds nothing twice
		assertThat(counting.flush()).isZero();
		assertThat(stored(day)).hasValueSatisfying(row -> assertThat(row).containsExactly(2, 3));

		// the same visitor after more than 30 minutes away starts a new visit
		clock.advance(Duration.ofMinutes(31));
		counting.record("203.0.113.5", FIREFOX);
		assertThat(stored(day)).hasValueSatisfying(row -> assertThat(row).containsExactly(2, 3));
		assertThat(counting.totals().today()).isEqualTo(3);
		counting.flush();
		assertThat(stored(day)).hasValueSatisfying(row -> assertThat(row).containsExactly(3, 4));
	}

	@Test
	void flushedTotalsSurviveARestart() {
		LocalDate day = LocalDate.of(2031, 2, 1);
		var clock = new MovingClock(day.atTime(14, 30));
		var before = new VisitorStatistics(jdbc, clock, ZONE);
		before.record("198.51.100.1", FIREFOX);
		before.record("198.51.100.2", FIREFOX);
		before.record("198.51.100.3", SAFARI);
		before.close(); // the application stops: the last counts are written

		assertThat(stored(day)).hasValueSatisfying(row -> assertThat(row[0]).isEqualTo(3));
		long storedBefore = storedTotal();
		var after = new VisitorStatistics(jdbc, clock, ZONE); // a new instance, nothing in memory
		assertThat(after.unflushedVisits()).isZero();
		VisitorStatistics.Totals totals = after.totals();
		assertThat(totals.today()).isEqualTo(3);
		// what the database holds (the application's own flush may add to today's row meanwhile)
		assertThat(totals.total()).isBetween(storedBefore, storedTotal()).isGreaterThanOrEqualTo(3);

		after.record("198.51.100.4", SAFARI);
		assertThat(after.totals().today()).isEqualTo(4);
		assertThat(stored(day)).hasValueSatisfying(row -> assertThat(row[0]).isEqualTo(3));
		after.close();
		assertThat(stored(day)).hasValueSatisfying(row -> assertThat(row[0]).isEqualTo(4));
	}

	@Test
	void countsVisitorsSeenInTheLastFiveMinutesAsOnline() {
		var clock = new MovingClock(LocalDate.of(2031, 3, 1).atTime(8, 0));
		var counting = new VisitorStatistics(jdbc, clock, ZONE);
		counting.record("192.0.2.1", FIREFOX);
		counting.record("192.0.2.2", FIREFOX);
		counting.record("192.0.2.2", SAFARI); // another browser on the same address is another visitor
		assertThat(counting.totals().online()).isEqualTo(3);

		clock.advance(Duration.ofMinutes(4));
		counting.record("192.0.2.1", FIREFOX);
		assertThat(counting.totals().online()).isEqualTo(3);

		clock.advance(Duration.ofMinutes(2));
		assertThat(counting.totals().online()).isEqualTo(1);
		clock.advance(Duration.ofMinutes(6));
		assertThat(counting.totals().online()).isZero();
		assertThat(counting.totals().today()).isEqualTo(3);
	}

	@Test
	void publicPageViewsOfBrowsersAreCountedButNotRobotsToolsApiCallsOrFiles() throws Exception {
		String person = FIREFOX + " test/" + UUID.randomUUID();
		long before = statistics.totals().today();
		mvc.perform(get("/thong-tin").header("User-Agent", person)).andExpect(status().isOk());
		assertThat(statistics.seen("127.0.0.1", person)).isTrue();
		assertThat(statistics.totals().today()).isGreaterThan(before);

		for (String robot : new String[] { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
				"Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "curl/8.5.0",
				"python-requests/2.32.3", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0 Safari/537.36" }) {
			String agent = robot + " " + UUID.randomUUID();
			mvc.perform(get("/thong-tin").header("User-Agent", agent)).andExpect(status().isOk());
			assertThat(statistics.seen("127.0.0.1", agent)).as(robot).isFalse();
		}
		mvc.perform(get("/thong-tin")).andExpect(status().isOk()); // no User-Agent at all
		assertThat(statistics.seen("127.0.0.1", null)).isFalse();

		String api = SAFARI + " api/" + UUID.randomUUID();
		mvc.perform(get("/api/v1/portal/statistics").header("User-Agent", api)).andExpect(status().isOk());
		assertThat(statistics.seen("127.0.0.1", api)).isFalse();
		String file = SAFARI + " css/" + UUID.randomUUID();
		mvc.perform(get("/css/app.css").header("User-Agent", file)).andExpect(status().isOk());
		assertThat(statistics.seen("127.0.0.1", file)).isFalse();
		String prefetch = SAFARI + " prefetch/" + UUID.randomUUID();
		mvc.perform(get("/thong-tin").header("User-Agent", prefetch).header("Sec-Purpose", "prefetch"))
			.andExpect(status().isOk());
		assertThat(statistics.seen("127.0.0.1", prefetch)).isFalse();
		String missing = SAFARI + " missing/" + UUID.randomUUID();
		mvc.perform(get("/thong-tin/cong-khai/khong-co").header("User-Agent", missing)).andExpect(status().isNotFound());
		assertThat(statistics.seen("127.0.0.1", missing)).isFalse();
	}

	@Test
	void recognisesRobotsAndToolsButNotPeoplesBrowsers() {
		assertThat(PageViewCounting.robot("Mozilla/5.0 (compatible; YandexBot/3.0)")).isTrue();
		assertThat(PageViewCounting.robot("facebookexternalhit/1.1")).isTrue();
		assertThat(PageViewCounting.robot("Go-http-client/2.0")).isTrue();
		assertThat(PageViewCounting.robot("")).isTrue();
		assertThat(PageViewCounting.robot(FIREFOX)).isFalse();
		assertThat(PageViewCounting.robot(SAFARI)).isFalse();
		assertThat(PageViewCounting.robot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "coc_coc_browser/136.0.0 Chrome/130.0.0.0 Safari/537.36")).isFalse();
		assertThat(PageViewCounting.robot("Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/138.0.0.0 Mobile Safari/537.36 Zalo android/12100620")).isFalse();
	}

	@Test
	void theTotalsAreShownOnPublicPagesAndAsJson() throws Exception {
		mvc.perform(get("/thong-tin").header("User-Agent", FIREFOX))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Thống kê truy cập")))
			.andExpect(content().string(Matchers.containsString("data-stat=\"online\"")))
			.andExpect(content().string(Matchers.containsString("Tổng lượt truy cập")));
		String json = mvc.perform(get("/api/v1/portal/statistics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var node = JsonMapper.builder().build().readTree(json);
		assertThat(node.get("total").asLong()).isGreaterThanOrEqualTo(node.get("today").asLong()).isPositive();
		assertThat(node.get("online").asLong()).isPositive();
	}
}
