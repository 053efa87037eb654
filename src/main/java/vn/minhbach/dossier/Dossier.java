package vn.minhbach.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import vn.minhbach.catalog.FormAnswers;
import vn.minhbach.catalog.ProcessingTime;
import vn.minhbach.shared.BusinessRuleViolation;

/**
 * A dossier and the rules of its life. Each intent method checks the current status, changes
 * it and returns the status it left, so the application service can record the transition; a
 * transition not allowed from the current status is refused with a named rule.
 */
public class Dossier {

	private Long id;

	private String code;

	private Long procedureId;

	private String procedureCode;

	private String procedureName;

	private Long agencyId;

	private Long receivingAgencyId;

	private SubmissionChannel channel;

	private DossierStatus status;

	private DossierStatus statusBeforePause;

	private Applicant applicant;

	private FormAnswers answers;

	private ProcessingTime processingTime;

	private Long feeAmount;

	private PaymentStatus paymentStatus;

	private String submissionKey;

	private Instant createdAt;

	private Instant submittedAt;

	private Instant receivedAt;

	private LocalDate dueDate;

	private Instant decidedAt;

	private String resultSha256;

	private String resultName;

	private Instant returnedAt;

	private Instant closedAt;

	private LocalDate originalDueDate;

	private Instant apologyAt;

	private Integer currentStep;

	private Boolean late;

	private Integer lateStep;

	private SubmissionChannel returnChannel;

	private int version;

	/** How the dossier reached the agency. */
	public enum SubmissionChannel {
		ONLINE, IN_PERSON, POST
	}

	Dossier() {
	}

	/** A new online draft for a procedure, for the applicant's account. */
	static Dossier draft(Long procedureId, String procedureCode, String procedureName, Long agencyId,
			ProcessingTime processingTime, Long feeAmount, Applicant applicant, FormAnswers answers, Instant now) {
		var dossier = new Dossier();
		dossier.procedureId = procedureId;
		dossier.procedureCode = procedureCode;
		dossier.procedureName = procedureName;
		dossier.agencyId = agencyId;
		dossier.receivingAgencyId = agencyId;
		dossier.channel = SubmissionChannel.ONLINE;
		dossier.status = DossierStatus.DRAFT;
		dossier.applicant = applicant;
		dossier.answers = answers;
		dossier.processingTime = processingTime;
		dossier.feeAmount = feeAmount;
		dossier.paymentStatus = feeAmount == null || feeAmount <= 0 ? PaymentStatus.NOT_REQUIRED : PaymentStatus.UNPAID;
		dossier.createdAt = now;
		return dossier;
	}

	/** Replaces the answers of a draft (or of a dossier sent back for a supplement). */
	void answer(FormAnswers newAnswers) {
		requireStatus("error.dossier.notEditable", DossierStatus.DRAFT, DossierStatus.SUPPLEMENT_REQUESTED);
		this.answers = newAnswers;
	}

	/** Whether the applicant may still change the answers and papers. */
	public boolean editableByApplicant() {
		return status == DossierStatus.DRAFT || status == DossierStatus.SUPPLEMENT_REQUESTED;
	}

	/** Submits a draft: it gets its code and an expected appointment date. */
	DossierStatus submit(String newCode, String key, Applicant confirmedApplicant, Instant now, LocalDate expectedDue) {
		DossierStatus from = requireStatus("error.dossier.notDraft", DossierStatus.DRAFT);
		this.code = newCode;
		this.submissionKey = key;
		this.applicant = confirmedApplicant;
		this.submittedAt = now;
		this.dueDate = expectedDue;
		this.status = DossierStatus.SUBMITTED;
		return from;
	}

	/** The applicant withdraws a dossier the desk has not accepted yet. */
	DossierStatus withdraw(Instant now) {
		DossierStatus from = requireStatus("error.dossier.cannotWithdraw", DossierStatus.DRAFT, DossierStatus.SUBMITTED,
				DossierStatus.SUPPLEMENT_REQUESTED);
		this.status = DossierStatus.WITHDRAWN;
		this.closedAt = now;
		return from;
	}

	/** The agency asks for a supplement; the clock stops until the applicant answers. */
	DossierStatus requestSupplement() {
		DossierStatus from = requireStatus("error.dossier.cannotRequestSupplement", DossierStatus.SUBMITTED,
				DossierStatus.RECEIVED, DossierStatus.IN_PROCESS, DossierStatus.AWAITING_APPROVAL);
		this.statusBeforePause = from;
		this.status = DossierStatus.SUPPLEMENT_REQUESTED;
		return from;
	}

	/** The applicant sends the missing papers; the dossier goes back where it was and the clock runs again. */
	DossierStatus supplement() {
		DossierStatus from = requireStatus("error.dossier.noSupplementRequested", DossierStatus.SUPPLEMENT_REQUESTED);
		this.status = statusBeforePause == null ? DossierStatus.SUBMITTED : statusBeforePause;
		this.statusBeforePause = null;
		return from;
	}

