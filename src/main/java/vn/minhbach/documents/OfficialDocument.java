package vn.minhbach.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import vn.minhbach.shared.BusinessRuleViolation;

/**
 * An official document of one agency: outgoing (drafted here, issued with this agency's number)
 * or incoming (arrived here, registered with an arrival number). The aggregate guards its own
 * status; the services around it check who may act and write the history.
 */
public class OfficialDocument {

	/** Which way a document goes. */
	public enum Direction {
		OUTGOING, INCOMING
	}

	private Long id;

	private Long agencyId;

	private Direction direction;

	private DocumentStatus status;

	private DocumentType type;

	private String subject;

	private Urgency urgency = Urgency.NORMAL;

	private Secrecy secrecy = Secrecy.NORMAL;

	private Long departmentId;

	private String drafter;

	private String drafterName;

	private String reviewer;

	private Long signerAccountId;

	private String signerName;

	private String signerTitle;

	private String signerAuthority;

	private String bodyText;

	private String bodySha256;

	private String bodyName;

	private String finalSha256;

	private String finalName;

	private Long registerId;

	private Integer number;

	private String notation;

	private LocalDate issuedOn;

	private Instant issuedAt;

	private Integer arrivalNumber;

	private Instant arrivedAt;

	private Long authorAgencyId;

	private String authorName;

	private String authorCode;

	private String originalNotation;

	private LocalDate originalDate;

	private Long sourceDocumentId;

	private LocalDate deadline;

	private Instant completedAt;

	private Long replyToId;

	private Long replacedById;

	private String relatedDossierCode;

	private String textFolded = "";

	private Instant createdAt;

	private int version;

	OfficialDocument() {
	}

	/** A new draft of an outgoing document. */
	static OfficialDocument draft(Long agencyId, DocumentType type, String subject, Long departmentId, String drafter,
			String drafterName, Instant now) {
		OfficialDocument document = new OfficialDocument();
		document.agencyId = agencyId;
		document.direction = Direction.OUTGOING;
		document.status = DocumentStatus.DRAFT;
		document.type = type;
		document.subject = subject;
		document.departmentId = departmentId;
		document.drafter = drafter;
		document.drafterName = drafterName;
		document.createdAt = now;
		return document;
	}

	/** An incoming document: delivered by another agency of the installation, or registered from paper. */
	static OfficialDocument incoming(Long agencyId, DocumentType type, String subject, Long authorAgencyId,
			String authorName, String authorCode, String originalNotation, LocalDate originalDate, Urgency urgency,
			Secrecy secrecy, Long sourceDocumentId, Instant now) {
		OfficialDocument document = new OfficialDocument();
		document.agencyId = agencyId;
		document.direction = Direction.INCOMING;
		document.status = DocumentStatus.ARRIVED;
		document.type = type;
		document.subject = subject;
		document.authorAgencyId = authorAgencyId;
		document.authorName = authorName;
		document.authorCode = authorCode;
		document.originalNotation = originalNotation;
		document.originalDate = originalDate;
		document.urgency = urgency == null ? Urgency.NORMAL : urgency;
		document.secrecy = secrecy == null ? Secrecy.NORMAL : secrecy;
		document.sourceDocumentId = sourceDocumentId;
		document.arrivedAt = now;
		document.createdAt = now;
		return document;
	}

	// --- outgoing ----------------------------------------------------------------------------

	void edit(DocumentType newType, String newSubject, Urgency newUrgency, Secrecy newSecrecy, Long newDepartment,
			Long signer, String newSignerName, String newSignerTitle, String authority, String reviewerUsername) {
		requireStatus("error.document.notEditable", DocumentStatus.DRAFT);
		this.type = newType;
		this.subject = newSubject;
		this.urgency = newUrgency == null ? Urgency.NORMAL : newUrgency;
		this.secrecy = newSecrecy == null ? Secrecy.NORMAL : newSecrecy;
		this.departmentId = newDepartment;
		this.signerAccountId = signer;
		this.signerName = newSignerName;
		this.signerTitle = newSignerTitle;
		this.signerAuthority = authority;
		this.reviewer = reviewerUsername;
	}

	void writeBody(String text) {
		requireStatus("error.document.notEditable", DocumentStatus.DRAFT);
		this.bodyText = text;
		this.bodySha256 = null;
		this.bodyName = null;
	}

	void attachBody(String sha256, String fileName) {
		requireStatus("error.document.notEditable", DocumentStatus.DRAFT);
		this.bodySha256 = sha256;
		this.bodyName = fileName;
		this.bodyText = null;
	}

