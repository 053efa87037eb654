package vn.minhbach.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.catalog.FormAnswers;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.catalog.WorkflowStep;
import vn.minhbach.files.FileStore;
import vn.minhbach.identity.Account;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.identity.RoleAssignment;
import vn.minhbach.organization.Department;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * The agency's side of a dossier's life (the one-stop back office): reception with its receipt,
 * the workflow steps with their deadlines (claim, assign, forward, send back, consult), the
 * leader's approval with the signed result, refusal, supplement requests that stop the clock,
 * the apology with a new date, the stop notice, and the return of the result.
 *
 * <p>Every transition is one transaction that writes the new state, the control-sheet row, the
 * history, the audit entry and the notice to the applicant (sent after commit). An officer acts
 * only on dossiers of an agency where they hold the role, a specialist only on steps of their
 * department, and an action on a stale version is refused.
 */
@Service
public class DossierProcessing {

	private static final Set<DossierStatus> PROCESSING = Set.of(DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
			DossierStatus.AWAITING_APPROVAL);

	private final Dossiers dossiers;

	private final DossierRecords records;

	private final DossierClock dossierClock;

	private final AccountDirectory accounts;

	private final DossierIntake intake;

	private final ProcedureCatalog catalog;

	private final OfficialForms forms;

	private final FileStore files;

	private final WorkingCalendar calendar;

	private final DossierNotices notices;

	private final AuditLog audit;

	private final OrganizationDirectory organization;

	private final Payments payments;

	private final Clock clock;

	private final TransactionTemplate readOnly;

