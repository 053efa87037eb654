package vn.minhbach.dossier.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.dossier.Attachment;
import vn.minhbach.dossier.Dossier;
import vn.minhbach.dossier.DossierIntake;
import vn.minhbach.dossier.DossierProcessing;
import vn.minhbach.dossier.DossierStatus;
import vn.minhbach.dossier.Payments;
import vn.minhbach.dossier.Rating;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;

/**
 * The citizen's online submission, one page per section of the e-form (saved at every step),
 * then the papers, a check-your-answers page and the confirmation; and the dossier page after
 * submission (status, timeline, payment, messages, supplement, result, rating).
 */
@Controller
@RequestMapping("/citizen/dossiers")
class CitizenDossierController {

	private final DossierIntake intake;

	private final Payments payments;

	private final OrganizationDirectory organization;

	private final org.springframework.context.MessageSource messages;

	private final vn.minhbach.catalog.ProcedureCatalog catalog;

	private final DossierProcessing processing;

	CitizenDossierController(DossierIntake intake, Payments payments, OrganizationDirectory organization,
			org.springframework.context.MessageSource messages, vn.minhbach.catalog.ProcedureCatalog catalog,
			DossierProcessing processing) {
		this.catalog = catalog;
		this.processing = processing;
		this.intake = intake;
		this.payments = payments;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("dossiers", intake.mine());
		return "dossier/citizen-list";
	}

	/** The start page: what the applicant will need before beginning (reached after login too). */
	@GetMapping("/new")
	String startPage(@RequestParam("procedure") Long procedureId, Model model) {
		model.addAttribute("procedure", catalog.published(procedureId));
		return "dossier/start";
	}

	@PostMapping
	String start(@RequestParam Long procedureId) {
		Dossier draft = intake.startDraft(procedureId);
		String first = intake.procedureOf(draft).getFormSchema().sections().get(0).key();
		return "redirect:/citizen/dossiers/" + draft.getId() + "/form/" + first;
	}

	@GetMapping("/{id}/form/{section}")
	String showSection(@PathVariable Long id, @PathVariable String section, Model model) {
		Dossier dossier = editable(id);
		return sectionPage(dossier, section, dossier.getAnswers().items(section), Map.of(), model);
	}

	@PostMapping("/{id}/form/{section}")
	String saveSection(@PathVariable Long id, @PathVariable String section, @RequestParam(defaultValue = "continue") String action,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Dossier dossier = editable(id);
		FormSchema schema = intake.procedureOf(dossier).getFormSchema();
		FormSchema.Section current = schema.section(section).orElseThrow(() -> new NotFoundException("error.notFound.section"));
		List<Map<String, String>> items = itemsFrom(request, current);
		if (action.equals("add") && items.size() < current.maxItems()) {
			items.add(new LinkedHashMap<>());
		}
		if (action.startsWith("remove-") && items.size() > current.minItems()) {
			int index = Integer.parseInt(action.substring(7));
			if (index >= 0 && index < items.size()) {
				items.remove(index);
			}
		}
		boolean check = action.equals("continue");
		Map<String, String> errors = intake.saveSection(id, section, items, check);
		if (action.equals("draft")) {
			redirect.addFlashAttribute("success", "dossier.draftSaved");
			return "redirect:/citizen/dossiers";
		}
		if (!check || !errors.isEmpty()) {
			return sectionPage(intake.mine(id), section, items, errors, model);
		}
		int position = schema.sections().indexOf(current);
		if (position + 1 < schema.sections().size()) {
			return "redirect:/citizen/dossiers/" + id + "/form/" + schema.sections().get(position + 1).key();
		}
		return "redirect:/citizen/dossiers/" + id + "/papers";
	}

	/** Saves what was typed so far without checking it (called by the page as the applicant types). */
	@PostMapping("/{id}/form/{section}/autosave")
	@ResponseBody
	ResponseEntity<Void> autosave(@PathVariable Long id, @PathVariable String section, HttpServletRequest request) {
		Dossier dossier = editable(id);
		FormSchema.Section current = intake.procedureOf(dossier).getFormSchema().section(section)
			.orElseThrow(() -> new NotFoundException("error.notFound.section"));
		intake.saveSection(id, section, itemsFrom(request, current), false);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/papers")
	String showPapers(@PathVariable Long id, Model model) {
		Dossier dossier = editable(id);
		return papersPage(dossier, model);
	}

	@PostMapping("/{id}/papers/{paper}")
	String upload(@PathVariable Long id, @PathVariable int paper,
			@RequestParam(value = "files", required = false) List<MultipartFile> uploads, java.util.Locale locale, Model model)
			throws IOException {
		uploads = uploads == null ? List.of() : uploads;
		Dossier dossier = editable(id);
		List<String> problems = new ArrayList<>();
		int stored = 0;
		for (MultipartFile upload : uploads) {
			if (upload.isEmpty() && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				intake.attach(id, paper, upload.getInputStream(), upload.getOriginalFilename());
				stored++;
			}
			catch (BusinessRuleViolation problem) {
				problems.add(messages.getMessage(problem.messageKey(), problem.arguments(), locale));
			}
		}
		if (stored == 0 && problems.isEmpty()) {
			problems.add(messages.getMessage("error.file.none", null, locale));
		}
		model.addAttribute("uploadProblems", problems);
		model.addAttribute("uploadPaper", paper);
		model.addAttribute("uploadedCount", stored);
		return papersPage(intake.mine(dossier.getId()), model);
	}

	@PostMapping("/{id}/attachments/{attachment}/delete")
	String detach(@PathVariable Long id, @PathVariable long attachment, RedirectAttributes redirect) {
		intake.detach(id, attachment);
		redirect.addFlashAttribute("success", "dossier.attachmentRemoved");
		return "redirect:/citizen/dossiers/" + id + "/papers";
	}

	@GetMapping("/{id}/attachments/{attachment}")
	ResponseEntity<InputStreamResource> attachment(@PathVariable Long id, @PathVariable long attachment) {
		Attachment file = intake.attachment(id, attachment);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.originalName(), java.nio.charset.StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(intake.open(file)));
	}