	/** Sent on: to the reviewer when there is one, else straight to the signing leader. */
	DocumentStatus submit() {
		DocumentStatus from = requireStatus("error.document.cannotSubmit", DocumentStatus.DRAFT);
		if (bodySha256 == null && (bodyText == null || bodyText.isBlank())) {
			throw new BusinessRuleViolation("error.document.noBody");
		}
		if (signerAccountId == null) {
			throw new BusinessRuleViolation("error.document.noSigner");
		}
		this.status = reviewer != null ? DocumentStatus.IN_REVIEW : DocumentStatus.AWAITING_APPROVAL;
		return from;
	}

	DocumentStatus reviewed() {
		DocumentStatus from = requireStatus("error.document.notInReview", DocumentStatus.IN_REVIEW);
		this.status = DocumentStatus.AWAITING_APPROVAL;
		return from;
	}

	DocumentStatus approved() {
		DocumentStatus from = requireStatus("error.document.notAwaitingApproval", DocumentStatus.AWAITING_APPROVAL);
		this.status = DocumentStatus.APPROVED;
		return from;
	}

	/** Back to the drafter with comments, from review or approval. */
	DocumentStatus returnForRevision() {
		DocumentStatus from = requireStatus("error.document.cannotReturn", DocumentStatus.IN_REVIEW,
				DocumentStatus.AWAITING_APPROVAL, DocumentStatus.APPROVED);
		this.status = DocumentStatus.DRAFT;
		return from;
	}

	DocumentStatus issue(Long register, int issuedNumber, String issuedNotation, LocalDate on, Instant at,
			String finalSha, String finalFileName) {
		DocumentStatus from = requireStatus("error.document.notApproved", DocumentStatus.APPROVED);
		this.registerId = register;
		this.number = issuedNumber;
		this.notation = issuedNotation;
		this.issuedOn = on;
		this.issuedAt = at;
		this.finalSha256 = finalSha;
		this.finalName = finalFileName;
		this.status = DocumentStatus.ISSUED;
		return from;
	}

	// --- incoming ----------------------------------------------------------------------------

	/** The clerk registers the arrival and submits the document to a leader. */
	DocumentStatus register(Long register, int arrival) {
		DocumentStatus from = requireStatus("error.document.notArrived", DocumentStatus.ARRIVED);
		this.registerId = register;
		this.arrivalNumber = arrival;
		this.status = DocumentStatus.AWAITING_DIRECTION;
		return from;
	}

	DocumentStatus direct(LocalDate processingDeadline) {
		DocumentStatus from = requireStatus("error.document.notAwaitingDirection", DocumentStatus.AWAITING_DIRECTION,
				DocumentStatus.IN_PROGRESS);
		this.deadline = processingDeadline;
		this.status = DocumentStatus.IN_PROGRESS;
		return from;
	}

	DocumentStatus complete(Instant now) {
		DocumentStatus from = requireStatus("error.document.notInProgress", DocumentStatus.IN_PROGRESS);
		this.completedAt = now;
		this.status = DocumentStatus.COMPLETED;
		return from;
	}

	DocumentStatus returnToSender(Instant now) {
		DocumentStatus from = requireStatus("error.document.cannotReturnToSender", DocumentStatus.ARRIVED);
		this.completedAt = now;
		this.status = DocumentStatus.RETURNED;
		return from;
	}

	void replyTo(Long incomingId) {
		this.replyToId = incomingId;
	}

	void replacedBy(Long documentId) {
		this.replacedById = documentId;
	}

	void relateToDossier(String dossierCode) {
		this.relatedDossierCode = dossierCode;
	}

	void extractedText(String folded) {
		this.textFolded = folded == null ? "" : folded;
	}

	/** Whether the processing deadline has passed without completion. */
	public boolean overdue(LocalDate today) {
		return deadline != null && completedAt == null && today.isAfter(deadline);
	}

	private DocumentStatus requireStatus(String messageKey, DocumentStatus... allowed) {
		if (!EnumSet.copyOf(Set.of(allowed)).contains(status)) {
			throw new BusinessRuleViolation(messageKey);
		}
		return status;
	}

	// --- restoring from the database ---------------------------------------------------------

