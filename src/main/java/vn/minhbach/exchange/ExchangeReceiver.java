package vn.minhbach.exchange;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.ExternalDocuments;
import vn.minhbach.documents.Recipient;
import vn.minhbach.exchange.codec.EdxmlCodec;
import vn.minhbach.exchange.codec.EdxmlCodes;
import vn.minhbach.exchange.codec.EdxmlInvalid;
import vn.minhbach.exchange.codec.EdxmlPackage;
import vn.minhbach.exchange.codec.EdxmlStatus;
import vn.minhbach.files.FilePolicy;
import vn.minhbach.files.FileRejected;
import vn.minhbach.files.FileStore;
import vn.minhbach.files.StoredFile;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.pdf.InvalidPdf;
import vn.minhbach.pdf.PdfTexts;
import vn.minhbach.shared.SystemActor;

/**
 * Takes packages delivered by other installations. A package is taken only from an agency in the
 * directory, with a signature that verifies against that agency's certificate, in a form that
 * parses strictly, and for an agency of this installation; each is taken once. A document goes
 * to the recipient's clerk (incoming queue); a status message updates what this installation
 * knows of a document it sent. Everything in one transaction: a package is either wholly taken or
 * not at all.
 */
@Service
public class ExchangeReceiver {

	private static final Logger log = LoggerFactory.getLogger(ExchangeReceiver.class);

	private final ExchangeDirectory directory;

	private final ExchangeInbox inbox;

	private final PackageSignatures signatures;

	private final ExternalDocuments documents;

	private final OrganizationDirectory organization;

	private final FileStore files;

	private final AuditLog audit;

	ExchangeReceiver(ExchangeDirectory directory, ExchangeInbox inbox, PackageSignatures signatures,
			ExternalDocuments documents, OrganizationDirectory organization, FileStore files, AuditLog audit) {
		this.directory = directory;
		this.inbox = inbox;
		this.signatures = signatures;
		this.documents = documents;
		this.organization = organization;
		this.files = files;
		this.audit = audit;
	}

	@Transactional
	public Receipt receive(String sender, String recipient, String kind, byte[] payload, byte[] signature) {
		return SystemActor.call(() -> take(sender, recipient, kind, payload, signature));
	}

	private Receipt take(String sender, String recipient, String kind, byte[] payload, byte[] signature) {
		Peer peer = directory.peer(sender)
			.filter(Peer::active)
			.orElseThrow(() -> refuse(sender, "unknown-sender", "Cơ quan gửi " + sender + " không có trong danh bạ"));
		X509Certificate certificate = PackageSignatures.certificate(peer.certificatePem());
		if (!signatures.verify(payload, signature, certificate)) {
			throw refuse(sender, "bad-signature", "Chữ ký số của gói tin không khớp với chứng thư của " + sender);
		}
		Agency here = organization.agencyByCode(recipient)
			.orElseThrow(() -> refuse(sender, "unknown-recipient", "Cơ quan nhận " + recipient + " không thuộc hệ thống này"));
		try {
			return switch (EdxmlCodec.detect(payload)) {
				case PACKAGE -> document(sender, here, payload);
				case STATUS -> status(sender, here, payload);
			};
		}
		catch (EdxmlInvalid ex) {
			throw refuse(sender, "invalid-package", "Gói tin không hợp lệ: " + String.join(" – ",
					java.util.Arrays.stream(ex.arguments()).map(String::valueOf).toList()));
		}
	}

