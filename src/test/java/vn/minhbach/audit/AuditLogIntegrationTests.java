package vn.minhbach.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.minhbach.IntegrationTest;

@IntegrationTest
class AuditLogIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void chainsEveryEntryToThePreviousOne() {
		AuditEntry first = audit.record(AuditRecord.of("TEST_FIRST", "test", "1").detail("k", "v").by("tester"));
		AuditEntry second = audit.record(AuditRecord.of("TEST_SECOND", "test", "2").by("tester"));
		assertThat(second.previousHash()).isEqualTo(first.hash());
		assertThat(second.id()).isGreaterThan(first.id());
		assertThat(audit.verify().intact()).isTrue();
		assertThat(audit.history("test", "1")).extracting(AuditEntry::action).contains("TEST_FIRST");
	}

	@Test
	void rollsBackWithTheChangeItRecords() {
		long before = count();
		try {
			transactions.executeWithoutResult(status -> {
				audit.record(AuditRecord.of("TEST_ROLLED_BACK", "test", "x").by("tester"));
				throw new IllegalStateException("the change fails");
			});
		}
		catch (IllegalStateException expected) {
			// the entry must be gone with the change
		}
		assertThat(count()).isEqualTo(before);
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void chainsReadsWithTheChangesAndRefusesThemInsideATransaction() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> results = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			int n = i;
			results.add(pool.submit(() -> {
				if (n % 2 == 0) {
					audit.recordRead(AuditRecord.of("TEST_READ", "test", "r" + n).by("tester"));
				}
				else {
					audit.record(AuditRecord.of("TEST_CHANGE", "test", "r" + n).by("tester"));
				}
				return n;
			}));
		}
		for (Future<?> result : results) {
			result.get();
		}
		pool.shutdown();
		// a read waits outside the chain until it is chained, in the order it was recorded
		audit.chainPendingReads();
		assertThat(jdbc.sql("select count(*) from audit_pending_read").query(Long.class).single()).isZero();
		assertThat(audit.history("test", "r10")).extracting(AuditEntry::action).containsExactly("TEST_READ");
		assertThat(audit.history("test", "r11")).extracting(AuditEntry::action).containsExactly("TEST_CHANGE");
		audit.recordRead(AuditRecord.of("TEST_READ", "test", "later-1").by("tester"));
		audit.recordRead(AuditRecord.of("TEST_READ", "test", "later-2").by("tester"));
		assertThat(audit.history("test", "later-1")).isEmpty();
		assertThat(audit.chainPendingReads()).isEqualTo(2);
		assertThat(audit.history("test", "later-2").get(0).id()).isEqualTo(audit.history("test", "later-1").get(0).id() + 1);
		ChainVerification verification = audit.verify();
		assertThat(verification.intact()).as(String.valueOf(verification)).isTrue();
		// the relaxed commit was the read's own: the next transaction waits for the disk again
		String afterwards = transactions.execute(status -> jdbc.sql("show synchronous_commit").query(String.class).single());
		assertThat(afterwards).isEqualTo(jdbc.sql("select reset_val from pg_settings where name = 'synchronous_commit'").query(String.class).single());
		long before = count();
		assertThatThrownBy(() -> transactions.executeWithoutResult(
				status -> audit.recordRead(AuditRecord.of("TEST_READ_IN_CHANGE", "test", "x").by("tester"))))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(audit.chainPendingReads()).isZero();
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void keepsOneOrderUnderConcurrentWriters() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<AuditEntry>> results = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			int n = i;
			results.add(pool.submit(() -> audit.record(AuditRecord.of("TEST_CONCURRENT", "test", "c" + n).by("tester"))));
		}
		for (Future<AuditEntry> result : results) {
			result.get();
		}
		pool.shutdown();
		ChainVerification verification = audit.verify();
		assertThat(verification.intact()).as(String.valueOf(verification)).isTrue();
	}

	@Test
	void findsTheFirstAlteredEntryAndACutOffEnd() {
		AuditEntry a = audit.record(AuditRecord.of("TEST_TAMPER_A", "test", "t").by("tester"));
		AuditEntry b = audit.record(AuditRecord.of("TEST_TAMPER_B", "test", "t").by("tester"));
		try {
			tamper("update audit_entry set actor = 'someone-else' where id = " + a.id());
			ChainVerification altered = audit.verify();
			assertThat(altered.intact()).isFalse();
			assertThat(altered.firstBrokenId()).isEqualTo(a.id());
			assertThat(altered.reason()).isEqualTo("audit.broken.content");
		}
		finally {
			tamper("update audit_entry set actor = 'tester' where id = " + a.id());
		}
		assertThat(audit.verify().intact()).isTrue();

		// removing the newest entry is caught by the chain head
		String bRow = jdbc.sql("select hash from audit_entry where id = :id").param("id", b.id()).query(String.class).single();
		try {
			tamper("create table test_saved_audit as select * from audit_entry where id = " + b.id() + "; "
					+ "delete from audit_entry where id = " + b.id());
			ChainVerification cut = audit.verify();
			assertThat(cut.intact()).isFalse();
			assertThat(cut.reason()).isEqualTo("audit.broken.head");
		}
		finally {
			tamper("insert into audit_entry select * from test_saved_audit; drop table test_saved_audit");
		}
		assertThat(bRow).isEqualTo(b.hash());
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void theCommandLineVerificationExitsWithOneWhenTheChainIsBroken() throws Exception {
		var command = new AuditVerificationCommand(audit);
		var arguments = new org.springframework.boot.DefaultApplicationArguments("--audit-verify");
		command.run(arguments);
		assertThat(command.getExitCode()).isZero();
		AuditEntry entry = audit.record(AuditRecord.of("TEST_CLI", "test", "cli").by("tester"));
		try {
			tamper("update audit_entry set details = '{\"forged\":\"yes\"}' where id = " + entry.id());
			command.run(arguments);
			assertThat(command.getExitCode()).isEqualTo(1);
		}
		finally {
			tamper("update audit_entry set details = null where id = " + entry.id());
		}
		command.run(arguments);
		assertThat(command.getExitCode()).isZero();
	}

	@Test
	void refusesUpdatesAndDeletesThroughTheTrigger() {
		AuditEntry entry = audit.record(AuditRecord.of("TEST_IMMUTABLE", "test", "i").by("tester"));
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> jdbc.sql("delete from audit_entry where id = :id").param("id", entry.id()).update())
			.hasMessageContaining("append-only");
	}

	/** What an attacker with database access would do: switch off the append-only trigger and change rows. */
	private void tamper(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
			for (String statement : sql.split(";")) {
				if (!statement.isBlank()) {
					jdbc.sql(statement).update();
				}
			}
			jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
		});
	}

	private long count() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}
}
