package vn.minhbach.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.catalog.FormAnswers;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.files.TestFiles;
import vn.minhbach.notification.Notifications;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.pdf.SignedDocuments;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;

/**
 * The back office's rules: one winner when two officers act at once, nobody acting outside their
 * role and agency, the clock stopping while a supplement is awaited, in-person registration and
 * routing, the lists and their search, and the official forms as readable, signed PDFs.
 */
@IntegrationTest
class BackOfficeIntegrationTests {

	@Autowired
	DossierProcessing processing;

	@Autowired
	DossierQueue queue;

	@Autowired
	DossierIntake intake;

	@Autowired
	ProcedureCatalog catalog;

	@Autowired
	UserDetailsService users;

	@Autowired
	SignedDocuments signatures;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.minhbach.audit.AuditLog audit;

	DossierTestSupport support() {
		return new DossierTestSupport(intake, catalog, users);
	}

	Dossier received(String citizen, String procedure) {
		Dossier submitted = support().submitted(citizen, procedure);
		return TestUsers.as(users, "motcua.tamanhnam", () -> processing.receive(submitted.getId(), submitted.getVersion()));
	}

	@Test
	void twoOfficersActingOnOneDossierAtOnceGiveExactlyOneWinner() throws Exception {
		Dossier dossier = received("congdan.demo", "1.004873");
		int version = dossier.getVersion();
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<String>> attempts = new ArrayList<>();
			for (String officer : List.of("chuyenvien.tamanhnam", "lanhdao.tamanhnam")) {
				attempts.add(CompletableFuture.supplyAsync(() -> TestUsers.as(users, officer, () -> {
					try {
						start.await(10, TimeUnit.SECONDS);
						if (officer.startsWith("chuyenvien")) {
							processing.requestSupplement(dossier.getId(), version, "Bổ sung giấy tờ chứng minh");
						}
						else {
							processing.stop(dossier.getId(), version, "Người nộp đề nghị dừng");
						}
						return "done";
					}
					catch (ConcurrentChange ex) {
						return "stale";
					}
					catch (Exception ex) {
						return ex.toString();
					}
				}), pool));
			}
			List<String> outcomes = attempts.stream().map(CompletableFuture::join).toList();
			assertThat(outcomes).containsExactlyInAnyOrder("done", "stale");
		}
		finally {
			pool.shutdownNow();
		}
		Dossier after = TestUsers.as(users, "lanhdao.tamanhnam", () -> processing.dossier(dossier.getId()));
		assertThat(after.getStatus()).isIn(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.STOPPED);
		assertThat(after.getVersion()).isGreaterThan(version);
		long transitions = jdbc.sql("""
				select count(*) from dossier_history where dossier_id = :id and action in ('SUPPLEMENT_REQUESTED', 'STOPPED')
				""").param("id", dossier.getId()).query(Long.class).single();
		assertThat(transitions).isEqualTo(1);
	}

	@Test
	void officersActOnlyWithinTheirRoleAndAgency() {
		Dossier submitted = support().submitted("congdan2.demo", "1.004873");
		// a desk of another agency, a specialist before reception, a citizen
		assertThatThrownBy(() -> TestUsers.as(users, "motcua.nuithanh", () -> processing.dossier(submitted.getId())))
			.isInstanceOf(AccessDeniedInAgency.class);
		assertThatThrownBy(() -> TestUsers.as(users, "chuyenvien.tamanhnam",
				() -> processing.receive(submitted.getId(), submitted.getVersion())))
			.isInstanceOf(AccessDeniedInAgency.class);
		assertThatThrownBy(() -> TestUsers.as(users, "congdan2.demo", () -> processing.dossier(submitted.getId())))
			.isInstanceOf(AccessDeniedInAgency.class);
		Dossier received = TestUsers.as(users, "motcua.tamanhnam",
				() -> processing.receive(submitted.getId(), submitted.getVersion()));
		// the specialist's step: the leader may not forward it, the desk may not approve, the specialist may not approve
		assertThat(TestUsers.as(users, "lanhdao.tamanhnam", () -> processing.allowedActions(received.getId())))
			.doesNotContain(DossierProcessing.Action.FORWARD, DossierProcessing.Action.APPROVE)
			.contains(DossierProcessing.Action.ASSIGN, DossierProcessing.Action.STOP, DossierProcessing.Action.APOLOGIZE);
		assertThatThrownBy(() -> TestUsers.as(users, "lanhdao.tamanhnam",
				() -> processing.forward(received.getId(), received.getVersion(), null)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.dossier.actionNotAllowed"));
		assertThatThrownBy(() -> TestUsers.as(users, "motcua.tamanhnam",
				() -> processing.approve(received.getId(), received.getVersion(), null)))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> TestUsers.as(users, "chuyenvien.nuithanh", () -> processing.dossier(received.getId())))
			.isInstanceOf(AccessDeniedInAgency.class);
		Dossier forwarded = TestUsers.as(users, "chuyenvien.tamanhnam",
				() -> processing.forward(received.getId(), received.getVersion(), "Đủ điều kiện"));
		assertThatThrownBy(() -> TestUsers.as(users, "chuyenvien.tamanhnam",
				() -> processing.approve(forwarded.getId(), forwarded.getVersion(), null)))
			.isInstanceOf(BusinessRuleViolation.class);
		// the leader sends it back to the examination, with the reason; only to an earlier step
		assertThat(forwarded.getStatus()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
		assertThatThrownBy(() -> TestUsers.as(users, "lanhdao.tamanhnam",
				() -> processing.sendBack(forwarded.getId(), forwarded.getVersion(), 1, "Xem lại")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.dossier.sendBackTarget"));
		Dossier sentBack = TestUsers.as(users, "lanhdao.tamanhnam",
				() -> processing.sendBack(forwarded.getId(), forwarded.getVersion(), 0, "Xác minh lại nơi cư trú"));
		assertThat(sentBack.getStatus()).isEqualTo(DossierStatus.IN_PROCESS);
		// a leader assigns only to someone who holds the step's role in the agency
		Long specialistOfOtherAgency = accountId("chuyenvien.nuithanh");
		assertThatThrownBy(() -> TestUsers.as(users, "lanhdao.tamanhnam",
				() -> processing.assign(sentBack.getId(), sentBack.getVersion(), specialistOfOtherAgency)))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.dossier.assigneeRole"));
		assertThat(TestUsers.as(users, "lanhdao.tamanhnam", () -> processing.assignees(sentBack.getId())))
			.extracting(vn.minhbach.identity.Account::getUsername)
			.contains("chuyenvien.tamanhnam")
			.doesNotContain("chuyenvien.nuithanh", "lanhdao.tamanhnam", "motcua.tamanhnam");
		var steps = TestUsers.as(users, "lanhdao.tamanhnam", () -> processing.steps(sentBack.getId()));
		assertThat(steps).extracting(DossierStep::status)
			.containsExactly(DossierStep.Status.DONE, DossierStep.Status.RETURNED, DossierStep.Status.ACTIVE);
		assertThat(steps.get(1).note()).isEqualTo("Xác minh lại nơi cư trú");
		// opening it shows the same, checks the same, and records the look in the audit chain
		long looks = looks(sentBack.getId());
		var opened = TestUsers.as(users, "lanhdao.tamanhnam", () -> processing.open(sentBack.getId()));
		assertThat(opened.steps()).extracting(DossierStep::status).isEqualTo(steps.stream().map(DossierStep::status).toList());
		assertThat(opened.actions()).contains(DossierProcessing.Action.ASSIGN).doesNotContain(DossierProcessing.Action.APPROVE);
		assertThat(opened.history()).isNotEmpty();
		assertThat(looks(sentBack.getId())).isEqualTo(looks + 1);
		assertThatThrownBy(() -> TestUsers.as(users, "chuyenvien.nuithanh", () -> processing.open(sentBack.getId())))
			.isInstanceOf(AccessDeniedInAgency.class);
		assertThat(looks(sentBack.getId())).isEqualTo(looks + 1);
	}

	private List<Long> byName(Long agency, String text) {
		return TestUsers.as(users, "lanhdao.tamanhnam", () -> queue.page(agency,
				new DossierFilter(DossierFilter.View.ALL, null, null, null, null, null, null, null, text, null, 200)))
			.rows()
			.stream()
			.map(QueueRow::id)
			.toList();
	}

	private long looks(Long dossierId) {
		audit.chainPendingReads();
		return jdbc.sql("select count(*) from audit_entry where action = 'DOSSIER_VIEWED' and object_id = :id")
			.param("id", dossierId.toString())
			.query(Long.class)
			.single();
	}

	@Test
	void aTemplateEditedAfterReceptionAppliesOnlyToDossiersReceivedLater() {
		Procedure funeral = catalog.publishedByCode("1.001731").orElseThrow();
		Dossier before = received("congdan2.demo", "1.001731");
		try {
			TestUsers.run(users, "quantri.tamanhnam", () -> {
				Procedure current = catalog.procedure(funeral.getId());
				catalog.defineWorkflow(current.getId(), current.getVersion(), List.of(
						new vn.minhbach.catalog.WorkflowStep("Thẩm định hồ sơ", vn.minhbach.shared.Role.SPECIALIST, null, 1,
								vn.minhbach.catalog.WorkflowStep.Kind.PROCESS),
						new vn.minhbach.catalog.WorkflowStep("Xác minh tại địa bàn", vn.minhbach.shared.Role.SPECIALIST, null, 1,
								vn.minhbach.catalog.WorkflowStep.Kind.PROCESS),
						new vn.minhbach.catalog.WorkflowStep("Lãnh đạo phê duyệt", vn.minhbach.shared.Role.LEADER, null, 1,
								vn.minhbach.catalog.WorkflowStep.Kind.APPROVAL)));
			});
			Dossier forwarded = TestUsers.as(users, "chuyenvien.tamanhnam",
					() -> processing.forward(before.getId(), before.getVersion(), null));
			assertThat(forwarded.getStatus()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
			Dossier after = received("congdan2.demo", "1.001731");
			Dossier examined = TestUsers.as(users, "chuyenvien.tamanhnam",
					() -> processing.forward(after.getId(), after.getVersion(), null));
			assertThat(examined.getStatus()).isEqualTo(DossierStatus.IN_PROCESS);
			assertThat(TestUsers.as(users, "chuyenvien.tamanhnam", () -> processing.activeStep(after.getId())))
				.get()
				.extracting(DossierStep::name)
				.isEqualTo("Xác minh tại địa bàn");
		}
		finally {
			TestUsers.run(users, "quantri.tamanhnam", () -> {
				Procedure current = catalog.procedure(funeral.getId());
				catalog.defineWorkflow(current.getId(), current.getVersion(), List.of());
			});
		}
	}

	@Test
	void theClockStopsWhileASupplementIsAwaitedAndTheDueDateMovesByTheDaysWaited() {
		Dossier received = received("congdan.demo", "1.004873");
		LocalDate due = received.getDueDate();
		Dossier paused = TestUsers.as(users, "chuyenvien.tamanhnam",
				() -> processing.requestSupplement(received.getId(), received.getVersion(), "Bổ sung ảnh chân dung"));
		// the applicant answers three working days later
		LocalDate asked = calendar.today();
		LocalDate threeWorkingDaysAgo = asked;
		for (int i = 0; i < 3; i++) {
			threeWorkingDaysAgo = calendar.previousWorkingDay(threeWorkingDaysAgo);
		}
		jdbc.sql("update dossier_pause set started_at = :at where dossier_id = :id and ended_at is null")
			.param("at", java.sql.Timestamp.from(threeWorkingDaysAgo.atTime(9, 0).atZone(calendar.zone()).toInstant()))
			.param("id", paused.getId())
			.update();
		Dossier resumed = TestUsers.as(users, "congdan.demo", () -> {
			intake.attach(paused.getId(), 0, new ByteArrayInputStream(TestFiles.jpeg()), "anh.jpg");
			return intake.supplement(paused.getId(), "Đã bổ sung");
		});
		int waited = calendar.workingDaysBetween(threeWorkingDaysAgo, asked);
		assertThat(resumed.getDueDate()).isEqualTo(calendar.addWorkingDays(due, waited));
		assertThat(resumed.getStatus()).isEqualTo(DossierStatus.IN_PROCESS);
		assertThat(waited).isEqualTo(3);
	}

	@Test
	void aDossierFiledAtAnotherAgencysDeskIsRoutedToTheCompetentAgency() {
		Procedure communal = catalog.publishedByCode("1.004873").orElseThrow();
		Long commune = communal.getAgencyId();
		Long district = organization.agencyByCode("000.00.17.H47").orElseThrow().getId();
		Applicant applicant = new Applicant(null, "Trần Thị Bình", "049190004321", "0905111222", null,
				"Thôn An Hòa, xã Tam Anh Nam");
		FormAnswers answers = DossierFixtures.validAnswers(communal.getFormSchema());
		List<DossierProcessing.ScannedPaper> scans = new ArrayList<>();
		for (int i = 0; i < communal.getPapers().size(); i++) {
			scans.add(new DossierProcessing.ScannedPaper(i, "giay-" + i + ".pdf", TestFiles.pdf("Giấy " + i)));
		}
		Map<String, String> problems = TestUsers.as(users, "motcua.nuithanh", () -> processing.checkInPerson(communal.getId(),
				new Applicant(null, " ", "123", "12", null, null), FormAnswers.empty(), Set.of()));
		assertThat(problems).containsKeys("applicant.fullName", "applicant.citizenId", "applicant.phone");
		assertThatThrownBy(() -> TestUsers.as(users, "motcua.nuithanh", () -> processing.registerInPerson(district,
				communal.getId(), new Applicant(null, "", null, null, null, null), answers, scans)))
			.isInstanceOf(BusinessRuleViolation.class);

		// filed at the district's desk, it goes to the commune's desk
		Dossier routed = TestUsers.as(users, "motcua.nuithanh",
				() -> processing.registerInPerson(district, communal.getId(), applicant, answers, scans));
		assertThat(routed.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(routed.getReceivingAgencyId()).isEqualTo(district);
		assertThat(routed.getAgencyId()).isEqualTo(commune);
		assertThat(routed.getCode()).startsWith("000.00.17.H47-");
		var routedThere = TestUsers.as(users, "motcua.nuithanh",
				() -> queue.page(district, DossierFilter.of(DossierFilter.View.ROUTED)));
		assertThat(routedThere.rows()).extracting(QueueRow::code).contains(routed.getCode());
		var waiting = TestUsers.as(users, "motcua.tamanhnam",
				() -> queue.page(commune, DossierFilter.of(DossierFilter.View.RECEPTION)));
		assertThat(waiting.rows()).extracting(QueueRow::code).contains(routed.getCode());
		assertThatThrownBy(() -> TestUsers.as(users, "motcua.nuithanh",
				() -> processing.receive(routed.getId(), routed.getVersion())))
			.isInstanceOf(AccessDeniedInAgency.class);
		Dossier received = TestUsers.as(users, "motcua.tamanhnam", () -> processing.receive(routed.getId(), routed.getVersion()));
		assertThat(received.getStatus()).isEqualTo(DossierStatus.IN_PROCESS);
		assertThat(TestUsers.as(users, "motcua.tamanhnam", () -> processing.history(routed.getId())))
			.extracting(HistoryEntry::action)
			.containsSubsequence("REGISTERED_IN_PERSON", "ROUTED", "RECEIVED");

		// at its own desk, a dossier is received at once, with the receipt
		Dossier here = TestUsers.as(users, "motcua.tamanhnam",
				() -> processing.registerInPerson(commune, communal.getId(), applicant, answers, scans));
		assertThat(here.getStatus()).isEqualTo(DossierStatus.IN_PROCESS);
		assertThat(here.getChannel()).isEqualTo(Dossier.SubmissionChannel.IN_PERSON);
		assertThat(TestUsers.as(users, "motcua.tamanhnam", () -> processing.documents(here.getId())))
			.extracting(DossierDocument::formCode)
			.containsExactly("MAU_01");
	}

	@Test
	void theListsFindDossiersByCodeIdOrNameWithoutDiacriticsAndPageByKeyset() {
		Dossier a = received("congdan.demo", "1.004873");
		Dossier b = received("congdan.demo", "1.004873");
		Dossier c = received("congdan.demo", "1.004873");
		Long commune = a.getAgencyId();
		var byName = TestUsers.as(users, "lanhdao.tamanhnam", () -> queue.page(commune,
				new DossierFilter(DossierFilter.View.ALL, null, null, null, null, null, null, null, "nguyen van an", null, 50)));
		assertThat(byName.rows()).extracting(QueueRow::id).contains(a.getId(), b.getId(), c.getId());
		var byCode = TestUsers.as(users, "lanhdao.tamanhnam", () -> queue.page(commune,
				new DossierFilter(DossierFilter.View.ALL, null, null, null, null, null, null, null, b.getCode(), null, 50)));
		assertThat(byCode.rows()).extracting(QueueRow::id).containsExactly(b.getId());
		var byId = TestUsers.as(users, "lanhdao.tamanhnam", () -> queue.page(commune,
				new DossierFilter(DossierFilter.View.ALL, null, null, null, null, null, null, null, "049090001234", null, 200)));
		assertThat(byId.rows()).extracting(QueueRow::id).contains(a.getId(), b.getId(), c.getId());
		// a name is found from the start of any of its words, with or without diacritics, not from inside a word
		assertThat(byName(commune, "Văn An")).contains(a.getId(), b.getId(), c.getId());
		assertThat(byName(commune, "an")).contains(a.getId(), b.getId(), c.getId());
		assertThat(byName(commune, "  NGUYEN  van ")).contains(a.getId(), b.getId(), c.getId());
		assertThat(byName(commune, "guyen van an")).doesNotContain(a.getId(), b.getId(), c.getId());
		assertThat(byName(commune, "nguyen van an x")).doesNotContain(a.getId(), b.getId(), c.getId());
		// the keys follow a change of the name or of the agency, however it is written
		jdbc.sql("update dossier set applicant_folded = 'le thi hoa moi' where id = :id").param("id", c.getId()).update();
		assertThat(byName(commune, "hoa moi")).containsExactly(c.getId());
		assertThat(byName(commune, "nguyen van an")).contains(a.getId()).doesNotContain(c.getId());
		Long district = organization.agencyByCode("000.00.17.H47").orElseThrow().getId();
		jdbc.sql("update dossier set agency_id = :district where id = :id").param("district", district).param("id", c.getId())
			.update();
		assertThat(byName(commune, "hoa moi")).isEmpty();
		assertThat(jdbc.sql("select count(*) from dossier_name_key where dossier_id = :id and agency_id = :district")
			.param("id", c.getId())
			.param("district", district)
			.query(Long.class)
			.single()).isEqualTo(4);
		jdbc.sql("update dossier set agency_id = :commune, applicant_folded = 'nguyen van an' where id = :id")
			.param("commune", commune)
			.param("id", c.getId())
			.update();
		assertThat(jdbc.sql("select count(*) from dossier_name_key where dossier_id = :id").param("id", c.getId())
			.query(Long.class)
			.single()).isEqualTo(3);

		// keyset pages: no row twice, none skipped, newest first
		List<Long> seen = new ArrayList<>();
		String cursor = null;
		do {
			String after = cursor;
			var page = TestUsers.as(users, "lanhdao.tamanhnam", () -> queue.page(commune,
					new DossierFilter(DossierFilter.View.ALL, null, null, null, null, null, null, null, null, after, 2)));
			page.rows().forEach(row -> seen.add(row.id()));
			cursor = page.next();
		}
		while (cursor != null);
		assertThat(seen).doesNotHaveDuplicates().contains(a.getId(), b.getId(), c.getId());
		assertThat(seen).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		// the specialist's queue is sorted by the step's deadline and holds the three
		var mine = TestUsers.as(users, "chuyenvien.tamanhnam",
				() -> queue.page(commune, new DossierFilter(DossierFilter.View.MINE, null, null, null, null, null, null, null,
						null, null, 200)));
		assertThat(mine.rows()).extracting(QueueRow::id).contains(a.getId(), b.getId(), c.getId());
		assertThat(mine.rows()).extracting(QueueRow::stepDue).isSorted();
		// a desk of another agency sees none of them
		assertThatThrownBy(() -> TestUsers.as(users, "motcua.nuithanh",
				() -> queue.page(commune, DossierFilter.of(DossierFilter.View.ALL))))
			.isInstanceOf(AccessDeniedInAgency.class);
		assertThatThrownBy(() -> TestUsers.as(users, "lanhdao.tamanhnam", () -> queue.page(commune,
				DossierFilter.of(DossierFilter.View.ALL).after("not-a-cursor"))))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void theOfficialFormsAreSignedPdfsWithTheirVietnameseText() throws Exception {
		Dossier received = received("congdan2.demo", "1.004873");
		DossierDocument receipt = TestUsers.as(users, "motcua.tamanhnam", () -> processing.documents(received.getId()))
			.get(0);
		byte[] pdf = TestUsers.as(users, "motcua.tamanhnam", () -> {
			try (var in = processing.open(receipt)) {
				return in.readAllBytes();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		String text = text(pdf);
		assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
				"GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", received.getCode(), "Trần Thị Bích",
				OfficialForms.DATE.format(received.getDueDate()));
		assertThat(signatures.verify(pdf)).singleElement().satisfies(check -> {
			assertThat(check.valid()).isTrue();
			assertThat(check.signerName()).contains("Tam Anh Nam");
		});
		byte[] sheet = TestUsers.as(users, "lanhdao.tamanhnam", () -> processing.controlSheet(received.getId()));
		assertThat(text(sheet)).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Thẩm định hồ sơ", "Huỳnh Thị Thu");
		// the applicant is told by e-mail and SMS
		assertThat(notifications.to("0935765432", 50)).anySatisfy(sms -> assertThat(sms.body()).contains(received.getCode()));
	}

	static String text(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	Long accountId(String username) {
		return jdbc.sql("select id from identity_account where username = :u").param("u", username).query(Long.class).single();
	}

}