	private Receipt document(String sender, Agency here, byte[] payload) {
		EdxmlPackage edxml = EdxmlCodec.read(payload);
		var header = edxml.header();
		if (!sender.equals(header.from().organId())) {
			throw refuse(sender, "invalid-package", "From/OrganId " + header.from().organId() + " is not the sender " + sender);
		}
		if (header.to().stream().noneMatch(to -> here.getCode().equals(to.organId()))) {
			throw refuse(sender, "unknown-recipient", "The package is not addressed to " + here.getCode());
		}
		String packageId = header.documentId() != null ? header.documentId() : EdxmlCodec.documentId(header);
		if (!inbox.claim(OutboxEntry.Kind.DOCUMENT, sender, here.getCode(), packageId, sha256(payload))) {
			return new Receipt(packageId, true, inbox.documentOf(sender, here.getCode(), packageId).orElse(null));
		}
		DocumentType type = EdxmlCodes.defaults().documentType(header.documentType()).orElse(DocumentType.CONG_VAN);
		ExternalDocuments.FileRef main = null;
		List<ExternalDocuments.FileRef> appendices = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (EdxmlPackage.Attachment attachment : edxml.attachments()) {
			StoredFile stored;
			try {
				stored = files.store(new ByteArrayInputStream(attachment.content()), attachment.name(),
						FilePolicy.internalDocument());
			}
			catch (FileRejected ex) {
				throw refuse(sender, "invalid-package", "Tệp đính kèm " + attachment.name() + " không được chấp nhận: "
						+ ex.messageKey());
			}
			var ref = new ExternalDocuments.FileRef(stored.sha256(), stored.originalName(), stored.mediaType(), stored.size());
			if (main == null && "application/pdf".equals(stored.mediaType())) {
				main = ref;
				try {
					text.append(PdfTexts.extract(attachment.content()));
				}
				catch (InvalidPdf ex) {
					log.info("Text of {} not indexed: {}", attachment.name(), ex.messageKey());
				}
			}
			else {
				appendices.add(ref);
			}
		}
		String notation = header.code().text();
		Long documentId = documents.arrive(new ExternalDocuments.Arrival(here.getId(), type, header.subject(),
				header.from().organName() == null ? sender : header.from().organName(), sender, notation,
				header.promulgation().date(), EdxmlCodes.urgency(header.otherInfo().priority()), main, appendices));
		if (!text.isEmpty()) {
			documents.indexText(documentId, text.toString());
		}
		inbox.document(sender, here.getCode(), packageId, documentId, notation, header.promulgation().date());
		audit.record(AuditRecord.of("EXCHANGE_RECEIVED", "document", documentId.toString())
			.inAgency(here.getId())
			.by("exchange:" + sender)
			.detail("package", packageId));
		return new Receipt(packageId, false, documentId);
	}

	private Receipt status(String sender, Agency here, byte[] payload) {
		EdxmlStatus status = EdxmlCodec.readStatus(payload);
		if (!sender.equals(status.from().organId())) {
			throw refuse(sender, "invalid-package", "From/OrganId " + status.from().organId() + " is not the sender " + sender);
		}
		String packageId = status.responseFor().documentId();
		if (!inbox.claim(OutboxEntry.Kind.STATUS, sender, here.getCode(), packageId, sha256(payload))) {
			return new Receipt(packageId, true, null);
		}
		Long documentId = documentOfOurs(here, packageId)
			.orElseThrow(() -> refuse(sender, "unknown-document", "Không có văn bản " + packageId + " của " + here.getCode()));
		Recipient.Status reported = switch (status.statusCode()) {
			case ARRIVED -> Recipient.Status.DELIVERED;
			case REFUSED -> Recipient.Status.RETURNED;
			case REGISTERED -> Recipient.Status.RECEIVED;
			case ASSIGNED -> Recipient.Status.ASSIGNED;
			case IN_PROCESS -> Recipient.Status.IN_PROCESS;
			case COMPLETED -> Recipient.Status.COMPLETED;
			default -> null;
		};
		if (reported != null) {
			documents.recipientReport(documentId, sender, reported, status.description(), status.from().organName());
		}
		audit.record(AuditRecord.of("EXCHANGE_STATUS_RECEIVED", "document", documentId.toString())
			.inAgency(here.getId())
			.by("exchange:" + sender)
			.detail("status", status.statusCode().code()));
		return new Receipt(packageId, false, documentId);
	}

	/** The document this installation sent whose edXML id the status refers to. */
	private java.util.Optional<Long> documentOfOurs(Agency here, String packageId) {
		return documents.issuedByPackageId(here.getId(), here.getCode(), packageId);
	}

	private PackageRefused refuse(String sender, String code, String reason) {
		log.warn("Package from {} refused ({}): {}", sender, code, reason);
		return new PackageRefused(code, reason);
	}

	static String sha256(byte[] payload) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
