package vn.minhbach.exchange.codec;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An edXML package (gói tin edXML, QCVN 102:2016/BTTTT): an official document sent from one agency
 * to others, as {@link EdxmlCodec} writes and reads it.
 *
 * <pre>
 * edXML
 * ├ edXML:edXMLEnvelope
 * │ ├ edXML:edXMLHeader
 * │ │ ├ edXML:MessageHeader     → {@link MessageHeader}
 * │ │ ├ edXML:TraceHeaderList   → {@link TraceHeaderList}
 * │ │ └ edXML:DigitalSignature  (accepted and ignored when read, never written)
 * │ └ edXML:edXMLBody/edXML:edXMLManifest/edXML:Reference*  ┐
 * └ AttachmentEncoded/Attachment*                           ┘ → {@link Attachment}s
 * </pre>
 *
 * The manifest is not modelled on its own: each attachment has exactly one manifest reference
 * with the same content id, name, type and description, so the writer derives the manifest from
 * the attachments and the reader insists that both match one to one. The XML-DSig signature of
 * the envelope is left out: the transport signs the whole package with CMS instead.
 * <p>
 * Every record normalises its components (blank text is absent and text stripped, lists
 * immutable, times to the second) so that {@code read(write(p)).equals(p)}. Absent optional
 * values are null; the codec, not the constructors, refuses missing required ones, naming their
 * element path.
 */
public record EdxmlPackage(MessageHeader header, TraceHeaderList trace, List<Attachment> attachments) {

	public EdxmlPackage {
		trace = trace == null ? TraceHeaderList.EMPTY : trace;
		attachments = Values.list(attachments);
	}

	/**
	 * What the document is: {@code edXML:MessageHeader}. Required: {@code from}, at least one
	 * {@code to}, {@code code}, {@code promulgation} (its date), {@code documentType} (its code)
	 * and {@code subject}.
	 *
	 * @param from the sending agency
	 * @param to the main recipients (đơn vị nhận)
	 * @param code number and notation (CodeNumber, CodeNotation)
	 * @param promulgation place and date of issue (PromulgationInfo)
	 * @param documentType the document type's code in the exchange's table, see {@link EdxmlCodes}
	 * @param subject the summary (trích yếu)
	 * @param content a short account of the content
	 * @param signer who signed (SignerInfo)
	 * @param dueDate the deadline to handle it (hạn xử lý)
	 * @param toPlaces the "nơi nhận" lines printed on the document, beyond the recipients (ToPlaces/Place)
	 * @param otherInfo priority, circulation, typist, copies, pages, appendices (OtherInfo)
	 * @param responseFor the documents this one answers
	 * @param steeringType whether it is a directive, in the exchange's values, see {@link EdxmlCodes}
	 * @param documentId this document's edXML id, see {@link EdxmlCodec#documentId}
	 */
	public record MessageHeader(Organ from, List<Organ> to, Code code, Promulgation promulgation, DocType documentType,
			String subject, String content, Signer signer, LocalDate dueDate, List<String> toPlaces, OtherInfo otherInfo,
			List<ResponseFor> responseFor, String steeringType, String documentId) {

		public MessageHeader {
			to = Values.list(to);
			subject = Values.clean(subject);
			content = Values.clean(content);
			toPlaces = Values.texts(toPlaces);
			otherInfo = otherInfo == null ? OtherInfo.NORMAL : otherInfo;
			responseFor = Values.list(responseFor);
			steeringType = Values.clean(steeringType);
			documentId = Values.clean(documentId);
		}
	}

	/** Where and when the document was issued ({@code PromulgationInfo}); the date is required. */
	public record Promulgation(String place, LocalDate date) {

		public Promulgation {
			place = Values.clean(place);
		}
	}

	/**
	 * The document type ({@code DocumentType}): its code in the exchange's table (required) and its
	 * name ({@code TypeName}, "Quyết định").
	 */
	public record DocType(String type, String typeName) {

		public DocType {
			type = Values.clean(type);
			typeName = Values.clean(typeName);
		}
	}

	/**
	 * Who signed ({@code SignerInfo}).
	 *
	 * @param competence the signing capacity: "TM." (on behalf of), "KT." (for), "TL.", "TUQ." or none
	 * @param position the signer's position ("Chủ tịch")
	 */
	public record Signer(String competence, String position, String fullName) {

		public Signer {
			competence = Values.clean(competence);
			position = Values.clean(position);
			fullName = Values.clean(fullName);
		}
	}

	/**
	 * {@code OtherInfo}. When a package has none, it reads as {@link #NORMAL}.
	 *
	 * @param priority 0 normal, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ; see
	 *        {@link EdxmlCodes#priority}
	 * @param sphereOfPromulgation the circulation (phạm vi lưu hành)
	 * @param typerNotation the initials of the drafting unit or typist (ký hiệu người đánh máy)
	 * @param promulgationAmount the number of copies issued
	 * @param pageAmount the number of pages
	 * @param appendixes the names of the appendices
	 */
	public record OtherInfo(int priority, String sphereOfPromulgation, String typerNotation, Integer promulgationAmount,
			Integer pageAmount, List<String> appendixes) {

		public static final OtherInfo NORMAL = new OtherInfo(0, null, null, null, null, List.of());

		public OtherInfo {
			sphereOfPromulgation = Values.clean(sphereOfPromulgation);
			typerNotation = Values.clean(typerNotation);
			appendixes = Values.texts(appendixes);
		}

		public static OtherInfo priority(int priority) {
			return new OtherInfo(priority, null, null, null, null, List.of());
		}
	}

