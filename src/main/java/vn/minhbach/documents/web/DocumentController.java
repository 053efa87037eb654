package vn.minhbach.documents.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

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
import org.springframework.web.util.UriComponentsBuilder;

import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.documents.DocumentAction;
import vn.minhbach.documents.DocumentFile;
import vn.minhbach.documents.DocumentLibrary;
import vn.minhbach.documents.DocumentLists;
import vn.minhbach.documents.DocumentStatus;
import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.IncomingDocuments;
import vn.minhbach.documents.OfficialDocument;
import vn.minhbach.documents.OutgoingDocuments;
import vn.minhbach.documents.Secrecy;
import vn.minhbach.documents.Urgency;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.identity.Workspace;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.Role;

/**
 * The staff's pages for official documents: the lists, a new draft, a paper document to register,
 * and the document page where each step is taken. A refused step brings the person back to the
 * document as it now is, with the reason.
 */
@Controller
@RequestMapping("/staff/documents")
class DocumentController {

	private final OutgoingDocuments outgoing;

	private final IncomingDocuments incoming;

	private final DocumentLibrary library;

	private final DocumentLists lists;

	private final AccountDirectory accounts;

	private final OrganizationDirectory organization;

	private final WorkingCalendar calendar;

	private final Workspace workspace;

	private final MessageSource messages;

	DocumentController(OutgoingDocuments outgoing, IncomingDocuments incoming, DocumentLibrary library, DocumentLists lists,
			AccountDirectory accounts, OrganizationDirectory organization, WorkingCalendar calendar, Workspace workspace,
			MessageSource messages) {
		this.outgoing = outgoing;
		this.incoming = incoming;
		this.library = library;
		this.lists = lists;
		this.accounts = accounts;
		this.organization = organization;
		this.calendar = calendar;
		this.workspace = workspace;
		this.messages = messages;
	}

	/** The list filters as they come in the query string. */
	record ListForm(DocumentLists.View view, DocumentStatus status, DocumentType type,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String handler, Boolean overdue, String q,
			Long after) {

		DocumentLists.Filter filter() {
			return new DocumentLists.Filter(view, status, type, from, to, handler, Boolean.TRUE.equals(overdue), q, after, 25);
		}

		boolean filtered() {
			return status != null || type != null || from != null || to != null || (handler != null && !handler.isBlank())
					|| Boolean.TRUE.equals(overdue) || (q != null && !q.isBlank());
		}
	}

	@GetMapping
	String list(@ModelAttribute("form") ListForm form, HttpSession session, HttpServletRequest request, Model model) {
		Long agency = agency(session);
		DocumentLists.Filter filter = form.filter();
		DocumentLists.Page page = lists.page(agency, filter);
		var here = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
		if (page.next() != null) {
			model.addAttribute("nextUrl", here.cloneBuilder().replaceQueryParam("after", page.next()).build().toUriString());
		}
		if (filter.after() != null) {
			model.addAttribute("firstUrl", here.cloneBuilder().replaceQueryParam("after").build().toUriString());
		}
		model.addAttribute("view", filter.view());
		model.addAttribute("views", DocumentLists.View.values());
		model.addAttribute("page", page);
		model.addAttribute("counts", lists.counts(agency));
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("statuses", DocumentStatus.values());
		model.addAttribute("staff", accounts.staffOf(agency, null));
		model.addAttribute("filtered", form.filtered());
		model.addAttribute("today", calendar.today());
		return "documents/list";
	}

	// --- drafts ------------------------------------------------------------------------------

	/** The draft form's fields as posted. */
	static final class DraftForm {

		private DocumentType type = DocumentType.CONG_VAN;

		private String subject;

		private Urgency urgency = Urgency.NORMAL;

		private Secrecy secrecy = Secrecy.NORMAL;

		private Long departmentId;

		private String reviewer;

		private Long signerAccountId;

		private String authority;

		private String bodyText;

		private List<Long> internalRecipients = List.of();

		private String externalRecipients;

		private Long replyToId;

		private String relatedDossierCode;

		private String replacesNotation;

		OutgoingDocuments.Draft draft() {
			return new OutgoingDocuments.Draft(type, subject, urgency, secrecy, departmentId, reviewer, signerAccountId,
					authority, bodyText, internalRecipients, externalRecipients, replyToId, relatedDossierCode, replacesNotation);
		}