	/** The desk accepts the dossier; the legal clock starts and the appointment date is fixed. */
	DossierStatus receive(Instant now, LocalDate appointment) {
		DossierStatus from = requireStatus("error.dossier.cannotReceive", DossierStatus.SUBMITTED);
		this.status = DossierStatus.RECEIVED;
		this.receivedAt = now;
		this.dueDate = appointment;
		return from;
	}

	/** Processing has started at a department. */
	DossierStatus startProcessing() {
		DossierStatus from = requireStatus("error.dossier.cannotProcess", DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
				DossierStatus.AWAITING_APPROVAL);
		this.status = DossierStatus.IN_PROCESS;
		return from;
	}

	DossierStatus awaitApproval() {
		DossierStatus from = requireStatus("error.dossier.cannotProcess", DossierStatus.RECEIVED, DossierStatus.IN_PROCESS);
		this.status = DossierStatus.AWAITING_APPROVAL;
		return from;
	}

	/** The result document is ready to be returned. */
	DossierStatus resultReady(String sha256, String fileName, Instant now) {
		DossierStatus from = requireStatus("error.dossier.cannotDecide", DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
				DossierStatus.AWAITING_APPROVAL);
		this.resultSha256 = sha256;
		this.resultName = fileName;
		this.decidedAt = now;
		this.status = DossierStatus.RESULT_READY;
		return from;
	}

	/** The result was handed over (in person or downloaded online); the dossier is closed. */
	DossierStatus returnResult(Instant now) {
		DossierStatus from = requireStatus("error.dossier.cannotReturn", DossierStatus.RESULT_READY);
		this.status = DossierStatus.RETURNED;
		this.returnedAt = now;
		this.closedAt = now;
		return from;
	}

	/** Refused at reception or after examination, with a reason recorded in the history. */
	DossierStatus refuse(Instant now) {
		DossierStatus from = requireStatus("error.dossier.cannotRefuse", DossierStatus.SUBMITTED, DossierStatus.RECEIVED,
				DossierStatus.IN_PROCESS, DossierStatus.AWAITING_APPROVAL, DossierStatus.SUPPLEMENT_REQUESTED);
		this.status = DossierStatus.REFUSED;
		this.decidedAt = now;
		this.closedAt = now;
		return from;
	}

	/** The dossier moves to the competent agency's desk (filed at another agency's desk in the province). */
	void routeTo(Long competentAgency) {
		requireStatus("error.dossier.cannotReceive", DossierStatus.SUBMITTED);
		this.agencyId = competentAgency;
	}

	/** Processing starts at the given step (after reception, or the next step). */
	void atStep(int seq) {
		requireStatus("error.dossier.cannotProcess", DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
				DossierStatus.AWAITING_APPROVAL);
		this.currentStep = seq;
	}

	/** The clock ran again after a pause: the appointment moves by the working days the dossier waited. */
	void extendDueDate(LocalDate newDue) {
		this.dueDate = newDue;
	}

	/**
	 * The agency apologises and sets a new date (form 04): only before the appointment date has
	 * passed, only once, and only for a later date.
	 */
	void apologize(Instant now, LocalDate today, LocalDate newDue) {
		requireStatus("error.dossier.cannotApologize", DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
				DossierStatus.AWAITING_APPROVAL);
		if (apologyAt != null) {
			throw new BusinessRuleViolation("error.dossier.apologyOnce");
		}
		if (dueDate != null && today.isAfter(dueDate)) {
			throw new BusinessRuleViolation("error.dossier.apologyTooLate");
		}
		if (newDue == null || (dueDate != null && !newDue.isAfter(dueDate))) {
			throw new BusinessRuleViolation("error.dossier.apologyDate");
		}
		this.originalDueDate = dueDate;
		this.dueDate = newDue;
		this.apologyAt = now;
	}

	/** Processing is stopped by a stop notice (form 05). */
	DossierStatus stop(Instant now) {
		DossierStatus from = requireStatus("error.dossier.cannotStop", DossierStatus.RECEIVED, DossierStatus.IN_PROCESS,
				DossierStatus.AWAITING_APPROVAL, DossierStatus.SUPPLEMENT_REQUESTED);
		this.status = DossierStatus.STOPPED;
		this.closedAt = now;
		return from;
	}

	/** Records how the result was handed over and whether the dossier was late, and which step caused it. */
	void judgeLateness(LocalDate returnedOn, Integer firstLateStep, SubmissionChannel channel) {
		LocalDate measuredAgainst = originalDueDate != null ? originalDueDate : dueDate;
		this.late = measuredAgainst != null && returnedOn.isAfter(measuredAgainst);
		this.lateStep = Boolean.TRUE.equals(late) ? firstLateStep : null;
		this.returnChannel = channel;
	}

	void markPaid() {
		if (paymentStatus == PaymentStatus.NOT_REQUIRED) {
			throw new BusinessRuleViolation("error.payment.notRequired");
		}
		this.paymentStatus = PaymentStatus.PAID;
	}