	@GetMapping("/{id}/documents/{document}")
	ResponseEntity<InputStreamResource> document(@PathVariable Long id, @PathVariable long document) {
		var found = intake.document(id, document);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(found.fileName(), java.nio.charset.StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(intake.open(found)));
	}

	@GetMapping("/{id}/review")
	String review(@PathVariable Long id, Model model) {
		Dossier dossier = intake.mine(id);
		if (dossier.getStatus() != DossierStatus.DRAFT && dossier.getStatus() != DossierStatus.SUPPLEMENT_REQUESTED) {
			return "redirect:/citizen/dossiers/" + id;
		}
		fillReview(dossier, model);
		model.addAttribute("submissionKey", UUID.randomUUID().toString());
		return "dossier/review";
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable Long id, @RequestParam String submissionKey, Model model) {
		try {
			Dossier submitted = intake.submit(id, submissionKey);
			return "redirect:/citizen/dossiers/" + submitted.getId() + "/submitted";
		}
		catch (BusinessRuleViolation problem) {
			Dossier dossier = intake.mine(id);
			fillReview(dossier, model);
			model.addAttribute("submissionKey", submissionKey);
			model.addAttribute("submitError", problem.messageKey());
			return "dossier/review";
		}
	}

	@GetMapping("/{id}/submitted")
	String confirmation(@PathVariable Long id, Model model) {
		Dossier dossier = intake.mine(id);
		if (dossier.getCode() == null) {
			return "redirect:/citizen/dossiers/" + id + "/review";
		}
		model.addAttribute("dossier", dossier);
		model.addAttribute("agency", organization.agency(dossier.getAgencyId()));
		return "dossier/submitted";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		Dossier dossier = intake.mine(id);
		if (dossier.getStatus() == DossierStatus.DRAFT) {
			return "redirect:/citizen/dossiers/" + id + "/review";
		}
		Procedure procedure = intake.procedureOf(dossier);
		model.addAttribute("dossier", dossier);
		model.addAttribute("procedure", procedure);
		model.addAttribute("agency", organization.agency(dossier.getAgencyId()));
		model.addAttribute("history", intake.history(id));
		model.addAttribute("messages", intake.messages(id));
		model.addAttribute("attachments", intake.attachments(id));
		model.addAttribute("documents", intake.documents(id));
		model.addAttribute("payments", payments.of(id));
		model.addAttribute("rating", intake.rating(id).orElse(null));
		model.addAttribute("scores", Rating.Score.values());
		model.addAttribute("supplementRequest", intake.history(id)
			.stream()
			.filter(entry -> "SUPPLEMENT_REQUESTED".equals(entry.action()))
			.reduce((first, second) -> second)
			.orElse(null));
		return "dossier/citizen-dossier";
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable Long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		intake.withdraw(id, reason);
		redirect.addFlashAttribute("success", "dossier.withdrawn");
		return "redirect:/citizen/dossiers/" + id;
	}

	@PostMapping("/{id}/supplement")
	String supplement(@PathVariable Long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		try {
			intake.supplement(id, note);
			redirect.addFlashAttribute("success", "dossier.supplemented");
			return "redirect:/citizen/dossiers/" + id;
		}
		catch (BusinessRuleViolation problem) {
			redirect.addFlashAttribute("warning", problem.messageKey());
			return "redirect:/citizen/dossiers/" + id + "/review";
		}
	}

	@PostMapping("/{id}/messages")
	String message(@PathVariable Long id, @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
		try {
			intake.postMessage(id, body);
			redirect.addFlashAttribute("success", "dossier.messageSent");
		}
		catch (BusinessRuleViolation problem) {
			redirect.addFlashAttribute("warning", problem.messageKey());
		}
		return "redirect:/citizen/dossiers/" + id + "#messages";
	}