		static DraftForm of(OfficialDocument d, List<vn.minhbach.documents.Recipient> recipients) {
			DraftForm form = new DraftForm();
			form.type = d.getType();
			form.subject = d.getSubject();
			form.urgency = d.getUrgency();
			form.secrecy = d.getSecrecy();
			form.departmentId = d.getDepartmentId();
			form.reviewer = d.getReviewer();
			form.signerAccountId = d.getSignerAccountId();
			form.authority = d.getSignerAuthority();
			form.bodyText = d.getBodyText();
			form.internalRecipients = recipients.stream().filter(r -> r.internal()).map(r -> r.agencyId()).toList();
			form.externalRecipients = String.join("\n", recipients.stream()
				.filter(r -> !r.internal())
				.map(r -> r.code() == null ? r.name() : r.name() + " | " + r.code())
				.toList());
			form.replyToId = d.getReplyToId();
			form.relatedDossierCode = d.getRelatedDossierCode();
			return form;
		}

		public DocumentType getType() {
			return type;
		}

		public void setType(DocumentType type) {
			this.type = type;
		}

		public String getSubject() {
			return subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}

		public Urgency getUrgency() {
			return urgency;
		}

		public void setUrgency(Urgency urgency) {
			this.urgency = urgency;
		}

		public Secrecy getSecrecy() {
			return secrecy;
		}

		public void setSecrecy(Secrecy secrecy) {
			this.secrecy = secrecy;
		}

		public Long getDepartmentId() {
			return departmentId;
		}

		public void setDepartmentId(Long departmentId) {
			this.departmentId = departmentId;
		}

		public String getReviewer() {
			return reviewer;
		}

		public void setReviewer(String reviewer) {
			this.reviewer = reviewer;
		}

		public Long getSignerAccountId() {
			return signerAccountId;
		}

		public void setSignerAccountId(Long signerAccountId) {
			this.signerAccountId = signerAccountId;
		}

		public String getAuthority() {
			return authority;
		}

		public void setAuthority(String authority) {
			this.authority = authority;
		}

		public String getBodyText() {
			return bodyText;
		}

		public void setBodyText(String bodyText) {
			this.bodyText = bodyText;
		}

		public List<Long> getInternalRecipients() {
			return internalRecipients;
		}

		public void setInternalRecipients(List<Long> internalRecipients) {
			this.internalRecipients = internalRecipients == null ? List.of() : internalRecipients;
		}

		public String getExternalRecipients() {
			return externalRecipients;
		}

		public void setExternalRecipients(String externalRecipients) {
			this.externalRecipients = externalRecipients;
		}

		public Long getReplyToId() {
			return replyToId;
		}

		public void setReplyToId(Long replyToId) {
			this.replyToId = replyToId;
		}

		public String getReplacesNotation() {
			return replacesNotation;
		}

		public void setReplacesNotation(String replacesNotation) {
			this.replacesNotation = replacesNotation;
		}

		public String getRelatedDossierCode() {
			return relatedDossierCode;
		}

		public void setRelatedDossierCode(String relatedDossierCode) {
			this.relatedDossierCode = relatedDossierCode;
		}
	}

	@GetMapping("/new")
	String newDraft(@RequestParam(required = false) Long replyTo, HttpSession session, Model model) {
		Long agency = agency(session);
		DraftForm form = new DraftForm();
		if (replyTo != null) {
			OfficialDocument answered = library.document(replyTo);
			form.setReplyToId(answered.getId());
			form.setSubject("Trả lời văn bản " + (answered.getOriginalNotation() == null ? "" : answered.getOriginalNotation() + " ")
					+ "về " + answered.getSubject());
			if (answered.getAuthorAgencyId() != null) {
				form.setInternalRecipients(List.of(answered.getAuthorAgencyId()));
			}
			else if (answered.getAuthorName() != null) {
				form.setExternalRecipients(answered.getAuthorName());
			}
		}
		draftChoices(agency, model);
		model.addAttribute("draft", form);
		return "documents/new";
	}

