package vn.minhbach.exchange;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.minhbach.documents.DocumentIssued;
import vn.minhbach.documents.ExternalDocuments;
import vn.minhbach.documents.IncomingDocumentProgressed;
import vn.minhbach.documents.Recipient;
import vn.minhbach.exchange.codec.Code;
import vn.minhbach.exchange.codec.EdxmlCodec;
import vn.minhbach.exchange.codec.EdxmlCodes;
import vn.minhbach.exchange.codec.EdxmlPackage;
import vn.minhbach.exchange.codec.EdxmlStatus;
import vn.minhbach.exchange.codec.Organ;
import vn.minhbach.exchange.codec.ResponseFor;
import vn.minhbach.files.FileStore;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;

/**
 * Turns what happens to documents into packages for other installations, in the transaction where
 * it happens: an issued document becomes one signed edXML package per recipient outside (with its
 * signed PDF and appendices), and each step of a document that arrived from outside (registered,
 * returned, assigned, completed) a status message to its sender. Both go to the outbox; delivery
 * follows after commit.
 */
@Component
class DocumentExchange {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final ExternalDocuments documents;

	private final ExchangeOutbox outbox;

	private final ExchangeInbox inbox;

	private final ExchangeDelivery delivery;

	private final PackageSignatures signatures;

	private final OrganizationDirectory organization;

	private final FileStore files;

	private final Clock clock;

	DocumentExchange(ExternalDocuments documents, ExchangeOutbox outbox, ExchangeInbox inbox, ExchangeDelivery delivery,
			PackageSignatures signatures, OrganizationDirectory organization, FileStore files, Clock clock) {
		this.documents = documents;
		this.outbox = outbox;
		this.inbox = inbox;
		this.delivery = delivery;
		this.signatures = signatures;
		this.organization = organization;
		this.files = files;
		this.clock = clock;
	}

	@EventListener
	void issued(DocumentIssued event) {
		ExternalDocuments.Outgoing document = documents.outgoing(event.documentId());
		List<Recipient> electronic = document.externalRecipients().stream().filter(r -> r.code() != null).toList();
		if (electronic.isEmpty()) {
			return;
		}
		Agency agency = organization.agency(document.agencyId());
		EdxmlPackage edxml = build(document, agency, electronic);
		byte[] payload = EdxmlCodec.write(edxml);
		byte[] signature = signatures.sign(payload, agency);
		for (Recipient recipient : electronic) {
			outbox.add(OutboxEntry.Kind.DOCUMENT, agency.getCode(), recipient.code(), document.documentId(),
					edxml.header().documentId(), payload, signature);
		}
		delivery.nudgeAfterCommit();
	}

	@EventListener
	void progressed(IncomingDocumentProgressed event) {
		var origin = inbox.originOf(event.documentId());
		if (origin.isEmpty()) {
			return;
		}
		ExchangeInbox.Origin from = origin.get();
		Agency agency = organization.agency(event.agencyId());
		EdxmlStatus.StatusCode code = switch (event.stage()) {
			case REGISTERED -> EdxmlStatus.StatusCode.REGISTERED;
			case RETURNED -> EdxmlStatus.StatusCode.REFUSED;
			case ASSIGNED -> EdxmlStatus.StatusCode.ASSIGNED;
			case COMPLETED -> EdxmlStatus.StatusCode.COMPLETED;
		};
		EdxmlStatus status = new EdxmlStatus(
				new ResponseFor(from.senderCode(), Code.parse(from.codeNotation()), from.promulgationDate(), from.packageId()),
				organ(agency), code, event.note(), LocalDateTime.now(clock.withZone(VIETNAM)), null);
		byte[] payload = EdxmlCodec.write(status);
		outbox.add(OutboxEntry.Kind.STATUS, agency.getCode(), from.senderCode(), event.documentId(),
				from.packageId() + "#" + code.code() + "#" + clock.millis(), payload, signatures.sign(payload, agency));
		delivery.nudgeAfterCommit();
	}

	private EdxmlPackage build(ExternalDocuments.Outgoing document, Agency agency, List<Recipient> recipients) {
		EdxmlCodes codes = EdxmlCodes.defaults();
		Code code = Code.parse(document.notation());
		String documentId = EdxmlCodec.documentId(agency.getCode(), document.issuedOn(), code.number(), code.notation());
		List<Organ> to = recipients.stream().map(r -> Organ.of(r.code(), r.name())).toList();
		List<ResponseFor> responseFor = new ArrayList<>();
		if (document.replyToId() != null) {
			inbox.originOf(document.replyToId())
				.ifPresent(o -> responseFor.add(new ResponseFor(o.senderCode(), Code.parse(o.codeNotation()),
						o.promulgationDate(), o.packageId())));
		}
		var header = new EdxmlPackage.MessageHeader(organ(agency), to, code,
				new EdxmlPackage.Promulgation(placeOf(agency), document.issuedOn()), codes.documentType(document.type()),
				document.subject(), null,
				new EdxmlPackage.Signer(document.signerAuthority(), document.signerTitle(), document.signerName()), null,
				recipients.stream().map(Recipient::name).toList(),
				EdxmlPackage.OtherInfo.priority(EdxmlCodes.priority(document.urgency())), responseFor, null, documentId);
		List<EdxmlPackage.Attachment> attachments = new ArrayList<>();
		attachments.add(new EdxmlPackage.Attachment("van-ban", document.signedPdf().name(), "application/pdf",
				"Văn bản đã ký số", files.read(document.signedPdf().sha256())));
		int n = 1;
		for (ExternalDocuments.FileRef appendix : document.appendices()) {
			attachments.add(new EdxmlPackage.Attachment("phu-luc-" + n++, appendix.name(), appendix.mediaType(), "Phụ lục",
					files.read(appendix.sha256())));
		}
		var trace = new EdxmlPackage.TraceHeaderList(
				List.of(new EdxmlPackage.TraceHeader(agency.getCode(), LocalDateTime.now(clock.withZone(VIETNAM)))),
				EdxmlPackage.Business.newDocument(null, false));
		return new EdxmlPackage(header, trace, attachments);
	}

	static Organ organ(Agency agency) {
		return new Organ(agency.getCode(), null, agency.getName(), agency.getAddress(), agency.getEmail(), agency.getPhone(),
				null, agency.getWebsite());
	}

	private String placeOf(Agency agency) {
		return organization.unit(agency.getUnitId()).getName();
	}
}
