package vn.minhbach.dossier;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.catalog.FormAnswers;
import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.Paper;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.catalog.ProcessingTime;
import vn.minhbach.files.FilePolicy;
import vn.minhbach.files.FileRejected;
import vn.minhbach.files.FileStore;
import vn.minhbach.files.StoredFile;
import vn.minhbach.identity.Account;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.identity.AccountKind;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;

/**
 * The citizen's side of a dossier: a draft filled page by page (saved at every step), papers
 * attached, a check of everything, an idempotent submission that gives the dossier its code,
 * then withdrawal, supplements, messages and the rating. A citizen only ever sees their own
 * dossiers; anything else is "not found".
 */
@Service
public class DossierIntake {

	/** The most a dossier's papers may weigh together. */
	public static final long MAX_DOSSIER_BYTES = 50L * 1024 * 1024;

	/** The most files one paper may have. */
	public static final int MAX_FILES_PER_PAPER = 5;

	private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

	private final Dossiers dossiers;

	private final ProcedureCatalog catalog;

	private final AccountDirectory accounts;

	private final OrganizationDirectory organization;

	private final FileStore files;

	private final WorkingCalendar calendar;

	private final DossierNotices notices;

	private final AuditLog audit;

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<DossierClock> dossierClock;

	private final DossierRecords records;

