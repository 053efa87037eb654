package vn.minhbach.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

import vn.minhbach.shared.Access;

/**
 * Writes and verifies the audit chain. {@link #record} joins the caller's transaction, so the
 * entry commits or rolls back with the change it records; writers are serialised by locking the
 * single chain-head row, which gives one total order across every instance.
 */
@Service
public class AuditLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AuditLog(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Records a read — someone looked at personal data and changed nothing — without taking the
	 * chain lock: the entry waits in its own table, written in a transaction of its own committed
	 * without waiting for the disk, and {@link #chainPendingReads} appends the waiting entries to the
	 * chain in their order, in one transaction, every half second. Officers opening dossiers thus
	 * neither queue behind each other for the chain head nor wait for a disk flush; a look shows in
	 * the log within a second, and only a crash of the database itself can lose the newest ones.
	 * Changes are recorded with {@link #record}, inside the change's own transaction, which waits
	 * for the disk. Refused inside a transaction, whose changes would otherwise lose their
	 * durability with it.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public void recordRead(AuditRecord record) {
		Instant occurredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		String actor = record.actor() != null ? record.actor() : Access.actorName();
		String details = record.details().isEmpty() ? null : JSON.writeValueAsString(record.details());
		String remoteIp = currentRemoteIp();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("set local synchronous_commit to off").update();
			jdbc.sql("""
					insert into audit_pending_read (occurred_at, actor, action, object_type, object_id, agency_id, details,
					                                remote_ip)
					values (:occurredAt, :actor, :action, :objectType, :objectId, :agencyId, :details, :remoteIp)
					""")
				.param("occurredAt", Timestamp.from(occurredAt))
				.param("actor", actor)
				.param("action", record.action())
				.param("objectType", record.objectType())
				.param("objectId", record.objectId())
				.param("agencyId", record.agencyId())
				.param("details", details)
				.param("remoteIp", remoteIp)
				.update();
		});
	}

	/**
	 * Appends the reads waiting to be chained, oldest first, at most a few thousand at a time;
	 * several instances may run it at once (each takes rows the others have not locked).
	 *
	 * @return how many were chained
	 */
	@Scheduled(fixedDelayString = "${minhbach.audit.chain-reads-every:PT0.5S}")
	@Transactional
	public int chainPendingReads() {
		List<Map<String, Object>> waiting = jdbc.sql("""
				select * from audit_pending_read order by id limit 5000 for update skip locked
				""").query().listOfRows();
		if (waiting.isEmpty()) {
			return 0;
		}
		String head = jdbc.sql("select last_hash from audit_chain_head where id = 1 for update").query(String.class).single();
		long lastId = 0;
		for (Map<String, Object> read : waiting) {
			Instant occurredAt = ((Timestamp) read.get("occurred_at")).toInstant();
			Long agencyId = read.get("agency_id") == null ? null : ((Number) read.get("agency_id")).longValue();
			String hash = AuditHashing.hash(head, occurredAt, (String) read.get("actor"), (String) read.get("action"),
					(String) read.get("object_type"), (String) read.get("object_id"), agencyId, (String) read.get("details"),
					(String) read.get("remote_ip"));
			lastId = insert(occurredAt, (String) read.get("actor"), (String) read.get("action"),
					(String) read.get("object_type"), (String) read.get("object_id"), agencyId, (String) read.get("details"),
					(String) read.get("remote_ip"), head, hash);
			head = hash;
		}
		jdbc.sql("update audit_chain_head set last_id = :id, last_hash = :hash where id = 1")
			.param("id", lastId)
			.param("hash", head)
			.update();
		jdbc.sql("delete from audit_pending_read where id in (:ids)")
			.param("ids", waiting.stream().map(read -> ((Number) read.get("id")).longValue()).toList())
			.update();
		return waiting.size();
	}

	/** Appends an entry in the current transaction (or a new one when there is none). */
	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry record(AuditRecord record) {
		var head = jdbc.sql("select last_hash from audit_chain_head where id = 1 for update")
			.query(String.class)
			.single();
		Instant occurredAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		String actor = record.actor() != null ? record.actor() : Access.actorName();
		String details = record.details().isEmpty() ? null : JSON.writeValueAsString(record.details());
		String remoteIp = currentRemoteIp();
		String hash = AuditHashing.hash(head, occurredAt, actor, record.action(), record.objectType(), record.objectId(),
				record.agencyId(), details, remoteIp);
		long id = insert(occurredAt, actor, record.action(), record.objectType(), record.objectId(), record.agencyId(),
				details, remoteIp, head, hash);
		jdbc.sql("update audit_chain_head set last_id = :id, last_hash = :hash where id = 1")
			.param("id", id)
			.param("hash", hash)
			.update();
		return new AuditEntry(id, occurredAt, actor, record.action(), record.objectType(), record.objectId(),
				record.agencyId(), details, remoteIp, head, hash);
	}

	/**
	 * Reads the whole chain in order and checks every link and hash, then the chain head (which
	 * catches entries cut off the end). Streams the rows, so it runs in constant memory.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		AtomicReference<String> expectedPrevious = new AtomicReference<>(AuditHashing.GENESIS);
		AtomicLong checked = new AtomicLong();
		AtomicReference<ChainVerification> broken = new AtomicReference<>();
		AtomicLong lastId = new AtomicLong();
		jdbc.sql("select * from audit_entry order by id").withFetchSize(1000).query(rs -> {
			if (broken.get() != null) {
				return;
			}
			AuditEntry entry = map(rs);
			checked.incrementAndGet();
			if (!entry.previousHash().equals(expectedPrevious.get())) {
				broken.set(new ChainVerification(false, checked.get(), entry.id(),
						"audit.broken.link"));
				return;
			}
			if (!AuditHashing.hash(entry).equals(entry.hash())) {
				broken.set(new ChainVerification(false, checked.get(), entry.id(), "audit.broken.content"));
				return;
			}
			expectedPrevious.set(entry.hash());
			lastId.set(entry.id());
		});
		if (broken.get() != null) {
			return broken.get();
		}
		Map<String, Object> head = jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1").query().singleRow();
		if (!expectedPrevious.get().equals(head.get("last_hash"))
				|| ((Number) head.get("last_id")).longValue() != lastId.get()) {
			return new ChainVerification(false, checked.get(), lastId.get() + 1,
					"audit.broken.head");
		}
		return new ChainVerification(true, checked.get(), null, null);
	}

	/**
	 * Entries newest first, filtered, one page at a time by keyset ({@code beforeId}).
	 *
	 * @param agencyIds limit to these agencies, or null for every agency (SYSTEM_ADMIN)
	 */
	@Transactional(readOnly = true)
	public List<AuditEntry> page(AuditQuery query, List<Long> agencyIds, int size) {
		var sql = new StringBuilder("select * from audit_entry where 1 = 1");
		var params = new java.util.HashMap<String, Object>();
		if (agencyIds != null) {
			if (agencyIds.isEmpty()) {
				return List.of();
			}
			sql.append(" and agency_id in (:agencies)");
			params.put("agencies", agencyIds);
		}
		if (query.actor() != null && !query.actor().isBlank()) {
			sql.append(" and actor = :actor");
			params.put("actor", query.actor().trim());
		}
		if (query.action() != null && !query.action().isBlank()) {
			sql.append(" and action = :action");
			params.put("action", query.action().trim());
		}
		if (query.objectType() != null && !query.objectType().isBlank()) {
			sql.append(" and object_type = :objectType");
			params.put("objectType", query.objectType().trim());
		}
		if (query.objectId() != null && !query.objectId().isBlank()) {
			sql.append(" and object_id = :objectId");
			params.put("objectId", query.objectId().trim());
		}
		if (query.beforeId() != null) {
			sql.append(" and id < :beforeId");
			params.put("beforeId", query.beforeId());
		}
		sql.append(" order by id desc limit :size");
		params.put("size", size);
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> map(rs)).list();
	}

	/** The history of one object, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> history(String objectType, String objectId) {
		return jdbc.sql("select * from audit_entry where object_type = :type and object_id = :id order by id")
			.param("type", objectType)
			.param("id", objectId)
			.query((rs, n) -> map(rs))
			.list();
	}

	private static AuditEntry map(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
				rs.getObject("agency_id", Long.class), rs.getString("details"), rs.getString("remote_ip"), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

	private long insert(Instant occurredAt, String actor, String action, String objectType, String objectId,
			Long agencyId, String details, String remoteIp, String previousHash, String hash) {
		return jdbc.sql("""
				insert into audit_entry (occurred_at, actor, action, object_type, object_id, agency_id, details, remote_ip,
				                         prev_hash, hash)
				values (:occurredAt, :actor, :action, :objectType, :objectId, :agencyId, :details, :remoteIp, :prev, :hash)
				returning id
				""")
			.param("occurredAt", Timestamp.from(occurredAt))
			.param("actor", actor)
			.param("action", action)
			.param("objectType", objectType)
			.param("objectId", objectId)
			.param("agencyId", agencyId)
			.param("details", details)
			.param("remoteIp", remoteIp)
			.param("prev", previousHash)
			.param("hash", hash)
			.query(Long.class)
			.single();
	}

	private static String currentRemoteIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
