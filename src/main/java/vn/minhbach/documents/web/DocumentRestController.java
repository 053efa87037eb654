package vn.minhbach.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.minhbach.documents.Assignment;
import vn.minhbach.documents.DocumentAction;
import vn.minhbach.documents.DocumentEvent;
import vn.minhbach.documents.DocumentFile;
import vn.minhbach.documents.DocumentLibrary;
import vn.minhbach.documents.DocumentLists;
import vn.minhbach.documents.DocumentRegister;
import vn.minhbach.documents.DocumentStatus;
import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.IncomingDocuments;
import vn.minhbach.documents.OfficialDocument;
import vn.minhbach.documents.OutgoingDocuments;
import vn.minhbach.documents.Recipient;
import vn.minhbach.documents.RegisterBooks;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * Official documents over the API (bearer token): the lists and search, drafts and their files,
 * every step with the version the client saw (a stale one is refused with 409 and the document
 * as it now is), paper registration, and the registers with their books.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Văn bản", description = "Văn bản đi, văn bản đến, sổ văn bản, tìm kiếm")
class DocumentRestController {

	private final OutgoingDocuments outgoing;

	private final IncomingDocuments incoming;

	private final DocumentLibrary library;

	private final DocumentLists lists;

	private final RegisterBooks books;

	private final MessageSource messages;

	DocumentRestController(OutgoingDocuments outgoing, IncomingDocuments incoming, DocumentLibrary library,
			DocumentLists lists, RegisterBooks books, MessageSource messages) {
		this.outgoing = outgoing;
		this.incoming = incoming;
		this.library = library;
		this.lists = lists;
		this.books = books;
		this.messages = messages;
	}

	record DocumentJson(Long id, Long agencyId, String direction, DocumentStatus status, int version, DocumentType type,
			String notation, Integer number, Integer arrivalNumber, String subject, String urgency, String secrecy,
			String drafter, String reviewer, String signerName, String signerAuthority, LocalDate issuedOn,
			String authorName, String originalNotation, LocalDate originalDate, Instant arrivedAt, LocalDate deadline,
			Instant completedAt, Long replyToId, String relatedDossierCode, String pdf, Set<DocumentAction> allowedActions,
			List<FileJson> files, List<Recipient> recipients, List<Assignment> assignments, List<DocumentEvent> history) {
	}

	record FileJson(long id, String kind, int seq, String fileName, String mediaType, long size, String href) {
	}

	/** What a step needs; only the fields the step uses are read. */
	record ActionRequest(int version, String text, Long mainHandler, List<Long> coHandlers, List<Long> forInformation,
			LocalDate deadline) {
	}

	record PageJson(List<DocumentLists.Row> rows, Long next) {
	}