	DossierProcessing(Dossiers dossiers, DossierRecords records, DossierClock dossierClock, AccountDirectory accounts,
			DossierIntake intake, ProcedureCatalog catalog, OfficialForms forms, FileStore files, WorkingCalendar calendar,
			DossierNotices notices, AuditLog audit, OrganizationDirectory organization, Payments payments, Clock clock,
			PlatformTransactionManager transactions) {
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.organization = organization;
		this.payments = payments;
		this.dossiers = dossiers;
		this.records = records;
		this.dossierClock = dossierClock;
		this.accounts = accounts;
		this.intake = intake;
		this.catalog = catalog;
		this.forms = forms;
		this.files = files;
		this.calendar = calendar;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/** What an officer may do with a dossier now. */
	public enum Action {
		RECEIVE, REQUEST_SUPPLEMENT, REFUSE, CLAIM, ASSIGN, FORWARD, SEND_BACK, CONSULT, APPROVE, APOLOGIZE, STOP,
		RETURN_RESULT
	}

	// --- reading -----------------------------------------------------------------------------

	/** A dossier the current officer may see: of their agency, and for a specialist one with a step of their department. */
	@Transactional(readOnly = true)
	public Dossier dossier(Long id) {
		Dossier dossier = dossiers.byId(id)
			.filter(d -> d.getStatus() != DossierStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("error.notFound.dossier"));
		if (!canSee(dossier)) {
			throw new AccessDeniedInAgency("dossier " + id);
		}
		return dossier;
	}

	/** A dossier as an officer opens it: what it is, what they may do now, and its records, read together. */
	public record Opened(Dossier dossier, Set<Action> actions, List<DossierStep> steps, List<Attachment> attachments,
			List<DossierDocument> documents, List<Consultation> consultations, List<HistoryEntry> history) {
	}

	/**
	 * Opens a dossier for an officer: everything the page shows is read in one read-only
	 * transaction (one access check), then the look at the citizen's data is recorded in the audit
	 * chain as a read ({@link AuditLog#recordRead}).
	 */
	@Transactional(propagation = Propagation.NEVER)
	public Opened open(Long id) {
		Opened opened = readOnly.execute(status -> read(id));
		audit.recordRead(AuditRecord.of("DOSSIER_VIEWED", "dossier", id.toString())
			.inAgency(opened.dossier().getAgencyId()));
		return opened;
	}

	/** The same as {@link #open} without recording a look (after the officer's own action, for its answer). */
	@Transactional(readOnly = true)
	public Opened read(Long id) {
		Dossier dossier = dossier(id);
		return new Opened(dossier, allowedActions(dossier), records.steps(id), dossiers.attachments(id),
				records.documents(id), records.consultations(id), dossiers.history(id, false));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Long id) {
		return dossiers.history(dossier(id).getId(), false);
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(Long id) {
		return dossiers.attachments(dossier(id).getId());
	}

	@Transactional(readOnly = true)
	public List<Message> messages(Long id) {
		return dossiers.messages(dossier(id).getId());
	}

	@Transactional(readOnly = true)
	public List<Payment> payments(Long id) {
		return payments.ofDossier(dossier(id).getId());
	}

	@Transactional(readOnly = true)
	public List<DossierStep> steps(Long id) {
		return records.steps(dossier(id).getId());
	}

	@Transactional(readOnly = true)
	public List<DossierDocument> documents(Long id) {
		return records.documents(dossier(id).getId());
	}

	@Transactional(readOnly = true)
	public List<Consultation> consultations(Long id) {
		return records.consultations(dossier(id).getId());
	}

	@Transactional(readOnly = true)
	public Optional<DossierStep> activeStep(Long id) {
		return records.active(dossier(id).getId());
	}

	/** The actions the current officer may take on the dossier now (for the buttons and the API). */
	@Transactional(readOnly = true)
	public Set<Action> allowedActions(Long id) {
		return allowedActions(dossier(id));
	}

	private Set<Action> allowedActions(Dossier dossier) {
		Long agency = dossier.getAgencyId();
		Set<Action> actions = java.util.EnumSet.noneOf(Action.class);
		DossierStatus status = dossier.getStatus();
		boolean reception = Access.has(Role.RECEPTION, agency);
		boolean leader = Access.has(Role.LEADER, agency);
		if (status == DossierStatus.SUBMITTED && reception) {
			actions.addAll(List.of(Action.RECEIVE, Action.REQUEST_SUPPLEMENT, Action.REFUSE));
		}
		Optional<DossierStep> active = records.active(dossier.getId());
		if (PROCESSING.contains(status) && active.isPresent()) {
			DossierStep step = active.get();
			if (handles(step, agency)) {
				if (!currentUser().equals(step.assignee())) {
					actions.add(Action.CLAIM);
				}
				actions.add(step.approval() ? Action.APPROVE : Action.FORWARD);
				actions.add(Action.CONSULT);
				actions.add(Action.REQUEST_SUPPLEMENT);
				if (step.seq() > 1 || step.position() > 0) {
					actions.add(Action.SEND_BACK);
				}
			}
			if (leader || Access.has(Role.AGENCY_ADMIN, agency)) {
				actions.add(Action.ASSIGN);
			}
			if (leader) {
				actions.add(Action.REFUSE);
				actions.add(Action.STOP);
				if (dossier.getApologyAt() == null && !calendar.today().isAfter(dossier.getDueDate())) {
					actions.add(Action.APOLOGIZE);
				}
			}
		}
		if (status == DossierStatus.RESULT_READY && reception) {
			actions.add(Action.RETURN_RESULT);
		}
		return actions;
	}

	// --- reception ---------------------------------------------------------------------------

	/**
	 * The desk accepts the dossier: the appointment date is fixed from the processing time, the
	 * workflow's first step starts, and the receipt (form 01) is issued and signed.
	 */
	@Transactional
	public Dossier receive(Long id, int seenVersion) {
		Dossier dossier = current(id, seenVersion, Role.RECEPTION);
		Instant now = clock.instant();
		Procedure procedure = catalog.procedure(dossier.getProcedureId());
		LocalDate appointment = intake.expectedDue(dossier.getProcessingTime(), now);
		DossierStatus from = dossier.receive(now, appointment);
		Account officer = accounts.current();
		Dossier saved = dossiers.save(dossier);
		records.keepWorkflow(saved.getId(), WorkflowStep.toJson(procedure.effectiveWorkflow()));
		startStep(saved, procedure, 0, officer, now);
		saved = dossiers.save(saved);
		record(saved, "RECEIVED", from, null, true, officer);
		forms.issue(saved, procedure, "MAU_01", Map.of("signer", officer.getFullName()), officer.getUsername());
		return saved;
	}

	/**
	 * What is wrong with a dossier about to be registered at the desk: the applicant's name, ID
	 * and phone, the declaration (the procedure's e-form, typed from the paper form), and a scan
	 * for every required paper. Keys are field paths ({@code applicant.fullName},
	 * {@code section.0.field}, {@code paper.2}); values are message keys.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> checkInPerson(Long procedureId, Applicant applicant, FormAnswers answers,
			Set<Integer> scannedPapers) {
		Procedure procedure = catalog.published(procedureId);
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		if (applicant.fullName() == null || applicant.fullName().isBlank()) {
			errors.put("applicant.fullName", "error.dossier.applicantName");
		}
		if (applicant.citizenId() != null && !vn.minhbach.shared.CitizenId.isValid(applicant.citizenId())) {
			errors.put("applicant.citizenId", "error.citizenId");
		}
		if (applicant.phone() != null && vn.minhbach.shared.PhoneNumber.parseOrNull(applicant.phone()) == null) {
			errors.put("applicant.phone", "error.phone");
		}
		if (applicant.email() != null && !applicant.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.put("applicant.email", "error.email");
		}
		errors.putAll(procedure.getFormSchema().validate(answers, null, today()));
		for (int i = 0; i < procedure.getPapers().size(); i++) {
			if (procedure.getPapers().get(i).fileRequiredOnline() && !scannedPapers.contains(i)) {
				errors.put("paper." + i, "dossier.papers.missing");
			}
		}
		return errors;
	}

	/**
	 * Registers a dossier brought to the desk in person, with scanned papers. Filed at the desk of
	 * another agency than the competent one (allowed anywhere in the province since 2025), it is
	 * routed to the competent agency's desk; otherwise it is received at once, with its receipt.
	 */
	@Transactional
	public Dossier registerInPerson(Long receivingAgency, Long procedureId, Applicant applicant, FormAnswers typed,
			List<ScannedPaper> papers) {
		Access.require(receivingAgency, Role.RECEPTION);
		Procedure procedure = catalog.published(procedureId);
		FormAnswers answers = typed.completedFor(procedure.getFormSchema(), profileOf(applicant));
		Set<Integer> scanned = new java.util.HashSet<>();
		papers.forEach(paper -> scanned.add(paper.paperIndex()));
		if (!checkInPerson(procedureId, applicant, answers, scanned).isEmpty()) {
			throw new BusinessRuleViolation("error.dossier.incomplete");
		}
		Account officer = accounts.current();
		Instant now = clock.instant();
		Dossier dossier = Dossier.inPerson(procedure.getId(), procedure.getCode(), procedure.getName(),
				procedure.getAgencyId(), receivingAgency, procedure.getProcessingTime(), procedure.inPersonFee().orElse(null),
				applicant, answers, now);
		Dossier saved = dossiers.save(dossier);
		for (ScannedPaper paper : papers) {
			if (paper.paperIndex() < 0 || paper.paperIndex() >= procedure.getPapers().size()) {
				throw new NotFoundException("error.notFound.paper");
			}
			var stored = files.store(new java.io.ByteArrayInputStream(paper.content()), paper.fileName(),
					vn.minhbach.files.FilePolicy.dossierPaper());
			dossiers.attach(saved.getId(), paper.paperIndex(), procedure.getPapers().get(paper.paperIndex()).name(), stored,
					officer.getUsername(), 0);
		}
		String code = intake.newCode(receivingAgency, now);
		DossierStatus from = saved.submit(code, null, applicant, now, intake.expectedDue(saved.getProcessingTime(), now));
		saved = dossiers.save(saved);
		dossiers.record(saved.getId(), "REGISTERED_IN_PERSON", from, DossierStatus.SUBMITTED, officer.getUsername(),
				officer.getFullName(), null, true);
		audit.record(AuditRecord.of("DOSSIER_REGISTERED_IN_PERSON", "dossier", saved.getId().toString())
			.inAgency(receivingAgency)
			.detail("code", code)
			.detail("competentAgency", procedure.getAgencyId()));
		if (!procedure.getAgencyId().equals(receivingAgency)) {
			dossiers.record(saved.getId(), "ROUTED", null, null, officer.getUsername(), officer.getFullName(),
					organization.agency(procedure.getAgencyId()).getName(), true);
			notices.tell(saved, "SUBMITTED", 0, null);
			return saved;
		}
		return receive(saved.getId(), saved.getVersion());
	}

	private static Map<String, String> profileOf(Applicant applicant) {
		Map<String, String> profile = new java.util.HashMap<>();
		profile.put("fullName", applicant.fullName());
		profile.put("citizenId", applicant.citizenId());
		profile.put("phone", applicant.phone());
		profile.put("email", applicant.email());
		profile.put("address", applicant.address());
		return profile;
	}

	/** A paper scanned at the desk. */
	public record ScannedPaper(int paperIndex, String fileName, byte[] content) {
	}

	/** Asks the applicant for missing or corrected papers (form 02); the clock stops until they answer. */
	@Transactional
	public Dossier requestSupplement(Long id, int seenVersion, String whatIsMissing) {
		if (whatIsMissing == null || whatIsMissing.isBlank()) {
			throw new BusinessRuleViolation("error.dossier.supplementReason");
		}
		Dossier dossier = currentFor(id, seenVersion, Action.REQUEST_SUPPLEMENT);
		boolean clockRunning = dossier.getStatus().clockRunning();
		DossierStatus from = dossier.requestSupplement();
		dossierClock.pause(dossier, clockRunning);
		Account officer = accounts.current();
		Dossier saved = dossiers.save(dossier);
		record(saved, "SUPPLEMENT_REQUESTED", from, whatIsMissing.strip(), true, officer);
		forms.issue(saved, catalog.procedure(saved.getProcedureId()), "MAU_02",
				Map.of("reason", whatIsMissing.strip(), "officer", officer.getFullName(), "signer", officer.getFullName()),
				officer.getUsername());
		return saved;
	}

	/** Refuses the dossier with a reason (form 03): the desk at reception, a leader during processing. */
	@Transactional
	public Dossier refuse(Long id, int seenVersion, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleViolation("error.dossier.refusalReason");
		}
		Dossier dossier = currentFor(id, seenVersion, Action.REFUSE);
		Account officer = accounts.current();
		Instant now = clock.instant();
		records.active(dossier.getId()).ifPresent(step -> records.finish(dossier.getId(), step.seq(),
				DossierStep.Status.DONE, now, DossierStep.Outcome.of(today(), step.dueDate()), reason.strip()));
		dossierClock.resume(dossier);
		DossierStatus from = dossier.refuse(now);
		Dossier saved = dossiers.save(dossier);
		record(saved, "REFUSED", from, reason.strip(), true, officer);
		forms.issue(saved, catalog.procedure(saved.getProcedureId()), "MAU_03",
				Map.of("reason", reason.strip(), "signer", officer.getFullName()), officer.getUsername());
		return saved;
	}

	// --- processing steps --------------------------------------------------------------------

	/** The officer takes the active step. */
	@Transactional
	public Dossier claim(Long id, int seenVersion) {
		Dossier dossier = currentFor(id, seenVersion, Action.CLAIM);
		DossierStep step = records.active(dossier.getId()).orElseThrow();
		Account officer = accounts.current();
		records.take(dossier.getId(), step.seq(), officer.getUsername(), officer.getFullName(), clock.instant());
		Dossier saved = dossiers.save(dossier);
		dossiers.record(saved.getId(), "CLAIMED", null, null, officer.getUsername(), officer.getFullName(), step.name(), false);
		audit.record(AuditRecord.of("DOSSIER_CLAIMED", "dossier", saved.getId().toString()).inAgency(saved.getAgencyId()));
		return saved;
	}

	/** A leader gives the active step to an officer who holds its role in the agency. */
	@Transactional
	public Dossier assign(Long id, int seenVersion, Long accountId) {
		Dossier dossier = currentFor(id, seenVersion, Action.ASSIGN);
		DossierStep step = records.active(dossier.getId()).orElseThrow();
		Account assignee = accounts.find(accountId).orElseThrow(() -> new NotFoundException("error.notFound.account"));
		if (!holdsStep(assignee, step, dossier.getAgencyId())) {
			throw new BusinessRuleViolation("error.dossier.assigneeRole");
		}
		records.take(dossier.getId(), step.seq(), assignee.getUsername(), assignee.getFullName(), clock.instant());
		Account officer = accounts.current();
		Dossier saved = dossiers.save(dossier);
		dossiers.record(saved.getId(), "ASSIGNED", null, null, officer.getUsername(), officer.getFullName(),
				step.name() + " → " + assignee.getFullName(), false);
		audit.record(AuditRecord.of("DOSSIER_ASSIGNED", "dossier", saved.getId().toString())
			.inAgency(saved.getAgencyId())
			.detail("assignee", assignee.getUsername()));
		return saved;
	}

	/** Finishes the active step and hands the dossier to the next step of the workflow. */
	@Transactional
	public Dossier forward(Long id, int seenVersion, String note) {
		Dossier dossier = currentFor(id, seenVersion, Action.FORWARD);
		DossierStep step = records.active(dossier.getId()).orElseThrow();
		Procedure procedure = catalog.procedure(dossier.getProcedureId());
		List<WorkflowStep> workflow = workflowOf(dossier, procedure);
		if (step.position() + 1 >= workflow.size()) {
			throw new BusinessRuleViolation("error.dossier.lastStep");
		}
		Account officer = accounts.current();
		Instant now = clock.instant();
		ensureTaken(dossier, step, officer, now);
		records.finish(dossier.getId(), step.seq(), DossierStep.Status.DONE, now, DossierStep.Outcome.of(today(), step.dueDate()),
				blank(note));
		startStep(dossier, procedure, step.position() + 1, officer, now);
		Dossier saved = dossiers.save(dossier);
		record(saved, "FORWARDED", null, workflow.get(step.position() + 1).name(), false, officer);
		return saved;
	}

	/** Sends the dossier back to an earlier step, with the reason. */
	@Transactional
	public Dossier sendBack(Long id, int seenVersion, int toPosition, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleViolation("error.dossier.sendBackReason");
		}
		Dossier dossier = currentFor(id, seenVersion, Action.SEND_BACK);
		DossierStep step = records.active(dossier.getId()).orElseThrow();
		if (toPosition < 0 || toPosition >= step.position()) {
			throw new BusinessRuleViolation("error.dossier.sendBackTarget");
		}
		Account officer = accounts.current();
		Instant now = clock.instant();
		ensureTaken(dossier, step, officer, now);
		records.finish(dossier.getId(), step.seq(), DossierStep.Status.RETURNED, now,
				DossierStep.Outcome.of(today(), step.dueDate()), reason.strip());
		startStep(dossier, catalog.procedure(dossier.getProcedureId()), toPosition, officer, now);
		Dossier saved = dossiers.save(dossier);
		record(saved, "SENT_BACK", null, reason.strip(), false, officer);
		return saved;
	}

