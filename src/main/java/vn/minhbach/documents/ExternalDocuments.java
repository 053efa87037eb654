package vn.minhbach.documents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.notification.Notifications;
import vn.minhbach.notification.OutgoingMessage;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.VietnameseText;

/**
 * What the exchange module needs of documents, and nothing more: an issued document as it is to
 * be sent outside; a document arrived from outside, placed in the clerk's queue; and what a
 * recipient outside reports about a document sent to it. Called by the installation itself (the
 * exchange worker and the signed receiving endpoint), not on behalf of a person.
 */
@Service
public class ExternalDocuments {

	private final Documents documents;

	private final AccountDirectory accounts;

	private final Notifications notifications;

	private final AuditLog audit;

	private final Clock clock;

	ExternalDocuments(Documents documents, AccountDirectory accounts, Notifications notifications, AuditLog audit,
			Clock clock) {
		this.documents = documents;
		this.accounts = accounts;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** A stored file, by its content address. */
	public record FileRef(String sha256, String name, String mediaType, long size) {
	}

	/** An issued document as it goes outside: its metadata, its signed PDF and appendices, and who outside gets it. */
	public record Outgoing(Long documentId, Long agencyId, DocumentType type, String subject, Integer number,
			String notation, LocalDate issuedOn, Instant issuedAt, Urgency urgency, Secrecy secrecy, String signerName,
			String signerTitle, String signerAuthority, String drafterName, Long replyToId, FileRef signedPdf,
			List<FileRef> appendices, List<Recipient> externalRecipients) {
	}

	/** A document that arrived from an agency outside the installation. */
	public record Arrival(Long agencyId, DocumentType type, String subject, String authorName, String authorCode,
			String notation, LocalDate date, Urgency urgency, FileRef main, List<FileRef> appendices) {
	}

	/** An incoming document, as its sender outside is told about it. */
	public record Incoming(Long documentId, Long agencyId, DocumentStatus status, Integer arrivalNumber, String authorCode,
			String originalNotation) {
	}

	@Transactional(readOnly = true)
	public Outgoing outgoing(Long documentId) {
		OfficialDocument d = documents.byId(documentId).orElseThrow(() -> new NotFoundException("error.notFound.document"));
		if (d.getStatus() != DocumentStatus.ISSUED) {
			throw new IllegalStateException("Document " + documentId + " is not issued");
		}
		List<FileRef> appendices = documents.files(documentId)
			.stream()
			.filter(f -> f.kind() == DocumentFile.Kind.APPENDIX)
			.map(f -> new FileRef(f.sha256(), f.fileName(), f.mediaType(), f.size()))
			.toList();
		List<Recipient> outside = documents.recipients(documentId).stream().filter(r -> !r.internal()).toList();
		return new Outgoing(d.getId(), d.getAgencyId(), d.getType(), d.getSubject(), d.getNumber(), d.getNotation(),
				d.getIssuedOn(), d.getIssuedAt(), d.getUrgency(), d.getSecrecy(), d.getSignerName(), d.getSignerTitle(),
				d.getSignerAuthority(), d.getDrafterName(), d.getReplyToId(),
				new FileRef(d.getFinalSha256(), d.getFinalName(), "application/pdf", 0), appendices, outside);
	}

	@Transactional(readOnly = true)
	public Optional<Incoming> incoming(Long documentId) {
		return documents.byId(documentId)
			.filter(d -> !d.isOutgoing())
			.map(d -> new Incoming(d.getId(), d.getAgencyId(), d.getStatus(), d.getArrivalNumber(), d.getAuthorCode(),
					d.getOriginalNotation()));
	}

	/** Places a document arrived from outside in the recipient agency's queue, for its clerk to register. */
	@Transactional
	public Long arrive(Arrival arrival) {
		Instant now = clock.instant();
		OfficialDocument document = OfficialDocument.incoming(arrival.agencyId(), arrival.type(), arrival.subject(), null,
				arrival.authorName(), arrival.authorCode(), arrival.notation(), arrival.date(), arrival.urgency(), Secrecy.NORMAL,
				null, now);
		OfficialDocument saved = documents.save(document);
		if (arrival.main() != null) {
			documents.addFile(saved.getId(), DocumentFile.Kind.SCAN, arrival.main().sha256(), arrival.main().name(),
					arrival.main().mediaType(), arrival.main().size(), null, "exchange");
		}
		for (FileRef appendix : arrival.appendices()) {
			documents.addFile(saved.getId(), DocumentFile.Kind.APPENDIX, appendix.sha256(), appendix.name(),
					appendix.mediaType(), appendix.size(), null, "exchange");
		}
		documents.record(saved.getId(), "ARRIVED", "exchange", arrival.authorName(), arrival.notation());
		audit.record(AuditRecord.of("DOCUMENT_ARRIVED", "document", saved.getId().toString())
			.inAgency(saved.getAgencyId())
			.by("exchange:" + arrival.authorCode())
			.detail("from", arrival.authorCode())
			.detail("notation", arrival.notation()));
		for (var clerk : accounts.staffOf(saved.getAgencyId(), Role.CLERK)) {
			if (clerk.getEmail() != null && clerk.isEnabled()) {
				notifications.enqueue(OutgoingMessage.email(clerk.getEmail(), "Văn bản đến: " + arrival.notation(),
						"Có văn bản đến qua trục liên thông từ " + arrival.authorName() + ": " + arrival.notation() + " – "
								+ arrival.subject() + ".\nHãy vào sổ văn bản đến và trình lãnh đạo.",
						"document-arrived-" + saved.getId() + "-" + clerk.getId()));
			}
		}
		return saved.getId();
	}

	/** The text of a file received from outside, for search (the exchange module extracts it). */
	@Transactional
	public void indexText(Long documentId, String text) {
		OfficialDocument document = documents.byIdForUpdate(documentId).orElseThrow();
		document.extractedText(VietnameseText.fold(text));
		documents.save(document);
	}

	/** What a recipient outside reports about a document sent to it. */
	@Transactional
	public void recipientReport(Long documentId, String recipientCode, Recipient.Status status, String note, String from) {
		documents.recipients(documentId)
			.stream()
			.filter(r -> !r.internal() && recipientCode.equals(r.code()))
			.forEach(r -> documents.recipientStatus(r.id(), status));
		documents.record(documentId, "RECIPIENT_" + status.name(), "exchange:" + recipientCode, from, note);
	}

	/**
	 * The document an agency issued that an edXML document id names
	 * ({@code <agency code>,<yyyy/MM/dd>,<number>/<notation>}).
	 */
	@Transactional(readOnly = true)
	public Optional<Long> issuedByPackageId(Long agencyId, String agencyCode, String packageId) {
		if (packageId == null) {
			return Optional.empty();
		}
		String[] parts = packageId.split(",", 3);
		if (parts.length != 3 || !parts[0].strip().equals(agencyCode)) {
			return Optional.empty();
		}
		return documents.issuedByNotation(agencyId, parts[2].strip());
	}

	/** The outside recipient with this code of an issued document, if any. */
	@Transactional(readOnly = true)
	public Optional<Recipient> externalRecipient(Long documentId, String code) {
		return documents.recipients(documentId).stream().filter(r -> !r.internal() && code.equals(r.code())).findFirst();
	}
}
