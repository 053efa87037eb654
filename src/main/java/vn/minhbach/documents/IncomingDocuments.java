package vn.minhbach.documents;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import vn.minhbach.notification.Notifications;
import vn.minhbach.notification.OutgoingMessage;
import vn.minhbach.organization.Agency;
import vn.minhbach.pdf.PdfTexts;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.VietnameseText;

/**
 * Incoming documents (văn bản đến): delivered by another agency of the installation at its
 * issuance, or registered by the clerk from paper; the clerk gives the arrival number and submits
 * them to a leader (the sender learns the same moment that its document arrived), or returns a
 * wrong one to its sender; the leader writes the direction and names the main handler,
 * co-handlers and those for information, with a deadline in working days; handlers record their
 * progress and the main handler completes it, or a reply issued to it does.
 */
@Service
public class IncomingDocuments {

	private final Documents documents;

	private final DocumentRegisters registers;

	private final DocumentLibrary library;

	private final AccountDirectory accounts;

	private final FileStore files;

	private final WorkingCalendar calendar;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	IncomingDocuments(Documents documents, DocumentRegisters registers, DocumentLibrary library, AccountDirectory accounts,
			FileStore files, WorkingCalendar calendar, Notifications notifications, AuditLog audit, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.documents = documents;
		this.registers = registers;
		this.library = library;
		this.accounts = accounts;
		this.files = files;
		this.calendar = calendar;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** A paper document the clerk registers: what its first page says. */
	public record PaperArrival(DocumentType type, String subject, String authorName, String authorCode,
			String originalNotation, LocalDate originalDate, Urgency urgency, Secrecy secrecy) {
	}

	/**
	 * A leader's direction: the instruction (bút phê), the main handler, co-handlers, those for
	 * information, and the deadline (a working day, today or later).
	 */
	public record Direction(String instruction, Long mainHandler, List<Long> coHandlers, List<Long> forInformation,
			LocalDate deadline) {
	}

	// --- arrival -----------------------------------------------------------------------------

	/** Delivers an issued document to an agency of this installation, where it arrives for its clerk to register. */
	@Transactional
	OfficialDocument deliver(OfficialDocument issued, Recipient recipient, Agency from) {
		Instant now = clock.instant();
		OfficialDocument arrived = OfficialDocument.incoming(recipient.agencyId(), issued.getType(), issued.getSubject(),
				from.getId(), from.getName(), from.getCode(), issued.getNotation(), issued.getIssuedOn(), issued.getUrgency(),
				issued.getSecrecy(), issued.getId(), now);
		arrived.extractedText(issued.getTextFolded());
		OfficialDocument saved = documents.save(arrived);
		documents.addFile(saved.getId(), DocumentFile.Kind.SCAN, issued.getFinalSha256(), issued.getFinalName(),
				"application/pdf", files.read(issued.getFinalSha256()).length, null, "system");
		for (DocumentFile appendix : documents.files(issued.getId())) {
			if (appendix.kind() == DocumentFile.Kind.APPENDIX) {
				documents.addFile(saved.getId(), DocumentFile.Kind.APPENDIX, appendix.sha256(), appendix.fileName(),
					appendix.mediaType(), appendix.size(), null, "system");
			}
		}
		documents.record(saved.getId(), "ARRIVED", "system", from.getName(), issued.getNotation());
		audit.record(AuditRecord.of("DOCUMENT_ARRIVED", "document", saved.getId().toString())
			.inAgency(saved.getAgencyId())
			.detail("from", from.getCode())
			.detail("notation", issued.getNotation()));
		tell(accounts.staffOf(saved.getAgencyId(), Role.CLERK), "Văn bản đến: " + issued.getNotation(),
				"Có văn bản đến từ " + from.getName() + ": " + issued.getNotation() + " – " + issued.getSubject()
						+ ".\nHãy vào sổ văn bản đến và trình lãnh đạo.",
				"document-arrived-" + saved.getId());
		return saved;
	}

	/** The clerk registers a paper document from its scan: arrival number, and submitted to a leader at once. */
	@Transactional
	public OfficialDocument registerPaper(Long agencyId, PaperArrival paper, InputStream scan, String fileName) {
		Access.require(agencyId, Role.CLERK);
		if (paper.type() == null) {
			throw new BusinessRuleViolation("error.document.type");
		}
		if (paper.subject() == null || paper.subject().isBlank()) {
			throw new BusinessRuleViolation("error.document.subject");
		}
		if (paper.authorName() == null || paper.authorName().isBlank()) {
			throw new BusinessRuleViolation("error.document.author");
		}
		StoredFile stored = files.store(scan, fileName, FilePolicy.scan());
		String text = "";
		if ("application/pdf".equals(stored.mediaType())) {
			byte[] bytes = files.read(stored.sha256());
			PdfTexts.requireReadable(bytes);
			text = PdfTexts.extract(bytes);
		}
		Instant now = clock.instant();
		OfficialDocument document = OfficialDocument.incoming(agencyId, paper.type(), paper.subject().strip(), null,
				paper.authorName().strip(), blank(paper.authorCode()), blank(paper.originalNotation()), paper.originalDate(),
				paper.urgency(), paper.secrecy(), null, now);
		document.extractedText(VietnameseText.fold(text));
		OfficialDocument saved = documents.save(document);
		documents.addFile(saved.getId(), DocumentFile.Kind.SCAN, stored.sha256(), stored.originalName(), stored.mediaType(),
				stored.size(), null, accounts.current().getUsername());
		journal(saved, "REGISTERED_FROM_PAPER", paper.originalNotation());
		return registerArrival(saved);
	}

	/** The clerk registers an arrived document: the next arrival number, and it goes to the leaders. */
	@Transactional
	public OfficialDocument register(Long id, int seenVersion) {
		OfficialDocument document = current(id, seenVersion);
		Access.require(document.getAgencyId(), Role.CLERK);
		OfficialDocument registered = registerArrival(document);
		report(registered, IncomingDocumentProgressed.Stage.REGISTERED, "Số đến " + registered.getArrivalNumber());
		return registered;
	}

	private OfficialDocument registerArrival(OfficialDocument document) {
		int year = calendar.today().getYear();
		boolean secret = document.getSecrecy().secret();
		DocumentRegister register = registers.registerFor(document.getAgencyId(), year, OfficialDocument.Direction.INCOMING,
				secret ? DocumentRegister.SECRET : DocumentRegister.GENERAL,
				(secret ? "Sổ đăng ký văn bản mật đến năm " : "Sổ đăng ký văn bản đến năm ") + year);
		int arrival = registers.next(register.id());
		document.register(register.id(), arrival);
		OfficialDocument saved = documents.save(document);
		journal(saved, "REGISTERED", "Số đến " + arrival);
		tell(accounts.staffOf(saved.getAgencyId(), Role.LEADER), "Văn bản đến chờ ý kiến chỉ đạo",
				"Văn bản đến số " + arrival + " (" + nz(saved.getOriginalNotation()) + " – " + saved.getSubject()
						+ ") chờ ý kiến chỉ đạo của đồng chí.",
				"document-direction-" + saved.getId());
		return saved;
	}

	/** The clerk sends a wrong or invalid document back to its sender, with the reason. */
	@Transactional
	public OfficialDocument returnToSender(Long id, int seenVersion, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BusinessRuleViolation("error.document.returnReason");
		}
		OfficialDocument document = current(id, seenVersion);
		Access.require(document.getAgencyId(), Role.CLERK);
		document.returnToSender(clock.instant());
		OfficialDocument saved = documents.save(document);
		journal(saved, "RETURNED_TO_SENDER", reason.strip());
		report(saved, IncomingDocumentProgressed.Stage.RETURNED, reason.strip());
		return saved;
	}

