package vn.minhbach.portal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.minhbach.shared.ConcurrentChange;

/** Stores the work calendar's events and which weeks are published. Updates check the version. */
@Repository
class WorkEvents {

	/** When and by whom a week was published. */
	record Publication(Instant publishedAt, String publishedBy) {
	}

	private final JdbcClient jdbc;

	WorkEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	WorkEvent insert(Long agencyId, WorkEventCommand c, String leaders, Instant adjustedAt, Instant now) {
		Map<String, Object> p = parameters(c, leaders);
		p.put("agency", agencyId);
		p.put("adjustedAt", ts(adjustedAt));
		p.put("now", ts(now));
		Long id = jdbc.sql("""
				insert into portal_work_event (agency_id, day, starts_at, ends_at, leaders, position_ids, other_leaders, content,
				  place, participants, preparing_unit, adjusted_at, created_at, updated_at)
				values (:agency, :day, :startsAt, :endsAt, :leaders, cast(:positions as bigint[]), :otherLeaders, :content,
				  :place, :participants, :preparingUnit, :adjustedAt, :now, :now)
				returning id
				""").params(p).query(Long.class).single();
		return byId(id).orElseThrow();
	}

	WorkEvent update(WorkEvent event, WorkEventCommand c, String leaders, Instant adjustedAt, Instant now) {
		Map<String, Object> p = parameters(c, leaders);
		p.put("id", event.id());
		p.put("version", event.version());
		p.put("adjustedAt", ts(adjustedAt));
		p.put("now", ts(now));
		int updated = jdbc.sql("""
				update portal_work_event set day = :day, starts_at = :startsAt, ends_at = :endsAt, leaders = :leaders,
				  position_ids = cast(:positions as bigint[]), other_leaders = :otherLeaders, content = :content, place = :place,
				  participants = :participants, preparing_unit = :preparingUnit, adjusted_at = :adjustedAt, updated_at = :now,
				  version = version + 1
				where id = :id and version = :version
				""").params(p).update();
		if (updated == 0) {
			throw new ConcurrentChange("work event " + event.id());
		}
		return byId(event.id()).orElseThrow();
	}

	WorkEvent cancel(WorkEvent event, Instant now) {
		int updated = jdbc.sql("""
				update portal_work_event set cancelled = true, adjusted_at = :now, updated_at = :now, version = version + 1
				where id = :id and version = :version
				""").param("id", event.id()).param("version", event.version()).param("now", ts(now)).update();
		if (updated == 0) {
			throw new ConcurrentChange("work event " + event.id());
		}
		return byId(event.id()).orElseThrow();
	}

	void delete(WorkEvent event) {
		int deleted = jdbc.sql("delete from portal_work_event where id = :id and version = :version")
			.param("id", event.id())
			.param("version", event.version())
			.update();
		if (deleted == 0) {
			throw new ConcurrentChange("work event " + event.id());
		}
	}

	Optional<WorkEvent> byId(Long id) {
		return jdbc.sql("select * from portal_work_event where id = :id").param("id", id).query(this::map).optional();
	}

	/** An agency's events between two days (inclusive), by day and time. */
	List<WorkEvent> between(Long agencyId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select * from portal_work_event where agency_id = :agency and day between :from and :to
				order by day, starts_at, id
				""").param("agency", agencyId).param("from", from).param("to", to).query(this::map).list();
	}

	Optional<Publication> publication(Long agencyId, LocalDate monday) {
		return jdbc.sql("select published_at, published_by from portal_work_week where agency_id = :agency and monday = :monday")
			.param("agency", agencyId)
			.param("monday", monday)
			.query((rs, n) -> new Publication(rs.getTimestamp("published_at").toInstant(), rs.getString("published_by")))
			.optional();
	}

	/** Publishes a week; false when it already was (the first publication stands). */
	boolean publish(Long agencyId, LocalDate monday, String by, Instant now) {
		return jdbc.sql("""
				insert into portal_work_week (agency_id, monday, published_at, published_by) values (:agency, :monday, :now, :by)
				on conflict do nothing
				""").param("agency", agencyId).param("monday", monday).param("now", ts(now)).param("by", by).update() == 1;
	}

	private static Map<String, Object> parameters(WorkEventCommand c, String leaders) {
		Map<String, Object> p = new HashMap<>();
		p.put("day", c.day());
		p.put("startsAt", c.startsAt());
		p.put("endsAt", c.endsAt());
		p.put("leaders", leaders);
		p.put("positions", c.positionIds().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
		p.put("otherLeaders", blankToNull(c.otherLeaders()));
		p.put("content", c.content().strip());
		p.put("place", blankToNull(c.place()));
		p.put("participants", blankToNull(c.participants()));
		p.put("preparingUnit", blankToNull(c.preparingUnit()));
		return p;
	}

	private WorkEvent map(ResultSet rs, int row) throws SQLException {
		Array positions = rs.getArray("position_ids");
		List<Long> positionIds = positions == null ? List.of() : Arrays.asList((Long[]) positions.getArray());
		Timestamp adjusted = rs.getTimestamp("adjusted_at");
		return new WorkEvent(rs.getLong("id"), rs.getLong("agency_id"), rs.getObject("day", LocalDate.class),
				rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class), rs.getString("leaders"),
				positionIds, rs.getString("other_leaders"), rs.getString("content"), rs.getString("place"),
				rs.getString("participants"), rs.getString("preparing_unit"), rs.getBoolean("cancelled"),
				adjusted == null ? null : adjusted.toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
