package vn.minhbach.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.minhbach.Application;
import vn.minhbach.catalog.CatalogFile;
import vn.minhbach.catalog.CatalogImport;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.catalog.ProcessingTime;
import vn.minhbach.catalog.WorkflowStep;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.demo.DemoAccounts;
import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.Notation;
import vn.minhbach.files.FileStore;
import vn.minhbach.identity.StaffAdministration;
import vn.minhbach.identity.StaffAdministration.RoleLine;
import vn.minhbach.identity.StaffAdministration.StaffCommand;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.Commands.AgencyCommand;
import vn.minhbach.organization.Commands.DepartmentCommand;
import vn.minhbach.organization.Department;
import vn.minhbach.organization.OrganizationAdministration;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.SystemActor;
import vn.minhbach.shared.VietnameseText;

/**
 * Fills a database with a province-sized load: the application starts on the data directory (so
 * Flyway builds the schema and the demo organisation is loaded through the services), the extra
 * agencies and staff are created through the organisation and identity services, and the big
 * tables (citizens, dossiers with their control-sheet rows, history and payments, official
 * documents, articles, and the audit entries of all of them, chained) are written with COPY.
 * Everything is generated day by day over three years, so ids, codes, register numbers and the
 * audit chain follow the calendar.
 */
final class ProvinceData {

	static final int AGENCIES = 10;

	static final int STAFF = 300;

	final int dossiers;

	final int citizens;

	final int documents;

	final int articles;

	private final Random random = new Random(20260101L);

	private final long started = System.nanoTime();

	private ConfigurableApplicationContext context;

	private JdbcClient jdbc;

	private WorkingCalendar calendar;

	private ZoneId zone;

	private Instant now;

	private LocalDate firstDay;

	private LocalDate lastDay;

	ProvinceData(int dossiers) {
		this.dossiers = dossiers;
		this.citizens = Math.max(1000, dossiers / 5);
		this.documents = Math.max(100, dossiers / 10);
		this.articles = Math.max(50, dossiers / 200);
	}

	static ConfigurableApplicationContext start(Path dataDir, boolean generating) {
		List<String> args = new ArrayList<>(List.of("--minhbach.data-dir=" + dataDir.toAbsolutePath(), "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.vn.minhbach=warn", "--logging.level.root=warn"));
		if (generating) {
			args.add("--minhbach.demo-data=always");
			// a throw-away load: fsync off while generating (the product turns it on at its next start)
			args.add("--minhbach.embedded.durable=false");
			args.add("--minhbach.embedded.shared-buffers=256MB");
		}
		return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
	}

	/** Generates everything; returns the summary printed at the end. */
	String generate(Path dataDir) throws Exception {
		log("Starting the application on " + dataDir.toAbsolutePath() + " (schema, demo data)");
		context = start(dataDir, true);
		try {
			jdbc = context.getBean(JdbcClient.class);
			long existing = jdbc.sql("select count(*) from dossier").query(Long.class).single();
			if (existing > 0) {
				throw new IllegalStateException("The database already holds " + existing
						+ " dossiers: generate into a new data directory (or an empty external database)");
			}
			calendar = context.getBean(WorkingCalendar.class);
			zone = calendar.zone();
			now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			// up to yesterday, so that every submission lies in the past; later steps stop at now
			lastDay = calendar.today().minusDays(1);
			firstDay = lastDay.minusYears(3);
			log("Services: " + AGENCIES + " agencies, " + STAFF + " staff accounts");
			SystemActor.run(this::organisation);
			log("Bulk: " + citizens + " citizens, " + dossiers + " dossiers, " + documents + " documents, " + articles
					+ " articles, from " + firstDay + " to " + lastDay);
			return bulk();
		}
		finally {
			context.close();
		}
	}

	// --- organisation through the services -----------------------------------------------------

	/** An agency and what the generator needs of it. */
	static final class Org {

		Agency agency;

		String abbreviation;

		String commune;

		Map<String, Long> departments = new LinkedHashMap<>();

		List<Staff> staff = new ArrayList<>();

		List<Proc> procedures = new ArrayList<>();

		Staff any(Role role, Long department, Random random) {
			List<Staff> candidates = staff.stream()
				.filter(s -> s.role == role && (department == null || department.equals(s.department)))
				.toList();
			if (candidates.isEmpty()) {
				candidates = staff.stream().filter(s -> s.role == role).toList();
			}
			if (candidates.isEmpty()) {
				candidates = staff;
			}
			return candidates.get(random.nextInt(candidates.size()));
		}
	}

	record Staff(long id, String username, String fullName, Role role, Long department) {
	}

	record Proc(Procedure procedure, List<WorkflowStep> workflow, String workflowJson, Long onlineFee) {
	}

	private final List<Org> orgs = new ArrayList<>();

	private static final String[][] NEW_COMMUNES = { { "Tam Xuân I", "01" }, { "Tam Xuân II", "02" },
			{ "Tam Tiến", "03" }, { "Tam Hiệp", "04" }, { "Tam Giang", "05" }, { "Tam Quang", "06" }, { "Tam Nghĩa", "07" } };

	private static final String[][] COMMUNE_DEPARTMENTS = { { "MOTCUA", "Bộ phận tiếp nhận và trả kết quả", "true" },
			{ "VP", "Văn phòng – Thống kê", "false" }, { "TPHT", "Tư pháp – Hộ tịch", "false" },
			{ "DCXD", "Địa chính – Xây dựng – Nông nghiệp – Môi trường", "false" }, { "VHXH", "Văn hóa – Xã hội", "false" },
			{ "TCKT", "Tài chính – Kế toán", "false" } };