	// --- direction and handling --------------------------------------------------------------

	@Transactional
	public OfficialDocument direct(Long id, int seenVersion, Direction direction) {
		OfficialDocument document = current(id, seenVersion);
		Access.require(document.getAgencyId(), Role.LEADER);
		if (direction.instruction() == null || direction.instruction().isBlank()) {
			throw new BusinessRuleViolation("error.document.instruction");
		}
		if (direction.mainHandler() == null) {
			throw new BusinessRuleViolation("error.document.mainHandler");
		}
		LocalDate deadline = direction.deadline();
		if (deadline == null || deadline.isBefore(calendar.today()) || !calendar.isWorkingDay(deadline)) {
			throw new BusinessRuleViolation("error.document.deadline");
		}
		document.direct(deadline);
		OfficialDocument saved = documents.save(document);
		Account me = accounts.current();
		documents.clearAssignments(saved.getId());
		Set<Long> seen = new LinkedHashSet<>();
		assign(saved, direction.mainHandler(), Assignment.Role.MAIN, me, seen);
		for (Long co : direction.coHandlers() == null ? List.<Long>of() : direction.coHandlers()) {
			assign(saved, co, Assignment.Role.CO, me, seen);
		}
		for (Long info : direction.forInformation() == null ? List.<Long>of() : direction.forInformation()) {
			assign(saved, info, Assignment.Role.INFO, me, seen);
		}
		journal(saved, "DIRECTED", direction.instruction().strip());
		report(saved, IncomingDocumentProgressed.Stage.ASSIGNED, null);
		return saved;
	}