	DossierIntake(Dossiers dossiers, ProcedureCatalog catalog, AccountDirectory accounts,
			OrganizationDirectory organization, FileStore files, WorkingCalendar calendar, DossierNotices notices,
			AuditLog audit, Clock clock, org.springframework.beans.factory.ObjectProvider<DossierClock> dossierClock,
			DossierRecords records) {
		this.dossierClock = dossierClock;
		this.records = records;
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.accounts = accounts;
		this.organization = organization;
		this.files = files;
		this.calendar = calendar;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/** What is still missing or wrong before a dossier can be submitted. */
	public record Check(Map<String, String> fieldErrors, List<Integer> missingPapers) {

		public boolean ready() {
			return fieldErrors.isEmpty() && missingPapers.isEmpty();
		}
	}

	/** Starts a draft for a published procedure that is offered online, prefilled from the citizen's profile. */
	@Transactional
	public Dossier startDraft(Long procedureId) {
		Account citizen = currentCitizen();
		Procedure procedure = catalog.published(procedureId);
		if (!procedure.acceptsOnline()) {
			throw new BusinessRuleViolation("error.dossier.notOnline");
		}
		FormAnswers answers = FormAnswers.empty().completedFor(procedure.getFormSchema(), profile(citizen));
		Dossier draft = Dossier.draft(procedure.getId(), procedure.getCode(), procedure.getName(), procedure.getAgencyId(),
				procedure.getProcessingTime(), procedure.onlineFee().orElse(null), applicantOf(citizen), answers,
				clock.instant());
		Dossier saved = dossiers.save(draft);
		dossiers.record(saved.getId(), "CREATED", null, DossierStatus.DRAFT, citizen.getUsername(), citizen.getFullName(),
				null, false);
		return saved;
	}

	/** One of the current citizen's dossiers. */
	@Transactional(readOnly = true)
	public Dossier mine(Long id) {
		Account citizen = currentCitizen();
		return dossiers.byId(id)
			.filter(d -> citizen.getId().equals(d.getApplicant().accountId()))
			.orElseThrow(() -> new NotFoundException("error.notFound.dossier"));
	}

	@Transactional(readOnly = true)
	public List<Dossier> mine() {
		return dossiers.ofApplicant(currentCitizen().getId(), 200);
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(Long id) {
		return dossiers.attachments(mine(id).getId());
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Long id) {
		return dossiers.history(mine(id).getId(), true);
	}

	@Transactional(readOnly = true)
	public List<Message> messages(Long id) {
		return dossiers.messages(mine(id).getId());
	}

	@Transactional(readOnly = true)
	public java.util.Optional<Rating> rating(Long id) {
		return dossiers.rating(mine(id).getId());
	}

	/**
	 * Saves the items of one section of the form (always, so nothing entered is lost) and returns
	 * the problems of that section when asked to check it.
	 */
	@Transactional
	public Map<String, String> saveSection(Long id, String sectionKey, List<Map<String, String>> items, boolean check) {
		Dossier dossier = mine(id);
		FormSchema schema = schemaOf(dossier);
		FormSchema.Section section = schema.section(sectionKey)
			.orElseThrow(() -> new NotFoundException("error.notFound.section"));
		List<Map<String, String>> cleaned = new ArrayList<>();
		for (Map<String, String> item : items.subList(0, Math.min(items.size(), section.maxItems()))) {
			Map<String, String> clean = new LinkedHashMap<>();
			for (FormSchema.Field field : section.fields()) {
				String value = item.get(field.key());
				if (value != null) {
					clean.put(field.key(), value.strip());
				}
			}
			cleaned.add(clean);
		}
		if (!dossier.editableByApplicant()
				|| !dossiers.saveSection(dossier.getId(), sectionKey, FormAnswers.itemsJson(cleaned))) {
			throw new BusinessRuleViolation("error.dossier.notEditable");
		}
		FormAnswers saved = dossier.getAnswers().with(sectionKey, cleaned);
		return check ? schema.validate(saved, sectionKey, calendar.today()) : Map.of();
	}

	/** Attaches a file for one of the procedure's papers, after checking its type, size and the dossier's total. */
	@Transactional
	public Attachment attach(Long id, int paperIndex, InputStream content, String fileName) {
		Dossier dossier = mine(id);
		if (!dossier.editableByApplicant()) {
			throw new BusinessRuleViolation("error.dossier.notEditable");
		}
		Procedure procedure = catalog.procedure(dossier.getProcedureId());
		if (paperIndex < 0 || paperIndex >= procedure.getPapers().size()) {
			throw new NotFoundException("error.notFound.paper");
		}
		List<Attachment> existing = dossiers.attachments(dossier.getId());
		if (existing.stream().filter(a -> a.paperIndex() == paperIndex).count() >= MAX_FILES_PER_PAPER) {
			throw new FileRejected("error.file.tooManyForPaper", MAX_FILES_PER_PAPER);
		}
		StoredFile stored = files.store(content, fileName, FilePolicy.dossierPaper());
		long total = existing.stream().mapToLong(Attachment::size).sum() + stored.size();
		if (total > MAX_DOSSIER_BYTES) {
			throw new FileRejected("error.file.dossierTooLarge", MAX_DOSSIER_BYTES / (1024 * 1024));
		}
		Paper paper = procedure.getPapers().get(paperIndex);
		return dossiers.attach(dossier.getId(), paperIndex, paper.name(), stored, currentCitizen().getUsername(),
				supplementRound(dossier));
	}

	/** Removes a file attached in the current round (earlier rounds are part of the record). */
	@Transactional
	public void detach(Long id, long attachmentId) {
		Dossier dossier = mine(id);
		if (!dossier.editableByApplicant() || !dossiers.detach(dossier.getId(), attachmentId, supplementRound(dossier))) {
			throw new BusinessRuleViolation("error.dossier.notEditable");
		}
	}

	/** Everything that still stops a submission. */
	@Transactional(readOnly = true)
	public Check check(Long id) {
		Dossier dossier = mine(id);
		return check(dossier, dossiers.attachments(dossier.getId()));
	}

	private Check check(Dossier dossier, List<Attachment> attachments) {
		Procedure procedure = catalog.procedure(dossier.getProcedureId());
		Map<String, String> errors = procedure.getFormSchema().validate(dossier.getAnswers(), null, calendar.today());
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < procedure.getPapers().size(); i++) {
			int index = i;
			if (procedure.getPapers().get(i).fileRequiredOnline()
					&& attachments.stream().noneMatch(a -> a.paperIndex() == index)) {
				missing.add(i);
			}
		}
		return new Check(errors, missing);
	}

	/**
	 * Submits the draft. Idempotent: the same key (a double click, a retried request) returns the
	 * dossier submitted the first time instead of submitting twice.
	 */
	@Transactional
	public Dossier submit(Long id, String submissionKey) {
		Account citizen = currentCitizen();
		if (submissionKey != null) {
			var already = dossiers.bySubmissionKey(citizen.getId(), submissionKey);
			if (already.isPresent()) {
				return already.get();
			}
		}
		Dossier dossier = mine(id);
		if (dossier.getStatus() != DossierStatus.DRAFT) {
			return dossier;
		}
		Check check = check(dossier, dossiers.attachments(dossier.getId()));
		if (!check.ready()) {
			throw new BusinessRuleViolation("error.dossier.incomplete");
		}
		Instant now = clock.instant();
		String code = newCode(dossier.getReceivingAgencyId(), now);
		LocalDate expected = expectedDue(dossier.getProcessingTime(), now);
		DossierStatus from = dossier.submit(code, submissionKey, applicantFrom(dossier, schemaOf(dossier), citizen), now,
				expected);
		Dossier saved = dossiers.save(dossier);
		dossiers.record(saved.getId(), "SUBMITTED", from, DossierStatus.SUBMITTED, citizen.getUsername(),
				citizen.getFullName(), null, true);
		audit.record(AuditRecord.of("DOSSIER_SUBMITTED", "dossier", saved.getId().toString())
			.inAgency(saved.getAgencyId())
			.detail("code", code)
			.detail("procedure", saved.getProcedureCode()));
		notices.tell(saved, "SUBMITTED", 0, null);
		return saved;
	}

	/** Withdraws a dossier the desk has not accepted yet. */
	@Transactional
	public Dossier withdraw(Long id, String reason) {
		Account citizen = currentCitizen();
		Dossier dossier = mine(id);
		DossierStatus from = dossier.withdraw(clock.instant());
		Dossier saved = dossiers.save(dossier);
		dossiers.record(saved.getId(), "WITHDRAWN", from, DossierStatus.WITHDRAWN, citizen.getUsername(),
				citizen.getFullName(), blankToNull(reason), true);
		audit.record(AuditRecord.of("DOSSIER_WITHDRAWN", "dossier", saved.getId().toString()).inAgency(saved.getAgencyId()));
		return saved;
	}

	/** Sends the supplement the agency asked for: the answers and papers as they are now, with a note. */
	@Transactional
	public Dossier supplement(Long id, String note) {
		Account citizen = currentCitizen();
		Dossier dossier = mine(id);
		Check check = check(dossier, dossiers.attachments(dossier.getId()));
		if (!check.ready()) {
			throw new BusinessRuleViolation("error.dossier.incomplete");
		}
		DossierStatus from = dossier.supplement();
		int waited = clock().resume(dossier);
		Dossier saved = dossiers.save(dossier);
		dossiers.record(saved.getId(), "SUPPLEMENTED", from, saved.getStatus(), citizen.getUsername(),
				citizen.getFullName(), blankToNull(note), true);
		if (waited > 0) {
			dossiers.record(saved.getId(), "CLOCK_RESUMED", null, null, "system", null,
					waited + " ngày làm việc; hẹn trả mới " + DossierNotices.DATE.format(saved.getDueDate()), true);
		}
		audit.record(AuditRecord.of("DOSSIER_SUPPLEMENTED", "dossier", saved.getId().toString())
			.inAgency(saved.getAgencyId()));
		return saved;
	}

	@Transactional
	public void postMessage(Long id, String body) {
		Account citizen = currentCitizen();
		Dossier dossier = mine(id);
		if (body == null || body.isBlank()) {
			throw new BusinessRuleViolation("error.required");
		}
		if (body.length() > 2000) {
			throw new BusinessRuleViolation("error.form.tooLong");
		}
		dossiers.addMessage(dossier.getId(), true, citizen.getUsername(), citizen.getFullName(), body.strip());
	}

	@Transactional
	public void rate(Long id, Rating.Score score, String comment) {
		Dossier dossier = mine(id);
		if (!dossier.ratable()) {
			throw new BusinessRuleViolation("error.dossier.notRatable");
		}
		String clean = blankToNull(comment);
		if (clean != null && clean.length() > 1000) {
			clean = clean.substring(0, 1000);
		}
		dossiers.rate(dossier.getId(), score, clean);
		audit.record(AuditRecord.of("DOSSIER_RATED", "dossier", dossier.getId().toString())
			.inAgency(dossier.getAgencyId())
			.detail("score", score.name()));
	}

	/** The result document, once the agency has issued it. */
	@Transactional(readOnly = true)
	public InputStream result(Long id) {
		Dossier dossier = mine(id);
		if (dossier.getResultSha256() == null) {
			throw new NotFoundException("error.notFound.result");
		}
		return files.open(dossier.getResultSha256());
	}

	/** The signed notices and the result the agency issued for the applicant's dossier (receipt, requests, result). */
	@Transactional(readOnly = true)
	public List<DossierDocument> documents(Long id) {
		return records.documents(mine(id).getId()).stream().filter(DossierDocument::visibleToApplicant).toList();
	}

	/** One of those documents. */
	@Transactional(readOnly = true)
	public DossierDocument document(Long id, long documentId) {
		return documents(id).stream()
			.filter(d -> d.id() == documentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound.file"));
	}

	public InputStream open(DossierDocument document) {
		return files.open(document.sha256());
	}

	/** One of the dossier's own attachments, for the applicant to look at again. */
	@Transactional(readOnly = true)
	public Attachment attachment(Long id, long attachmentId) {
		return dossiers.attachments(mine(id).getId())
			.stream()
			.filter(a -> a.id() == attachmentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound.file"));
	}

	public InputStream open(Attachment attachment) {
		return files.open(attachment.sha256());
	}

	/** The procedure behind a dossier, with its schema and papers as they are now. */
	public Procedure procedureOf(Dossier dossier) {
		return catalog.procedure(dossier.getProcedureId());
	}

	/** The date a result is expected for something submitted now, before the desk fixes the appointment. */
	LocalDate expectedDue(ProcessingTime time, Instant at) {
		return time.dayCount() == ProcessingTime.DayCount.CALENDAR ? calendar.dueDateInCalendarDays(at, time.days())
				: calendar.dueDate(at, time.days());
	}

	/** {@code <agency code>-<YYMMDD>-<NNNN>}, the daily sequence of the receiving agency. */
	String newCode(Long receivingAgencyId, Instant at) {
		LocalDate day = at.atZone(calendar.zone()).toLocalDate();
		int number = dossiers.nextDailyNumber(receivingAgencyId, day);
		return organization.agency(receivingAgencyId).getCode() + "-" + CODE_DATE.format(day) + "-"
				+ String.format("%04d", number);
	}

	private DossierClock clock() {
		return dossierClock.getObject();
	}

	private int supplementRound(Dossier dossier) {
		return (int) dossiers.history(dossier.getId(), false)
			.stream()
			.filter(entry -> "SUPPLEMENT_REQUESTED".equals(entry.action()))
			.count();
	}

	private FormSchema schemaOf(Dossier dossier) {
		return catalog.procedure(dossier.getProcedureId()).getFormSchema();
	}

	private Account currentCitizen() {
		Account account = accounts.current();
		if (account.getKind() != AccountKind.CITIZEN) {
			throw new AccessDeniedInAgency("citizens only");
		}
		return account;
	}

	private static Applicant applicantOf(Account citizen) {
		return new Applicant(citizen.getId(), citizen.getFullName(), citizen.getCitizenId(), citizen.getPhone(),
				citizen.getEmail(), citizen.getAddress());
	}

	/** The applicant as confirmed in the requester section of the form, falling back on the profile. */
	private static Applicant applicantFrom(Dossier dossier, FormSchema schema, Account citizen) {
		FormAnswers answers = dossier.getAnswers();
		String section = schema.sections().isEmpty() ? null : schema.sections().get(0).key();
		Map<String, String> requester = section == null || answers.items(section).isEmpty() ? Map.of()
				: answers.items(section).get(0);
		return new Applicant(citizen.getId(), pick(requester.get("fullName"), citizen.getFullName()),
				pick(requester.get("citizenId"), citizen.getCitizenId()), pick(requester.get("phone"), citizen.getPhone()),
				pick(requester.get("email"), citizen.getEmail()), pick(requester.get("address"), citizen.getAddress()));
	}

	static Map<String, String> profile(Account citizen) {
		Map<String, String> profile = new HashMap<>();
		profile.put("fullName", citizen.getFullName());
		profile.put("citizenId", citizen.getCitizenId());
		profile.put("dateOfBirth", citizen.getDateOfBirth() == null ? null : citizen.getDateOfBirth().toString());
		profile.put("gender", citizen.getGender() == null ? null : "FEMALE".equals(citizen.getGender()) ? "Nữ" : "Nam");
		profile.put("phone", citizen.getPhone());
		profile.put("email", citizen.getEmail());
		profile.put("address", citizen.getAddress());
		return profile;
	}

	private static String pick(String answered, String fallback) {
		return answered == null || answered.isBlank() ? fallback : answered.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