	/** Asks another department of the agency for an opinion; the dossier stays where it is. */
	@Transactional
	public long consult(Long id, Long departmentId, String question) {
		if (question == null || question.isBlank()) {
			throw new BusinessRuleViolation("error.required");
		}
		Dossier dossier = dossier(id);
		if (!allowedActions(id).contains(Action.CONSULT)) {
			throw new AccessDeniedInAgency("consult " + id);
		}
		var department = organizationDepartment(departmentId);
		if (!department.getAgencyId().equals(dossier.getAgencyId())) {
			throw new BusinessRuleViolation("error.department.otherAgency");
		}
		Account officer = accounts.current();
		long consultation = records.ask(dossier.getId(), departmentId, question.strip(), officer.getUsername());
		dossiers.record(dossier.getId(), "CONSULTED", null, null, officer.getUsername(), officer.getFullName(),
				department.getName() + ": " + question.strip(), false);
		audit.record(AuditRecord.of("DOSSIER_CONSULTED", "dossier", id.toString())
			.inAgency(dossier.getAgencyId())
			.detail("department", departmentId));
		return consultation;
	}

	/** An officer of the consulted department answers. */
	@Transactional
	public void answerConsultation(long consultationId, String answer) {
		Consultation consultation = records.consultation(consultationId)
			.orElseThrow(() -> new NotFoundException("error.notFound.consultation"));
		Dossier dossier = dossiers.byId(consultation.dossierId()).orElseThrow();
		Account officer = accounts.current();
		boolean inDepartment = officer.getRoles()
			.stream()
			.anyMatch(role -> consultation.departmentId() == (role.departmentId() == null ? -1 : role.departmentId())
					&& dossier.getAgencyId().equals(role.agencyId()));
		if (!inDepartment && !Access.has(Role.LEADER, dossier.getAgencyId())) {
			throw new AccessDeniedInAgency("consultation " + consultationId);
		}
		if (answer == null || answer.isBlank() || !records.answer(consultationId, answer.strip(), officer.getUsername())) {
			throw new BusinessRuleViolation("error.dossier.consultationAnswered");
		}
		dossiers.record(dossier.getId(), "CONSULTATION_ANSWERED", null, null, officer.getUsername(), officer.getFullName(),
				answer.strip(), false);
		audit.record(AuditRecord.of("DOSSIER_CONSULTATION_ANSWERED", "dossier", dossier.getId().toString())
			.inAgency(dossier.getAgencyId()));
	}