	private void assign(OfficialDocument document, Long accountId, Assignment.Role role, Account by, Set<Long> seen) {
		if (!seen.add(accountId)) {
			return;
		}
		Account handler = accounts.find(accountId)
			.filter(a -> a.isEnabled() && DocumentLibrary.STAFF.stream().anyMatch(r -> a.holds(r, document.getAgencyId())))
			.orElseThrow(() -> new BusinessRuleViolation("error.document.handler"));
		documents.assign(document.getId(), handler.getId(), handler.getUsername(), handler.getFullName(), role,
				by.getUsername());
		if (handler.getEmail() != null) {
			notifications.enqueue(OutgoingMessage.email(handler.getEmail(), "Văn bản được giao: " + document.getSubject(),
					"Đồng chí được giao " + switch (role) {
						case MAIN -> "chủ trì xử lý";
						case CO -> "phối hợp xử lý";
						case INFO -> "theo dõi (để biết)";
					} + " văn bản: " + document.getSubject() + (document.getDeadline() == null ? "" : "\nHạn xử lý: "
							+ String.format("%02d/%02d/%d", document.getDeadline().getDayOfMonth(),
									document.getDeadline().getMonthValue(), document.getDeadline().getYear())),
					"document-assigned-" + document.getId() + "-" + handler.getId() + "-" + document.getVersion()));
		}
	}

	/** A handler records what they have done. */
	@Transactional
	public void progress(Long id, String note) {
		OfficialDocument document = library.document(id);
		if (note == null || note.isBlank()) {
			throw new BusinessRuleViolation("error.required");
		}
		Assignment mine = handler(document);
		if (mine.role() == Assignment.Role.INFO) {
			throw new AccessDeniedInAgency("for information only");
		}
		documents.progress(document.getId(), mine.username(), note.strip(), null);
		journal(document, "PROGRESS", note.strip());
	}