	static OfficialDocument restore(Long id, Long agencyId, Direction direction, DocumentStatus status, DocumentType type,
			String subject, Urgency urgency, Secrecy secrecy, Long departmentId, String drafter, String drafterName,
			String reviewer, Long signerAccountId, String signerName, String signerTitle, String signerAuthority,
			String bodyText, String bodySha256, String bodyName, String finalSha256, String finalName, Long registerId,
			Integer number, String notation, LocalDate issuedOn, Instant issuedAt, Integer arrivalNumber, Instant arrivedAt,
			Long authorAgencyId, String authorName, String authorCode, String originalNotation, LocalDate originalDate,
			Long sourceDocumentId, LocalDate deadline, Instant completedAt, Long replyToId, Long replacedById,
			String relatedDossierCode, String textFolded, Instant createdAt, int version) {
		OfficialDocument d = new OfficialDocument();
		d.id = id;
		d.agencyId = agencyId;
		d.direction = direction;
		d.status = status;
		d.type = type;
		d.subject = subject;
		d.urgency = urgency;
		d.secrecy = secrecy;
		d.departmentId = departmentId;
		d.drafter = drafter;
		d.drafterName = drafterName;
		d.reviewer = reviewer;
		d.signerAccountId = signerAccountId;
		d.signerName = signerName;
		d.signerTitle = signerTitle;
		d.signerAuthority = signerAuthority;
		d.bodyText = bodyText;
		d.bodySha256 = bodySha256;
		d.bodyName = bodyName;
		d.finalSha256 = finalSha256;
		d.finalName = finalName;
		d.registerId = registerId;
		d.number = number;
		d.notation = notation;
		d.issuedOn = issuedOn;
		d.issuedAt = issuedAt;
		d.arrivalNumber = arrivalNumber;
		d.arrivedAt = arrivedAt;
		d.authorAgencyId = authorAgencyId;
		d.authorName = authorName;
		d.authorCode = authorCode;
		d.originalNotation = originalNotation;
		d.originalDate = originalDate;
		d.sourceDocumentId = sourceDocumentId;
		d.deadline = deadline;
		d.completedAt = completedAt;
		d.replyToId = replyToId;
		d.replacedById = replacedById;
		d.relatedDossierCode = relatedDossierCode;
		d.textFolded = textFolded;
		d.createdAt = createdAt;
		d.version = version;
		return d;
	}

	void assignId(Long newId) {
		this.id = newId;
	}

	void nextVersion() {
		this.version++;
	}

	// --- reading -----------------------------------------------------------------------------

	public Long getId() {
		return id;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public Direction getDirection() {
		return direction;
	}

	public DocumentStatus getStatus() {
		return status;
	}

	public DocumentType getType() {
		return type;
	}

	public String getSubject() {
		return subject;
	}

	public Urgency getUrgency() {
		return urgency;
	}

	public Secrecy getSecrecy() {
		return secrecy;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public String getDrafter() {
		return drafter;
	}

	public String getDrafterName() {
		return drafterName;
	}

	public String getReviewer() {
		return reviewer;
	}

	public Long getSignerAccountId() {
		return signerAccountId;
	}

	public String getSignerName() {
		return signerName;
	}

	public String getSignerTitle() {
		return signerTitle;
	}

	public String getSignerAuthority() {
		return signerAuthority;
	}

	public String getBodyText() {
		return bodyText;
	}

	public String getBodySha256() {
		return bodySha256;
	}

	public String getBodyName() {
		return bodyName;
	}

	public String getFinalSha256() {
		return finalSha256;
	}

	public String getFinalName() {
		return finalName;
	}

	public Long getRegisterId() {
		return registerId;
	}

	public Integer getNumber() {
		return number;
	}

	public String getNotation() {
		return notation;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public Instant getIssuedAt() {
		return issuedAt;
	}

	public Integer getArrivalNumber() {
		return arrivalNumber;
	}

	public Instant getArrivedAt() {
		return arrivedAt;
	}

	public Long getAuthorAgencyId() {
		return authorAgencyId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public String getAuthorCode() {
		return authorCode;
	}

	public String getOriginalNotation() {
		return originalNotation;
	}

	public LocalDate getOriginalDate() {
		return originalDate;
	}

	public Long getSourceDocumentId() {
		return sourceDocumentId;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public Instant getCompletedAt() {
		return completedAt;
	}

	public Long getReplyToId() {
		return replyToId;
	}

	public Long getReplacedById() {
		return replacedById;
	}

	public String getRelatedDossierCode() {
		return relatedDossierCode;
	}

	String getTextFolded() {
		return textFolded;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public int getVersion() {
		return version;
	}

	public boolean isOutgoing() {
		return direction == Direction.OUTGOING;
	}

	/** The number and notation to show: the issued one, or for an incoming document the sender's. */
	public String displayNotation() {
		return direction == Direction.OUTGOING ? notation : originalNotation;
	}
}
