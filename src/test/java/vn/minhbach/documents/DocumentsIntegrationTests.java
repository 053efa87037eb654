package vn.minhbach.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.files.FilePolicy;
import vn.minhbach.files.FileRejected;
import vn.minhbach.files.FileStore;
import vn.minhbach.files.TestFiles;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.pdf.InvalidPdf;
import vn.minhbach.pdf.SignedDocuments;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;

/**
 * Official documents: an outgoing one from draft to issued and received by another agency, an
 * incoming one from paper to completion, gapless numbers under concurrency, secret documents,
 * Word and PDF bodies, search over the files' text, and the register books.
 */
@IntegrationTest
class DocumentsIntegrationTests {

	@Autowired
	OutgoingDocuments outgoing;

	@Autowired
	IncomingDocuments incoming;

	@Autowired
	DocumentLibrary library;

	@Autowired
	DocumentLists lists;

	@Autowired
	RegisterBooks books;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	UserDetailsService users;

	@Autowired
	SignedDocuments signatures;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FileStore files;

	Long district() {
		return organization.agencyByCode("000.00.17.H47").orElseThrow().getId();
	}

	Long commune() {
		return organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
	}

	Long accountId(String username) {
		return jdbc.sql("select id from identity_account where username = :u").param("u", username).query(Long.class).single();
	}

	Long department(Long agency, String code) {
		return organization.departments(agency).stream().filter(d -> d.getCode().equals(code)).findFirst().orElseThrow().getId();
	}

	OutgoingDocuments.Draft letter(String subject, List<Long> internal, String reviewer, String signer) {
		return new OutgoingDocuments.Draft(DocumentType.CONG_VAN, subject, Urgency.KHAN, Secrecy.NORMAL,
				department(district(), "TP"), reviewer, accountId(signer), "KT.",
				"Kính gửi: Ủy ban nhân dân xã Tam Anh Nam.\nĐề nghị Ủy ban nhân dân xã báo cáo tình hình đăng ký hộ tịch quý IV.",
				internal, "Sở Tư pháp tỉnh Quảng Nam | 000.00.09.H47", null, null, null);
	}

	/** A district letter taken through review and approval, ready for the clerk. */
	OfficialDocument approvedLetter(String subject) {
		OfficialDocument draft = TestUsers.as(users, "chuyenvien.nuithanh",
				() -> outgoing.create(district(), letter(subject, List.of(commune()), "truongphong.nuithanh", "lanhdao.nuithanh")));
		OfficialDocument sent = TestUsers.as(users, "chuyenvien.nuithanh", () -> outgoing.submit(draft.getId(), draft.getVersion()));
		OfficialDocument reviewed = TestUsers.as(users, "truongphong.nuithanh",
				() -> outgoing.review(sent.getId(), sent.getVersion(), "Đồng ý trình"));
		return TestUsers.as(users, "lanhdao.nuithanh", () -> outgoing.approve(reviewed.getId(), reviewed.getVersion(), null));
	}