	@GetMapping
	@Operation(summary = "Danh sách và tìm kiếm văn bản",
			description = "view: MY_DRAFTS, TO_REVIEW, TO_APPROVE, TO_ISSUE, OUTGOING, TO_REGISTER, TO_DIRECT, MINE, INCOMING. "
					+ "q tìm theo số, ký hiệu, trích yếu, nơi ban hành, người ký và nội dung tệp (có dấu hoặc không dấu). "
					+ "Phân trang theo con trỏ: gửi lại 'next' trong tham số 'after'.")
	PageJson list(@RequestParam(required = false) Long agency, @RequestParam(defaultValue = "INCOMING") DocumentLists.View view,
			@RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) DocumentType type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String handler, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) String q, @RequestParam(required = false) Long after,
			@RequestParam(defaultValue = "25") int size) {
		var page = lists.page(agencyOf(agency),
				new DocumentLists.Filter(view, status, type, from, to, handler, overdue, q, after, size));
		return new PageJson(page.rows(), page.next());
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "Một văn bản, kèm các bước người gọi được thực hiện lúc này")
	DocumentJson document(@PathVariable Long id) {
		library.open(id);
		return json(id);
	}

	@PostMapping
	@Operation(summary = "Tạo dự thảo văn bản đi")
	ResponseEntity<DocumentJson> create(@RequestParam(required = false) Long agency,
			@RequestBody OutgoingDocuments.Draft draft) {
		OfficialDocument created = outgoing.create(agencyOf(agency), draft);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + created.getId())).body(json(created.getId()));
	}

	@PutMapping("/{id:\\d+}")
	@Operation(summary = "Sửa dự thảo (người soạn, khi chưa trình)")
	DocumentJson update(@PathVariable Long id, @RequestParam int version, @RequestBody OutgoingDocuments.Draft draft) {
		outgoing.update(id, version, draft);
		return json(id);
	}

	@PostMapping(value = "/{id:\\d+}/body", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Tải lên phiên bản mới của dự thảo (DOCX hoặc PDF)")
	DocumentJson body(@PathVariable Long id, @RequestParam int version, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String note) throws IOException {
		try (InputStream in = file.getInputStream()) {
			outgoing.uploadBody(id, version, in, file.getOriginalFilename(), note);
		}
		return json(id);
	}

	@PostMapping(value = "/{id:\\d+}/appendices", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Thêm phụ lục vào dự thảo")
	DocumentJson appendix(@PathVariable Long id, @RequestParam int version, @RequestPart("file") MultipartFile file)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			outgoing.addAppendix(id, version, in, file.getOriginalFilename());
		}
		return json(id);
	}

	@PostMapping("/{id:\\d+}/actions/{action}")
	@Operation(summary = "Thực hiện một bước xử lý văn bản",
			description = "action: SUBMIT, REVIEW, APPROVE, RETURN_FOR_REVISION, ISSUE, REGISTER, RETURN_TO_SENDER, DIRECT, "
					+ "PROGRESS, COMPLETE, COMMENT. Phiên bản đã cũ: 409 kèm văn bản hiện tại ('current'); bước không hợp lệ: "
					+ "422; không có quyền: 403.")
	ResponseEntity<?> act(@PathVariable Long id, @PathVariable String action, @RequestBody ActionRequest request,
			Locale locale) {
		DocumentAction chosen;
		try {
			chosen = DocumentAction.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("error.notFound.action");
		}
		int version = request.version();
		try {
			switch (chosen) {
				case SUBMIT -> outgoing.submit(id, version);
				case REVIEW -> outgoing.review(id, version, request.text());
				case APPROVE -> outgoing.approve(id, version, request.text());
				case RETURN_FOR_REVISION -> outgoing.returnForRevision(id, version, request.text());
				case ISSUE -> outgoing.issue(id, version);
				case REGISTER -> incoming.register(id, version);
				case RETURN_TO_SENDER -> incoming.returnToSender(id, version, request.text());
				case DIRECT -> incoming.direct(id, version, new IncomingDocuments.Direction(request.text(),
						request.mainHandler(), request.coHandlers(), request.forInformation(), request.deadline()));
				case PROGRESS -> incoming.progress(id, request.text());
				case COMPLETE -> incoming.complete(id, version, request.text());
				case COMMENT -> outgoing.comment(id, request.text());
				default -> throw new NotFoundException("error.notFound.action");
			}
		}
		catch (ConcurrentChange ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					messages.getMessage("error.409.text", null, locale));
			problem.setTitle(messages.getMessage("error.409.title", null, locale));
			problem.setType(URI.create("https://minhbach.vn/problems/concurrent-change"));
			problem.setProperty("current", json(id));
			return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.ok(json(id));
	}

	@PostMapping(value = "/incoming", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Vào sổ văn bản đến từ văn bản giấy (bản quét), trình lãnh đạo")
	ResponseEntity<DocumentJson> registerPaper(@RequestParam(required = false) Long agency,
			@RequestPart("document") IncomingDocuments.PaperArrival paper, @RequestPart("scan") MultipartFile scan)
			throws IOException {
		OfficialDocument registered;
		try (InputStream in = scan.getInputStream()) {
			registered = incoming.registerPaper(agencyOf(agency), paper, in, scan.getOriginalFilename());
		}
		return ResponseEntity.created(URI.create("/api/v1/documents/" + registered.getId())).body(json(registered.getId()));
	}

	@GetMapping(value = "/{id:\\d+}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Văn bản đã ký số (PDF): văn bản đi đã phát hành, hoặc văn bản đến nhận điện tử")
	ResponseEntity<InputStreamResource> pdf(@PathVariable Long id) {
		OfficialDocument document = library.document(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.getFinalName() == null ? "van-ban.pdf" : document.getFinalName(),
							java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(library.openFinal(document)));
	}

	@GetMapping("/{id:\\d+}/files/{file}")
	@Operation(summary = "Một tệp của văn bản: phiên bản dự thảo, phụ lục, bản quét")
	ResponseEntity<InputStreamResource> file(@PathVariable Long id, @PathVariable long file) {
		DocumentFile found = library.file(id, file);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(found.fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
						.toString())
			.body(new InputStreamResource(library.open(found)));
	}

	@GetMapping("/registers")
	@Operation(summary = "Các sổ văn bản của cơ quan")
	List<DocumentRegister> registers(@RequestParam(required = false) Long agency) {
		return books.registers(agencyOf(agency));
	}

	@GetMapping("/registers/{id}")
	@Operation(summary = "Nội dung một sổ: các cột theo Nghị định 30/2020, theo thứ tự số")
	RegisterJson register(@PathVariable long id) {
		DocumentRegister register = books.register(id);
		return new RegisterJson(register, books.headers(register), books.rows(id));
	}

	record RegisterJson(DocumentRegister register, List<String> columns, List<List<String>> rows) {
	}

	@GetMapping("/registers/{id}/book.xlsx")
	@Operation(summary = "Xuất sổ ra Excel")
	ResponseEntity<byte[]> excel(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("so-van-ban.xlsx").build().toString())
			.body(books.excel(id));
	}

	@GetMapping(value = "/registers/{id}/book.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "In sổ (PDF)")
	ResponseEntity<byte[]> book(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("so-van-ban.pdf").build().toString())
			.body(books.pdf(id));
	}

	private DocumentJson json(Long id) {
		OfficialDocument d = library.document(id);
		return new DocumentJson(d.getId(), d.getAgencyId(), d.getDirection().name(), d.getStatus(), d.getVersion(), d.getType(),
				d.displayNotation(), d.getNumber(), d.getArrivalNumber(), d.getSubject(), d.getUrgency().name(),
				d.getSecrecy().name(), d.getDrafter(), d.getReviewer(), d.getSignerName(), d.getSignerAuthority(),
				d.getIssuedOn(), d.getAuthorName(), d.getOriginalNotation(), d.getOriginalDate(), d.getArrivedAt(),
				d.getDeadline(), d.getCompletedAt(), d.getReplyToId(), d.getRelatedDossierCode(),
				d.getFinalSha256() == null ? null : "/api/v1/documents/" + id + "/pdf", library.allowedActions(id),
				library.files(id)
					.stream()
					.map(f -> new FileJson(f.id(), f.kind().name(), f.seq(), f.fileName(), f.mediaType(), f.size(),
							"/api/v1/documents/" + id + "/files/" + f.id()))
					.toList(),
				library.recipients(id), library.assignments(id), library.history(id));
	}

	private static Long agencyOf(Long requested) {
		if (requested != null) {
			return requested;
		}
		Set<Long> agencies = Access.agenciesWith(Role.LEADER, Role.CLERK, Role.SPECIALIST, Role.DEPARTMENT_HEAD,
				Role.RECEPTION, Role.AGENCY_ADMIN, Role.EDITOR);
		if (agencies.isEmpty()) {
			throw new AccessDeniedInAgency("documents for a user without a staff role");
		}
		if (agencies.size() > 1) {
			throw new BusinessRuleViolation("error.api.agencyRequired");
		}
		return agencies.iterator().next();
	}
}
