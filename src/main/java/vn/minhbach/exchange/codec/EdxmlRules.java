package vn.minhbach.exchange.codec;

import static vn.minhbach.exchange.codec.EdxmlPaths.ATTACHMENTS;
import static vn.minhbach.exchange.codec.EdxmlPaths.MESSAGE_HEADER;
import static vn.minhbach.exchange.codec.EdxmlPaths.STATUS;
import static vn.minhbach.exchange.codec.EdxmlPaths.TRACE;
import static vn.minhbach.exchange.codec.EdxmlPaths.child;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.minhbach.exchange.codec.EdxmlPackage.Attachment;
import vn.minhbach.exchange.codec.EdxmlPackage.Business;
import vn.minhbach.exchange.codec.EdxmlPackage.MessageHeader;
import vn.minhbach.exchange.codec.EdxmlPackage.OtherInfo;
import vn.minhbach.exchange.codec.EdxmlPackage.Receiver;
import vn.minhbach.exchange.codec.EdxmlPackage.Replacement;
import vn.minhbach.exchange.codec.EdxmlPackage.Signer;
import vn.minhbach.exchange.codec.EdxmlPackage.TraceHeader;

/**
 * The rules a package or status message must meet in its model, checked before writing and
 * after reading, with the element path each value has in the XML: required elements present,
 * numbers in range, content ids usable and unique, and only characters XML 1.0 can carry. What
 * only the XML can get wrong (formats, prefixes, the manifest) is the reader's.
 */
final class EdxmlRules {

	private EdxmlRules() {
	}

	static void check(EdxmlPackage edxml) {
		MessageHeader header = required(edxml.header(), MESSAGE_HEADER);
		organ(required(header.from(), child(MESSAGE_HEADER, "From")), child(MESSAGE_HEADER, "From"));
		if (header.to().isEmpty()) {
			throw new EdxmlInvalid(child(MESSAGE_HEADER, "To"), "missing: at least one recipient is required");
		}
		for (int i = 0; i < header.to().size(); i++) {
			organ(header.to().get(i), child(MESSAGE_HEADER, "To", i));
		}
		String code = child(MESSAGE_HEADER, "Code");
		required(header.code(), code);
		required(header.code().number(), child(code, "CodeNumber"));
		required(header.code().notation(), child(code, "CodeNotation"));
		String promulgation = child(MESSAGE_HEADER, "PromulgationInfo");
		required(header.promulgation(), promulgation);
		text(header.promulgation().place(), child(promulgation, "Place"));
		required(header.promulgation().date(), child(promulgation, "PromulgationDate"));
		String type = child(MESSAGE_HEADER, "DocumentType");
		required(header.documentType(), type);
		required(header.documentType().type(), child(type, "Type"));
		text(header.documentType().typeName(), child(type, "TypeName"));
		required(header.subject(), child(MESSAGE_HEADER, "Subject"));
		text(header.content(), child(MESSAGE_HEADER, "Content"));
		Signer signer = header.signer();
		if (signer != null) {
			String path = child(MESSAGE_HEADER, "SignerInfo");
			text(signer.competence(), child(path, "Competence"));
			text(signer.position(), child(path, "Position"));
			text(signer.fullName(), child(path, "FullName"));
		}
		texts(header.toPlaces(), child(MESSAGE_HEADER, "ToPlaces"), "Place");
		otherInfo(header.otherInfo(), child(MESSAGE_HEADER, "OtherInfo"));
		for (int i = 0; i < header.responseFor().size(); i++) {
			responseFor(header.responseFor().get(i), child(MESSAGE_HEADER, "ResponseFor", i));
		}
		text(header.steeringType(), child(MESSAGE_HEADER, "SteeringType"));
		text(header.documentId(), child(MESSAGE_HEADER, "DocumentId"));
		trace(edxml.trace());
		attachments(edxml.attachments());
	}

	static void check(EdxmlStatus status) {
		String responseFor = child(STATUS, "ResponseFor");
		responseFor(required(status.responseFor(), responseFor), responseFor);
		organ(required(status.from(), child(STATUS, "From")), child(STATUS, "From"));
		required(status.statusCode(), child(STATUS, "StatusCode"));
		text(status.description(), child(STATUS, "Description"));
		required(status.timestamp(), child(STATUS, "Timestamp"));
		staffInfo(status.staffInfo(), child(STATUS, "StaffInfo"));
	}

	private static void organ(Organ organ, String path) {
		required(organ.organId(), child(path, "OrganId"));
		text(organ.organizationInCharge(), child(path, "OrganizationInCharge"));
		text(organ.organName(), child(path, "OrganName"));
		text(organ.organAdd(), child(path, "OrganAdd"));
		text(organ.email(), child(path, "Email"));
		text(organ.telephone(), child(path, "Telephone"));
		text(organ.fax(), child(path, "Fax"));
		text(organ.website(), child(path, "Website"));
	}