	@Test
	void anOutgoingLetterGoesFromDraftToIssuedAndIsReceivedByTheCommune() throws Exception {
		OfficialDocument draft = TestUsers.as(users, "chuyenvien.nuithanh", () -> outgoing.create(district(),
				letter("Báo cáo tình hình đăng ký hộ tịch quý IV", List.of(commune()), "truongphong.nuithanh", "lanhdao.nuithanh")));
		assertThat(draft.getStatus()).isEqualTo(DocumentStatus.DRAFT);
		OfficialDocument sent = TestUsers.as(users, "chuyenvien.nuithanh", () -> outgoing.submit(draft.getId(), draft.getVersion()));
		assertThat(sent.getStatus()).isEqualTo(DocumentStatus.IN_REVIEW);
		// only the chosen reviewer reviews; the reviewer returns it once, with the reason
		assertThatThrownBy(() -> TestUsers.as(users, "lanhdao.nuithanh", () -> outgoing.review(sent.getId(), sent.getVersion(), null)))
			.isInstanceOf(AccessDeniedInAgency.class);
		OfficialDocument returned = TestUsers.as(users, "truongphong.nuithanh",
				() -> outgoing.returnForRevision(sent.getId(), sent.getVersion(), "Bổ sung thời hạn báo cáo"));
		assertThat(returned.getStatus()).isEqualTo(DocumentStatus.DRAFT);
		OfficialDocument resent = TestUsers.as(users, "chuyenvien.nuithanh",
				() -> outgoing.submit(returned.getId(), returned.getVersion()));
		OfficialDocument reviewed = TestUsers.as(users, "truongphong.nuithanh",
				() -> outgoing.review(resent.getId(), resent.getVersion(), "Đồng ý trình"));
		assertThat(reviewed.getStatus()).isEqualTo(DocumentStatus.AWAITING_APPROVAL);
		// the clerk cannot issue before approval
		assertThatThrownBy(() -> TestUsers.as(users, "vanthu.nuithanh", () -> outgoing.issue(reviewed.getId(), reviewed.getVersion())))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.document.notApproved"));
		OfficialDocument approved = TestUsers.as(users, "lanhdao.nuithanh",
				() -> outgoing.approve(reviewed.getId(), reviewed.getVersion(), "Ký ban hành"));
		OfficialDocument issued = TestUsers.as(users, "vanthu.nuithanh", () -> outgoing.issue(approved.getId(), approved.getVersion()));

		assertThat(issued.getStatus()).isEqualTo(DocumentStatus.ISSUED);
		assertThat(issued.getNotation()).matches("\\d{2,}/UBND-TP");
		byte[] pdf = TestUsers.as(users, "vanthu.nuithanh", () -> read(library.openFinal(issued)));
		assertThat(text(pdf)).contains("Số: " + issued.getNotation(), "V/v Báo cáo tình hình đăng ký hộ tịch quý IV",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Đề nghị Ủy ban nhân dân xã báo cáo", "Nơi nhận:",
				"Ủy ban nhân dân xã Tam Anh Nam", "Sở Tư pháp tỉnh Quảng Nam", "Đặng Quốc Khánh");
		assertThat(signatures.verify(pdf)).singleElement().satisfies(check -> assertThat(check.valid()).isTrue());
		var recipients = TestUsers.as(users, "vanthu.nuithanh", () -> library.recipients(issued.getId()));
		assertThat(recipients).extracting(Recipient::internal, Recipient::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(true, Recipient.Status.DELIVERED),
					org.assertj.core.groups.Tuple.tuple(false, Recipient.Status.PENDING));

		// it has arrived at the commune, for its clerk to register
		Long arrivedId = recipients.get(0).incomingDocumentId();
		OfficialDocument arrived = TestUsers.as(users, "vanthu.tamanhnam", () -> library.document(arrivedId));
		assertThat(arrived.getStatus()).isEqualTo(DocumentStatus.ARRIVED);
		assertThat(arrived.getOriginalNotation()).isEqualTo(issued.getNotation());
		assertThat(arrived.getAuthorName()).isEqualTo("Ủy ban nhân dân huyện Núi Thành");
		OfficialDocument registered = TestUsers.as(users, "vanthu.tamanhnam",
				() -> incoming.register(arrived.getId(), arrived.getVersion()));
		assertThat(registered.getStatus()).isEqualTo(DocumentStatus.AWAITING_DIRECTION);
		assertThat(registered.getArrivalNumber()).isPositive();
		assertThat(TestUsers.as(users, "vanthu.nuithanh", () -> library.recipients(issued.getId())).get(0).status())
			.isEqualTo(Recipient.Status.RECEIVED);

		// the leader directs, the specialist handles and completes
		var deadline = calendar.addWorkingDays(calendar.today(), 5);
		OfficialDocument directed = TestUsers.as(users, "lanhdao.tamanhnam", () -> incoming.direct(registered.getId(),
				registered.getVersion(), new IncomingDocuments.Direction("Giao công chức Tư pháp – Hộ tịch tham mưu báo cáo",
						accountId("chuyenvien.tamanhnam"), List.of(), List.of(accountId("quantri.tamanhnam")), deadline)));
		assertThat(directed.getStatus()).isEqualTo(DocumentStatus.IN_PROGRESS);
		assertThat(directed.getDeadline()).isEqualTo(deadline);
		var mine = TestUsers.as(users, "chuyenvien.tamanhnam",
				() -> lists.page(commune(), DocumentLists.Filter.of(DocumentLists.View.MINE)));
		assertThat(mine.rows()).extracting(DocumentLists.Row::id).contains(directed.getId());
		assertThatThrownBy(() -> TestUsers.run(users, "quantri.tamanhnam", () -> incoming.progress(directed.getId(), "Đã đọc")))
			.isInstanceOf(AccessDeniedInAgency.class);
		TestUsers.run(users, "chuyenvien.tamanhnam", () -> incoming.progress(directed.getId(), "Đang tổng hợp số liệu"));
		OfficialDocument done = TestUsers.as(users, "chuyenvien.tamanhnam",
				() -> incoming.complete(directed.getId(), directed.getVersion(), "Đã gửi báo cáo"));
		assertThat(done.getStatus()).isEqualTo(DocumentStatus.COMPLETED);
		assertThat(TestUsers.as(users, "chuyenvien.tamanhnam", () -> library.history(done.getId())))
			.extracting(DocumentEvent::action)
			.containsSubsequence("ARRIVED", "REGISTERED", "DIRECTED", "PROGRESS", "COMPLETED");
	}

