package vn.minhbach.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.files.FilePolicy;
import vn.minhbach.files.FileStore;
import vn.minhbach.files.StoredFile;
import vn.minhbach.identity.Account;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.pdf.PdfLayout;
import vn.minhbach.pdf.PdfSignatures;
import vn.minhbach.pdf.PdfStamps;
import vn.minhbach.pdf.PdfTexts;
import vn.minhbach.pdf.SigningKeys;
import vn.minhbach.pdf.WordDocuments;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.VietnameseText;

/**
 * Outgoing documents (văn bản đi): a draft written in the editor or uploaded (DOCX or PDF, each
 * upload a new version), with appendices and recipients; review by the chosen head of
 * department; approval by the signing leader (either may return it with comments); and
 * issuance by the clerk — the next number of the agency's register, the final PDF stamped with
 * number and date and signed with the agency's certificate, and delivery to every recipient, all
 * in one transaction: a failed issuance consumes no number.
 */
@Service
public class OutgoingDocuments {

	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Documents documents;

	private final DocumentRegisters registers;

	private final DocumentLibrary library;

	private final IncomingDocuments incoming;

	private final AccountDirectory accounts;

	private final OrganizationDirectory organization;

	private final FileStore files;

	private final PdfSignatures signatures;

	private final SigningKeys keys;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	OutgoingDocuments(Documents documents, DocumentRegisters registers, DocumentLibrary library, IncomingDocuments incoming,
			AccountDirectory accounts, OrganizationDirectory organization, FileStore files, PdfSignatures signatures,
			SigningKeys keys, WorkingCalendar calendar, MessageSource messages, AuditLog audit, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.documents = documents;
		this.registers = registers;
		this.library = library;
		this.incoming = incoming;
		this.accounts = accounts;
		this.organization = organization;
		this.files = files;
		this.signatures = signatures;
		this.keys = keys;
		this.calendar = calendar;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What a drafter fills in.
	 *
	 * @param reviewer the head of department who reviews it (user name), or null to go straight to the signer
	 * @param signerAccountId the leader who signs
	 * @param authority the signing authority prefix (TM., KT., Q., TL., TUQ.) or null
	 * @param internalRecipients agencies of this installation
	 * @param externalRecipients agencies outside, one per line: "name" or "name | electronic code"
	 * @param replacesNotation the number and notation of an issued document of the agency that this one replaces
	 */
	public record Draft(DocumentType type, String subject, Urgency urgency, Secrecy secrecy, Long departmentId,
			String reviewer, Long signerAccountId, String authority, String bodyText, List<Long> internalRecipients,
			String externalRecipients, Long replyToId, String relatedDossierCode, String replacesNotation) {
	}

	// --- drafting ----------------------------------------------------------------------------

	@Transactional
	public OfficialDocument create(Long agencyId, Draft draft) {
		Access.require(agencyId, Role.SPECIALIST, Role.DEPARTMENT_HEAD, Role.LEADER, Role.CLERK);
		Account me = accounts.current();
		validate(draft);
		OfficialDocument document = OfficialDocument.draft(agencyId, draft.type(), draft.subject().strip(),
				draft.departmentId(), me.getUsername(), me.getFullName(), clock.instant());
		applyDraft(document, agencyId, draft);
		if (draft.replyToId() != null) {
			OfficialDocument answered = library.document(draft.replyToId());
			if (!answered.getAgencyId().equals(agencyId) || answered.isOutgoing()) {
				throw new BusinessRuleViolation("error.document.replyTarget");
			}
			document.replyTo(answered.getId());
		}
		OfficialDocument saved = documents.save(document);
		documents.replaceRecipients(saved.getId(), recipients(agencyId, draft));
		documents.replaces(saved.getId(), replaced(agencyId, draft));
		journal(saved, "DRAFTED", null);
		if (saved.getReplyToId() != null) {
			documents.record(saved.getReplyToId(), "REPLY_DRAFTED", me.getUsername(), me.getFullName(), saved.getSubject());
		}
		return saved;
	}

	@Transactional
	public OfficialDocument update(Long id, int seenVersion, Draft draft) {
		OfficialDocument document = mine(id, seenVersion);
		validate(draft);
		applyDraft(document, document.getAgencyId(), draft);
		OfficialDocument saved = documents.save(document);
		documents.replaceRecipients(saved.getId(), recipients(saved.getAgencyId(), draft));
		documents.replaces(saved.getId(), replaced(saved.getAgencyId(), draft));
		journal(saved, "EDITED", null);
		return saved;
	}

	/**
	 * A new version of the draft's body, uploaded as DOCX (converted to PDF at once, so a file that
	 * does not convert is refused now, not at issuance) or PDF (checked readable, not encrypted).
	 */
	@Transactional
	public DocumentFile uploadBody(Long id, int seenVersion, InputStream content, String fileName, String note) {
		OfficialDocument document = mine(id, seenVersion);
		StoredFile stored = files.store(content, fileName, FilePolicy.documentBody());
		byte[] bytes = files.read(stored.sha256());
		String text;
		String pdfSha;
		if ("application/pdf".equals(stored.mediaType())) {
			PdfTexts.requireReadable(bytes);
			text = PdfTexts.extract(bytes);
			pdfSha = stored.sha256();
		}
		else {
			byte[] pdf = WordDocuments.toPdf(bytes);
			text = WordDocuments.text(bytes);
			pdfSha = files.storeGenerated(pdf, baseName(stored.originalName()) + ".pdf", "application/pdf").sha256();
		}
		Account me = accounts.current();
		DocumentFile version = documents.addFile(document.getId(), DocumentFile.Kind.DRAFT, stored.sha256(),
				stored.originalName(), stored.mediaType(), stored.size(), blank(note), me.getUsername());
		document.attachBody(pdfSha, stored.originalName());
		document.extractedText(VietnameseText.fold(text));
		documents.save(document);
		journal(document, "BODY_UPLOADED", stored.originalName() + " (" + version.seq() + ")");
		return version;
	}

	@Transactional
	public DocumentFile addAppendix(Long id, int seenVersion, InputStream content, String fileName) {
		OfficialDocument document = mine(id, seenVersion);
		StoredFile stored = files.store(content, fileName, FilePolicy.internalDocument());
		if ("application/pdf".equals(stored.mediaType())) {
			PdfTexts.requireReadable(files.read(stored.sha256()));
		}
		DocumentFile appendix = documents.addFile(document.getId(), DocumentFile.Kind.APPENDIX, stored.sha256(),
				stored.originalName(), stored.mediaType(), stored.size(), null, accounts.current().getUsername());
		documents.save(document);
		journal(document, "APPENDIX_ADDED", stored.originalName());
		return appendix;
	}

	@Transactional
	public void removeAppendix(Long id, int seenVersion, long fileId) {
		OfficialDocument document = mine(id, seenVersion);
		DocumentFile file = documents.files(id).stream()
			.filter(f -> f.id() == fileId && f.kind() == DocumentFile.Kind.APPENDIX)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.notFound.file"));
		documents.removeFile(document.getId(), file.id());
		documents.save(document);
		journal(document, "APPENDIX_REMOVED", file.fileName());
	}

	// --- review and approval -----------------------------------------------------------------

	/** The drafter sends the draft on: to the reviewer, or straight to the signing leader. */
	@Transactional
	public OfficialDocument submit(Long id, int seenVersion) {
		OfficialDocument document = mine(id, seenVersion);
		document.submit();
		OfficialDocument saved = documents.save(document);
		journal(saved, saved.getStatus() == DocumentStatus.IN_REVIEW ? "SENT_FOR_REVIEW" : "SENT_FOR_APPROVAL", null);
		return saved;
	}

	/** The reviewer passes the draft to the signing leader, with an optional comment. */
	@Transactional
	public OfficialDocument review(Long id, int seenVersion, String comment) {
		OfficialDocument document = current(id, seenVersion);
		requireReviewer(document);
		document.reviewed();
		OfficialDocument saved = documents.save(document);
		journal(saved, "REVIEWED", blank(comment));
		return saved;
	}

	/** The signing leader approves the draft for issuance. */
	@Transactional
	public OfficialDocument approve(Long id, int seenVersion, String comment) {
		OfficialDocument document = current(id, seenVersion);
		requireSigner(document);
		document.approved();
		OfficialDocument saved = documents.save(document);
		journal(saved, "APPROVED", blank(comment));
		return saved;
	}

	/** The reviewer, the signer (or, once approved, the clerk) returns the draft for revision, with the reason. */
	@Transactional
	public OfficialDocument returnForRevision(Long id, int seenVersion, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new BusinessRuleViolation("error.document.returnReason");
		}
		OfficialDocument document = current(id, seenVersion);
		switch (document.getStatus()) {
			case IN_REVIEW -> requireReviewer(document);
			case AWAITING_APPROVAL -> requireSigner(document);
			case APPROVED -> Access.require(document.getAgencyId(), Role.CLERK);
			default -> throw new BusinessRuleViolation("error.document.cannotReturn");
		}
		document.returnForRevision();
		OfficialDocument saved = documents.save(document);
		journal(saved, "RETURNED_FOR_REVISION", comment.strip());
		return saved;
	}