	@PostMapping
	String create(@ModelAttribute("draft") DraftForm form, HttpSession session, Model model, Locale locale,
			RedirectAttributes redirect) {
		Long agency = agency(session);
		try {
			OfficialDocument created = outgoing.create(agency, form.draft());
			redirect.addFlashAttribute("success", "document.done.DRAFTED");
			return "redirect:/staff/documents/" + created.getId();
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			draftChoices(agency, model);
			return "documents/new";
		}
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable Long id, @RequestParam int version, @ModelAttribute("draft") DraftForm form,
			RedirectAttributes redirect, Locale locale) {
		return attempt(id, redirect, locale, () -> {
			outgoing.update(id, version, form.draft());
			return "document.done.EDITED";
		});
	}

	@PostMapping("/{id}/body")
	String body(@PathVariable Long id, @RequestParam int version, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String note, RedirectAttributes redirect, Locale locale) {
		return attempt(id, redirect, locale, () -> {
			requireFile(file);
			try (InputStream in = file.getInputStream()) {
				outgoing.uploadBody(id, version, in, file.getOriginalFilename(), note);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return "document.done.BODY_UPLOADED";
		});
	}

	@PostMapping("/{id}/appendices")
	String appendix(@PathVariable Long id, @RequestParam int version, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect, Locale locale) {
		return attempt(id, redirect, locale, () -> {
			requireFile(file);
			try (InputStream in = file.getInputStream()) {
				outgoing.addAppendix(id, version, in, file.getOriginalFilename());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return "document.done.APPENDIX_ADDED";
		});
	}

	@PostMapping("/{id}/appendices/{file}/delete")
	String removeAppendix(@PathVariable Long id, @PathVariable long file, @RequestParam int version,
			RedirectAttributes redirect, Locale locale) {
		return attempt(id, redirect, locale, () -> {
			outgoing.removeAppendix(id, version, file);
			return "document.done.APPENDIX_REMOVED";
		});
	}

	/** Every step on the document, with the version the person saw. */
	@PostMapping("/{id}/actions/{action}")
	String act(@PathVariable Long id, @PathVariable String action, @RequestParam int version,
			@RequestParam(required = false) String text, @RequestParam(required = false) Long mainHandler,
			@RequestParam(required = false) List<Long> coHandlers, @RequestParam(required = false) List<Long> forInformation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			RedirectAttributes redirect, Locale locale) {
		DocumentAction chosen = parse(action);
		return attempt(id, redirect, locale, () -> {
			switch (chosen) {
				case SUBMIT -> outgoing.submit(id, version);
				case REVIEW -> outgoing.review(id, version, text);
				case APPROVE -> outgoing.approve(id, version, text);
				case RETURN_FOR_REVISION -> outgoing.returnForRevision(id, version, text);
				case ISSUE -> outgoing.issue(id, version);
				case REGISTER -> incoming.register(id, version);
				case RETURN_TO_SENDER -> incoming.returnToSender(id, version, text);
				case DIRECT -> incoming.direct(id, version,
						new IncomingDocuments.Direction(text, mainHandler, coHandlers, forInformation, deadline));
				case PROGRESS -> incoming.progress(id, text);
				case COMPLETE -> incoming.complete(id, version, text);
				case COMMENT -> outgoing.comment(id, text);
				default -> throw new vn.minhbach.shared.NotFoundException("error.notFound.action");
			}
			return "document.done." + chosen.name();
		});
	}

	// --- reading -----------------------------------------------------------------------------

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		OfficialDocument document = library.open(id);
		Long agency = document.getAgencyId();
		var recipients = library.recipients(id);
		model.addAttribute("doc", document);
		model.addAttribute("actions", library.allowedActions(id));
		model.addAttribute("files", library.files(id));
		model.addAttribute("recipients", recipients);
		model.addAttribute("assignments", library.assignments(id));
		model.addAttribute("history", library.history(id));
		model.addAttribute("replies", library.replies(id));
		model.addAttribute("replyTo", library.linked(document.getReplyToId()).orElse(null));
		model.addAttribute("source", library.linked(document.getSourceDocumentId()).orElse(null));
		model.addAttribute("replaces", library.replaces(id).orElse(null));
		model.addAttribute("replacedBy", library.linked(document.getReplacedById()).orElse(null));
		model.addAttribute("agency", organization.agency(agency));
		model.addAttribute("department", document.getDepartmentId() == null ? null
				: organization.department(document.getDepartmentId()));
		model.addAttribute("today", calendar.today());
		model.addAttribute("suggestedDeadline", calendar.addWorkingDays(calendar.today(), 7));
		model.addAttribute("staff", accounts.staffOf(agency, null).stream().filter(a -> a.isEnabled()).toList());
		if (library.allowedActions(id).contains(DocumentAction.EDIT)) {
			model.addAttribute("draft", DraftForm.of(document, recipients));
			draftChoices(agency, model);
		}
		return "documents/document";
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<InputStreamResource> finalPdf(@PathVariable Long id) {
		OfficialDocument document = library.document(id);
		return file(document.getFinalName() == null ? "van-ban.pdf" : document.getFinalName(), "application/pdf",
				library.openFinal(document));
	}

	@GetMapping("/{id}/files/{file}")
	ResponseEntity<InputStreamResource> file(@PathVariable Long id, @PathVariable long file) {
		DocumentFile found = library.file(id, file);
		return file(found.fileName(), found.mediaType(), library.open(found));
	}

	// --- paper documents ---------------------------------------------------------------------

	@GetMapping("/incoming/new")
	String paperForm(HttpSession session, Model model) {
		Long agency = agency(session);
		if (!vn.minhbach.shared.Access.has(Role.CLERK, agency)) {
			throw new AccessDeniedInAgency("paper registration");
		}
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("secrecies", Secrecy.values());
		return "documents/paper";
	}

	@PostMapping("/incoming")
	String registerPaper(@RequestParam(required = false) DocumentType type, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String authorName, @RequestParam(required = false) String authorCode,
			@RequestParam(required = false) String originalNotation,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate originalDate,
			@RequestParam(required = false) Urgency urgency, @RequestParam(required = false) Secrecy secrecy,
			@RequestParam(name = "scan", required = false) MultipartFile scan, HttpSession session, Model model,
			Locale locale, RedirectAttributes redirect) {
		Long agency = agency(session);
		try {
			requireFile(scan);
			OfficialDocument registered;
			try (InputStream in = scan.getInputStream()) {
				registered = incoming.registerPaper(agency, new IncomingDocuments.PaperArrival(type, subject, authorName,
						authorCode, originalNotation, originalDate, urgency, secrecy), in, scan.getOriginalFilename());
			}
			redirect.addFlashAttribute("success", "document.done.REGISTERED");
			return "redirect:/staff/documents/" + registered.getId();
		}
		catch (BusinessRuleViolation ex) {
			model.addAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
			model.addAttribute("types", DocumentType.values());
			model.addAttribute("urgencies", Urgency.values());
			model.addAttribute("secrecies", Secrecy.values());
			model.addAttribute("paper", new IncomingDocuments.PaperArrival(type, subject, authorName, authorCode,
					originalNotation, originalDate, urgency, secrecy));
			return "documents/paper";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// --- helpers -----------------------------------------------------------------------------

	private void draftChoices(Long agency, Model model) {
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("secrecies", Secrecy.values());
		model.addAttribute("authorities", List.of("TM.", "KT.", "Q.", "TL.", "TUQ."));
		model.addAttribute("departments", organization.departments(agency));
		model.addAttribute("reviewers", accounts.staffOf(agency, Role.DEPARTMENT_HEAD));
		model.addAttribute("signers", accounts.staffOf(agency, Role.LEADER));
		model.addAttribute("agencies", organization.agencies().stream().filter(a -> !a.getId().equals(agency)).toList());
	}

	private String attempt(Long id, RedirectAttributes redirect, Locale locale, Supplier<String> action) {
		try {
			redirect.addFlashAttribute("success", action.get());
		}
		catch (ConcurrentChange ex) {
			redirect.addFlashAttribute("warning", "document.stale");
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/staff/documents/" + id;
	}

	private static void requireFile(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new BusinessRuleViolation("error.file.none");
		}
	}

	private static DocumentAction parse(String action) {
		return Arrays.stream(DocumentAction.values())
			.filter(a -> a.name().equalsIgnoreCase(action.replace('-', '_')))
			.findFirst()
			.orElseThrow(() -> new vn.minhbach.shared.NotFoundException("error.notFound.action"));
	}

	private Long agency(HttpSession session) {
		Long agency = workspace.currentAgencyId(session);
		if (agency == null) {
			throw new AccessDeniedInAgency("no current agency");
		}
		return agency;
	}

	private static ResponseEntity<InputStreamResource> file(String name, String mediaType, InputStream content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(content));
	}
}