	@Test
	void numbersAreGaplessAndUniqueWhenManyClerksIssueAtOnceAndAFailedIssuanceUsesNone() throws Exception {
		List<OfficialDocument> approved = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			approved.add(approvedLetter("Công văn số " + i));
		}
		// one issuance fails after taking its number: its body is not a PDF any more
		OfficialDocument broken = approvedLetter("Công văn hỏng");
		String notPdf = files.store(new ByteArrayInputStream(TestFiles.png()), "anh.png", FilePolicy.scan()).sha256();
		int before = lastNumber();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		CyclicBarrier start = new CyclicBarrier(6);
		try {
			List<CompletableFuture<Integer>> issued = new ArrayList<>();
			for (int t = 0; t < 6; t++) {
				List<OfficialDocument> share = approved.subList(t * 2, t * 2 + 2);
				issued.add(CompletableFuture.supplyAsync(() -> TestUsers.as(users, "vanthu.nuithanh", () -> {
					try {
						start.await(10, TimeUnit.SECONDS);
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					int count = 0;
					for (OfficialDocument d : share) {
						outgoing.issue(d.getId(), d.getVersion());
						count++;
					}
					return count;
				}), pool));
			}
			assertThat(issued.stream().mapToInt(CompletableFuture::join).sum()).isEqualTo(12);
		}
		finally {
			pool.shutdownNow();
		}
		jdbc.sql("update document set body_sha256 = :sha, body_text = null where id = :id")
			.param("sha", notPdf)
			.param("id", broken.getId())
			.update();
		OfficialDocument reloaded = TestUsers.as(users, "vanthu.nuithanh", () -> library.document(broken.getId()));
		assertThatThrownBy(() -> TestUsers.as(users, "vanthu.nuithanh", () -> outgoing.issue(reloaded.getId(), reloaded.getVersion())))
			.isInstanceOf(InvalidPdf.class);
		int after = lastNumber();
		Set<Integer> numbers = new TreeSet<>(jdbc.sql("""
				select d.number from document d join document_register r on r.id = d.register_id
				where r.agency_id = :agency and r.direction = 'OUTGOING' and r.series = 'CHUNG' and d.number > :before
				""").param("agency", district()).param("before", before).query(Integer.class).list());
		assertThat(after - before).isEqualTo(12);
		assertThat(numbers).hasSize(12).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(before + 1, after).boxed().toList());
		assertThat(TestUsers.as(users, "vanthu.nuithanh", () -> library.document(broken.getId())).getStatus())
			.isEqualTo(DocumentStatus.APPROVED);
	}

	int lastNumber() {
		return jdbc.sql("""
				select coalesce(max(last_number), 0) from document_register
				where agency_id = :agency and direction = 'OUTGOING' and series = 'CHUNG'
				""").param("agency", district()).query(Integer.class).single();
	}

	@Test
	void aPaperDocumentIsRegisteredFoundByItsTextAndListedInTheRegisterBook() throws Exception {
		byte[] scan = TestFiles.pdf("Kế hoạch phòng chống lụt bão năm 2027");
		OfficialDocument registered = TestUsers.as(users, "vanthu.tamanhnam", () -> incoming.registerPaper(commune(),
				new IncomingDocuments.PaperArrival(DocumentType.KE_HOACH, "Kế hoạch phòng, chống thiên tai", "Ban Chỉ huy PCTT huyện",
						null, "45/KH-BCH", calendar.today(), Urgency.THUONG_KHAN, Secrecy.NORMAL),
				new ByteArrayInputStream(scan), "ke-hoach.pdf"));
		assertThat(registered.getStatus()).isEqualTo(DocumentStatus.AWAITING_DIRECTION);
		var found = TestUsers.as(users, "lanhdao.tamanhnam", () -> lists.page(commune(), new DocumentLists.Filter(
				DocumentLists.View.INCOMING, null, null, null, null, null, false, "lut bao 2027", null, 25)));
		assertThat(found.rows()).extracting(DocumentLists.Row::id).contains(registered.getId());
		var byNotation = TestUsers.as(users, "lanhdao.tamanhnam", () -> lists.page(commune(), new DocumentLists.Filter(
				DocumentLists.View.INCOMING, null, null, null, null, null, false, "45/KH-BCH", null, 25)));
		assertThat(byNotation.rows()).extracting(DocumentLists.Row::id).contains(registered.getId());
		var toDirect = TestUsers.as(users, "lanhdao.tamanhnam",
				() -> lists.page(commune(), DocumentLists.Filter.of(DocumentLists.View.TO_DIRECT)));
		assertThat(toDirect.rows()).extracting(DocumentLists.Row::id).contains(registered.getId());

		DocumentRegister register = TestUsers.as(users, "vanthu.tamanhnam", () -> books.registers(commune()))
			.stream()
			.filter(r -> r.id() == registered.getRegisterId())
			.findFirst()
			.orElseThrow();
		byte[] excel = TestUsers.as(users, "vanthu.tamanhnam", () -> books.excel(register.id()));
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
			var sheet = workbook.getSheetAt(0);
			List<String> arrivalNumbers = new ArrayList<>();
			List<String> notations = new ArrayList<>();
			for (int r = 4; r <= sheet.getLastRowNum(); r++) {
				arrivalNumbers.add(sheet.getRow(r).getCell(1).getStringCellValue());
				notations.add(sheet.getRow(r).getCell(3).getStringCellValue());
			}
			assertThat(arrivalNumbers).hasSize(register.lastNumber()).doesNotHaveDuplicates();
			assertThat(notations).contains("45/KH-BCH");
			assertThat(arrivalNumbers).contains(Notation.number(registered.getArrivalNumber()));
		}
		byte[] book = TestUsers.as(users, "vanthu.tamanhnam", () -> books.pdf(register.id()));
		assertThat(text(book)).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM", "45/KH-BCH", "Ban Chỉ huy PCTT huyện");
		assertThatThrownBy(() -> TestUsers.as(users, "chuyenvien.tamanhnam", () -> books.excel(register.id())))
			.isInstanceOf(AccessDeniedInAgency.class);
	}

	@Test
	void aSecretDocumentIsReadOnlyByThoseItPassesThrough() {
		OfficialDocument secret = TestUsers.as(users, "chuyenvien.nuithanh", () -> outgoing.create(district(),
				new OutgoingDocuments.Draft(DocumentType.BAO_CAO, "Báo cáo tình hình an ninh", Urgency.NORMAL, Secrecy.MAT, null,
						null, accountId("lanhdao.nuithanh"), null, "Nội dung mật.", List.of(), null, null, null, null)));
		assertThat(TestUsers.as(users, "lanhdao.nuithanh", () -> library.document(secret.getId())).getSubject())
			.isEqualTo("Báo cáo tình hình an ninh");
		assertThatThrownBy(() -> TestUsers.as(users, "motcua.nuithanh", () -> library.document(secret.getId())))
			.isInstanceOf(AccessDeniedInAgency.class);
		assertThatThrownBy(() -> TestUsers.as(users, "lanhdao.tamanhnam", () -> library.document(secret.getId())))
			.isInstanceOf(AccessDeniedInAgency.class);
		var seenByDesk = TestUsers.as(users, "motcua.nuithanh",
				() -> lists.page(district(), DocumentLists.Filter.of(DocumentLists.View.OUTGOING)));
		assertThat(seenByDesk.rows()).extracting(DocumentLists.Row::id).doesNotContain(secret.getId());
		// a secret document takes its number from the secret series
		OfficialDocument sent = TestUsers.as(users, "chuyenvien.nuithanh", () -> outgoing.submit(secret.getId(), secret.getVersion()));
		OfficialDocument approved = TestUsers.as(users, "lanhdao.nuithanh", () -> outgoing.approve(sent.getId(), sent.getVersion(), null));
		OfficialDocument issued = TestUsers.as(users, "vanthu.nuithanh", () -> outgoing.issue(approved.getId(), approved.getVersion()));
		String series = jdbc.sql("select series from document_register where id = :id").param("id", issued.getRegisterId())
			.query(String.class)
			.single();
		assertThat(series).isEqualTo(DocumentRegister.SECRET);
		assertThat(issued.getNotation()).contains("/BC-UBND");
	}

	@Test
	void wordAndPdfBodiesAreCheckedConvertedAndSearchableAndTwoEditorsCannotOverwriteEachOther() throws Exception {
		OfficialDocument draft = TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.create(commune(),
				new OutgoingDocuments.Draft(DocumentType.QUYET_DINH, "Quyết định thành lập tổ công tác", Urgency.NORMAL,
						Secrecy.NORMAL, null, null, accountId("lanhdao.tamanhnam"), "TM.", null, List.of(), null, null, null, null)));
		byte[] docx = TestFiles.docx("QUYẾT ĐỊNH", "Thành lập Tổ công tác chuyển đổi số cộng đồng xã Tam Anh Nam.",
				"Điều 1. Tổ công tác gồm các thành viên có tên sau đây.");
		DocumentFile version = TestUsers.as(users, "chuyenvien.tamanhnam",
				() -> outgoing.uploadBody(draft.getId(), draft.getVersion(), new ByteArrayInputStream(docx), "quyet-dinh.docx", null));
		assertThat(version.seq()).isEqualTo(1);
		OfficialDocument withBody = TestUsers.as(users, "chuyenvien.tamanhnam", () -> library.document(draft.getId()));
		assertThat(withBody.getBodySha256()).isNotNull();
		var found = TestUsers.as(users, "lanhdao.tamanhnam", () -> lists.page(commune(), new DocumentLists.Filter(
				DocumentLists.View.OUTGOING, null, null, null, null, null, false, "chuyen doi so cong dong", null, 25)));
		assertThat(found.rows()).extracting(DocumentLists.Row::id).contains(draft.getId());

		// not a Word file, an encrypted PDF: refused, nothing changed
		assertThatThrownBy(() -> TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.uploadBody(withBody.getId(),
				withBody.getVersion(), new ByteArrayInputStream("PK\u0003\u0004 không phải Word".getBytes()), "hong.docx", null)))
			.isInstanceOf(FileRejected.class);
		assertThatThrownBy(() -> TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.uploadBody(withBody.getId(),
				withBody.getVersion(), new ByteArrayInputStream(TestFiles.encryptedPdf()), "mat-khau.pdf", null)))
			.isInstanceOf(InvalidPdf.class)
			.satisfies(ex -> assertThat(((InvalidPdf) ex).messageKey()).isEqualTo("error.pdf.encrypted"));
		// a stale version is refused
		assertThatThrownBy(() -> TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.submit(draft.getId(), draft.getVersion())))
			.isInstanceOf(ConcurrentChange.class);
		// the issued decision is the Word body converted, stamped with its number and signed
		OfficialDocument sent = TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.submit(withBody.getId(), withBody.getVersion()));
		OfficialDocument approved = TestUsers.as(users, "lanhdao.tamanhnam", () -> outgoing.approve(sent.getId(), sent.getVersion(), null));
		OfficialDocument issued = TestUsers.as(users, "vanthu.tamanhnam", () -> outgoing.issue(approved.getId(), approved.getVersion()));
		assertThat(issued.getNotation()).matches("\\d{2,}/QĐ-UBND");
		byte[] pdf = TestUsers.as(users, "vanthu.tamanhnam", () -> read(library.openFinal(issued)));
		assertThat(text(pdf)).contains("Số: " + issued.getNotation(), "Thành lập Tổ công tác chuyển đổi số cộng đồng");
		assertThat(signatures.verify(pdf)).singleElement().satisfies(check -> assertThat(check.valid()).isTrue());
	}

	@Test
	void aDecisionThatReplacesAnEarlierOneMarksItReplacedAtIssuance() {
		OfficialDocument first = issueDecision("Quyết định giao chỉ tiêu thu ngân sách năm 2027", null);
		assertThatThrownBy(() -> TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.create(commune(), decision(
				"Quyết định sửa đổi", "999/QĐ-UBND"))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.document.replaces"));
		OfficialDocument second = issueDecision("Quyết định giao lại chỉ tiêu thu ngân sách năm 2027", first.getNotation());
		OfficialDocument earlier = TestUsers.as(users, "lanhdao.tamanhnam", () -> library.document(first.getId()));
		assertThat(earlier.getReplacedById()).isEqualTo(second.getId());
		assertThat(TestUsers.as(users, "lanhdao.tamanhnam", () -> library.replaces(second.getId()))).get()
			.extracting(OfficialDocument::getId)
			.isEqualTo(first.getId());
		assertThat(TestUsers.as(users, "lanhdao.tamanhnam", () -> library.history(first.getId())))
			.extracting(DocumentEvent::action)
			.contains("REPLACED");
	}

	OutgoingDocuments.Draft decision(String subject, String replaces) {
		return new OutgoingDocuments.Draft(DocumentType.QUYET_DINH, subject, Urgency.NORMAL, Secrecy.NORMAL, null, null,
				accountId("lanhdao.tamanhnam"), "TM.", "Điều 1. " + subject + ".", List.of(), null, null, null, replaces);
	}

	OfficialDocument issueDecision(String subject, String replaces) {
		OfficialDocument draft = TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.create(commune(), decision(subject, replaces)));
		OfficialDocument sent = TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.submit(draft.getId(), draft.getVersion()));
		OfficialDocument approved = TestUsers.as(users, "lanhdao.tamanhnam", () -> outgoing.approve(sent.getId(), sent.getVersion(), null));
		return TestUsers.as(users, "vanthu.tamanhnam", () -> outgoing.issue(approved.getId(), approved.getVersion()));
	}

	static byte[] read(java.io.InputStream in) {
		try (in) {
			return in.readAllBytes();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static String text(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