	/** A comment on the draft, from anyone it passes through. */
	@Transactional
	public void comment(Long id, String text) {
		OfficialDocument document = library.document(id);
		if (text == null || text.isBlank()) {
			throw new BusinessRuleViolation("error.required");
		}
		journal(document, "COMMENTED", text.strip());
	}

	// --- issuance ----------------------------------------------------------------------------

	/**
	 * The clerk issues an approved document: the next number of the register, the notation, the
	 * final PDF with number and date, the agency's signature, and delivery to the recipients.
	 */
	@Transactional
	public OfficialDocument issue(Long id, int seenVersion) {
		OfficialDocument document = current(id, seenVersion);
		Access.require(document.getAgencyId(), Role.CLERK);
		if (document.getStatus() != DocumentStatus.APPROVED) {
			throw new BusinessRuleViolation("error.document.notApproved");
		}
		Agency agency = organization.agency(document.getAgencyId());
		Instant now = clock.instant();
		LocalDate today = calendar.today();
		DocumentRegister register = registerFor(document, today.getYear());
		int number = registers.next(register.id());
		String notation = Notation.of(number, document.getType(), abbreviation(agency), unitAbbreviation(document));
		byte[] pdf = finalPdf(document, agency, notation, today);
		byte[] signed = signatures.sign(pdf, keys.forAgency(agency.getId(), agency.getCode(), agency.getName()),
				agency.getName(), "Ban hành văn bản số " + notation, placeName(agency), now);
		String fileName = VietnameseText.slug(notation.replace('/', '-')) + ".pdf";
		StoredFile stored = files.storeGenerated(signed, fileName, "application/pdf");
		document.issue(register.id(), number, notation, today, now, stored.sha256(), fileName);
		if (document.getBodyText() != null) {
			document.extractedText(VietnameseText.fold(document.getBodyText()));
		}
		OfficialDocument saved = documents.save(document);
		journal(saved, "ISSUED", notation);
		audit.record(AuditRecord.of("DOCUMENT_ISSUED", "document", saved.getId().toString())
			.inAgency(saved.getAgencyId())
			.detail("register", register.id())
			.detail("number", number)
			.detail("notation", notation)
			.detail("sha256", stored.sha256()));
		for (Recipient recipient : documents.recipients(saved.getId())) {
			if (recipient.internal()) {
				OfficialDocument arrived = incoming.deliver(saved, recipient, agency);
				documents.delivered(recipient.id(), arrived.getId(), now);
			}
		}
		if (saved.getReplyToId() != null) {
			incoming.replied(saved.getReplyToId(), saved);
		}
		events.publishEvent(new DocumentIssued(saved.getId(), saved.getAgencyId()));
		documents.replaced(saved.getId()).ifPresent(earlierId -> {
			OfficialDocument earlier = documents.byIdForUpdate(earlierId).orElseThrow();
			earlier.replacedBy(saved.getId());
			documents.save(earlier);
			Account me = accounts.current();
			documents.record(earlierId, "REPLACED", me.getUsername(), me.getFullName(), notation);
		});
		return saved;
	}