	/** The consultations waiting for an answer from the current officer's departments. */
	@Transactional(readOnly = true)
	public List<Consultation> openConsultations(Long agencyId) {
		Set<Long> departments = new java.util.HashSet<>();
		accounts.current().getRoles().stream()
			.filter(role -> agencyId.equals(role.agencyId()) && role.departmentId() != null)
			.forEach(role -> departments.add(role.departmentId()));
		return records.openConsultations(agencyId, departments);
	}

	// --- decision and return -----------------------------------------------------------------

	/** The leader approves: the result document is produced from its template, signed, and the dossier is ready. */
	@Transactional
	public Dossier approve(Long id, int seenVersion, String note) {
		Dossier dossier = currentFor(id, seenVersion, Action.APPROVE);
		DossierStep step = records.active(dossier.getId()).orElseThrow();
		Account leader = accounts.current();
		Instant now = clock.instant();
		ensureTaken(dossier, step, leader, now);
		records.finish(dossier.getId(), step.seq(), DossierStep.Status.DONE, now, DossierStep.Outcome.of(today(), step.dueDate()),
				blank(note));
		Procedure procedure = catalog.procedure(dossier.getProcedureId());
		DossierDocument result = forms.issue(dossier, procedure, "KET_QUA", Map.of("signer", leader.getFullName()),
				leader.getUsername());
		DossierStatus from = dossier.resultReady(result.sha256(), result.fileName(), now);
		Dossier saved = dossiers.save(dossier);
		record(saved, "RESULT_READY", from, blank(note), true, leader);
		return saved;
	}