	private static void otherInfo(OtherInfo info, String path) {
		if (info.priority() < 0 || info.priority() > 4) {
			throw new EdxmlInvalid(child(path, "Priority"), "must be 0–4");
		}
		text(info.sphereOfPromulgation(), child(path, "SphereOfPromulgation"));
		text(info.typerNotation(), child(path, "TyperNotation"));
		notNegative(info.promulgationAmount(), child(path, "PromulgationAmount"));
		notNegative(info.pageAmount(), child(path, "PageAmount"));
		texts(info.appendixes(), child(path, "Appendixes"), "Appendix");
	}

	private static void responseFor(ResponseFor responseFor, String path) {
		required(responseFor.organId(), child(path, "OrganId"));
		Code code = required(responseFor.code(), child(path, "Code"));
		required(code.number(), child(path, "Code"));
		required(code.notation(), child(path, "Code"));
		if (code.number().contains("/")) {
			// written as one text "number/notation" and split at the first slash when read
			throw new EdxmlInvalid(child(path, "Code"), "the number \"" + code.number() + "\" must not contain /");
		}
		required(responseFor.documentId(), child(path, "DocumentId"));
	}

	private static void trace(EdxmlPackage.TraceHeaderList trace) {
		for (int i = 0; i < trace.traceHeaders().size(); i++) {
			TraceHeader header = trace.traceHeaders().get(i);
			String path = child(TRACE, "TraceHeader", i);
			required(header.organId(), child(path, "OrganId"));
			required(header.timestamp(), child(path, "Timestamp"));
		}
		Business business = trace.business();
		if (business == null) {
			return;
		}
		String path = child(TRACE, "Bussiness");
		required(business.docType(), child(path, "BussinessDocType"));
		text(business.reason(), child(path, "BussinessDocReason"));
		String receivers = child(child(path, "BussinessDocumentInfo"), "ReceiverList");
		for (int i = 0; i < business.receivers().size(); i++) {
			Receiver receiver = business.receivers().get(i);
			required(receiver.change(), child(child(receivers, "Receiver", i), "ReceiverType"));
			required(receiver.organId(), child(child(receivers, "Receiver", i), "OrganId"));
		}
		text(business.documentId(), child(path, "DocumentId"));
		staffInfo(business.staffInfo(), child(path, "StaffInfo"));
		String replacements = child(path, "ReplacementInfoList");
		for (int i = 0; i < business.replacements().size(); i++) {
			Replacement replacement = business.replacements().get(i);
			String at = child(replacements, "ReplacementInfo", i);
			required(replacement.documentId(), child(at, "DocumentId"));
			texts(replacement.organIds(), child(at, "OrganIdList"), "OrganId");
		}
	}

	private static void staffInfo(StaffInfo staff, String path) {
		if (staff != null) {
			text(staff.department(), child(path, "Department"));
			text(staff.staff(), child(path, "Staff"));
			text(staff.mobile(), child(path, "Mobile"));
			text(staff.email(), child(path, "Email"));
		}
	}

	private static void attachments(List<Attachment> attachments) {
		Set<String> contentIds = new HashSet<>();
		for (int i = 0; i < attachments.size(); i++) {
			Attachment attachment = attachments.get(i);
			String path = child(ATTACHMENTS, "Attachment", i);
			String contentId = required(attachment.contentId(), child(path, "ContentId"));
			if (contentId.regionMatches(true, 0, "cid:", 0, 4)) {
				throw new EdxmlInvalid(child(path, "ContentId"), "must be given without the cid: scheme");
			}
			if (!contentId.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '<' && c != '>' && c != '"')) {
				throw new EdxmlInvalid(child(path, "ContentId"),
						"\"" + contentId + "\" must be printable ASCII without spaces, quotes or angle brackets");
			}
			if (!contentIds.add(contentId)) {
				throw new EdxmlInvalid(child(path, "ContentId"), "duplicate ContentId \"" + contentId + "\"");
			}
			required(attachment.name(), child(path, "AttachmentName"));
			required(attachment.contentType(), child(path, "ContentType"));
			text(attachment.description(), child(path, "Description"));
			if (attachment.size() == 0) {
				throw new EdxmlInvalid(child(path, "ContentTransferEncoded"), "missing: the attachment is empty");
			}
		}
	}

	private static <T> T required(T value, String path) {
		if (value == null) {
			throw new EdxmlInvalid(path, "missing");
		}
		if (value instanceof String text) {
			text(text, path);
		}
		return value;
	}

	private static void notNegative(Integer value, String path) {
		if (value != null && value < 0) {
			throw new EdxmlInvalid(path, "must not be negative");
		}
	}

	private static void texts(List<String> values, String path, String itemName) {
		for (int i = 0; i < values.size(); i++) {
			text(values.get(i), child(path, itemName, i));
		}
	}

	/** A text XML 1.0 can carry: no control characters but tab and line breaks, no lone surrogates, no U+FFFE/U+FFFF. */
	static void text(String value, String path) {
		if (value == null) {
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean legal;
			if (Character.isHighSurrogate(c)) {
				legal = i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
				i++;
			}
			else {
				legal = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
			}
			if (!legal) {
				throw new EdxmlInvalid(path, String.format("contains a character XML cannot carry (U+%04X)", (int) c));
			}
		}
	}
}
