package vn.minhbach.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;

/**
 * The back-office lists stay on their indexes when a province has many dossiers: with 120 000
 * dossiers of a hundred agencies (inserted and rolled back inside the test's transaction), PostgreSQL
 * reads each list from an index in the list's own order, without scanning or sorting the table,
 * on the first page and deep in the list (keyset paging).
 */
@IntegrationTest
@Transactional
class DossierListPlanTests {

	static final long AGENCY = 990_001L;

	@Autowired
	DossierQueue queue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void manyDossiers() {
		jdbc.sql("""
				insert into dossier (code, procedure_id, procedure_name, agency_id, receiving_agency_id, channel, status,
				  applicant_name, applicant_citizen_id, applicant_folded, processing_days, processing_count, submitted_at,
				  received_at, due_date, closed_at, late)
				select 'BENCH.00.00.H47-' || lpad(n::text, 6, '0') || '-0001', 1 + n % 40, 'Thủ tục ' || (n % 40), :agency + n % 100,
				  :agency + n % 100,
				  case when n % 3 = 0 then 'IN_PERSON' else 'ONLINE' end,
				  (array['SUBMITTED','IN_PROCESS','AWAITING_APPROVAL','RESULT_READY','RETURNED','RETURNED','RETURNED','REFUSED'])[1 + n % 8],
				  'Nguyễn Văn ' || n, lpad((49000000000 + n)::text, 12, '0'), 'nguyen van ' || n || ' ' || lpad((49000000000 + n)::text, 12, '0'),
				  5, 'WORKING', now() - (n || ' minutes')::interval, now() - (n || ' minutes')::interval,
				  current_date + (n % 30) - 15,
				  case when n % 8 in (4, 5, 6, 7) then now() else null end,
				  case when n % 8 in (4, 5, 6) then n % 5 = 0 else null end
				from generate_series(1, 120000) n
				""").param("agency", AGENCY).update();
		jdbc.sql("analyze dossier").update();
	}

	@Test
	void everyListIsReadFromAnIndexOnTheFirstPageAndDeepInTheList() {
		String first = plan(DossierFilter.of(DossierFilter.View.ALL));
		assertIndexed(first);
		assertThat(first).contains("dossier_agency_id_idx");
		Long deep = jdbc.sql("select id from dossier where agency_id = :agency order by id desc offset 1000 limit 1")
			.param("agency", AGENCY)
			.query(Long.class)
			.single();
		assertIndexed(plan(DossierFilter.of(DossierFilter.View.ALL).after(Long.toString(deep))));
		assertIndexed(plan(new DossierFilter(DossierFilter.View.ALL, DossierStatus.RETURNED, null, null, null, null, null,
				null, null, null, 25)));

		// the queues and the searches
		assertIndexed(plan(DossierFilter.of(DossierFilter.View.RECEPTION)));
		assertIndexed(plan(DossierFilter.of(DossierFilter.View.TO_RETURN)));
		String byCode = plan(new DossierFilter(DossierFilter.View.ALL, null, null, null, null, null, null, null,
				"BENCH.00.00.H47-000123", null, 25));
		assertThat(byCode).contains("dossier_code_prefix_idx").doesNotContain("Seq Scan on dossier");
		String byId = plan(new DossierFilter(DossierFilter.View.ALL, null, null, null, null, null, null, null,
				"049000000123", null, 25));
		assertThat(byId).doesNotContain("Seq Scan on dossier");
		String overdue = plan(new DossierFilter(DossierFilter.View.ALL, null, null, null, null, null, null,
				DossierFilter.Timeliness.OVERDUE, null, null, 25));
		assertThat(overdue).doesNotContain("Seq Scan on dossier");
	}

	String plan(DossierFilter filter) {
		return TestUsers.as(users, "admin", () -> queue.explain(AGENCY, filter));
	}

	static void assertIndexed(String plan) {
		assertThat(plan).as(plan).contains("Index").doesNotContain("Seq Scan on dossier ").doesNotContain("Sort  (");
	}
}
