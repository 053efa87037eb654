package vn.minhbach.dossier.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.minhbach.dossier.Dossier;
import vn.minhbach.dossier.DossierDocument;
import vn.minhbach.dossier.DossierFilter;
import vn.minhbach.dossier.DossierProcessing;
import vn.minhbach.dossier.DossierProcessing.Action;
import vn.minhbach.dossier.DossierQueue;
import vn.minhbach.dossier.DossierStatus;
import vn.minhbach.dossier.DossierStep;
import vn.minhbach.dossier.HistoryEntry;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * The back office over the API: the officer's lists, one dossier with the actions the caller may
 * take now, performing an action with the version the client saw (a stale version is refused
 * with 409 and the dossier as it now is), the process-control sheet and the signed documents.
 */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Một cửa (cán bộ)", description = "Danh sách hồ sơ, xử lý hồ sơ theo quy trình, phiếu kiểm soát, văn bản ký số")
class OfficeDossierRestController {

	private final DossierProcessing processing;

	private final DossierQueue queue;

	private final MessageSource messages;

	OfficeDossierRestController(DossierProcessing processing, DossierQueue queue, MessageSource messages) {
		this.processing = processing;
		this.queue = queue;
		this.messages = messages;
	}

	/** A dossier as an officer sees it, with what the caller may do now. */
	record OfficeDossierJson(Long id, String code, int version, String procedureCode, String procedureName, Long agencyId,
			DossierStatus status, String channel, ApplicantJson applicant, Instant submittedAt, Instant receivedAt,
			LocalDate dueDate, LocalDate originalDueDate, Boolean late, Integer lateStep, Long feeVnd, String paymentStatus,
			Set<Action> allowedActions, List<DossierStep> steps, List<DocumentJson> documents, List<HistoryEntry> history) {
	}

	record ApplicantJson(String fullName, String citizenId, String phone, String email, String address) {
	}

	record DocumentJson(long id, String formCode, String title, boolean signed, Instant createdAt, String href) {
	}

	/** What an action needs; only the fields the action uses are read. */
	record ActionRequest(@Parameter(description = "Phiên bản hồ sơ client đã thấy") int version,
			@Parameter(description = "Lý do, ý kiến, nội dung cần bổ sung hoặc câu hỏi xin ý kiến") String text,
			@Parameter(description = "Cán bộ được phân công (ASSIGN)") Long accountId,
			@Parameter(description = "Vị trí bước trả về, từ 0 (SEND_BACK)") Integer toPosition,
			@Parameter(description = "Ngày hẹn mới (APOLOGIZE)") LocalDate newDueDate,
			@Parameter(description = "Bộ phận được hỏi ý kiến (CONSULT)") Long departmentId) {
	}

	record QueueJson(List<vn.minhbach.dossier.QueueRow> rows, String next) {
	}

