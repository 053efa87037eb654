package vn.minhbach.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.catalog.WorkflowStep;
import vn.minhbach.dossier.Attachment;
import vn.minhbach.dossier.Dossier;
import vn.minhbach.dossier.DossierDocument;
import vn.minhbach.dossier.DossierFilter;
import vn.minhbach.dossier.DossierProcessing;
import vn.minhbach.dossier.DossierProcessing.Action;
import vn.minhbach.dossier.DossierQueue;
import vn.minhbach.dossier.DossierStatus;
import vn.minhbach.dossier.DossierStep;
import vn.minhbach.dossier.Payments;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.identity.Workspace;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;

/**
 * The officers' side of dossiers: the lists (reception queue, my work, results to hand over, the
 * register with filters and search) and the dossier page where every action of the one-stop
 * back office is taken. A refused action brings the officer back to the dossier as it now is,
 * with the reason; nothing they typed is needed again except the refused form.
 */
@Controller
@RequestMapping("/staff/dossiers")
class OfficeDossierController {

	private final DossierProcessing processing;

	private final DossierQueue queue;

	private final Payments payments;

	private final ProcedureCatalog catalog;

	private final OrganizationDirectory organization;

	private final AccountDirectory accounts;

	private final Workspace workspace;

	private final MessageSource messages;

	OfficeDossierController(DossierProcessing processing, DossierQueue queue, Payments payments, ProcedureCatalog catalog,
			OrganizationDirectory organization, AccountDirectory accounts, Workspace workspace, MessageSource messages) {
		this.processing = processing;
		this.queue = queue;
		this.payments = payments;
		this.catalog = catalog;
		this.organization = organization;
		this.accounts = accounts;
		this.workspace = workspace;
		this.messages = messages;
	}

	/** The list filters as they come in the query string. */
	record ListForm(DossierFilter.View view, DossierStatus status, Long procedure, String step, String officer,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, DossierFilter.Timeliness timeliness, String q,
			String after) {

		DossierFilter filter() {
			return new DossierFilter(view, status, procedure, step, officer, from, to, timeliness, q, after,
					DossierFilter.DEFAULT_SIZE);
		}

		boolean filtered() {
			return status != null || procedure != null || (step != null && !step.isBlank())
					|| (officer != null && !officer.isBlank()) || from != null || to != null || timeliness != null
					|| (q != null && !q.isBlank());
		}
	}