	/** The issued document of the agency that a draft says it replaces. */
	private Long replaced(Long agencyId, Draft draft) {
		String notation = blank(draft.replacesNotation());
		if (notation == null) {
			return null;
		}
		return documents.issuedByNotation(agencyId, notation.replaceAll("\\s+", ""))
			.orElseThrow(() -> new BusinessRuleViolation("error.document.replaces", notation));
	}

	/** The register an issuance takes its number from: the secret series, the type's own series, or the general one. */
	private DocumentRegister registerFor(OfficialDocument document, int year) {
		String series;
		String name;
		if (document.getSecrecy().secret()) {
			series = DocumentRegister.SECRET;
			name = "Sổ đăng ký văn bản mật đi năm " + year;
		}
		else if (registers.perType(document.getAgencyId()) && document.getType().abbreviation() != null) {
			series = document.getType().name();
			name = "Sổ đăng ký " + messages.getMessage(document.getType().messageKey(), null, VIETNAMESE).toLowerCase(VIETNAMESE)
					+ " đi năm " + year;
		}
		else {
			series = DocumentRegister.GENERAL;
			name = "Sổ đăng ký văn bản đi năm " + year;
		}
		return registers.registerFor(document.getAgencyId(), year, OfficialDocument.Direction.OUTGOING, series, name);
	}

