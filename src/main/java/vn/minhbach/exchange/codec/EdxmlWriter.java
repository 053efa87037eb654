package vn.minhbach.exchange.codec;

import static vn.minhbach.exchange.codec.XmlTree.NS;
import static vn.minhbach.exchange.codec.XmlTree.PREFIX;
import static vn.minhbach.exchange.codec.XmlTree.XLINK;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import vn.minhbach.exchange.codec.EdxmlPackage.Attachment;
import vn.minhbach.exchange.codec.EdxmlPackage.Business;
import vn.minhbach.exchange.codec.EdxmlPackage.MessageHeader;
import vn.minhbach.exchange.codec.EdxmlPackage.OtherInfo;
import vn.minhbach.exchange.codec.EdxmlPackage.Receiver;
import vn.minhbach.exchange.codec.EdxmlPackage.Replacement;
import vn.minhbach.exchange.codec.EdxmlPackage.TraceHeader;

/**
 * Writes edXML in UTF-8 as the national reference sample lays it out: the root {@code edXML}
 * with the edXML namespace as default namespace, every element of the envelope with the
 * {@code edXML:} prefix (declared on {@code edXML:edXMLEnvelope}), the elements in the order of
 * QCVN 102:2016, and {@code AttachmentEncoded} after the envelope without prefix. Optional
 * elements whose value is absent are left out. Attachment content is encoded in base64 piece by
 * piece, without line breaks. A carriage return in a text is written as {@code &#13;} so that
 * it survives XML's line-end normalisation.
 */
final class EdxmlWriter {

	static final String ACTOR = "http://schemas.xmlsoap.org/soap/actor/next";

	private static final int BASE64_CHUNK = 3 * 16 * 1024;

	private final XMLStreamWriter xml;

	private EdxmlWriter(XMLStreamWriter xml) {
		this.xml = xml;
	}

	static void write(EdxmlPackage edxml, OutputStream out) {
		EdxmlRules.check(edxml);
		document(out, writer -> writer.edxmlPackage(edxml));
	}

	static void write(EdxmlStatus status, OutputStream out) {
		EdxmlRules.check(status);
		document(out, writer -> writer.status(status));
	}

	private interface Body {

		void write(EdxmlWriter writer) throws XMLStreamException;
	}

	private static void document(OutputStream out, Body body) {
		try {
			XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("", "edXML", NS);
			xml.writeDefaultNamespace(NS);
			xml.writeStartElement(PREFIX, "edXMLEnvelope", NS);
			xml.writeNamespace(PREFIX, NS);
			body.write(new EdxmlWriter(xml));
			xml.writeEndDocument();
			xml.flush();
			xml.close();
		}
		catch (XMLStreamException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			throw new IllegalStateException("Cannot write edXML", ex);
		}
	}