	@GetMapping
	String list(@ModelAttribute("form") ListForm form, HttpSession session, HttpServletRequest request, Model model) {
		Long agencyId = agency(session);
		DossierFilter filter = form.filter();
		DossierQueue.Page result = queue.page(agencyId, filter);
		var here = org.springframework.web.util.UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString());
		if (result.next() != null) {
			model.addAttribute("nextUrl", here.cloneBuilder().replaceQueryParam("after", result.next()).build().toUriString());
		}
		if (filter.after() != null) {
			model.addAttribute("firstUrl", here.cloneBuilder().replaceQueryParam("after").build().toUriString());
		}
		model.addAttribute("view", filter.view());
		model.addAttribute("views", DossierFilter.View.values());
		model.addAttribute("result", result);
		model.addAttribute("counts", queue.counts(agencyId));
		model.addAttribute("procedures", catalog
			.search(new vn.minhbach.catalog.CatalogQuery("", null, null, null, agencyId, 0,
					vn.minhbach.catalog.CatalogQuery.MAX_SIZE))
			.items());
		model.addAttribute("stepNames", queue.stepNames(agencyId));
		model.addAttribute("officers", accounts.staffOf(agencyId, null));
		model.addAttribute("statuses", java.util.Arrays.stream(DossierStatus.values())
			.filter(status -> status != DossierStatus.DRAFT)
			.toList());
		model.addAttribute("timelinessValues", DossierFilter.Timeliness.values());
		model.addAttribute("filtered", form.filtered());
		model.addAttribute("openConsultations", processing.openConsultations(agencyId));
		return "dossier/office-list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		DossierProcessing.Opened opened = processing.open(id);
		Dossier dossier = opened.dossier();
		Procedure procedure = catalog.procedure(dossier.getProcedureId());
		Set<Action> actions = opened.actions();
		List<DossierStep> steps = opened.steps();
		DossierStep active = steps.stream().filter(s -> s.status() == DossierStep.Status.ACTIVE).reduce((a, b) -> b)
			.orElse(null);
		model.addAttribute("dossier", dossier);
		model.addAttribute("today", processing.today());
		model.addAttribute("procedure", procedure);
		model.addAttribute("schema", procedure.getFormSchema());
		model.addAttribute("agency", organization.agency(dossier.getAgencyId()));
		model.addAttribute("receivingAgency", organization.agency(dossier.getReceivingAgencyId()));
		model.addAttribute("actions", actions);
		model.addAttribute("steps", steps);
		model.addAttribute("active", active);
		model.addAttribute("attachments", opened.attachments());
		model.addAttribute("documents", opened.documents());
		model.addAttribute("consultations", opened.consultations());
		model.addAttribute("messages", processing.messages(id));
		model.addAttribute("history", opened.history());
		model.addAttribute("payments", processing.payments(id));
		model.addAttribute("departments", organization.departments(dossier.getAgencyId()));
		model.addAttribute("departmentNames", departmentNames(dossier.getAgencyId()));
		model.addAttribute("mayAnswer", answerableConsultations(dossier));
		if (actions.contains(Action.ASSIGN)) {
			model.addAttribute("assignees", processing.assignees(id));
		}
		if (active != null && actions.contains(Action.SEND_BACK)) {
			List<WorkflowStep> workflow = processing.workflow(id);
			Map<Integer, String> earlier = new LinkedHashMap<>();
			for (int position = 0; position < Math.min(active.position(), workflow.size()); position++) {
				earlier.put(position, workflow.get(position).name());
			}
			model.addAttribute("earlierSteps", earlier);
		}
		model.addAttribute("deskMayTakeFee", dossier.getPaymentStatus() == vn.minhbach.dossier.PaymentStatus.UNPAID
				&& vn.minhbach.shared.Access.has(vn.minhbach.shared.Role.RECEPTION, dossier.getAgencyId())
				&& !dossier.getStatus().closed());
		return "dossier/office-dossier";
	}

	/** Every officer action, with the version of the dossier the officer saw. */
	@PostMapping("/{id}/actions/{action}")
	String act(@PathVariable Long id, @PathVariable String action, @RequestParam int version,
			@RequestParam(required = false) String text, @RequestParam(required = false) Long accountId,
			@RequestParam(required = false) Integer toPosition,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueDate,
			@RequestParam(required = false) Long departmentId, RedirectAttributes redirect, Locale locale) {
		Action chosen = parse(action);
		return attempt(id, redirect, locale, () -> {
			switch (chosen) {
				case RECEIVE -> processing.receive(id, version);
				case REQUEST_SUPPLEMENT -> processing.requestSupplement(id, version, text);
				case REFUSE -> processing.refuse(id, version, text);
				case CLAIM -> processing.claim(id, version);
				case ASSIGN -> processing.assign(id, version, require(accountId));
				case FORWARD -> processing.forward(id, version, text);
				case SEND_BACK -> processing.sendBack(id, version, toPosition == null ? -1 : toPosition, text);
				case CONSULT -> processing.consult(id, require(departmentId), text);
				case APPROVE -> processing.approve(id, version, text);
				case APOLOGIZE -> {
					if (newDueDate == null) {
						throw new BusinessRuleViolation("error.dossier.apologyDate");
					}
					processing.apologize(id, version, newDueDate, text);
				}
				case STOP -> processing.stop(id, version, text);
				case RETURN_RESULT -> processing.returnResult(id, version);
			}
			return "dossier.office.done." + chosen.name();
		});
	}

	@PostMapping("/{id}/fee")
	String recordFee(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect, Locale locale) {
		return attempt(id, redirect, locale, () -> {
			payments.recordAtDesk(id, version);
			return "dossier.office.feeRecorded";
		});
	}

	@PostMapping("/{id}/consultations/{consultation}")
	String answer(@PathVariable Long id, @PathVariable long consultation, @RequestParam(defaultValue = "") String answer,
			RedirectAttributes redirect, Locale locale) {
		return attempt(id, redirect, locale, () -> {
			processing.answerConsultation(consultation, answer);
			return "dossier.office.answered";
		});
	}

	@PostMapping("/{id}/notes")
	String note(@PathVariable Long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect,
			Locale locale) {
		return attempt(id, redirect, locale, () -> {
			processing.addNote(id, note);
			return "dossier.office.noted";
		});
	}

	@PostMapping("/{id}/messages")
	String message(@PathVariable Long id, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect,
			Locale locale) {
		return attempt(id, redirect, locale, () -> {
			processing.postMessage(id, body);
			return "dossier.messageSent";
		});
	}

	@PostMapping("/{id}/documents")
	String addDocument(@PathVariable Long id, @RequestParam(defaultValue = "") String title,
			@RequestParam("file") MultipartFile file, RedirectAttributes redirect, Locale locale) {
		return attempt(id, redirect, locale, () -> {
			if (file.isEmpty()) {
				throw new BusinessRuleViolation("error.file.none");
			}
			try (InputStream in = file.getInputStream()) {
				processing.addInternalDocument(id, title, in, file.getOriginalFilename());
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			return "dossier.office.documentAdded";
		});
	}

	@GetMapping("/{id}/documents/{document}")
	ResponseEntity<InputStreamResource> document(@PathVariable Long id, @PathVariable long document) {
		DossierDocument found = processing.document(id, document);
		return file(found.fileName(), processing.mediaType(found), processing.open(found));
	}

	@GetMapping("/{id}/attachments/{attachment}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable Long id, @PathVariable long attachment) {
		Attachment found = processing.attachments(id)
			.stream()
			.filter(a -> a.id() == attachment)
			.findFirst()
			.orElseThrow(() -> new vn.minhbach.shared.NotFoundException("error.notFound.file"));
		return file(found.originalName(), found.mediaType(), processing.open(found));
	}

	@GetMapping("/{id}/control-sheet.pdf")
	ResponseEntity<byte[]> controlSheet(@PathVariable Long id) {
		Dossier dossier = processing.dossier(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("phieu-kiem-soat-" + dossier.getCode() + ".pdf").build().toString())
			.body(processing.controlSheet(id));
	}

	// --- helpers -----------------------------------------------------------------------------

	/** Runs an action; on a refusal, back to the dossier with the reason (the page shows the current state). */
	private String attempt(Long id, RedirectAttributes redirect, Locale locale, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("success", action.get());
		}
		catch (ConcurrentChange ex) {
			redirect.addFlashAttribute("warning", "dossier.office.stale");
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("errorText",
					messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/staff/dossiers/" + id;
	}

	private static Action parse(String action) {
		try {
			return Action.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new vn.minhbach.shared.NotFoundException("error.notFound.action");
		}
	}

	private static <T> T require(T value) {
		if (value == null) {
			throw new BusinessRuleViolation("error.required");
		}
		return value;
	}

	private Long agency(HttpSession session) {
		Long agencyId = workspace.currentAgencyId(session);
		if (agencyId == null) {
			throw new AccessDeniedInAgency("no current agency");
		}
		return agencyId;
	}

	private Map<Long, String> departmentNames(Long agencyId) {
		Map<Long, String> names = new LinkedHashMap<>();
		organization.departments(agencyId).forEach(d -> names.put(d.getId(), d.getName()));
		return names;
	}

	private Set<Long> answerableConsultations(Dossier dossier) {
		Set<Long> ids = new java.util.HashSet<>();
		processing.openConsultations(dossier.getAgencyId()).forEach(c -> ids.add(c.id()));
		return ids;
	}

	private static ResponseEntity<InputStreamResource> file(String name, String mediaType, InputStream content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}

	static List<Map<String, String>> itemsFrom(HttpServletRequest request, vn.minhbach.catalog.FormSchema.Section section,
			String prefix) {
		int count;
		try {
			count = Math.max(section.minItems(), Math.min(section.maxItems(),
					Integer.parseInt(request.getParameter(prefix + "itemCount"))));
		}
		catch (NumberFormatException ex) {
			count = Math.max(1, section.minItems());
		}
		List<Map<String, String>> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, String> item = new LinkedHashMap<>();
			for (var field : section.fields()) {
				String value = request.getParameter(prefix + "i" + i + "." + field.key());
				if ("checkbox".equals(field.type())) {
					item.put(field.key(), "true".equals(value) ? "true" : "");
				}
				else if (value != null) {
					item.put(field.key(), value);
				}
			}
			items.add(item);
		}
		return items;
	}
}