	/** Whether the applicant may pay the fee online now. */
	public boolean payable() {
		return paymentStatus == PaymentStatus.UNPAID && status != DossierStatus.DRAFT && !status.closed();
	}

	/** Whether the applicant may rate the service. */
	public boolean ratable() {
		return status == DossierStatus.RESULT_READY || status == DossierStatus.RETURNED;
	}

	private DossierStatus requireStatus(String rule, DossierStatus... allowed) {
		Set<DossierStatus> set = EnumSet.noneOf(DossierStatus.class);
		set.addAll(java.util.Arrays.asList(allowed));
		if (!set.contains(status)) {
			throw new BusinessRuleViolation(rule);
		}
		return status;
	}

	void restore(Long restoredId, String restoredCode, Long procedure, String procCode, String procName, Long agency,
			Long receivingAgency, SubmissionChannel restoredChannel, DossierStatus restoredStatus, DossierStatus beforePause,
			Applicant restoredApplicant, FormAnswers restoredAnswers, ProcessingTime time, Long fee, PaymentStatus payment,
			String key, Instant created, Instant submitted, Instant received, LocalDate due, Instant decided,
			String resultSha, String resultFile, Instant returned, Instant closed, int restoredVersion) {
		this.id = restoredId;
		this.code = restoredCode;
		this.procedureId = procedure;
		this.procedureCode = procCode;
		this.procedureName = procName;
		this.agencyId = agency;
		this.receivingAgencyId = receivingAgency;
		this.channel = restoredChannel;
		this.status = restoredStatus;
		this.statusBeforePause = beforePause;
		this.applicant = restoredApplicant;
		this.answers = restoredAnswers;
		this.processingTime = time;
		this.feeAmount = fee;
		this.paymentStatus = payment;
		this.submissionKey = key;
		this.createdAt = created;
		this.submittedAt = submitted;
		this.receivedAt = received;
		this.dueDate = due;
		this.decidedAt = decided;
		this.resultSha256 = resultSha;
		this.resultName = resultFile;
		this.returnedAt = returned;
		this.closedAt = closed;
		this.version = restoredVersion;
	}

	public Long getId() {
		return id;
	}

	void assignId(Long newId) {
		this.id = newId;
	}

	public String getCode() {
		return code;
	}

	public Long getProcedureId() {
		return procedureId;
	}

	public String getProcedureCode() {
		return procedureCode;
	}

	public String getProcedureName() {
		return procedureName;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public Long getReceivingAgencyId() {
		return receivingAgencyId;
	}

	public SubmissionChannel getChannel() {
		return channel;
	}

	public DossierStatus getStatus() {
		return status;
	}

	public DossierStatus getStatusBeforePause() {
		return statusBeforePause;
	}

	public Applicant getApplicant() {
		return applicant;
	}

	public FormAnswers getAnswers() {
		return answers;
	}

	public ProcessingTime getProcessingTime() {
		return processingTime;
	}

	public Long getFeeAmount() {
		return feeAmount;
	}

	public PaymentStatus getPaymentStatus() {
		return paymentStatus;
	}

	public String getSubmissionKey() {
		return submissionKey;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getReceivedAt() {
		return receivedAt;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getResultSha256() {
		return resultSha256;
	}

	public String getResultName() {
		return resultName;
	}

	public Instant getReturnedAt() {
		return returnedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public int getVersion() {
		return version;
	}

	public LocalDate getOriginalDueDate() {
		return originalDueDate;
	}

	public Instant getApologyAt() {
		return apologyAt;
	}

	public Integer getCurrentStep() {
		return currentStep;
	}

	public Boolean getLate() {
		return late;
	}

	public Integer getLateStep() {
		return lateStep;
	}

	public SubmissionChannel getReturnChannel() {
		return returnChannel;
	}

	/** Whether the appointment date has passed without the result being returned. */
	public boolean overdue(LocalDate today) {
		return dueDate != null && !status.closed() && status != DossierStatus.RESULT_READY && today.isAfter(dueDate);
	}

	void restoreBackOffice(LocalDate original, Instant apology, Integer step, Boolean wasLate, Integer stepLate,
			SubmissionChannel returned) {
		this.originalDueDate = original;
		this.apologyAt = apology;
		this.currentStep = step;
		this.late = wasLate;
		this.lateStep = stepLate;
		this.returnChannel = returned;
	}

	/** A dossier brought to the desk in person: it skips the draft and is submitted at once. */
	static Dossier inPerson(Long procedureId, String procedureCode, String procedureName, Long competentAgency,
			Long receivingAgency, ProcessingTime processingTime, Long feeAmount, Applicant applicant, FormAnswers answers,
			Instant now) {
		Dossier dossier = draft(procedureId, procedureCode, procedureName, competentAgency, processingTime, feeAmount,
				applicant, answers, now);
		dossier.receivingAgencyId = receivingAgency;
		dossier.channel = SubmissionChannel.IN_PERSON;
		dossier.paymentStatus = PaymentStatus.NOT_REQUIRED;
		return dossier;
	}
}