	/**
	 * The agency apologises for a dossier that will be late and sets a new date (form 04): before
	 * the appointment date has passed, once.
	 */
	@Transactional
	public Dossier apologize(Long id, int seenVersion, LocalDate newDueDate, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleViolation("error.dossier.apologyReason");
		}
		Dossier dossier = currentFor(id, seenVersion, Action.APOLOGIZE);
		Account leader = accounts.current();
		if (!calendar.isWorkingDay(newDueDate)) {
			throw new BusinessRuleViolation("error.dossier.apologyWorkingDay");
		}
		dossier.apologize(clock.instant(), today(), newDueDate);
		Dossier saved = dossiers.save(dossier);
		record(saved, "APOLOGIZED", null, reason.strip(), true, leader);
		forms.issue(saved, catalog.procedure(saved.getProcedureId()), "MAU_04", Map.of("reason", reason.strip(),
				"newDueDate", OfficialForms.DATE.format(newDueDate), "signer", leader.getFullName()), leader.getUsername());
		return saved;
	}

	/** Stops processing (form 05), with the reason. */
	@Transactional
	public Dossier stop(Long id, int seenVersion, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleViolation("error.dossier.stopReason");
		}
		Dossier dossier = currentFor(id, seenVersion, Action.STOP);
		Account leader = accounts.current();
		Instant now = clock.instant();
		records.active(dossier.getId()).ifPresent(step -> records.finish(dossier.getId(), step.seq(),
				DossierStep.Status.DONE, now, DossierStep.Outcome.of(today(), step.dueDate()), reason.strip()));
		DossierStatus from = dossier.stop(now);
		Dossier saved = dossiers.save(dossier);
		record(saved, "STOPPED", from, reason.strip(), true, leader);
		forms.issue(saved, catalog.procedure(saved.getProcedureId()), "MAU_05",
				Map.of("reason", reason.strip(), "signer", leader.getFullName()), leader.getUsername());
		return saved;
	}

	/** The desk hands the result over and closes the dossier; lateness is judged and attributed. */
	@Transactional
	public Dossier returnResult(Long id, int seenVersion) {
		Dossier dossier = current(id, seenVersion, Role.RECEPTION);
		if (dossier.getPaymentStatus() == PaymentStatus.UNPAID) {
			throw new BusinessRuleViolation("error.dossier.feeUnpaid");
		}
		return close(dossier, Dossier.SubmissionChannel.IN_PERSON, accounts.current().getUsername(),
				accounts.current().getFullName());
	}

	/** The applicant downloaded the result of a dossier submitted online: it counts as returned online. */
	@Transactional
	public void returnedOnline(Long id) {
		Dossier dossier = intake.mine(id);
		if (dossier.getStatus() == DossierStatus.RESULT_READY && dossier.getChannel() == Dossier.SubmissionChannel.ONLINE) {
			close(dossier, Dossier.SubmissionChannel.ONLINE, Access.actorName(), dossier.getApplicant().fullName());
		}
	}

	private Dossier close(Dossier dossier, Dossier.SubmissionChannel channel, String actor, String actorName) {
		Instant now = clock.instant();
		DossierStatus from = dossier.returnResult(now);
		Integer firstLate = records.steps(dossier.getId())
			.stream()
			.filter(step -> step.outcome() == DossierStep.Outcome.LATE)
			.map(DossierStep::seq)
			.findFirst()
			.orElse(null);
		dossier.judgeLateness(now.atZone(calendar.zone()).toLocalDate(), firstLate, channel);
		Dossier saved = dossiers.save(dossier);
		dossiers.record(saved.getId(), "RETURNED", from, DossierStatus.RETURNED, actor, actorName,
				channel == Dossier.SubmissionChannel.ONLINE ? "Trả kết quả trực tuyến" : "Trả kết quả tại Bộ phận một cửa", true);
		audit.record(AuditRecord.of("DOSSIER_RETURNED", "dossier", saved.getId().toString())
			.inAgency(saved.getAgencyId())
			.by(actor)
			.detail("late", saved.getLate())
			.detail("lateStep", saved.getLateStep()));
		notices.tell(saved, "RETURNED", dossiers.history(saved.getId(), false).size(), null);
		return saved;
	}

	/** Writes to the applicant; they see it on their dossier page and get an e-mail. */
	@Transactional
	public void postMessage(Long id, String body) {
		Dossier dossier = dossier(id);
		if (body == null || body.isBlank()) {
			throw new BusinessRuleViolation("error.required");
		}
		Account officer = accounts.current();
		dossiers.addMessage(dossier.getId(), false, officer.getUsername(), officer.getFullName(), body.strip());
		notices.tell(dossier, "MESSAGE", dossiers.messages(dossier.getId()).size(), body.strip());
	}

	/** An internal note on the dossier: in the process record, not shown to the applicant. */
	@Transactional
	public void addNote(Long id, String note) {
		Dossier dossier = dossier(id);
		if (note == null || note.isBlank()) {
			throw new BusinessRuleViolation("error.required");
		}
		if (dossier.getStatus().closed()) {
			throw new BusinessRuleViolation("error.dossier.closed");
		}
		Account officer = accounts.current();
		dossiers.record(dossier.getId(), "NOTE", null, null, officer.getUsername(), officer.getFullName(), note.strip(), false);
		audit.record(AuditRecord.of("DOSSIER_NOTE", "dossier", id.toString()).inAgency(dossier.getAgencyId()));
	}

	/** Attaches an internal working document (an opinion, minutes, a draft); the applicant does not see it. */
	@Transactional
	public DossierDocument addInternalDocument(Long id, String title, java.io.InputStream content, String fileName) {
		Dossier dossier = dossier(id);
		if (title == null || title.isBlank()) {
			throw new BusinessRuleViolation("error.required");
		}
		if (dossier.getStatus().closed()) {
			throw new BusinessRuleViolation("error.dossier.closed");
		}
		Account officer = accounts.current();
		var stored = files.store(content, fileName, vn.minhbach.files.FilePolicy.internalDocument());
		DossierDocument document = records.addDocument(dossier.getId(), DossierDocument.INTERNAL, title.strip(),
				stored.sha256(), stored.originalName(), false, officer.getUsername());
		dossiers.record(dossier.getId(), "DOCUMENT_ADDED", null, null, officer.getUsername(), officer.getFullName(),
				title.strip(), false);
		audit.record(AuditRecord.of("DOSSIER_DOCUMENT_ADDED", "dossier", id.toString())
			.inAgency(dossier.getAgencyId())
			.detail("sha256", stored.sha256()));
		return document;
	}

	/** The officers to whom a leader may give the active step: those holding its role (and department) in the agency. */
	@Transactional(readOnly = true)
	public List<Account> assignees(Long id) {
		Dossier dossier = dossier(id);
		return records.active(dossier.getId())
			.map(step -> accounts.staffOf(dossier.getAgencyId(), step.role())
				.stream()
				.filter(account -> account.isEnabled() && holdsStep(account, step, dossier.getAgencyId()))
				.toList())
			.orElse(List.of());
	}

	/** A stored document of the dossier (form or result), for officers. */
	@Transactional(readOnly = true)
	public DossierDocument document(Long id, long documentId) {
		return records.documents(dossier(id).getId())
			.stream()
			.filter(d -> d.id() == documentId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound.file"));
	}

	public String mediaType(DossierDocument document) {
		return files.mediaType(document.sha256()).orElse("application/octet-stream");
	}

	public java.io.InputStream open(DossierDocument document) {
		return files.open(document.sha256());
	}

	public java.io.InputStream open(Attachment attachment) {
		return files.open(attachment.sha256());
	}

	/** The process-control sheet (form 06) as it stands, rendered now (not stored). */
	@Transactional(readOnly = true)
	public byte[] controlSheet(Long id) {
		Dossier dossier = dossier(id);
		return forms.preview(forms.template("MAU_06"), dossier, catalog.procedure(dossier.getProcedureId()));
	}

	// --- helpers -----------------------------------------------------------------------------

	/** The workflow the dossier follows: the one it was received with (older dossiers: the procedure's current one). */
	private List<WorkflowStep> workflowOf(Dossier dossier, Procedure procedure) {
		return records.workflow(dossier.getId()).map(WorkflowStep::listFromJson).orElseGet(procedure::effectiveWorkflow);
	}

	/** The workflow the dossier follows, for the officers' pages. */
	@Transactional(readOnly = true)
	public List<WorkflowStep> workflow(Long id) {
		Dossier dossier = dossier(id);
		return workflowOf(dossier, catalog.procedure(dossier.getProcedureId()));
	}

	private void startStep(Dossier dossier, Procedure procedure, int position, Account handedBy, Instant now) {
		List<WorkflowStep> workflow = workflowOf(dossier, procedure);
		WorkflowStep template = workflow.get(position);
		LocalDate start = calendar.effectiveReceiptDay(now);
		LocalDate due = calendar.addWorkingDays(start, template.shareDays());
		if (dossier.getDueDate() != null && due.isAfter(dossier.getDueDate())) {
			due = dossier.getDueDate();
		}
		int seq = records.startStep(dossier.getId(), position, template.name(), template.role(), template.departmentId(),
				template.kind() == WorkflowStep.Kind.APPROVAL, template.shareDays(), handedBy.getUsername(),
				handedBy.getFullName(), now, due);
		dossier.atStep(seq);
		if (dossier.getStatus() == DossierStatus.RECEIVED || dossier.getStatus() == DossierStatus.AWAITING_APPROVAL
				|| dossier.getStatus() == DossierStatus.IN_PROCESS) {
			if (template.kind() == WorkflowStep.Kind.APPROVAL) {
				dossier.awaitApproval();
			}
			else {
				dossier.startProcessing();
			}
		}
	}

	private void ensureTaken(Dossier dossier, DossierStep step, Account officer, Instant now) {
		if (step.assignee() == null) {
			records.take(dossier.getId(), step.seq(), officer.getUsername(), officer.getFullName(), now);
		}
	}

	private Dossier current(Long id, int seenVersion, Role... roles) {
		Dossier dossier = dossiers.byIdForUpdate(id)
			.filter(d -> d.getStatus() != DossierStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("error.notFound.dossier"));
		Access.require(dossier.getAgencyId(), roles);
		if (dossier.getVersion() != seenVersion) {
			throw new ConcurrentChange("dossier " + id);
		}
		return dossier;
	}

	private Dossier currentFor(Long id, int seenVersion, Action action) {
		dossiers.byIdForUpdate(id);
		Dossier dossier = dossier(id);
		if (dossier.getVersion() != seenVersion) {
			throw new ConcurrentChange("dossier " + id);
		}
		if (!allowedActions(id).contains(action)) {
			if (!Access.hasAny(dossier.getAgencyId(), Role.RECEPTION, Role.SPECIALIST, Role.LEADER)) {
				throw new AccessDeniedInAgency(action + " " + id);
			}
			throw new BusinessRuleViolation("error.dossier.actionNotAllowed");
		}
		return dossier;
	}

	private void record(Dossier saved, String action, DossierStatus from, String note, boolean visible, Account officer) {
		dossiers.record(saved.getId(), action, from, from == null ? null : saved.getStatus(), officer.getUsername(),
				officer.getFullName(), note, visible);
		audit.record(AuditRecord.of("DOSSIER_" + action, "dossier", saved.getId().toString())
			.inAgency(saved.getAgencyId())
			.detail("code", saved.getCode())
			.detail("from", from)
			.detail("to", saved.getStatus()));
		if (visible) {
			notices.tell(saved, action, dossiers.history(saved.getId(), false).size(), note);
		}
	}

	/** Whether the current officer handles the step: its role in the dossier's agency and, if set, its department. */
	private boolean handles(DossierStep step, Long agencyId) {
		return holdsStep(accounts.currentRoles(), step, agencyId);
	}

	private boolean holdsStep(Account account, DossierStep step, Long agencyId) {
		return holdsStep(account.getRoles(), step, agencyId);
	}

	private static boolean holdsStep(java.util.Collection<RoleAssignment> roles, DossierStep step, Long agencyId) {
		return roles.stream().anyMatch(role -> matches(role, step, agencyId));
	}

	private static boolean matches(RoleAssignment role, DossierStep step, Long agencyId) {
		return role.role() == step.role() && (agencyId == null || agencyId.equals(role.agencyId()))
				&& (step.departmentId() == null || step.departmentId().equals(role.departmentId()));
	}

	private boolean canSee(Dossier dossier) {
		Long agency = dossier.getAgencyId();
		if (Access.hasAny(agency, Role.RECEPTION, Role.LEADER, Role.AGENCY_ADMIN)
				|| Access.hasAny(dossier.getReceivingAgencyId(), Role.RECEPTION)) {
			return true;
		}
		if (!Access.has(Role.SPECIALIST, agency)) {
			return false;
		}
		List<RoleAssignment> roles = accounts.currentRoles();
		return records.steps(dossier.getId()).stream().anyMatch(step -> holdsStep(roles, step, agency))
				|| records.consultations(dossier.getId())
					.stream()
					.anyMatch(c -> roles.stream().anyMatch(r -> Long.valueOf(c.departmentId()).equals(r.departmentId())));
	}

	private Department organizationDepartment(Long departmentId) {
		return organization.department(departmentId);
	}

	private String currentUser() {
		return Access.actorName();
	}

	/** Today in the agency's calendar. */
	public LocalDate today() {
		return calendar.today();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