	private void organisation() {
		OrganizationDirectory directory = context.getBean(OrganizationDirectory.class);
		OrganizationAdministration administration = context.getBean(OrganizationAdministration.class);
		CatalogImport catalogImport = context.getBean(CatalogImport.class);
		ProcedureCatalog catalog = context.getBean(ProcedureCatalog.class);
		StaffAdministration staffAdministration = context.getBean(StaffAdministration.class);
		Agency district = directory.agencyByCode("000.00.17.H47").orElseThrow(() -> new IllegalStateException(
				"The demo organisation is missing (minhbach.demo-data=always on an empty database loads it)"));
		List<CatalogFile.Entry> communeSeed = CatalogImport.seed()
			.stream()
			.filter(entry -> !"PROVINCE".equals(entry.level()))
			.toList();
		// seven more communes of the district, each with its one-stop desk, departments and catalog
		for (String[] commune : NEW_COMMUNES) {
			var unit = directory.units()
				.stream()
				.filter(u -> u.getName().equals(commune[0]) && u.getParentId() != null)
				.findFirst()
				.orElseThrow();
			Agency agency = administration.createAgency(new AgencyCommand(unit.getId(), district.getId(),
					"000." + commune[1] + ".17.H47", "Ủy ban nhân dân xã " + commune[0], "UBND xã " + commune[0],
					"Trụ sở UBND xã " + commune[0] + ", huyện Núi Thành, tỉnh Quảng Nam", "0235359" + String.format("%04d",
							random.nextInt(10_000)),
					null, null, null, null, null, null));
			int order = 0;
			Long civilStatus = null;
			for (String[] department : COMMUNE_DEPARTMENTS) {
				Department created = administration.createDepartment(agency.getId(),
						new DepartmentCommand(department[0], department[1], Boolean.parseBoolean(department[2]), order++, null));
				if (department[0].equals("TPHT")) {
					civilStatus = created.getId();
				}
			}
			var report = catalogImport.importInto(agency.getId(), communeSeed, true);
			if (!report.ok()) {
				throw new IllegalStateException("catalog import: " + report.problems());
			}
			for (Procedure procedure : catalog.ofAgency(agency.getId())) {
				if (procedure.getCode() != null && Set.of("1.001193", "1.000656", "1.000894", "1.001022", "1.004859", "1.004873",
						"2.000635", "1.004884").contains(procedure.getCode())) {
					catalog.defineWorkflow(procedure.getId(), procedure.getVersion(),
							WorkflowStep.defaultFor(procedure.getProcessingTime(), civilStatus));
				}
			}
		}
		List<Agency> agencies = directory.agencies();
		if (agencies.size() != AGENCIES) {
			throw new IllegalStateException("expected " + AGENCIES + " agencies, found " + agencies.size());
		}
		// staff: the demo accounts plus enough to reach STAFF, spread over the agencies
		int existing = jdbc.sql("select count(*) from identity_account where kind = 'STAFF'").query(Integer.class).single();
		int toCreate = Math.max(0, STAFF - existing);
		String[] roles = { "RECEPTION", "RECEPTION", "RECEPTION", "SPECIALIST", "SPECIALIST", "SPECIALIST", "SPECIALIST",
				"SPECIALIST", "SPECIALIST", "SPECIALIST", "SPECIALIST", "SPECIALIST", "SPECIALIST", "SPECIALIST", "SPECIALIST",
				"LEADER", "LEADER", "DEPARTMENT_HEAD", "DEPARTMENT_HEAD", "DEPARTMENT_HEAD", "CLERK", "CLERK", "EDITOR",
				"AGENCY_ADMIN", "SPECIALIST", "SPECIALIST", "SPECIALIST", "SPECIALIST", "RECEPTION", "LEADER" };
		int created = 0;
		for (int round = 0; created < toCreate; round++) {
			for (Agency agency : agencies) {
				if (created >= toCreate) {
					break;
				}
				List<Department> departments = directory.departments(agency.getId());
				Role role = Role.valueOf(roles[round % roles.length]);
				Long department = null;
				if (!departments.isEmpty()) {
					if (role == Role.RECEPTION) {
						department = departments.stream().filter(Department::isOneStop).map(Department::getId).findFirst()
							.orElse(departments.get(0).getId());
					}
					else if (role == Role.SPECIALIST || role == Role.DEPARTMENT_HEAD) {
						var nonDesk = departments.stream().filter(d -> !d.isOneStop()).toList();
						department = nonDesk.get(round % nonDesk.size()).getId();
					}
					else if (role != Role.LEADER) {
						department = departments.get(departments.size() > 1 ? 1 : 0).getId();
					}
				}
				boolean female = random.nextBoolean();
				String name = Names.fullName(random, female);
				String username = "cb" + String.format("%03d", created + 1) + "." + agency.getCode().replace(".", "");
				username = username.toLowerCase();
				staffAdministration.create(new StaffCommand(username, name, username + "@minhbach.local", null,
						DemoAccounts.PASSWORD, List.of(new RoleLine(role, agency.getId(), department)), null));
				created++;
			}
		}
		// what the generator needs to know of each agency
		for (Agency agency : agencies) {
			Org org = new Org();
			org.agency = agency;
			org.abbreviation = jdbc.sql("select abbreviation from document_agency_setting where agency_id = :a")
				.param("a", agency.getId())
				.query(String.class)
				.optional()
				.orElseGet(() -> Notation.suggestedAbbreviation(agency.getName()));
			org.commune = agency.getName().replaceFirst("^Ủy ban nhân dân (xã|huyện|tỉnh) ", "");
			for (Department department : directory.departments(agency.getId())) {
				org.departments.put(department.getCode(), department.getId());
			}
			jdbc.sql("""
					select a.id, a.username, a.full_name, r.role, r.department_id from identity_account a
					join identity_role_assignment r on r.account_id = a.id where r.agency_id = :agency and a.kind = 'STAFF'
					""").param("agency", agency.getId()).query((rs, n) -> new Staff(rs.getLong(1), rs.getString(2), rs.getString(3),
					Role.valueOf(rs.getString(4)), rs.getObject(5, Long.class))).list().forEach(org.staff::add);
			for (Procedure procedure : catalog.ofAgency(agency.getId())) {
				if (!procedure.isPublished()) {
					continue;
				}
				List<WorkflowStep> workflow = procedure.effectiveWorkflow();
				org.procedures.add(new Proc(procedure, workflow, WorkflowStep.toJson(workflow),
						procedure.onlineFee().orElse(null)));
			}
			orgs.add(org);
		}
	}

	// --- bulk -----------------------------------------------------------------------------------

	/** An audit entry waiting for its turn in the chain (entries are chained in time order). */
	record AuditEvent(Instant at, long order, String actor, String action, String objectType, String objectId,
			Long agencyId, String details) {
	}

	private final PriorityQueue<AuditEvent> auditQueue = new PriorityQueue<>(
			(a, b) -> a.at.equals(b.at) ? Long.compare(a.order, b.order) : a.at.compareTo(b.at));

	private long auditOrder;

	private long auditId;

	private String auditHash;

	private long auditWritten;

	private CopyOut out;

	private CopyOut.Table tAccount;

	private CopyOut.Table tRole;

	private CopyOut.Table tDossier;

	private CopyOut.Table tStep;

	private CopyOut.Table tHistory;

	private CopyOut.Table tPayment;

	private CopyOut.Table tDossierDocument;

	private CopyOut.Table tDocument;

	private CopyOut.Table tDocumentEvent;

	private CopyOut.Table tArticle;

	private CopyOut.Table tRevision;

	private CopyOut.Table tAudit;

	/** The working days of the whole period, for fast arithmetic (checked against the calendar). */
	private LocalDate calendarStart;

	private boolean[] working;

	private String resultSha;

	private String resultName = "ket-qua-giai-quyet.pdf";

	private String citizenPasswordHash;

	record Citizen(long id, String username, String fullName, String citizenId, String phone, String email,
			String address) {
	}

	private final List<Citizen> registered = new ArrayList<>();

	private final Map<String, Integer> codeCounters = new HashMap<>();

	private final Map<String, long[]> registers = new HashMap<>();

	private long nextRegisterId;

	private long nextAccountId;

	private long nextDossierId;

	private long nextDocumentId;

	private long nextArticleId;

	private long receiptSeq;

	private long dossiersDone;

