package vn.minhbach.dossier.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import vn.minhbach.catalog.FormAnswers;
import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.dossier.Dossier;
import vn.minhbach.dossier.DossierIntake;
import vn.minhbach.dossier.DossierStatus;
import vn.minhbach.dossier.DossierTracking;
import vn.minhbach.dossier.TrackingView;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;

/** Dossiers over the API: submit (multipart), public status by code, the citizen's own list. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Hồ sơ", description = "Nộp hồ sơ trực tuyến, tra cứu trạng thái, hồ sơ của tôi")
class DossierRestController {

	private final DossierIntake intake;

	private final DossierTracking tracking;

	private final ProcedureCatalog catalog;

	private final org.springframework.context.MessageSource messages;

	DossierRestController(DossierIntake intake, DossierTracking tracking, ProcedureCatalog catalog,
			org.springframework.context.MessageSource messages) {
		this.intake = intake;
		this.tracking = tracking;
		this.catalog = catalog;
		this.messages = messages;
	}

	record DossierJson(Long id, String code, String procedureCode, String procedureName, DossierStatus status,
			Instant submittedAt, LocalDate dueDate, Long feeVnd, String paymentStatus) {

		static DossierJson of(Dossier d) {
			return new DossierJson(d.getId(), d.getCode(), d.getProcedureCode(), d.getProcedureName(), d.getStatus(),
					d.getSubmittedAt(), d.getDueDate(), d.getFeeAmount(), d.getPaymentStatus().name());
		}
	}

	record Invalid(String title, Map<String, String> fieldErrors, List<Integer> missingPapers) {
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Nộp hồ sơ trực tuyến",
			description = "Phần 'answers' là JSON {\"<mục>\": [{\"<trường>\": \"giá trị\"}]} theo biểu mẫu của thủ tục; "
					+ "tệp đính kèm đặt tên phần 'paper<N>' (N là số thứ tự thành phần hồ sơ, từ 0). "
					+ "Gửi lại cùng Idempotency-Key trả về hồ sơ đã nộp, không tạo hồ sơ thứ hai.")
	ResponseEntity<?> submit(@RequestParam String procedure, @RequestPart("answers") String answers,
			@Parameter(description = "Khóa chống nộp trùng") @RequestHeader(value = "Idempotency-Key", required = false) String key,
			MultipartHttpServletRequest request, java.util.Locale locale) throws IOException {
		Procedure chosen = catalog.publishedByCode(procedure)
			.or(() -> procedure.matches("\\d{1,9}") ? java.util.Optional.of(catalog.published(Long.valueOf(procedure)))
					: java.util.Optional.empty())
			.orElseThrow(() -> new NotFoundException("error.notFound.procedure"));
		if (key != null) {
			var existing = intake.mine().stream().filter(d -> key.equals(d.getSubmissionKey())).findFirst();
			if (existing.isPresent()) {
				return ResponseEntity.ok(DossierJson.of(existing.get()));
			}
		}
		FormAnswers given;
		try {
			given = FormAnswers.fromJson(answers);
		}
		catch (RuntimeException ex) {
			throw new BusinessRuleViolation("error.dossier.answersNotJson");
		}
		Dossier draft = intake.startDraft(chosen.getId());
		for (FormSchema.Section section : chosen.getFormSchema().sections()) {
			List<Map<String, String>> items = given.items(section.key());
			if (!items.isEmpty()) {
				intake.saveSection(draft.getId(), section.key(), new ArrayList<>(items), false);
			}
		}
		MultiValueMap<String, MultipartFile> files = request.getMultiFileMap();
		for (var entry : files.entrySet()) {
			if (!entry.getKey().matches("paper\\d{1,3}")) {
				continue;
			}
			int paper = Integer.parseInt(entry.getKey().substring(5));
			for (MultipartFile file : entry.getValue()) {
				intake.attach(draft.getId(), paper, file.getInputStream(), file.getOriginalFilename());
			}
		}
		DossierIntake.Check check = intake.check(draft.getId());
		if (!check.ready()) {
			return ResponseEntity.unprocessableContent()
				.body(new Invalid(messages.getMessage("error.dossier.incompleteApi", null, locale), check.fieldErrors(),
						check.missingPapers()));
		}
		Dossier submitted = intake.submit(draft.getId(), key);
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + submitted.getCode() + "/status"))
			.body(DossierJson.of(submitted));
	}

	@GetMapping("/{code}/status")
	@Operation(summary = "Tra cứu trạng thái hồ sơ theo mã (công khai, che thông tin cá nhân)")
	TrackingView status(@PathVariable String code, HttpServletRequest request) {
		return tracking.track(code, request.getRemoteAddr());
	}

	@GetMapping("/mine")
	@Operation(summary = "Hồ sơ của tôi (công dân đã đăng nhập)")
	List<DossierJson> mine() {
		return intake.mine().stream().map(DossierJson::of).toList();
	}
}