	private void edxmlPackage(EdxmlPackage edxml) throws XMLStreamException {
		start("edXMLHeader");
		messageHeader(edxml.header());
		trace(edxml);
		end();
		start("edXMLBody");
		start("edXMLManifest");
		xml.writeAttribute("version", "1.0");
		for (Attachment attachment : edxml.attachments()) {
			start("Reference");
			xml.writeNamespace("xlink", XLINK);
			xml.writeAttribute("xlink", XLINK, "href", "cid:" + attachment.contentId());
			element("Description", attachment.description());
			element("AttachmentName", attachment.name());
			element("ContentType", attachment.contentType());
			element("ContentId", attachment.contentId());
			end();
		}
		end();
		end();
		end(); // edXMLEnvelope
		if (!edxml.attachments().isEmpty()) {
			xml.writeStartElement("", "AttachmentEncoded", NS);
			for (Attachment attachment : edxml.attachments()) {
				xml.writeStartElement("", "Attachment", NS);
				plain("ContentType", attachment.contentType());
				plain("ContentId", attachment.contentId());
				plain("Description", attachment.description());
				xml.writeStartElement("", "ContentTransferEncoded", NS);
				base64(attachment.bytes());
				xml.writeEndElement();
				plain("AttachmentName", attachment.name());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		}
	}

	private void messageHeader(MessageHeader header) throws XMLStreamException {
		start("MessageHeader");
		organ("From", header.from());
		for (Organ to : header.to()) {
			organ("To", to);
		}
		start("Code");
		element("CodeNumber", header.code().number());
		element("CodeNotation", header.code().notation());
		end();
		start("PromulgationInfo");
		element("Place", header.promulgation().place());
		element("PromulgationDate", header.promulgation().date());
		end();
		start("DocumentType");
		element("Type", header.documentType().type());
		element("TypeName", header.documentType().typeName());
		end();
		element("Subject", header.subject());
		element("Content", header.content());
		if (header.signer() != null) {
			start("SignerInfo");
			element("Competence", header.signer().competence());
			element("Position", header.signer().position());
			element("FullName", header.signer().fullName());
			end();
		}
		element("DueDate", header.dueDate());
		list("ToPlaces", "Place", header.toPlaces());
		OtherInfo other = header.otherInfo();
		start("OtherInfo");
		element("Priority", Integer.toString(other.priority()));
		element("SphereOfPromulgation", other.sphereOfPromulgation());
		element("TyperNotation", other.typerNotation());
		element("PromulgationAmount", other.promulgationAmount());
		element("PageAmount", other.pageAmount());
		list("Appendixes", "Appendix", other.appendixes());
		end();
		for (ResponseFor responseFor : header.responseFor()) {
			responseFor(responseFor);
		}
		element("SteeringType", header.steeringType());
		element("DocumentId", header.documentId());
		end();
	}

	private void trace(EdxmlPackage edxml) throws XMLStreamException {
		MessageHeader header = edxml.header();
		String key = String.join("|", header.from().organId(), header.code().text(),
				EdxmlDates.format(header.promulgation().date()));
		start("TraceHeaderList");
		xml.writeAttribute("id", "trace-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)));
		xml.writeAttribute("version", "1.0");
		xml.writeAttribute("mustUnderstand", "1");
		xml.writeAttribute("actor", ACTOR);
		for (TraceHeader trace : edxml.trace().traceHeaders()) {
			start("TraceHeader");
			element("OrganId", trace.organId());
			element("Timestamp", trace.timestamp());
			end();
		}
		Business business = edxml.trace().business();
		if (business != null) {
			start("Bussiness");
			element("BussinessDocType", business.docType().code());
			element("BussinessDocReason", business.reason());
			if (!business.receivers().isEmpty()) {
				start("BussinessDocumentInfo");
				start("ReceiverList");
				for (Receiver receiver : business.receivers()) {
					start("Receiver");
					element("ReceiverType", receiver.change().code());
					element("OrganId", receiver.organId());
					end();
				}
				end();
				end();
			}
			element("DocumentId", business.documentId());
			staffInfo(business.staffInfo());
			element("Paper", business.paper() == null ? null : business.paper() ? 1 : 0);
			if (!business.replacements().isEmpty()) {
				start("ReplacementInfoList");
				for (Replacement replacement : business.replacements()) {
					start("ReplacementInfo");
					element("DocumentId", replacement.documentId());
					list("OrganIdList", "OrganId", replacement.organIds());
					end();
				}
				end();
			}
			end();
		}
		end();
	}

	private void status(EdxmlStatus status) throws XMLStreamException {
		start("edXMLHeader");
		start("Status");
		responseFor(status.responseFor());
		organ("From", status.from());
		element("StatusCode", status.statusCode().code());
		element("Description", status.description());
		element("Timestamp", status.timestamp());
		staffInfo(status.staffInfo());
		end();
		end();
		end(); // edXMLEnvelope
	}

	private void organ(String name, Organ organ) throws XMLStreamException {
		start(name);
		element("OrganId", organ.organId());
		element("OrganizationInCharge", organ.organizationInCharge());
		element("OrganName", organ.organName());
		element("OrganAdd", organ.organAdd());
		element("Email", organ.email());
		element("Telephone", organ.telephone());
		element("Fax", organ.fax());
		element("Website", organ.website());
		end();
	}

	private void responseFor(ResponseFor responseFor) throws XMLStreamException {
		start("ResponseFor");
		element("OrganId", responseFor.organId());
		element("Code", responseFor.code().text());
		element("PromulgationDate", responseFor.promulgationDate());
		element("DocumentId", responseFor.documentId());
		end();
	}

	private void staffInfo(StaffInfo staff) throws XMLStreamException {
		if (staff != null) {
			start("StaffInfo");
			element("Department", staff.department());
			element("Staff", staff.staff());
			element("Mobile", staff.mobile());
			element("Email", staff.email());
			end();
		}
	}

	private void list(String name, String itemName, List<String> items) throws XMLStreamException {
		if (!items.isEmpty()) {
			start(name);
			for (String item : items) {
				element(itemName, item);
			}
			end();
		}
	}

	private void start(String localName) throws XMLStreamException {
		xml.writeStartElement(PREFIX, localName, NS);
	}

	private void end() throws XMLStreamException {
		xml.writeEndElement();
	}

	private void element(String localName, Object value) throws XMLStreamException {
		if (value != null) {
			start(localName);
			text(value);
			end();
		}
	}

	/** An element of {@code AttachmentEncoded}, without prefix. */
	private void plain(String localName, String value) throws XMLStreamException {
		if (value != null) {
			xml.writeStartElement("", localName, NS);
			text(value);
			xml.writeEndElement();
		}
	}

	private void text(Object value) throws XMLStreamException {
		String text;
		if (value instanceof LocalDateTime time) {
			text = EdxmlDates.format(time);
		}
		else if (value instanceof LocalDate date) {
			text = EdxmlDates.format(date);
		}
		else {
			text = value.toString();
		}
		int from = 0;
		for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
			xml.writeCharacters(text.substring(from, cr));
			xml.writeEntityRef("#13");
			from = cr + 1;
		}
		xml.writeCharacters(text.substring(from));
	}

	private void base64(byte[] content) throws XMLStreamException {
		Base64.Encoder encoder = Base64.getEncoder();
		for (int offset = 0; offset < content.length; offset += BASE64_CHUNK) {
			ByteBuffer chunk = encoder.encode(ByteBuffer.wrap(content, offset, Math.min(BASE64_CHUNK, content.length - offset)));
			xml.writeCharacters(new String(chunk.array(), chunk.arrayOffset(), chunk.remaining(), StandardCharsets.US_ASCII));
		}
	}
}