	/**
	 * {@code edXML:TraceHeaderList}: the agencies the package went through and what kind of
	 * sending it is. A package without one reads as {@link #EMPTY}; the writer always writes the
	 * element.
	 *
	 * @param traceHeaders each agency with the time it handled the package
	 * @param business the kind of sending ({@code Bussiness}, as the standard spells it); optional
	 */
	public record TraceHeaderList(List<TraceHeader> traceHeaders, Business business) {

		public static final TraceHeaderList EMPTY = new TraceHeaderList(List.of(), null);

		public TraceHeaderList {
			traceHeaders = Values.list(traceHeaders);
		}
	}

	/** An agency the package went through and when ({@code TraceHeader}); both required. */
	public record TraceHeader(String organId, LocalDateTime timestamp) {

		public TraceHeader {
			organId = Values.clean(organId);
			timestamp = timestamp == null ? null : timestamp.truncatedTo(ChronoUnit.SECONDS);
		}
	}

	/**
	 * The kind of sending ({@code Bussiness}): a new document, or the revocation, update or
	 * replacement of one sent before.
	 *
	 * @param docType required
	 * @param reason why it is revoked, updated or replaced
	 * @param receivers for an update, the recipients added or removed
	 *        ({@code BussinessDocumentInfo/ReceiverList/Receiver})
	 * @param documentId the DocumentId of the document revoked, updated or replaced
	 * @param staffInfo the officer in charge
	 * @param paper whether a paper original follows (1) or not (0)
	 * @param replacements the documents this one replaces and the agencies that hold them
	 *        ({@code ReplacementInfoList/ReplacementInfo})
	 */
	public record Business(BusinessDocType docType, String reason, List<Receiver> receivers, String documentId,
			StaffInfo staffInfo, Boolean paper, List<Replacement> replacements) {

		public Business {
			reason = Values.clean(reason);
			receivers = Values.list(receivers);
			documentId = Values.clean(documentId);
			replacements = Values.list(replacements);
		}

		public static Business newDocument(StaffInfo staffInfo, boolean paper) {
			return new Business(BusinessDocType.NEW, null, List.of(), null, staffInfo, paper, List.of());
		}
	}

	/** {@code BussinessDocType}: 0 new, 1 revoke, 2 update, 3 replace. */
	public enum BusinessDocType {
		NEW, REVOKE, UPDATE, REPLACE;

		public int code() {
			return ordinal();
		}
	}

	/** A recipient added to or removed from the recipients of an updated document ({@code Receiver}). */
	public record Receiver(ReceiverChange change, String organId) {

		public Receiver {
			organId = Values.clean(organId);
		}
	}

	/** {@code ReceiverType}: 0 removed from the recipients, 1 added. */
	public enum ReceiverChange {
		REMOVED, ADDED;

		public int code() {
			return ordinal();
		}
	}

	/** A document this one replaces and the agencies that received it ({@code ReplacementInfo}). */
	public record Replacement(String documentId, List<String> organIds) {

		public Replacement {
			documentId = Values.clean(documentId);
			organIds = Values.texts(organIds);
		}
	}

	/**
	 * A file of the package, decoded. Written twice: as a manifest {@code edXML:Reference}
	 * ({@code xlink:href="cid:<contentId>"}) and as an {@code AttachmentEncoded/Attachment} with the
	 * content in base64. The content is copied in, and {@link #content()} returns a copy;
	 * {@link #openStream()} and {@link #size()} read it without one.
	 *
	 * @param contentId unique in the package, without the {@code cid:} scheme and without spaces
	 * @param name the file name ({@code AttachmentName}), required
	 * @param contentType the media type, required
	 * @param description optional
	 */
	public record Attachment(String contentId, String name, String contentType, String description, byte[] content) {

		public Attachment {
			contentId = Values.clean(contentId);
			name = Values.clean(name);
			contentType = Values.clean(contentType);
			description = Values.clean(description);
			content = content == null ? null : content.clone();
		}

		@Override
		public byte[] content() {
			return content == null ? null : content.clone();
		}

		public int size() {
			return content == null ? 0 : content.length;
		}

		public InputStream openStream() {
			return new ByteArrayInputStream(content == null ? new byte[0] : content);
		}

		/** The content without a copy, for the codec. */
		byte[] bytes() {
			return content;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Attachment that && Objects.equals(contentId, that.contentId)
					&& Objects.equals(name, that.name) && Objects.equals(contentType, that.contentType)
					&& Objects.equals(description, that.description) && Arrays.equals(content, that.content);
		}

		@Override
		public int hashCode() {
			return Objects.hash(contentId, name, contentType, description, Arrays.hashCode(content));
		}

		@Override
		public String toString() {
			return "Attachment[contentId=" + contentId + ", name=" + name + ", contentType=" + contentType
					+ ", description=" + description + ", " + size() + " bytes]";
		}
	}
}