	/** The main handler (or a leader) completes the document. */
	@Transactional
	public OfficialDocument complete(Long id, int seenVersion, String note) {
		OfficialDocument document = current(id, seenVersion);
		Account me = accounts.current();
		boolean main = documents.assignments(document.getId())
			.stream()
			.anyMatch(a -> a.role() == Assignment.Role.MAIN && a.username().equals(me.getUsername()));
		if (!main && !Access.has(Role.LEADER, document.getAgencyId())) {
			throw new AccessDeniedInAgency("not the main handler of document " + id);
		}
		Instant now = clock.instant();
		document.complete(now);
		OfficialDocument saved = documents.save(document);
		documents.progress(saved.getId(), me.getUsername(), blank(note) == null ? "Hoàn thành" : note.strip(), now);
		journal(saved, "COMPLETED", blank(note));
		report(saved, IncomingDocumentProgressed.Stage.COMPLETED, blank(note));
		return saved;
	}

	/** A reply to the document was issued: it is linked, and the document completed if it was in progress. */
	@Transactional
	void replied(Long incomingId, OfficialDocument reply) {
		OfficialDocument document = documents.byIdForUpdate(incomingId).orElseThrow();
		Account me = accounts.current();
		documents.record(document.getId(), "REPLIED", me.getUsername(), me.getFullName(), reply.getNotation());
		if (document.getStatus() == DocumentStatus.IN_PROGRESS) {
			document.complete(clock.instant());
			documents.save(document);
			documents.record(document.getId(), "COMPLETED", me.getUsername(), me.getFullName(),
					"Trả lời bằng văn bản " + reply.getNotation());
			report(document, IncomingDocumentProgressed.Stage.COMPLETED, "Trả lời bằng văn bản " + reply.getNotation());
		}
	}

	// --- helpers -----------------------------------------------------------------------------

	/**
	 * Tells the sender how its document moved on here: directly on its record when it was sent from
	 * inside the installation, and by an event (for a status message) in every case.
	 */
	private void report(OfficialDocument document, IncomingDocumentProgressed.Stage stage, String note) {
		documents.recipientOf(document.getId()).ifPresent(recipient -> {
			Recipient.Status status = switch (stage) {
				case REGISTERED -> Recipient.Status.RECEIVED;
				case RETURNED -> Recipient.Status.RETURNED;
				case ASSIGNED -> Recipient.Status.ASSIGNED;
				case COMPLETED -> Recipient.Status.COMPLETED;
			};
			documents.recipientStatus(recipient.id(), status);
			Account me = accounts.current();
			documents.record(document.getSourceDocumentId(), "RECIPIENT_" + status.name(), me.getUsername(), recipient.name(),
					note);
		});
		events.publishEvent(new IncomingDocumentProgressed(document.getId(), document.getAgencyId(), stage, note));
	}

	private Assignment handler(OfficialDocument document) {
		String me = accounts.current().getUsername();
		return documents.assignments(document.getId())
			.stream()
			.filter(a -> a.username().equals(me))
			.findFirst()
			.orElseThrow(() -> new AccessDeniedInAgency("not a handler of document " + document.getId()));
	}

	private OfficialDocument current(Long id, int seenVersion) {
		documents.byIdForUpdate(id).orElseThrow(() -> new NotFoundException("error.notFound.document"));
		OfficialDocument document = library.document(id);
		if (document.isOutgoing()) {
			throw new NotFoundException("error.notFound.document");
		}
		if (document.getVersion() != seenVersion) {
			throw new ConcurrentChange("document " + id);
		}
		return document;
	}

	private void journal(OfficialDocument document, String action, String note) {
		Account me = accounts.current();
		documents.record(document.getId(), action, me.getUsername(), me.getFullName(), note);
		audit.record(AuditRecord.of("DOCUMENT_" + action, "document", document.getId().toString())
			.inAgency(document.getAgencyId())
			.detail("status", document.getStatus()));
	}

	private void tell(List<Account> people, String subject, String body, String key) {
		for (Account person : people) {
			if (person.getEmail() != null && person.isEnabled()) {
				notifications.enqueue(OutgoingMessage.email(person.getEmail(), subject, body, key + "-" + person.getId()));
			}
		}
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