	@GetMapping("/queue")
	@Operation(summary = "Danh sách hồ sơ của cán bộ",
			description = "view: RECEPTION (chờ tiếp nhận), MINE (việc của tôi, theo hạn), TO_RETURN (chờ trả kết quả), "
					+ "ROUTED (tiếp nhận hộ), ALL (tất cả). Phân trang theo con trỏ: gửi lại giá trị 'next' trong tham số 'after'.")
	QueueJson queue(@RequestParam(required = false) Long agency,
			@RequestParam(defaultValue = "MINE") DossierFilter.View view, @RequestParam(required = false) DossierStatus status,
			@RequestParam(required = false) Long procedure, @RequestParam(required = false) String step,
			@RequestParam(required = false) String officer,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) DossierFilter.Timeliness timeliness, @RequestParam(required = false) String q,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "25") int size) {
		DossierQueue.Page page = queue.page(agencyOf(agency),
				new DossierFilter(view, status, procedure, step, officer, from, to, timeliness, q, after, size));
		return new QueueJson(page.rows(), page.next());
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "Một hồ sơ, kèm các thao tác người gọi được thực hiện lúc này")
	OfficeDossierJson dossier(@PathVariable Long id) {
		return json(processing.open(id));
	}

	@PostMapping("/{id:\\d+}/actions/{action}")
	@Operation(summary = "Thực hiện một thao tác xử lý hồ sơ",
			description = "action: RECEIVE, REQUEST_SUPPLEMENT, REFUSE, CLAIM, ASSIGN, FORWARD, SEND_BACK, CONSULT, APPROVE, "
					+ "APOLOGIZE, STOP, RETURN_RESULT. Phiên bản đã cũ: 409 kèm hồ sơ hiện tại ('current'); "
					+ "thao tác không được phép ở bước này: 422; không có quyền tại cơ quan: 403.")
	ResponseEntity<?> act(@PathVariable Long id, @PathVariable String action, @RequestBody ActionRequest request,
			Locale locale) {
		Action chosen;
		try {
			chosen = Action.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("error.notFound.action");
		}
		try {
			switch (chosen) {
				case RECEIVE -> processing.receive(id, request.version());
				case REQUEST_SUPPLEMENT -> processing.requestSupplement(id, request.version(), request.text());
				case REFUSE -> processing.refuse(id, request.version(), request.text());
				case CLAIM -> processing.claim(id, request.version());
				case ASSIGN -> processing.assign(id, request.version(), required(request.accountId()));
				case FORWARD -> processing.forward(id, request.version(), request.text());
				case SEND_BACK -> processing.sendBack(id, request.version(),
						request.toPosition() == null ? -1 : request.toPosition(), request.text());
				case CONSULT -> processing.consult(id, required(request.departmentId()), request.text());
				case APPROVE -> processing.approve(id, request.version(), request.text());
				case APOLOGIZE -> processing.apologize(id, request.version(), required(request.newDueDate()), request.text());
				case STOP -> processing.stop(id, request.version(), request.text());
				case RETURN_RESULT -> processing.returnResult(id, request.version());
			}
		}
		catch (ConcurrentChange ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					messages.getMessage("error.409.text", null, locale));
			problem.setTitle(messages.getMessage("error.409.title", null, locale));
			problem.setType(URI.create("https://minhbach.vn/problems/concurrent-change"));
			problem.setProperty("current", json(processing.read(id)));
			return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		return ResponseEntity.ok(json(processing.read(id)));
	}

	@GetMapping(value = "/{id:\\d+}/control-sheet", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "Phiếu kiểm soát quá trình giải quyết hồ sơ (PDF, lập tại thời điểm gọi)")
	ResponseEntity<byte[]> controlSheet(@PathVariable Long id) {
		Dossier dossier = processing.dossier(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("phieu-kiem-soat-" + dossier.getCode() + ".pdf").build().toString())
			.body(processing.controlSheet(id));
	}

	@GetMapping("/{id:\\d+}/documents/{document}")
	@Operation(summary = "Một văn bản của hồ sơ: giấy tiếp nhận, phiếu, kết quả (PDF ký số) hoặc tài liệu nội bộ")
	ResponseEntity<org.springframework.core.io.InputStreamResource> document(@PathVariable Long id,
			@PathVariable long document) {
		DossierDocument found = processing.document(id, document);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(processing.mediaType(found)))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(found.fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
						.toString())
			.body(new org.springframework.core.io.InputStreamResource(processing.open(found)));
	}

	private OfficeDossierJson json(DossierProcessing.Opened opened) {
		Dossier d = opened.dossier();
		Long id = d.getId();
		var a = d.getApplicant();
		return new OfficeDossierJson(d.getId(), d.getCode(), d.getVersion(), d.getProcedureCode(), d.getProcedureName(),
				d.getAgencyId(), d.getStatus(), d.getChannel().name(),
				new ApplicantJson(a.fullName(), a.citizenId(), a.phone(), a.email(), a.address()), d.getSubmittedAt(),
				d.getReceivedAt(), d.getDueDate(), d.getOriginalDueDate(), d.getLate(), d.getLateStep(), d.getFeeAmount(),
				d.getPaymentStatus().name(), opened.actions(), opened.steps(),
				opened.documents()
					.stream()
					.map(doc -> new DocumentJson(doc.id(), doc.formCode(), doc.title(), doc.signed(), doc.createdAt(),
							"/api/v1/dossiers/" + id + "/documents/" + doc.id()))
					.toList(),
				opened.history());
	}

	private static Long agencyOf(Long requested) {
		if (requested != null) {
			return requested;
		}
		Set<Long> agencies = Access.agenciesWith(Role.RECEPTION, Role.SPECIALIST, Role.LEADER, Role.AGENCY_ADMIN);
		if (agencies.isEmpty()) {
			throw new AccessDeniedInAgency("queue for a user without a staff role");
		}
		if (agencies.size() > 1) {
			throw new BusinessRuleViolation("error.api.agencyRequired");
		}
		return agencies.iterator().next();
	}

	private static <T> T required(T value) {
		if (value == null) {
			throw new BusinessRuleViolation("error.required");
		}
		return value;
	}
}