	@PostMapping("/{id}/rating")
	String rate(@PathVariable Long id, @RequestParam Rating.Score score, @RequestParam(defaultValue = "") String comment,
			RedirectAttributes redirect) {
		intake.rate(id, score, comment);
		redirect.addFlashAttribute("success", "dossier.rated");
		return "redirect:/citizen/dossiers/" + id;
	}

	@GetMapping("/{id}/result")
	ResponseEntity<InputStreamResource> result(@PathVariable Long id) {
		Dossier dossier = intake.mine(id);
		processing.returnedOnline(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(dossier.getResultName() == null ? "ket-qua.pdf" : dossier.getResultName(),
								java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new InputStreamResource(intake.result(id)));
	}

	@PostMapping("/{id}/pay")
	String pay(@PathVariable Long id, HttpServletRequest request) {
		return "redirect:" + payments.start(id, request.getRemoteAddr());
	}

	private Dossier editable(Long id) {
		Dossier dossier = intake.mine(id);
		if (!dossier.editableByApplicant()) {
			throw new BusinessRuleViolation("error.dossier.notEditable");
		}
		return dossier;
	}

	private String sectionPage(Dossier dossier, String sectionKey, List<Map<String, String>> items,
			Map<String, String> errors, Model model) {
		FormSchema schema = intake.procedureOf(dossier).getFormSchema();
		FormSchema.Section section = schema.section(sectionKey)
			.orElseThrow(() -> new NotFoundException("error.notFound.section"));
		List<Map<String, String>> shown = new ArrayList<>(items);
		while (shown.size() < Math.max(1, section.minItems())) {
			shown.add(new LinkedHashMap<>());
		}
		int position = schema.sections().indexOf(section);
		model.addAttribute("dossier", dossier);
		model.addAttribute("schema", schema);
		model.addAttribute("section", section);
		model.addAttribute("items", shown);
		model.addAttribute("errors", errors);
		model.addAttribute("errorLinks", errorLinks(section, errors));
		model.addAttribute("step", position + 1);
		model.addAttribute("steps", schema.sections().size() + 2);
		model.addAttribute("previous", position == 0 ? null : schema.sections().get(position - 1).key());
		model.addAttribute("procedureId", dossier.getProcedureId());
		return "dossier/section";
	}

	/** A link of the error summary to the field it is about. */
	record ErrorLink(String anchor, String label, String messageKey) {
	}

	static List<ErrorLink> errorLinks(FormSchema.Section section, Map<String, String> errors) {
		List<ErrorLink> links = new ArrayList<>();
		errors.forEach((path, key) -> {
			String[] parts = path.split("\\.");
			if (parts.length == 3) {
				String label = section.fields()
					.stream()
					.filter(f -> f.key().equals(parts[2]))
					.map(FormSchema.Field::label)
					.findFirst()
					.orElse(parts[2]);
				if (section.repeating()) {
					label = section.repeat().itemTitle() + " " + (Integer.parseInt(parts[1]) + 1) + " – " + label;
				}
				links.add(new ErrorLink("i" + parts[1] + "-" + parts[2], label, key));
			}
			else {
				links.add(new ErrorLink("main", section.title(), key));
			}
		});
		return links;
	}

	private String papersPage(Dossier dossier, Model model) {
		Procedure procedure = intake.procedureOf(dossier);
		List<Attachment> attachments = intake.attachments(dossier.getId());
		model.addAttribute("dossier", dossier);
		model.addAttribute("procedure", procedure);
		model.addAttribute("attachments", attachments);
		model.addAttribute("maxFileMb", vn.minhbach.files.FilePolicy.dossierPaper().maxMegabytes());
		model.addAttribute("maxDossierMb", DossierIntake.MAX_DOSSIER_BYTES / (1024 * 1024));
		model.addAttribute("steps", procedure.getFormSchema().sections().size() + 2);
		model.addAttribute("lastSection",
				procedure.getFormSchema().sections().get(procedure.getFormSchema().sections().size() - 1).key());
		model.addAttribute("missingPapers", intake.check(dossier.getId()).missingPapers());
		return "dossier/papers";
	}

	private void fillReview(Dossier dossier, Model model) {
		Procedure procedure = intake.procedureOf(dossier);
		model.addAttribute("dossier", dossier);
		model.addAttribute("procedure", procedure);
		model.addAttribute("schema", procedure.getFormSchema());
		model.addAttribute("attachments", intake.attachments(dossier.getId()));
		model.addAttribute("check", intake.check(dossier.getId()));
		model.addAttribute("agency", organization.agency(dossier.getAgencyId()));
	}

	/** Reads the items of a section from {@code i<index>.<field>} parameters. */
	static List<Map<String, String>> itemsFrom(HttpServletRequest request, FormSchema.Section section) {
		int count;
		try {
			count = Math.max(1, Math.min(section.maxItems(), Integer.parseInt(request.getParameter("itemCount"))));
		}
		catch (NumberFormatException ex) {
			count = 1;
		}
		List<Map<String, String>> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, String> item = new LinkedHashMap<>();
			for (FormSchema.Field field : section.fields()) {
				String value = request.getParameter("i" + i + "." + field.key());
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