	/** The final PDF before signing: the uploaded body stamped with number and date, or the written body laid out. */
	private byte[] finalPdf(OfficialDocument document, Agency agency, String notation, LocalDate today) {
		String date = String.format("%02d/%02d/%d", today.getDayOfMonth(), today.getMonthValue(), today.getYear());
		if (document.getBodySha256() != null) {
			return PdfStamps.stampFirstPage(files.read(document.getBodySha256()), "Số: " + notation + " – Ngày ban hành: " + date);
		}
		try (PdfLayout pdf = PdfLayout.a4()) {
			String typeName = messages.getMessage(document.getType().messageKey(), null, VIETNAMESE);
			pdf.metadata(typeName + " " + notation + " – " + document.getSubject(), agency.getName());
			String parent = agency.getParentAgencyId() == null ? null
					: organization.agency(agency.getParentAgencyId()).getShortName();
			String placeAndDate = placeName(agency) + ", ngày " + String.format("%02d", today.getDayOfMonth()) + " tháng "
					+ String.format("%02d", today.getMonthValue()) + " năm " + today.getYear();
			String numberLine = "Số: " + notation;
			if (document.getType().abbreviation() == null) {
				numberLine = numberLine + "\nV/v " + document.getSubject();
			}
			pdf.nationalHeader(parent, agency.getName(), numberLine, placeAndDate);
			if (document.getType().abbreviation() != null) {
				pdf.title(typeName);
				pdf.centredLine(document.getSubject(), true);
			}
			for (String paragraph : document.getBodyText().split("\\R")) {
				if (!paragraph.isBlank()) {
					pdf.paragraph(paragraph.strip());
				}
			}
			List<String> places = new ArrayList<>();
			documents.recipients(document.getId()).forEach(r -> places.add("- " + r.name() + ";"));
			places.add("- Lưu: VT.");
			String signerTitle = (document.getSignerAuthority() == null ? "" : document.getSignerAuthority() + " ")
					+ (document.getSignerTitle() == null ? "" : document.getSignerTitle());
			pdf.recipientsAndSigner(places, signerTitle.strip().toUpperCase(VIETNAMESE), document.getSignerName());
			return pdf.toBytes();
		}
	}

	// --- helpers -----------------------------------------------------------------------------

	private void validate(Draft draft) {
		if (draft.type() == null) {
			throw new BusinessRuleViolation("error.document.type");
		}
		if (draft.subject() == null || draft.subject().isBlank()) {
			throw new BusinessRuleViolation("error.document.subject");
		}
		if (draft.subject().length() > 1000) {
			throw new BusinessRuleViolation("error.form.tooLong");
		}
		if (draft.authority() != null && !draft.authority().isBlank() && !Authority.ALL.contains(draft.authority())) {
			throw new BusinessRuleViolation("error.document.authority");
		}
	}

