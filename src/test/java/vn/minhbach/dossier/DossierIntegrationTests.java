package vn.minhbach.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.audit.AuditLog;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.files.TestFiles;
import vn.minhbach.notification.Notifications;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.RateLimited;

@IntegrationTest
class DossierIntegrationTests {

	@Autowired
	DossierIntake intake;

	@Autowired
	DossierProcessing processing;

	@Autowired
	vn.minhbach.pdf.SignedDocuments signatures;

	@Autowired
	DossierTracking tracking;

	@Autowired
	ProcedureCatalog catalog;

	@Autowired
	UserDetailsService users;

	@Autowired
	Notifications notifications;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	/** A complete draft of the procedure, with every required paper attached, by the given citizen. */
	Dossier completeDraft(String citizen, String procedureCode) {
		return new DossierTestSupport(intake, catalog, users).draft(citizen, procedureCode);
	}

	@Test
	void aSubmittedDossierGetsItsCodeAnExpectedDateAndANotice() {
		Dossier draft = completeDraft("congdan.demo", "1.004873");
		assertThat(draft.getStatus()).isEqualTo(DossierStatus.DRAFT);
		assertThat(draft.getCode()).isNull();
		Dossier submitted = TestUsers.as(users, "congdan.demo", () -> intake.submit(draft.getId(), "key-" + draft.getId()));
		String today = calendar.today().format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
		assertThat(submitted.getCode()).matches("000\\.08\\.17\\.H47-" + today + "-\\d{4}");
		assertThat(submitted.getStatus()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(submitted.getDueDate()).isAfterOrEqualTo(calendar.today());
		assertThat(calendar.isWorkingDay(submitted.getDueDate())).isTrue();
		assertThat(notifications.to("congdan.demo@minhbach.local", 50))
			.anySatisfy(message -> assertThat(message.subject()).contains(submitted.getCode()));
		assertThat(audit.history("dossier", submitted.getId().toString())).extracting(e -> e.action())
			.contains("DOSSIER_SUBMITTED");
	}

	@Test
	void codesFollowTheAgencysDailySequence() {
		Dossier first = submit(completeDraft("congdan.demo", "2.000635"));
		Dossier second = submit(completeDraft("congdan2.demo", "2.000635"));
		int a = Integer.parseInt(first.getCode().substring(first.getCode().length() - 4));
		int b = Integer.parseInt(second.getCode().substring(second.getCode().length() - 4));
		assertThat(b).isEqualTo(a + 1);
	}

	@Test
	void aDoubleClickOrARetrySubmitsOnce() throws Exception {
		Dossier draft = completeDraft("congdan2.demo", "1.000656");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Callable<String> click = () -> {
				try {
					return TestUsers.as(users, "congdan2.demo", () -> intake.submit(draft.getId(), "double-click-key")).getCode();
				}
				catch (ConcurrentChange ex) {
					return "conflict";
				}
			};
			results.add(pool.submit(click));
		}
		List<String> codes = new ArrayList<>();
		for (Future<String> result : results) {
			codes.add(result.get());
		}
		pool.shutdown();
		assertThat(codes.stream().filter(c -> !c.equals("conflict")).distinct().toList()).hasSize(1);
		Dossier again = TestUsers.as(users, "congdan2.demo", () -> intake.submit(draft.getId(), "double-click-key"));
		assertThat(codes).contains(again.getCode());
		assertThat(jdbc.sql("select count(*) from dossier where code = :code").param("code", again.getCode())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anIncompleteDossierIsNotSubmittedAndKeepsWhatWasEntered() {
		Dossier draft = TestUsers.as(users, "congdan.demo",
				() -> intake.startDraft(catalog.publishedByCode("1.001193").orElseThrow().getId()));
		var errors = TestUsers.as(users, "congdan.demo", () -> intake.saveSection(draft.getId(), "requester",
				List.of(new java.util.HashMap<>(java.util.Map.of("fullName", "Nguyễn Văn An", "citizenId", "123"))), true));
		assertThat(errors).containsEntry("requester.0.citizenId", "error.citizenId");
		Dossier saved = TestUsers.as(users, "congdan.demo", () -> intake.mine(draft.getId()));
		assertThat(saved.getAnswers().value("requester", 0, "citizenId")).isEqualTo("123");
		DossierIntake.Check check = TestUsers.as(users, "congdan.demo", () -> intake.check(draft.getId()));
		assertThat(check.ready()).isFalse();
		assertThat(check.fieldErrors()).containsKey("requester.0.citizenId");
		assertThat(check.missingPapers()).as("the declaration is the e-form itself").isEmpty();
		Dossier will = TestUsers.as(users, "congdan.demo",
				() -> intake.startDraft(catalog.publishedByCode("2.001019").orElseThrow().getId()));
		assertThat(TestUsers.as(users, "congdan.demo", () -> intake.check(will.getId())).missingPapers())
			.as("the draft will and the proof of ownership must be attached")
			.isNotEmpty();
		assertThatThrownBy(() -> TestUsers.run(users, "congdan.demo", () -> intake.submit(draft.getId(), "k-incomplete")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.dossier.incomplete"));
	}

	@Test
	void aCitizenSeesOnlyTheirOwnDossiers() {
		Dossier theirs = completeDraft("congdan.demo", "1.004873");
		assertThatThrownBy(() -> TestUsers.run(users, "congdan2.demo", () -> intake.mine(theirs.getId())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> TestUsers.run(users, "congdan2.demo",
				() -> intake.attach(theirs.getId(), 0, new ByteArrayInputStream(TestFiles.png()), "x.png")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> TestUsers.run(users, "motcua.tamanhnam", () -> intake.mine()))
			.isInstanceOf(AccessDeniedInAgency.class);
	}

	@Test
	void theSupplementCyclePausesAndResumes() {
		Dossier submitted = submit(completeDraft("congdan.demo", "1.004873"));
		Dossier received = TestUsers.as(users, "motcua.tamanhnam",
				() -> processing.receive(submitted.getId(), submitted.getVersion()));
		assertThat(received.getStatus()).isEqualTo(DossierStatus.IN_PROCESS);
		assertThat(received.getReceivedAt()).isNotNull();
		Dossier paused = TestUsers.as(users, "chuyenvien.tamanhnam", () -> processing.requestSupplement(received.getId(),
				received.getVersion(), "Bổ sung bản sao giấy tờ chứng minh nơi cư trú"));
		assertThat(paused.getStatus()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
		assertThat(paused.editableByApplicant()).isTrue();
		assertThat(notifications.to("0905123456", 50)).anySatisfy(sms -> assertThat(sms.body()).contains(paused.getCode()));
		Dossier resumed = TestUsers.as(users, "congdan.demo", () -> {
			intake.attach(paused.getId(), 0, new ByteArrayInputStream(TestFiles.jpeg()), "xac-nhan-cu-tru.jpg");
			return intake.supplement(paused.getId(), "Đã bổ sung giấy xác nhận cư trú");
		});
		assertThat(resumed.getStatus()).isEqualTo(DossierStatus.IN_PROCESS);
		var history = TestUsers.as(users, "congdan.demo", () -> intake.history(resumed.getId()));
		assertThat(history).extracting(HistoryEntry::action)
			.containsSubsequence("SUBMITTED", "RECEIVED", "SUPPLEMENT_REQUESTED", "SUPPLEMENTED");
		var attachments = TestUsers.as(users, "congdan.demo", () -> intake.attachments(resumed.getId()));
		assertThat(attachments).anySatisfy(a -> assertThat(a.round()).isEqualTo(1));
	}

	@Test
	void theDossierGoesThroughItsStepsAndTheSignedResultIsDownloadedAndRated() throws Exception {
		Dossier submitted = submit(completeDraft("congdan2.demo", "2.000635"));
		Dossier received = TestUsers.as(users, "motcua.tamanhnam", () -> processing.receive(submitted.getId(), submitted.getVersion()));
		assertThat(received.getStatus()).isEqualTo(DossierStatus.IN_PROCESS);
		assertThat(TestUsers.as(users, "motcua.tamanhnam", () -> processing.documents(received.getId())))
			.extracting(DossierDocument::formCode)
			.containsExactly("MAU_01");
		Dossier examined = TestUsers.as(users, "chuyenvien.tamanhnam", () -> {
			assertThat(processing.allowedActions(received.getId())).contains(DossierProcessing.Action.FORWARD)
				.doesNotContain(DossierProcessing.Action.APPROVE, DossierProcessing.Action.RECEIVE);
			Dossier claimed = processing.claim(received.getId(), received.getVersion());
			return processing.forward(claimed.getId(), claimed.getVersion(), "Hồ sơ hợp lệ, đề nghị cấp bản sao");
		});
		assertThat(examined.getStatus()).isEqualTo(DossierStatus.AWAITING_APPROVAL);
		Dossier ready = TestUsers.as(users, "lanhdao.tamanhnam",
				() -> processing.approve(examined.getId(), examined.getVersion(), "Đồng ý"));
		assertThat(ready.getStatus()).isEqualTo(DossierStatus.RESULT_READY);
		var steps = TestUsers.as(users, "lanhdao.tamanhnam", () -> processing.steps(ready.getId()));
		assertThat(steps).extracting(DossierStep::name).containsExactly("Thẩm định hồ sơ", "Lãnh đạo phê duyệt");
		assertThat(steps).extracting(DossierStep::assignee).containsExactly("chuyenvien.tamanhnam", "lanhdao.tamanhnam");
		assertThat(steps).allSatisfy(step -> assertThat(step.outcome()).isIn(DossierStep.Outcome.EARLY, DossierStep.Outcome.ON_TIME));
		byte[] downloaded = TestUsers.as(users, "congdan2.demo", () -> {
			try (var in = intake.result(ready.getId())) {
				return in.readAllBytes();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		assertThat(signatures.verify(downloaded)).singleElement().satisfies(check -> {
			assertThat(check.valid()).isTrue();
			assertThat(check.signerName()).contains("Tam Anh Nam");
		});
		TestUsers.run(users, "congdan2.demo", () -> processing.returnedOnline(ready.getId()));
		Dossier returned = TestUsers.as(users, "congdan2.demo", () -> intake.mine(ready.getId()));
		assertThat(returned.getStatus()).isEqualTo(DossierStatus.RETURNED);
		assertThat(returned.getLate()).isFalse();
		TestUsers.run(users, "congdan2.demo", () -> intake.rate(ready.getId(), Rating.Score.SATISFIED, "Nhanh, gọn"));
		assertThat(TestUsers.as(users, "congdan2.demo", () -> intake.rating(ready.getId()))).get()
			.extracting(Rating::score)
			.isEqualTo(Rating.Score.SATISFIED);
	}

	@Test
	void anOfficerOfAnotherAgencyOrWithAStaleVersionIsRefused() {
		Dossier submitted = submit(completeDraft("congdan.demo", "1.004873"));
		assertThatThrownBy(() -> TestUsers.run(users, "motcua.nuithanh",
				() -> processing.receive(submitted.getId(), submitted.getVersion())))
			.isInstanceOf(AccessDeniedInAgency.class);
		TestUsers.run(users, "motcua.tamanhnam", () -> processing.receive(submitted.getId(), submitted.getVersion()));
		assertThatThrownBy(() -> TestUsers.run(users, "motcua.tamanhnam",
				() -> processing.refuse(submitted.getId(), submitted.getVersion(), "Không thuộc thẩm quyền")))
			.isInstanceOf(ConcurrentChange.class);
	}

	@Test
	void aCitizenWithdrawsBeforeReceptionButNotAfter() {
		Dossier submitted = submit(completeDraft("congdan2.demo", "1.004873"));
		Dossier withdrawn = TestUsers.as(users, "congdan2.demo", () -> intake.withdraw(submitted.getId(), "Nộp nhầm"));
		assertThat(withdrawn.getStatus()).isEqualTo(DossierStatus.WITHDRAWN);
		assertThat(withdrawn.getClosedAt()).isNotNull();
		Dossier other = submit(completeDraft("congdan2.demo", "1.004873"));
		TestUsers.run(users, "motcua.tamanhnam", () -> processing.receive(other.getId(), other.getVersion()));
		assertThatThrownBy(() -> TestUsers.run(users, "congdan2.demo", () -> intake.withdraw(other.getId(), "")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.dossier.cannotWithdraw"));
	}

	@Test
	void theTrackingPageMasksPersonalDataAndLimitsGuessing() {
		Dossier submitted = submit(completeDraft("congdan.demo", "1.004873"));
		TrackingView view = tracking.track(submitted.getCode(), "10.0.0.1");
		assertThat(view.applicant()).isEqualTo("N***** V** An").doesNotContain("Nguyễn");
		assertThat(view.status()).isEqualTo(DossierStatus.SUBMITTED);
		assertThat(view.steps()).extracting(TrackingView.Step::action).containsExactly("SUBMITTED");
		assertThatThrownBy(() -> tracking.track("000.08.17.H47-010101-9999", "10.0.0.2")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> tracking.track("hello", "10.0.0.2")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> {
			for (int i = 0; i < DossierTracking.LOOKUPS_PER_MINUTE + 2; i++) {
				try {
					tracking.track("000.08.17.H47-010101-" + String.format("%04d", i), "10.0.0.3");
				}
				catch (NotFoundException guessedWrong) {
					// a guesser gets "not found" until the limit stops them
				}
			}
		}).isInstanceOf(RateLimited.class);
	}

	@Test
	void filesAreCheckedAndTheDossierTotalIsLimited() {
		Dossier draft = TestUsers.as(users, "congdan.demo",
				() -> intake.startDraft(catalog.publishedByCode("1.001193").orElseThrow().getId()));
		assertThatThrownBy(() -> TestUsers.run(users, "congdan.demo", () -> intake.attach(draft.getId(), 0,
				new ByteArrayInputStream("<html>not a pdf</html>".getBytes()), "to-khai.pdf")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, ex -> assertThat(ex.messageKey()).isEqualTo("error.file.type"));
		assertThatThrownBy(() -> TestUsers.run(users, "congdan.demo",
				() -> intake.attach(draft.getId(), 99, new ByteArrayInputStream(TestFiles.png()), "anh.png")))
			.isInstanceOf(NotFoundException.class);
		for (int i = 0; i < DossierIntake.MAX_FILES_PER_PAPER; i++) {
			int n = i;
			TestUsers.run(users, "congdan.demo", () -> intake.attach(draft.getId(), 1,
					new ByteArrayInputStream(TestFiles.pdf("Trang " + n)), "trang-" + n + ".pdf"));
		}
		assertThatThrownBy(() -> TestUsers.run(users, "congdan.demo",
				() -> intake.attach(draft.getId(), 1, new ByteArrayInputStream(TestFiles.pdf("Thêm")), "them.pdf")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.file.tooManyForPaper"));
	}

	@Test
	void calendarDayProceduresAreDueOnAWorkingDay() {
		Procedure festival = catalog.publishedByCode("1.003622").orElseThrow();
		LocalDate due = intake.expectedDue(festival.getProcessingTime(), java.time.Instant.parse("2026-11-27T02:00:00Z"));
		assertThat(due).isEqualTo(LocalDate.of(2026, 12, 14));
		assertThat(calendar.isWorkingDay(due)).isTrue();
	}

	private Dossier submit(Dossier draft) {
		String citizen = draft.getApplicant().citizenId().equals("049090001234") ? "congdan.demo" : "congdan2.demo";
		return TestUsers.as(users, citizen, () -> intake.submit(draft.getId(), "submit-" + draft.getId()));
	}
}