	private String bulk() throws Exception {
		DataSource dataSource = context.getBean(DataSource.class);
		PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
		citizenPasswordHash = encoder.encode(DemoAccounts.PASSWORD);
		resultSha = context.getBean(FileStore.class).storeGenerated(placeholderPdf(), resultName, "application/pdf").sha256();
		calendarStart = firstDay.minusDays(60);
		working = new boolean[(int) ChronoUnit.DAYS.between(calendarStart, lastDay.plusDays(400))];
		for (int i = 0; i < working.length; i++) {
			working[i] = calendar.isWorkingDay(calendarStart.plusDays(i));
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				statement.execute("set synchronous_commit = off");
				statement.execute("set maintenance_work_mem = '256MB'");
			}
			List<String> indexes = dropSecondaryIndexes(connection);
			// the name keys are written in one statement after the load instead of a trigger call per row
			try (Statement statement = connection.createStatement()) {
				statement.execute("alter table dossier disable trigger dossier_name_key_sync");
			}
			var head = jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1").query().singleRow();
			auditId = ((Number) head.get("last_id")).longValue();
			auditHash = (String) head.get("last_hash");
			nextAccountId = max("identity_account");
			nextDossierId = max("dossier");
			long firstDossierId = nextDossierId;
			nextDocumentId = max("document");
			nextArticleId = max("portal_article");
			nextRegisterId = max("document_register");
			receiptSeq = jdbc.sql("select last_value from dossier_receipt_seq").query(Long.class).single();
			jdbc.sql("select agency_id, day, last from dossier_code_counter").query(rs -> {
				codeCounters.put(rs.getLong(1) + "|" + rs.getDate(2).toLocalDate(), rs.getInt(3));
			});
			jdbc.sql("select id, agency_id, year, direction, series, last_number from document_register").query(rs -> {
				registers.put(rs.getLong(2) + "|" + rs.getInt(3) + "|" + rs.getString(4) + "|" + rs.getString(5),
						new long[] { rs.getLong(1), rs.getInt(6) });
			});
			Set<String> taken = new HashSet<>(jdbc.sql("select citizen_id from identity_account where citizen_id is not null")
				.query(String.class)
				.list());
			try (CopyOut copy = new CopyOut(connection, 50_000)) {
				out = copy;
				declareTables();
				generateDays(taken);
				copy.finish();
				log("Name keys");
				try (Statement statement = connection.createStatement()) {
					statement.execute("insert into dossier_name_key (agency_id, name_key, dossier_id) "
							+ "select d.agency_id, k, d.id from dossier d, dossier_name_keys(d.applicant_folded) k "
							+ "where d.id > " + firstDossierId);
					statement.execute("alter table dossier enable trigger dossier_name_key_sync");
				}
				log("Recreating " + indexes.size() + " indexes");
				try (Statement statement = connection.createStatement()) {
					for (String index : indexes) {
						statement.execute(index);
					}
				}
				finishCounters(connection);
				log("ANALYZE");
				try (Statement statement = connection.createStatement()) {
					statement.execute("analyze");
					statement.execute("checkpoint");
				}
				return summary(copy);
			}
		}
	}

	private long max(String table) {
		return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
	}

	/**
	 * Secondary indexes (not those behind primary keys and unique constraints) of the big tables are
	 * dropped during the load and created again afterwards from their own definitions.
	 */
	private List<String> dropSecondaryIndexes(Connection connection) throws Exception {
		List<String[]> found = jdbc.sql("""
				select i.indexname, i.indexdef from pg_indexes i
				where i.schemaname = current_schema()
				  and i.tablename in ('dossier', 'dossier_step', 'dossier_history', 'dossier_payment', 'dossier_document',
				                      'audit_entry', 'identity_account', 'document', 'document_event', 'portal_article',
				                      'dossier_name_key')
				  and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
				""").query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
		List<String> definitions = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			for (String[] index : found) {
				statement.execute("drop index " + index[0]);
				definitions.add(index[1]);
			}
		}
		return definitions;
	}

	private void declareTables() {
		tAccount = out.table("identity_account", "id, username, kind, full_name, email, phone, citizen_id, date_of_birth, "
				+ "gender, address, password_hash, created_at, password_changed_at");
		tRole = out.table("identity_role_assignment", "account_id, role, agency_id, department_id");
		tDossier = out.table("dossier", "id, code, procedure_id, procedure_code, procedure_name, agency_id, "
				+ "receiving_agency_id, channel, status, status_before_pause, applicant_account_id, applicant_name, "
				+ "applicant_citizen_id, applicant_phone, applicant_email, applicant_address, applicant_folded, answers, "
				+ "processing_days, processing_count, fee_amount, payment_status, created_at, submitted_at, received_at, "
				+ "due_date, decided_at, result_sha256, result_name, returned_at, closed_at, updated_at, original_due_date, "
				+ "apology_at, current_step, late, late_step, return_channel, workflow");
		tStep = out.table("dossier_step", "dossier_id, seq, position, name, role, department_id, kind, share_days, status, "
				+ "assignee, assignee_name, handed_by, handed_by_name, started_at, taken_at, due_date, finished_at, outcome, note");
		tHistory = out.table("dossier_history", "dossier_id, at, action, from_status, to_status, actor, actor_name, note, visible");
		tPayment = out.table("dossier_payment", "dossier_id, gateway, txn_ref, amount, status, created_at, completed_at, "
				+ "gateway_txn_no, bank_code, response_code, receipt_no");
		tDossierDocument = out.table("dossier_document", "dossier_id, form_code, title, sha256, file_name, signed, created_at, "
				+ "created_by");
		tDocument = out.table("document", "id, agency_id, direction, status, type, subject, urgency, secrecy, department_id, "
				+ "drafter, drafter_name, signer_account_id, signer_name, signer_title, signer_authority, final_sha256, "
				+ "final_name, register_id, number, notation, issued_on, issued_at, arrival_number, arrived_at, author_name, "
				+ "author_code, original_notation, original_date, deadline, completed_at, search_folded, created_at, updated_at");
		tDocumentEvent = out.table("document_event", "document_id, at, action, actor, actor_name, note");
		tArticle = out.table("portal_article", "id, agency_id, category_id, slug, title, summary, body_html, tags, status, "
				+ "author, author_name, publish_at, published_at, reviewed_by, view_count, search_folded, created_at, updated_at");
		tRevision = out.table("portal_article_revision", "article_id, seq, title, summary, body_html, edited_by, edited_at, note");
		tAudit = out.table("audit_entry", "id, occurred_at, actor, action, object_type, object_id, agency_id, details, "
				+ "remote_ip, prev_hash, hash");
	}

	// --- day by day -------------------------------------------------------------------------------

	private void generateDays(Set<String> takenIds) throws Exception {
		List<LocalDate> workingDays = new ArrayList<>();
		for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
			if (isWorking(day)) {
				workingDays.add(day);
			}
		}
		int days = workingDays.size();
		// a third of the citizens had an account before the period, the rest register along it
		int early = citizens / 3;
		registerCitizens(early, firstDay.minusDays(30), takenIds);
		List<Long> categories = jdbc.sql("select id from portal_category order by id").query(Long.class).list();
		Map<Long, Long> categoryAgency = new HashMap<>();
		jdbc.sql("select id, agency_id from portal_category").query(rs -> {
			categoryAgency.put(rs.getLong(1), rs.getLong(2));
		});
		long lastReport = System.nanoTime();
		long dossierStart = System.nanoTime();
		for (int d = 0; d < days; d++) {
			LocalDate day = workingDays.get(d);
			registerCitizens(share(citizens - early, d, days), day, takenIds);
			int count = share(dossiers, d, days);
			for (int i = 0; i < count; i++) {
				dossier(day);
			}
			int docs = share(documents, d, days);
			for (int i = 0; i < docs; i++) {
				document(day);
			}
			if (!categories.isEmpty()) {
				int arts = share(articles, d, days);
				for (int i = 0; i < arts; i++) {
					long category = categories.get(random.nextInt(categories.size()));
					article(day, category, categoryAgency.get(category));
				}
			}
			drainAudit(atLocal(day.plusDays(1), LocalTime.MIDNIGHT));
			out.maybeFlush();
			if (System.nanoTime() - lastReport > 5_000_000_000L || d == days - 1) {
				lastReport = System.nanoTime();
				double seconds = (System.nanoTime() - dossierStart) / 1e9;
				double rate = dossiersDone / Math.max(seconds, 0.001);
				double eta = (dossiers - dossiersDone) / Math.max(rate, 1);
				log(String.format("%s  dossiers %,d/%,d (%.0f/s)  audit %,d  ETA %s", day, dossiersDone, dossiers, rate,
						auditWritten, formatDuration((long) eta)));
			}
		}
		drainAudit(Instant.MAX);
	}

	/** The part of a total that falls on day d of n, so that the sum over the days is exactly the total. */
	private static int share(int total, int d, int n) {
		return (int) ((long) total * (d + 1) / n - (long) total * d / n);
	}

	// --- citizens -------------------------------------------------------------------------------

	private void registerCitizens(int count, LocalDate day, Set<String> taken) {
		for (int i = 0; i < count; i++) {
			boolean female = random.nextBoolean();
			int birthYear = 1945 + random.nextInt(62);
			String id;
			do {
				id = Names.citizenId(random, female, birthYear);
			}
			while (!taken.add(id));
			String name = Names.fullName(random, female);
			long accountId = ++nextAccountId;
			Org home = orgs.get(random.nextInt(orgs.size()));
			String address = Names.address(random, home.commune);
			String email = random.nextInt(3) == 0 ? "cd" + id + "@example.vn" : null;
			String phone = Names.phone(random);
			Instant at = atLocal(day, LocalTime.of(6 + random.nextInt(16), random.nextInt(60), random.nextInt(60)));
			tAccount.v(accountId).v(id).v("CITIZEN").v(name).v(email).v(phone).v(id)
				.v(LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28)))
				.v(female ? "FEMALE" : "MALE").v(address).v(citizenPasswordHash).v(at).v(at).end();
			tRole.v(accountId).v("CITIZEN").v(null).v(null).end();
			audit(at, id, "CITIZEN_REGISTERED", "identity_account", Long.toString(accountId), null, null);
			registered.add(new Citizen(accountId, id, name, id, phone, email, address));
		}
	}

	// --- dossiers -------------------------------------------------------------------------------

	/** One dossier's row, filled in as its life is played. */
	private static final class D {

		long id;

		String code;

		Org org;

		Proc proc;

		boolean online;

		String status = "DRAFT";

		String beforePause;

		Citizen applicant;

		Long fee;

		String payment = "NOT_REQUIRED";

		Instant created, submitted, received, decided, returned, closed, apology;

		LocalDate due, originalDue;

		boolean result;

		Integer currentStep;

		Boolean late;

		Integer lateStep;

		String returnChannel;

		int seq;

		Integer firstLate;
	}

	private void dossier(LocalDate day) {
		D d = new D();
		d.id = ++nextDossierId;
		// agencies: the province takes about a tenth, the communes share the rest; the district has no catalog
		List<Org> withCatalog = orgs.stream().filter(o -> !o.procedures.isEmpty()).toList();
		Org province = withCatalog.stream().filter(o -> o.agency.getCode().equals("000.00.00.H47")).findFirst().orElse(null);
		d.org = province != null && random.nextInt(10) == 0 ? province : withCatalog.get(random.nextInt(withCatalog.size()));
		// a few procedures are frequent (civil status, certification), the rest rarer
		List<Proc> procs = d.org.procedures;
		int index = random.nextInt(3) == 0 ? random.nextInt(procs.size()) : random.nextInt(Math.min(8, procs.size()));
		d.proc = procs.get(index);
		d.online = d.proc.procedure().acceptsOnline() && random.nextInt(100) < 55;
		d.applicant = registered.get(random.nextInt(registered.size()));
		Instant submitted = atLocal(day, officeTime());
		if (!d.online) {
			// at the desk: during office hours
			dossierInPerson(d, submitted);
		}
		else {
			// online: any time of the day
			dossierOnline(d, atLocal(day, LocalTime.of(random.nextInt(24), random.nextInt(60), random.nextInt(60))));
		}
		writeDossier(d);
		dossiersDone++;
	}

	private void dossierOnline(D d, Instant submit) {
		d.created = submit.minusSeconds(60 + random.nextInt(7200));
		d.fee = d.proc.onlineFee();
		d.payment = d.fee == null ? "NOT_REQUIRED" : "UNPAID";
		history(d, d.created, "CREATED", null, "DRAFT", d.applicant.username(), d.applicant.fullName(), null, false);
		if (random.nextInt(100) < 2 || submit.isAfter(now)) {
			return; // a draft never submitted
		}
		d.code = code(d.org, submit);
		d.submitted = submit;
		d.due = expectedDue(d.proc, submit);
		d.status = "SUBMITTED";
		history(d, submit, "SUBMITTED", "DRAFT", "SUBMITTED", d.applicant.username(), d.applicant.fullName(), null, true);
		audit(submit, d.applicant.username(), "DOSSIER_SUBMITTED", "dossier", Long.toString(d.id), d.org.agency.getId(),
				json("code", d.code, "procedure", d.proc.procedure().getCode()));
		if (d.fee != null) {
			Instant paid = submit.plusSeconds(60 + random.nextInt(1800));
			if (paid.isBefore(now)) {
				pay(d, paid);
			}
		}
		Staff desk = d.org.any(Role.RECEPTION, null, random);
		Instant decision = later(submit, random.nextInt(3) == 0 ? 1 : 0);
		if (decision.isAfter(now)) {
			return;
		}
		int r = random.nextInt(1000);
		if (r < 10) {
			d.status = "WITHDRAWN";
			d.closed = decision;
			history(d, decision, "WITHDRAWN", "SUBMITTED", "WITHDRAWN", d.applicant.username(), d.applicant.fullName(),
					"Nộp nhầm thủ tục", true);
			audit(decision, d.applicant.username(), "DOSSIER_WITHDRAWN", "dossier", Long.toString(d.id), d.org.agency.getId(),
					null);
			return;
		}
		if (r < 30) {
			refuse(d, decision, desk, "SUBMITTED", "Hồ sơ không thuộc thẩm quyền giải quyết");
			return;
		}
		if (r < 90) {
			d.status = "SUPPLEMENT_REQUESTED";
			d.beforePause = "SUBMITTED";
			officerRecord(d, decision, desk, "SUPPLEMENT_REQUESTED", "SUBMITTED", "Bổ sung bản chụp giấy tờ tùy thân", true);
			Instant answer = later(decision, 1 + random.nextInt(random.nextInt(4) == 0 ? 15 : 4));
			if (answer.isAfter(now)) {
				return;
			}
			int r2 = random.nextInt(100);
			if (r2 < 12) {
				d.status = "CANCELLED";
				d.beforePause = null;
				d.closed = answer;
				history(d, answer, "CANCELLED", "SUPPLEMENT_REQUESTED", "CANCELLED", desk.username(), desk.fullName(),
						"Quá hạn bổ sung hồ sơ", true);
				audit(answer, desk.username(), "DOSSIER_CANCELLED", "dossier", Long.toString(d.id), d.org.agency.getId(),
						json("code", d.code, "from", "SUPPLEMENT_REQUESTED", "to", "CANCELLED"));
				return;
			}
			if (r2 < 16) {
				d.status = "WITHDRAWN";
				d.beforePause = null;
				d.closed = answer;
				history(d, answer, "WITHDRAWN", "SUPPLEMENT_REQUESTED", "WITHDRAWN", d.applicant.username(),
						d.applicant.fullName(), null, true);
				audit(answer, d.applicant.username(), "DOSSIER_WITHDRAWN", "dossier", Long.toString(d.id), d.org.agency.getId(),
						null);
				return;
			}
			d.status = "SUBMITTED";
			d.beforePause = null;
			history(d, answer, "SUPPLEMENTED", "SUPPLEMENT_REQUESTED", "SUBMITTED", d.applicant.username(),
					d.applicant.fullName(), "Đã bổ sung theo yêu cầu", true);
			audit(answer, d.applicant.username(), "DOSSIER_SUPPLEMENTED", "dossier", Long.toString(d.id),
					d.org.agency.getId(), null);
			decision = later(answer, random.nextInt(2));
			if (decision.isAfter(now)) {
				return;
			}
		}
		process(d, decision, desk);
	}

	private void dossierInPerson(D d, Instant submit) {
		Staff desk = d.org.any(Role.RECEPTION, null, random);
		d.created = submit;
		d.code = code(d.org, submit);
		d.submitted = submit;
		d.due = expectedDue(d.proc, submit);
		d.status = "SUBMITTED";
		history(d, submit, "REGISTERED_IN_PERSON", "DRAFT", "SUBMITTED", desk.username(), desk.fullName(), null, true);
		audit(submit, desk.username(), "DOSSIER_REGISTERED_IN_PERSON", "dossier", Long.toString(d.id), d.org.agency.getId(),
				json("code", d.code, "procedure", d.proc.procedure().getCode()));
		Instant receive = submit.plusSeconds(120 + random.nextInt(900));
		if (receive.isAfter(now)) {
			return;
		}
		if (random.nextInt(100) < 1) {
			refuse(d, receive, desk, "SUBMITTED", "Thành phần hồ sơ không đúng quy định");
			return;
		}
		process(d, receive, desk);
	}

	/** Reception, the workflow's steps, the decision and the return of the result. */
	private void process(D d, Instant receivedAt, Staff desk) {
		d.received = receivedAt;
		d.due = expectedDue(d.proc, receivedAt);
		List<WorkflowStep> workflow = d.proc.workflow();
		d.status = workflow.get(0).kind() == WorkflowStep.Kind.APPROVAL ? "AWAITING_APPROVAL" : "IN_PROCESS";
		officerRecord(d, receivedAt, desk, "RECEIVED", "SUBMITTED", null, true);
		// how this dossier's processing goes: mostly on time, some early, some late
		int pace = random.nextInt(100);
		boolean willBeLate = pace >= 90;
		Instant start = receivedAt;
		Staff handedBy = desk;
		boolean apologised = false;
		for (int position = 0; position < workflow.size(); position++) {
			WorkflowStep template = workflow.get(position);
			LocalDate stepDue = addWorkingDays(calendar.effectiveReceiptDay(start), template.shareDays());
			if (d.due != null && stepDue.isAfter(d.due)) {
				stepDue = d.due;
			}
			int seq = ++d.seq;
			d.currentStep = seq;
			Staff officer = d.org.any(template.role(), template.departmentId(), random);
			Instant taken = start.plusSeconds(300 + random.nextInt(14_400));
			// finishing day
			LocalDate startDay = start.atZone(zone).toLocalDate();
			LocalDate finishDay;
			if (willBeLate && position == workflow.size() - 1) {
				finishDay = addWorkingDays(max(stepDue, startDay), 1 + random.nextInt(4));
			}
			else if (pace < 25) {
				finishDay = max(startDay, addWorkingDays(stepDue, -1 - random.nextInt(2)));
			}
			else {
				int span = Math.max(0, workingDaysBetween(startDay, stepDue));
				finishDay = addWorkingDays(startDay, span == 0 ? 0 : random.nextInt(span + 1));
			}
			Instant finished = atLocal(finishDay, officeTime());
			if (!finished.isAfter(start)) {
				finished = start.plusSeconds(600 + random.nextInt(3600));
			}
			if (!taken.isBefore(finished)) {
				taken = start.plusSeconds(Math.max(1, Duration.between(start, finished).getSeconds() / 2));
			}
			// the apology (form 04) comes before the appointment date, once, for a dossier that will be late
			if (willBeLate && !apologised && d.due != null && position == workflow.size() - 1 && random.nextBoolean()) {
				LocalDate apologyDay = max(startDay, addWorkingDays(d.due, -1));
				Instant apologyAt = atLocal(apologyDay, officeTime());
				if (apologyAt.isAfter(start) && apologyAt.isBefore(now) && !apologyDay.isAfter(d.due)) {
					Staff leader = d.org.any(Role.LEADER, null, random);
					d.originalDue = d.due;
					d.due = addWorkingDays(max(finishDay, d.due), 1 + random.nextInt(2));
					d.apology = apologyAt;
					apologised = true;
					officerRecord(d, apologyAt, leader, "APOLOGIZED", null, "Cần xác minh thêm thông tin tại địa phương", true);
				}
			}
			boolean active = !finished.isBefore(now);
			// mid-process endings at the first step
			int exit = position == 0 && !active ? random.nextInt(1000) : 1000;
			String outcome = null;
			String stepStatus = "ACTIVE";
			String note = null;
			if (!active) {
				stepStatus = "DONE";
				outcome = finishDay.isEqual(stepDue) ? "ON_TIME" : finishDay.isBefore(stepDue) ? "EARLY" : "LATE";
				if ("LATE".equals(outcome) && d.firstLate == null) {
					d.firstLate = seq;
				}
			}
			boolean takenYet = taken.isBefore(now);
			tStep.v(d.id).v(seq).v(position).v(template.name()).v(template.role().name()).v(template.departmentId())
				.v(template.kind() == WorkflowStep.Kind.APPROVAL ? "APPROVAL" : "PROCESS").v(template.shareDays())
				.v(stepStatus).v(takenYet ? officer.username() : null).v(takenYet ? officer.fullName() : null)
				.v(handedBy.username()).v(handedBy.fullName()).v(start).v(takenYet ? taken : null).v(stepDue)
				.v(active ? null : finished).v(outcome).v(exit < 15 ? (exit < 12 ? "Không đủ điều kiện" : "Dừng giải quyết") : note)
				.end();
			if (active) {
				return;
			}
			if (exit < 12) {
				refuse(d, finished, officer, d.status, "Không đủ điều kiện giải quyết theo quy định");
				return;
			}
			if (exit < 15) {
				Staff leader = d.org.any(Role.LEADER, null, random);
				String from = d.status;
				d.status = "STOPPED";
				d.closed = finished;
				officerRecord(d, finished, leader, "STOPPED", from, "Người yêu cầu đề nghị dừng giải quyết", true);
				return;
			}
			if (position < workflow.size() - 1) {
				WorkflowStep next = workflow.get(position + 1);
				d.status = next.kind() == WorkflowStep.Kind.APPROVAL ? "AWAITING_APPROVAL" : "IN_PROCESS";
				officerRecord(d, finished, officer, "FORWARDED", null, next.name(), false);
				start = finished;
				handedBy = officer;
				continue;
			}
			// the decision: the result is issued and signed
			String from = d.status;
			d.status = "RESULT_READY";
			d.decided = finished;
			d.result = true;
			officerRecord(d, finished, officer, "RESULT_READY", from, null, true);
			tDossierDocument.v(d.id).v("KET_QUA").v("Kết quả giải quyết: " + d.proc.procedure().getName()).v(resultSha)
				.v(resultName).v(true).v(finished).v(officer.username()).end();
			// the return
			boolean byDownload = d.online && random.nextBoolean();
			Instant returned = byDownload ? finished.plusSeconds(600 + random.nextInt(2 * 86_400))
					: atLocal(addWorkingDays(finishDay, random.nextInt(3)), officeTime());
			if (!returned.isAfter(finished)) {
				returned = finished.plusSeconds(900 + random.nextInt(3600));
			}
			if (returned.isAfter(now) || "UNPAID".equals(d.payment)) {
				return;
			}
			d.status = "RETURNED";
			d.returned = returned;
			d.closed = returned;
			LocalDate returnedOn = returned.atZone(zone).toLocalDate();
			LocalDate measured = d.originalDue != null ? d.originalDue : d.due;
			d.late = measured != null && returnedOn.isAfter(measured);
			d.lateStep = Boolean.TRUE.equals(d.late) ? d.firstLate : null;
			d.returnChannel = byDownload ? "ONLINE" : "IN_PERSON";
			String actor = byDownload ? d.applicant.username() : desk.username();
			history(d, returned, "RETURNED", "RESULT_READY", "RETURNED", actor,
					byDownload ? d.applicant.fullName() : desk.fullName(),
					byDownload ? "Trả kết quả trực tuyến" : "Trả kết quả tại Bộ phận một cửa", true);
			audit(returned, actor, "DOSSIER_RETURNED", "dossier", Long.toString(d.id), d.org.agency.getId(),
					json("late", String.valueOf(d.late), "lateStep", d.lateStep == null ? null : d.lateStep.toString()));
			return;
		}
	}

	private void refuse(D d, Instant at, Staff officer, String from, String reason) {
		d.status = "REFUSED";
		d.beforePause = null;
		d.decided = at;
		d.closed = at;
		officerRecord(d, at, officer, "REFUSED", from, reason, true);
	}

	/** A transition by an officer: its history row and audit entry, as the processing service records them. */
	private void officerRecord(D d, Instant at, Staff officer, String action, String from, String note, boolean visible) {
		history(d, at, action, from, from == null ? null : d.status, officer.username(), officer.fullName(), note, visible);
		audit(at, officer.username(), "DOSSIER_" + action, "dossier", Long.toString(d.id), d.org.agency.getId(),
				json("code", d.code, "from", from, "to", d.status));
	}

	private void pay(D d, Instant at) {
		receiptSeq++;
		String receipt = "BL" + at.atZone(zone).getYear() + "-" + String.format("%07d", receiptSeq);
		String txn = "MB" + at.atZone(zone).toLocalDateTime().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
				+ String.format("%06d", d.id % 1_000_000);
		tPayment.v(d.id).v("sandbox").v(txn).v(d.fee).v("PAID").v(at.minusSeconds(90)).v(at)
			.v(String.format("%08d", d.id % 100_000_000)).v("NCB").v("00").v(receipt).end();
		d.payment = "PAID";
		history(d, at, "PAID", null, null, "gateway:sandbox", null, receipt + " – " + d.fee + " đ", true);
		audit(at, "gateway:sandbox", "DOSSIER_FEE_PAID", "dossier", Long.toString(d.id), d.org.agency.getId(),
				json("receipt", receipt));
	}

	private void history(D d, Instant at, String action, String from, String to, String actor, String actorName, String note,
			boolean visible) {
		tHistory.v(d.id).v(at).v(action).v(from).v(to).v(actor).v(actorName).v(note).v(visible).end();
	}

	private void writeDossier(D d) {
		Citizen a = d.applicant;
		Procedure p = d.proc.procedure();
		ProcessingTime time = p.getProcessingTime();
		Instant updated = latest(d.created, d.submitted, d.received, d.decided, d.returned, d.closed);
		tDossier.v(d.id).v(d.code).v(p.getId()).v(p.getCode()).v(p.getName()).v(d.org.agency.getId())
			.v(d.org.agency.getId()).v(d.online ? "ONLINE" : "IN_PERSON").v(d.status).v(d.beforePause)
			.v(d.online ? a.id() : null).v(a.fullName()).v(a.citizenId()).v(a.phone()).v(a.email()).v(a.address())
			.v(VietnameseText.fold(a.fullName() + " " + a.citizenId())).v("{}").v(time.days()).v(time.dayCount().name())
			.v(d.fee).v(d.payment).v(d.created).v(d.submitted).v(d.received).v(d.due).v(d.decided)
			.v(d.result ? resultSha : null).v(d.result ? resultName : null).v(d.returned).v(d.closed).v(updated)
			.v(d.originalDue).v(d.apology).v(d.currentStep).v(d.late).v(d.lateStep).v(d.returnChannel)
			.v(d.received == null ? null : d.proc.workflowJson()).end();
	}

	private String code(Org org, Instant at) {
		LocalDate day = at.atZone(zone).toLocalDate();
		int number = codeCounters.merge(org.agency.getId() + "|" + day, 1, Integer::sum);
		return org.agency.getCode() + "-" + day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-"
				+ String.format("%04d", number);
	}

	private LocalDate expectedDue(Proc proc, Instant at) {
		ProcessingTime time = proc.procedure().getProcessingTime();
		LocalDate effective = calendar.effectiveReceiptDay(at);
		if (time.dayCount() == ProcessingTime.DayCount.CALENDAR) {
			LocalDate day = effective.plusDays(time.days());
			return isWorking(day) ? day : addWorkingDays(day, 0);
		}
		return addWorkingDays(effective, time.days());
	}

	// --- official documents ---------------------------------------------------------------------

	private static final DocumentType[] OUTGOING_TYPES = { DocumentType.CONG_VAN, DocumentType.CONG_VAN,
			DocumentType.CONG_VAN, DocumentType.QUYET_DINH, DocumentType.QUYET_DINH, DocumentType.THONG_BAO,
			DocumentType.KE_HOACH, DocumentType.BAO_CAO, DocumentType.BAO_CAO, DocumentType.GIAY_MOI, DocumentType.TO_TRINH };

	private static final String[] SUBJECTS = { "Về việc triển khai công tác cải cách hành chính năm %d",
			"Về việc tăng cường phòng, chống thiên tai, tìm kiếm cứu nạn năm %d",
			"Về việc tổ chức tiếp công dân định kỳ tháng %d", "Báo cáo tình hình kinh tế – xã hội tháng %d",
			"Về việc kiện toàn Tổ công tác chuyển đổi số cấp xã năm %d",
			"Về việc phê duyệt danh sách hộ nghèo, hộ cận nghèo năm %d", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm %d",
			"Về việc thu gom, xử lý rác thải sinh hoạt trên địa bàn tháng %d",
			"Về việc cấp giấy chứng nhận quyền sử dụng đất đợt %d", "Về việc mời họp giao ban tháng %d" };

	private static final String[] SENDERS = { "Sở Nội vụ tỉnh Quảng Nam|000.00.05.H47", "Sở Tư pháp tỉnh Quảng Nam|000.00.06.H47",
			"Sở Tài chính tỉnh Quảng Nam|000.00.04.H47", "Công an huyện Núi Thành|000.40.17.H47",
			"Văn phòng UBND tỉnh Quảng Nam|000.00.01.H47", "Sở Tài nguyên và Môi trường tỉnh Quảng Nam|000.00.12.H47" };

	private void document(LocalDate day) {
		Org org = orgs.get(random.nextInt(orgs.size()));
		long id = ++nextDocumentId;
		int year = day.getYear();
		Instant at = atLocal(day, officeTime());
		String subject = String.format(Names.pick(random, SUBJECTS), random.nextInt(12) + 1);
		Staff leader = org.any(Role.LEADER, null, random);
		Staff clerk = org.any(Role.CLERK, null, random);
		if (random.nextInt(100) < 60) {
			DocumentType type = Names.pick(random, OUTGOING_TYPES);
			long[] register = register(org, year, "OUTGOING", "Sổ đăng ký văn bản đi năm " + year);
			int number = (int) ++register[1];
			String unit = type.abbreviation() == null ? "VP" : null;
			Long department = org.departments.get("VP");
			String notation = Notation.of(number, type, org.abbreviation, unit);
			Staff drafter = org.any(Role.SPECIALIST, null, random);
			String search = VietnameseText.fold(String.join(" ", notation, "", subject, "", leader.fullName(),
					drafter.fullName(), Notation.number(number), ""));
			tDocument.v(id).v(org.agency.getId()).v("OUTGOING").v("ISSUED").v(type.name()).v(subject).v("NORMAL")
				.v("NORMAL").v(department).v(drafter.username()).v(drafter.fullName()).v(leader.id()).v(leader.fullName())
				.v("Chủ tịch").v(null).v(resultSha).v(VietnameseText.slug(notation.replace('/', '-')) + ".pdf")
				.v(register[0]).v(number).v(notation).v(day).v(at).v(null).v(null).v(null).v(null).v(null).v(null).v(null)
				.v(null).v(search).v(at.minusSeconds(86_400L * (1 + random.nextInt(5)))).v(at).end();
			tDocumentEvent.v(id).v(at).v("ISSUED").v(clerk.username()).v(clerk.fullName()).v(notation).end();
			audit(at, clerk.username(), "DOCUMENT_ISSUED", "document", Long.toString(id), org.agency.getId(),
					json("register", Long.toString(register[0]), "number", Integer.toString(number), "notation", notation,
							"sha256", resultSha));
		}
		else {
			String[] sender = Names.pick(random, SENDERS).split("\\|");
			long[] register = register(org, year, "INCOMING", "Sổ đăng ký văn bản đến năm " + year);
			int arrival = (int) ++register[1];
			String original = (1 + random.nextInt(900)) + "/" + (random.nextBoolean() ? "UBND-VP" : "SNV-VP");
			LocalDate originalDate = addWorkingDays(day, -1 - random.nextInt(3));
			boolean old = day.isBefore(lastDay.minusDays(30));
			String status = old ? "COMPLETED" : Names.pick(random, new String[] { "AWAITING_DIRECTION", "IN_PROGRESS", "COMPLETED" });
			Instant completed = "COMPLETED".equals(status) ? atLocal(min(addWorkingDays(day, 1 + random.nextInt(5)), lastDay.minusDays(1)), officeTime()) : null;
			if (completed != null && !completed.isAfter(at)) {
				completed = at.plusSeconds(3600);
			}
			String search = VietnameseText.fold(String.join(" ", "", original, subject, sender[0], "", "", "", "den" + arrival));
			tDocument.v(id).v(org.agency.getId()).v("INCOMING").v(status).v(DocumentType.CONG_VAN.name()).v(subject)
				.v("NORMAL").v("NORMAL").v(null).v(null).v(null).v(null).v(null).v(null).v(null).v(null).v(null)
				.v(register[0]).v(null).v(null).v(null).v(null).v(arrival).v(at).v(sender[0]).v(sender[1]).v(original)
				.v(originalDate).v(addWorkingDays(day, 10)).v(completed).v(search).v(at).v(completed != null ? completed : at)
				.end();
			tDocumentEvent.v(id).v(at).v("REGISTERED").v(clerk.username()).v(clerk.fullName()).v("Số đến " + arrival).end();
			audit(at, clerk.username(), "DOCUMENT_REGISTERED", "document", Long.toString(id), org.agency.getId(),
					json("status", "AWAITING_DIRECTION"));
			if (completed != null) {
				Staff handler = org.any(Role.SPECIALIST, null, random);
				tDocumentEvent.v(id).v(completed).v("COMPLETED").v(handler.username()).v(handler.fullName()).v(null).end();
				audit(completed, handler.username(), "DOCUMENT_COMPLETED", "document", Long.toString(id), org.agency.getId(),
						json("status", "COMPLETED"));
			}
		}
	}

	/** The register of the year (created on first use, id and last number kept here and written at the end). */
	private long[] register(Org org, int year, String direction, String name) {
		return registers.computeIfAbsent(org.agency.getId() + "|" + year + "|" + direction + "|CHUNG", key -> {
			long id = ++nextRegisterId;
			// written at once: the documents copied later refer to it (last_number is set at the end)
			jdbc.sql("insert into document_register (id, agency_id, year, direction, series, name, last_number) "
					+ "values (:id, :a, :y, :d, 'CHUNG', :n, 0)")
				.param("id", id)
				.param("a", org.agency.getId())
				.param("y", year)
				.param("d", direction)
				.param("n", name)
				.update();
			return new long[] { id, 0 };
		});
	}

	// --- articles -------------------------------------------------------------------------------

	private static final String[] ARTICLE_TOPICS = { "Hội nghị triển khai nhiệm vụ phát triển kinh tế – xã hội",
			"Ra quân vệ sinh môi trường, hưởng ứng phong trào xanh – sạch – đẹp", "Tập huấn kỹ năng chuyển đổi số cho tổ công nghệ số cộng đồng",
			"Trao quà cho gia đình chính sách nhân dịp lễ", "Tuyên truyền phòng, chống dịch sốt xuất huyết",
			"Khánh thành nhà văn hóa thôn", "Tổng kết mùa vụ lúa Đông Xuân", "Diễn tập phòng thủ dân sự ứng phó bão lũ",
			"Đối thoại với Nhân dân về công tác giải phóng mặt bằng", "Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công" };

	private void article(LocalDate day, long category, Long agencyId) {
		long id = ++nextArticleId;
		String title = Names.pick(random, ARTICLE_TOPICS) + " (" + day.getDayOfMonth() + "/" + day.getMonthValue() + "/"
				+ day.getYear() + ")";
		String summary = "Ngày " + day.getDayOfMonth() + "/" + day.getMonthValue() + ", " + title.toLowerCase() + ".";
		String body = "<p>" + summary + "</p><p>Tham dự có đại diện lãnh đạo địa phương, các ban ngành, đoàn thể và đông đảo "
				+ "Nhân dân trên địa bàn.</p><p>Phát biểu tại buổi lễ, lãnh đạo đề nghị các cơ quan, đơn vị tiếp tục phối hợp "
				+ "chặt chẽ, triển khai hiệu quả các nhiệm vụ đã đề ra.</p>";
		String text = body.replaceAll("</p>", " ").replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
		String tags = "tin hoạt động";
		Instant at = atLocal(day, officeTime());
		boolean published = random.nextInt(100) < 92;
		String status = published ? "PUBLISHED" : Names.pick(random, new String[] { "DRAFT", "SUBMITTED", "UNPUBLISHED" });
		String author = "bientap.tamanhnam";
		String authorName = "Đỗ Minh Quân";
		String slug = VietnameseText.slug(title) + "-" + id;
		tArticle.v(id).v(agencyId).v(category).v(slug).v(title).v(summary).v(body).v(tags).v(status).v(author).v(authorName)
			.v(published ? at : null).v(published ? at : null).v(published ? "lanhdao.tamanhnam" : null)
			.v(published ? random.nextInt(3000) : 0).v(VietnameseText.fold(title + " " + summary + " " + tags + " " + text))
			.v(at.minusSeconds(3600)).v(at).end();
		tRevision.v(id).v(1).v(title).v(summary).v(body).v(author).v(at.minusSeconds(3600)).v(null).end();
		if (published) {
			audit(at, "lanhdao.tamanhnam", "ARTICLE_PUBLISHED", "portal_article", Long.toString(id), agencyId,
					json("title", title, "status", "PUBLISHED"));
		}
	}

	// --- the audit chain ------------------------------------------------------------------------

	private void audit(Instant at, String actor, String action, String objectType, String objectId, Long agencyId,
			String details) {
		auditQueue.add(new AuditEvent(at.truncatedTo(ChronoUnit.MICROS), auditOrder++, actor, action, objectType, objectId,
				agencyId, details));
	}

	/** Chains and writes every queued entry that happened before {@code until}. */
	private void drainAudit(Instant until) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		while (!auditQueue.isEmpty() && auditQueue.peek().at.isBefore(until)) {
			AuditEvent e = auditQueue.poll();
			// exactly as vn.minhbach.audit.AuditHashing: SHA-256 over the fields joined by unit separators
			String canonical = String.join("\u001f", auditHash, e.at.toString(), nz(e.actor), nz(e.action), nz(e.objectType),
					nz(e.objectId), e.agencyId == null ? "" : e.agencyId.toString(), nz(e.details), "");
			String hash = HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
			tAudit.v(++auditId).v(e.at).v(e.actor).v(e.action).v(e.objectType).v(e.objectId).v(e.agencyId).v(e.details)
				.v(null).v(auditHash).v(hash).end();
			auditHash = hash;
			auditWritten++;
		}
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	/** A JSON object of string values (null as null), as the audit log writes its details map. */
	private static String json(String... pairs) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < pairs.length; i += 2) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(pairs[i]).append("\":");
			if (pairs[i + 1] == null) {
				json.append("null");
			}
			else {
				json.append('"').append(pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
		}
		return json.append('}').toString();
	}

	// --- counters, sequences, summary ---------------------------------------------------------------

	private void finishCounters(Connection connection) throws Exception {
		log("Counters, registers, sequences and the chain head");
		jdbc.sql("update audit_chain_head set last_id = :id, last_hash = :hash where id = 1")
			.param("id", auditId)
			.param("hash", auditHash)
			.update();
		jdbc.sql("delete from dossier_code_counter").update();
		List<Object[]> counters = new ArrayList<>();
		codeCounters.forEach((key, last) -> {
			String[] parts = key.split("\\|");
			counters.add(new Object[] { Long.parseLong(parts[0]), java.sql.Date.valueOf(LocalDate.parse(parts[1])), last });
		});
		try (var insert = connection.prepareStatement("insert into dossier_code_counter (agency_id, day, last) values (?, ?, ?)")) {
			for (Object[] row : counters) {
				insert.setLong(1, (Long) row[0]);
				insert.setDate(2, (java.sql.Date) row[1]);
				insert.setInt(3, (Integer) row[2]);
				insert.addBatch();
			}
			insert.executeBatch();
		}
		for (long[] register : registers.values()) {
			jdbc.sql("update document_register set last_number = :last where id = :id")
				.param("last", (int) register[1])
				.param("id", register[0])
				.update();
		}
		// the document rows were written before their registers: check the references now
		long orphans = jdbc.sql("select count(*) from document d where register_id is not null "
				+ "and not exists (select 1 from document_register r where r.id = d.register_id)").query(Long.class).single();
		if (orphans > 0) {
			throw new IllegalStateException(orphans + " documents without their register");
		}
		for (String table : List.of("identity_account", "dossier", "document", "portal_article", "document_register",
				"audit_entry")) {
			jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select coalesce(max(id), 1) from " + table
					+ "))").query(Long.class).single();
		}
		if (receiptSeq > 0) {
			jdbc.sql("select setval('dossier_receipt_seq', :v)").param("v", receiptSeq).query(Long.class).single();
		}
	}

	private String summary(CopyOut copy) {
		StringBuilder text = new StringBuilder();
		text.append(String.format("%nProvince-scale data: %,d dossiers requested, %d CPU%n", dossiers,
				Runtime.getRuntime().availableProcessors()));
		text.append(String.format("%-28s %12s%n", "table", "rows"));
		for (String table : List.of("organization_agency", "identity_account", "identity_role_assignment", "catalog_procedure",
				"dossier", "dossier_step", "dossier_history", "dossier_payment", "dossier_document", "document",
				"document_register", "document_event", "portal_article", "portal_article_revision", "audit_entry")) {
			long rows = jdbc.sql("select count(*) from " + table).query(Long.class).single();
			text.append(String.format("%-28s %,12d%n", table, rows));
		}
		text.append("dossiers by status:");
		jdbc.sql("select status, count(*) from dossier group by status order by 2 desc").query(rs -> {
			text.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
		});
		text.append('\n');
		long size = jdbc.sql("select pg_database_size(current_database())").query(Long.class).single();
		text.append(String.format("database size: %.1f MB%n", size / 1024.0 / 1024.0));
		text.append("elapsed: " + formatDuration((System.nanoTime() - started) / 1_000_000_000L) + "\n");
		return text.toString();
	}

	// --- dates ------------------------------------------------------------------------------------

	private boolean isWorking(LocalDate day) {
		int i = (int) ChronoUnit.DAYS.between(calendarStart, day);
		return i >= 0 && i < working.length ? working[i] : calendar.isWorkingDay(day);
	}

	/** As {@link WorkingCalendar#addWorkingDays}, on the precomputed days. */
	private LocalDate addWorkingDays(LocalDate start, int days) {
		LocalDate current = start;
		if (days == 0) {
			while (!isWorking(current)) {
				current = current.plusDays(1);
			}
			return current;
		}
		int step = days > 0 ? 1 : -1;
		for (int i = 0; i < Math.abs(days); i++) {
			do {
				current = current.plusDays(step);
			}
			while (!isWorking(current));
		}
		return current;
	}

	private int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorking(day)) {
				count++;
			}
		}
		return count;
	}

	/** A working day later (0: later the same day, or the next working day if the day is over). */
	private Instant later(Instant from, int workingDays) {
		LocalDate day = from.atZone(zone).toLocalDate();
		if (workingDays == 0) {
			Instant candidate = from.plusSeconds(900 + random.nextInt(3 * 3600));
			if (candidate.atZone(zone).toLocalTime().isBefore(LocalTime.of(17, 0)) && isWorking(day)) {
				return candidate;
			}
			workingDays = 1;
		}
		return atLocal(addWorkingDays(day, workingDays), officeTime());
	}

	private LocalTime officeTime() {
		int minute = random.nextInt(7 * 60); // 7:30–11:30 and 13:30–16:30
		int at = minute < 240 ? 7 * 60 + 30 + minute : 13 * 60 + 30 + (minute - 240);
		return LocalTime.of(at / 60, at % 60, random.nextInt(60));
	}

	private Instant atLocal(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(zone).toInstant();
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static Instant latest(Instant... instants) {
		Instant latest = null;
		for (Instant instant : instants) {
			if (instant != null && (latest == null || instant.isAfter(latest))) {
				latest = instant;
			}
		}
		return latest;
	}

	static String formatDuration(long seconds) {
		return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
	}

	private void log(String message) {
		System.out.printf("[%s] %s%n", formatDuration((System.nanoTime() - started) / 1_000_000_000L), message);
		System.out.flush();
	}

	/** The result document every generated decision points to (one file in the content-addressed store). */
	private static byte[] placeholderPdf() throws Exception {
		try (PDDocument pdf = new PDDocument(); var bytes = new java.io.ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A5);
			pdf.addPage(page);
			try (var stream = new PDPageContentStream(pdf, page)) {
				stream.beginText();
				stream.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
				stream.newLineAtOffset(40, 500);
				stream.showText("Ket qua giai quyet ho so (du lieu tong hop de do hieu nang)");
				stream.endText();
			}
			pdf.save(bytes);
			return bytes.toByteArray();
		}
	}
}