	private void applyDraft(OfficialDocument document, Long agencyId, Draft draft) {
		String signerName = null;
		String signerTitle = null;
		if (draft.signerAccountId() != null) {
			Account signer = accounts.find(draft.signerAccountId())
				.filter(a -> a.holds(Role.LEADER, agencyId))
				.orElseThrow(() -> new BusinessRuleViolation("error.document.signer"));
			signerName = signer.getFullName();
			signerTitle = organization.leaders(agencyId)
				.stream()
				.filter(p -> signer.getFullName().equals(p.getHolderName()))
				.map(vn.minhbach.organization.Position::getTitle)
				.findFirst()
				.orElse(messages.getMessage("role.LEADER", null, VIETNAMESE));
		}
		String reviewer = blank(draft.reviewer());
		if (reviewer != null) {
			accounts.findByUsername(reviewer)
				.filter(a -> a.holds(Role.DEPARTMENT_HEAD, agencyId))
				.orElseThrow(() -> new BusinessRuleViolation("error.document.reviewer"));
		}
		if (draft.departmentId() != null && !organization.department(draft.departmentId()).getAgencyId().equals(agencyId)) {
			throw new BusinessRuleViolation("error.department.otherAgency");
		}
		document.edit(draft.type(), draft.subject().strip(), draft.urgency(), draft.secrecy(), draft.departmentId(),
				draft.signerAccountId(), signerName, signerTitle, blank(draft.authority()), reviewer);
		if (draft.bodyText() != null && !draft.bodyText().isBlank()) {
			document.writeBody(draft.bodyText().strip());
			document.extractedText(VietnameseText.fold(draft.bodyText()));
		}
		document.relateToDossier(blank(draft.relatedDossierCode()));
	}

	private List<Recipient> recipients(Long agencyId, Draft draft) {
		List<Recipient> list = new ArrayList<>();
		for (Long id : draft.internalRecipients() == null ? List.<Long>of() : draft.internalRecipients()) {
			if (id.equals(agencyId)) {
				continue;
			}
			Agency agency = organization.agency(id);
			list.add(Recipient.inside(agency.getId(), agency.getName(), agency.getCode()));
		}
		if (draft.externalRecipients() != null) {
			for (String line : draft.externalRecipients().split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split("\\|", 2);
				String name = parts[0].strip();
				String code = parts.length > 1 ? blank(parts[1]) : null;
				if (name.length() > 300) {
					throw new BusinessRuleViolation("error.form.tooLong");
				}
				list.add(Recipient.outside(name, code));
			}
		}
		return list;
	}

	/** A draft its drafter is working on, at the version they saw. */
	private OfficialDocument mine(Long id, int seenVersion) {
		OfficialDocument document = current(id, seenVersion);
		if (!accounts.current().getUsername().equals(document.getDrafter())) {
			throw new AccessDeniedInAgency("not the drafter of document " + id);
		}
		if (document.getStatus() != DocumentStatus.DRAFT) {
			throw new BusinessRuleViolation("error.document.notEditable");
		}
		return document;
	}

	private OfficialDocument current(Long id, int seenVersion) {
		documents.byIdForUpdate(id).orElseThrow(() -> new NotFoundException("error.notFound.document"));
		OfficialDocument document = library.document(id);
		if (!document.isOutgoing()) {
			throw new NotFoundException("error.notFound.document");
		}
		if (document.getVersion() != seenVersion) {
			throw new ConcurrentChange("document " + id);
		}
		return document;
	}

	private void requireReviewer(OfficialDocument document) {
		if (!Access.has(Role.DEPARTMENT_HEAD, document.getAgencyId())
				|| !accounts.current().getUsername().equals(document.getReviewer())) {
			throw new AccessDeniedInAgency("not the reviewer of document " + document.getId());
		}
	}

	private void requireSigner(OfficialDocument document) {
		if (!Access.has(Role.LEADER, document.getAgencyId())
				|| !accounts.current().getId().equals(document.getSignerAccountId())) {
			throw new AccessDeniedInAgency("not the signer of document " + document.getId());
		}
	}

	private void journal(OfficialDocument document, String action, String note) {
		Account me = accounts.current();
		documents.record(document.getId(), action, me.getUsername(), me.getFullName(), note);
		audit.record(AuditRecord.of("DOCUMENT_" + action, "document", document.getId().toString())
			.inAgency(document.getAgencyId())
			.detail("status", document.getStatus()));
	}

	String abbreviation(Agency agency) {
		return registers.abbreviation(agency.getId()).orElseGet(() -> Notation.suggestedAbbreviation(agency.getName()));
	}

	private String unitAbbreviation(OfficialDocument document) {
		return document.getDepartmentId() == null ? null : organization.department(document.getDepartmentId()).getCode();
	}

	private String placeName(Agency agency) {
		String unit = organization.unit(agency.getUnitId()).getName();
		return unit.replaceFirst("^(Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Thành phố|Tỉnh) ", "");
	}

	private static String baseName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	static byte[] bytes(InputStream in) {
		try (in) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}
}
