package vn.minhbach.exchange.codec;

import static vn.minhbach.exchange.codec.EdxmlPaths.ATTACHMENTS;
import static vn.minhbach.exchange.codec.EdxmlPaths.BODY;
import static vn.minhbach.exchange.codec.EdxmlPaths.ENVELOPE;
import static vn.minhbach.exchange.codec.EdxmlPaths.HEADER;
import static vn.minhbach.exchange.codec.EdxmlPaths.MANIFEST;
import static vn.minhbach.exchange.codec.EdxmlPaths.MESSAGE_HEADER;
import static vn.minhbach.exchange.codec.EdxmlPaths.ROOT;
import static vn.minhbach.exchange.codec.EdxmlPaths.STATUS;
import static vn.minhbach.exchange.codec.EdxmlPaths.TRACE;
import static vn.minhbach.exchange.codec.EdxmlPaths.child;
import static vn.minhbach.exchange.codec.XmlTree.NS;
import static vn.minhbach.exchange.codec.XmlTree.PREFIX;
import static vn.minhbach.exchange.codec.XmlTree.XLINK;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import vn.minhbach.exchange.codec.EdxmlCodec.Kind;
import vn.minhbach.exchange.codec.EdxmlPackage.Attachment;
import vn.minhbach.exchange.codec.EdxmlPackage.Business;
import vn.minhbach.exchange.codec.EdxmlPackage.BusinessDocType;
import vn.minhbach.exchange.codec.EdxmlPackage.DocType;
import vn.minhbach.exchange.codec.EdxmlPackage.MessageHeader;
import vn.minhbach.exchange.codec.EdxmlPackage.OtherInfo;
import vn.minhbach.exchange.codec.EdxmlPackage.Promulgation;
import vn.minhbach.exchange.codec.EdxmlPackage.Receiver;
import vn.minhbach.exchange.codec.EdxmlPackage.ReceiverChange;
import vn.minhbach.exchange.codec.EdxmlPackage.Replacement;
import vn.minhbach.exchange.codec.EdxmlPackage.Signer;
import vn.minhbach.exchange.codec.EdxmlPackage.TraceHeader;
import vn.minhbach.exchange.codec.EdxmlPackage.TraceHeaderList;
import vn.minhbach.exchange.codec.XmlTree.Node;

/**
 * Strict reading of edXML into the model.
 * <ul>
 * <li>The root is {@code edXML} in the namespace {@value XmlTree#NS}.</li>
 * <li>The structural elements of the envelope ({@code edXMLEnvelope}, {@code edXMLHeader},
 * {@code MessageHeader}, {@code Status}, {@code TraceHeaderList}, {@code DigitalSignature},
 * {@code edXMLBody}, {@code edXMLManifest}, {@code Reference}) must be in that namespace and
 * written with the {@code edXML:} prefix, which the national exchange axis requires. Their
 * descendants are found by local name in that namespace, with or without the prefix, since
 * systems differ there.</li>
 * <li>Known single elements appear at most once; unknown elements (extensions such as
 * {@code TypeDetail}, {@code DocumentInfo}) and the content of {@code DigitalSignature} are
 * ignored. Order is not enforced.</li>
 * <li>Empty elements are absent. Dates: see {@link EdxmlDates}.</li>
 * <li>The manifest's references and the attachments match one to one by content id (with or
 * without {@code cid:}); a name, type or description missing on the attachment is taken from
 * its reference.</li>
 * </ul>
 */
final class EdxmlReader {

	private EdxmlReader() {
	}

	static Kind detect(byte[] xml) {
		Node header = header(root(XmlTree.header(xml)));
		for (Node child : header.children) {
			if (child.localName.equals("MessageHeader")) {
				structural(header, "MessageHeader", HEADER, true);
				return Kind.PACKAGE;
			}
			if (child.localName.equals("Status")) {
				structural(header, "Status", HEADER, true);
				return Kind.STATUS;
			}
		}
		throw new EdxmlInvalid(HEADER, "holds neither edXML:MessageHeader nor edXML:Status");
	}

	static EdxmlPackage readPackage(byte[] xml) {
		Node root = root(XmlTree.parse(xml));
		Node header = header(root);
		Node message = structural(header, "MessageHeader", HEADER, false);
		if (message == null) {
			throw new EdxmlInvalid(MESSAGE_HEADER, structural(header, "Status", HEADER, false) == null ? "missing"
					: "missing: this is a status message, not a document package");
		}
		structural(header, "DigitalSignature", HEADER, false);
		EdxmlPackage edxml = new EdxmlPackage(messageHeader(message), trace(structural(header, "TraceHeaderList", HEADER, false)),
				attachments(root));
		EdxmlRules.check(edxml);
		return edxml;
	}

	static EdxmlStatus readStatus(byte[] xml) {
		Node root = root(XmlTree.parse(xml));
		Node header = header(root);
		Node status = structural(header, "Status", HEADER, false);
		if (status == null) {
			throw new EdxmlInvalid(STATUS, structural(header, "MessageHeader", HEADER, false) == null ? "missing"
					: "missing: this is a document package, not a status message");
		}
		structural(header, "DigitalSignature", HEADER, false);
		String code = text(status, "StatusCode", STATUS);
		EdxmlStatus.StatusCode statusCode = null;
		if (code != null) {
			try {
				statusCode = EdxmlStatus.StatusCode.of(code);
			}
			catch (IllegalArgumentException ex) {
				throw new EdxmlInvalid(child(STATUS, "StatusCode"), "unknown status code \"" + code + "\"");
			}
		}
		EdxmlStatus result = new EdxmlStatus(optional(status, "ResponseFor", STATUS, EdxmlReader::responseFor),
				optional(status, "From", STATUS, EdxmlReader::organ), statusCode, text(status, "Description", STATUS),
				dateTime(status, "Timestamp", STATUS), optional(status, "StaffInfo", STATUS, EdxmlReader::staffInfo));
		EdxmlRules.check(result);
		return result;
	}

	// the envelope

	private static Node root(Node root) {
		if (!root.localName.equals("edXML") || !root.namespace.equals(NS)) {
			throw new EdxmlInvalid(ROOT, "the root must be edXML in the namespace " + NS + ", not " + root.qualifiedName()
					+ (root.namespace.isEmpty() ? " without namespace" : " in " + root.namespace));
		}
		return root;
	}

	private static Node header(Node root) {
		Node envelope = structural(root, "edXMLEnvelope", ROOT, true);
		return structural(envelope, "edXMLHeader", ENVELOPE, true);
	}

	/** A structural element of the envelope: in the edXML namespace, with the edXML: prefix, at most once. */
	private static Node structural(Node parent, String localName, String parentPath, boolean required) {
		String path = EdxmlPaths.structural(parentPath, localName);
		List<Node> found = parent.children.stream().filter(child -> child.localName.equals(localName)).toList();
		if (found.size() > 1) {
			throw new EdxmlInvalid(path, "appears " + found.size() + " times");
		}
		if (found.isEmpty()) {
			if (required) {
				throw new EdxmlInvalid(path, "missing");
			}
			return null;
		}
		Node node = found.get(0);
		prefixed(node, path);
		return node;
	}

	private static void prefixed(Node node, String path) {
		if (!node.namespace.equals(NS)) {
			throw new EdxmlInvalid(path, node.qualifiedName() + " is not in the namespace " + NS);
		}
		if (!node.prefix.equals(PREFIX)) {
			throw new EdxmlInvalid(path, "must be written with the edXML: prefix, not as " + node.qualifiedName());
		}
	}

	// MessageHeader

	private static MessageHeader messageHeader(Node node) {
		String path = MESSAGE_HEADER;
		Node toPlaces = field(node, "ToPlaces", path);
		List<ResponseFor> responseFor = repeated(node, "ResponseFor", path, EdxmlReader::responseFor);
		return new MessageHeader(optional(node, "From", path, EdxmlReader::organ), repeated(node, "To", path, EdxmlReader::organ),
				optional(node, "Code", path, EdxmlReader::code), optional(node, "PromulgationInfo", path, EdxmlReader::promulgation),
				optional(node, "DocumentType", path, EdxmlReader::docType), text(node, "Subject", path),
				text(node, "Content", path), optional(node, "SignerInfo", path, EdxmlReader::signer),
				date(node, "DueDate", path),
				toPlaces == null ? List.of() : texts(toPlaces, "Place", child(path, "ToPlaces")),
				optional(node, "OtherInfo", path, EdxmlReader::otherInfo), responseFor, text(node, "SteeringType", path),
				text(node, "DocumentId", path));
	}

	private static Organ organ(Node node, String path) {
		return new Organ(text(node, "OrganId", path), text(node, "OrganizationInCharge", path), text(node, "OrganName", path),
				text(node, "OrganAdd", path), text(node, "Email", path), text(node, "Telephone", path), text(node, "Fax", path),
				text(node, "Website", path));
	}

	private static Code code(Node node, String path) {
		return new Code(text(node, "CodeNumber", path), text(node, "CodeNotation", path));
	}

	private static Promulgation promulgation(Node node, String path) {
		return new Promulgation(text(node, "Place", path), date(node, "PromulgationDate", path));
	}

	private static DocType docType(Node node, String path) {
		return new DocType(text(node, "Type", path), text(node, "TypeName", path));
	}

	private static Signer signer(Node node, String path) {
		return new Signer(text(node, "Competence", path), text(node, "Position", path), text(node, "FullName", path));
	}

	private static OtherInfo otherInfo(Node node, String path) {
		Node appendixes = field(node, "Appendixes", path);
		return new OtherInfo(digit(node, "Priority", path, 4, "must be 0–4", 0), text(node, "SphereOfPromulgation", path),
				text(node, "TyperNotation", path), integer(node, "PromulgationAmount", path), integer(node, "PageAmount", path),
				appendixes == null ? List.of() : texts(appendixes, "Appendix", child(path, "Appendixes")));
	}

	/**
	 * A ResponseFor, whose Code is one text {@code 15/QĐ-UBND} in the reference implementations;
	 * one with {@code CodeNumber} and {@code CodeNotation} inside, as some systems write it, is
	 * accepted too.
	 */
	private static ResponseFor responseFor(Node node, String path) {
		Node codeNode = field(node, "Code", path);
		Code code = null;
		if (codeNode != null && (field(codeNode, "CodeNumber", path) != null || field(codeNode, "CodeNotation", path) != null)) {
			code = code(codeNode, child(path, "Code"));
		}
		else if (codeNode != null && codeNode.text() != null) {
			try {
				code = Code.parse(codeNode.text());
			}
			catch (IllegalArgumentException ex) {
				throw new EdxmlInvalid(child(path, "Code"), "not a number/notation \"" + codeNode.text() + "\"");
			}
		}
		return new ResponseFor(text(node, "OrganId", path), code, date(node, "PromulgationDate", path),
				text(node, "DocumentId", path));
	}

	private static StaffInfo staffInfo(Node node, String path) {
		return new StaffInfo(text(node, "Department", path), text(node, "Staff", path), text(node, "Mobile", path),
				text(node, "Email", path));
	}

	// TraceHeaderList

	private static TraceHeaderList trace(Node node) {
		if (node == null) {
			return TraceHeaderList.EMPTY;
		}
		return new TraceHeaderList(repeated(node, "TraceHeader", TRACE,
				(header, path) -> new TraceHeader(text(header, "OrganId", path), dateTime(header, "Timestamp", path))),
				optional(node, "Bussiness", TRACE, EdxmlReader::business));
	}

	private static Business business(Node node, String path) {
		Integer docType = digit(node, "BussinessDocType", path, 3, "must be 0–3", null);
		Integer paper = digit(node, "Paper", path, 1, "must be 0 or 1", null);
		List<Receiver> receivers = List.of();
		Node info = field(node, "BussinessDocumentInfo", path);
		if (info != null) {
			String infoPath = child(path, "BussinessDocumentInfo");
			Node list = field(info, "ReceiverList", infoPath);
			if (list != null) {
				receivers = repeated(list, "Receiver", child(infoPath, "ReceiverList"), (receiver, at) -> {
					Integer type = digit(receiver, "ReceiverType", at, 1, "must be 0 or 1", null);
					return new Receiver(type == null ? null : ReceiverChange.values()[type], text(receiver, "OrganId", at));
				});
			}
		}
		List<Replacement> replacements = List.of();
		Node replacementList = field(node, "ReplacementInfoList", path);
		if (replacementList != null) {
			replacements = repeated(replacementList, "ReplacementInfo", child(path, "ReplacementInfoList"),
					(replacement, at) -> {
						Node organs = field(replacement, "OrganIdList", at);
						return new Replacement(text(replacement, "DocumentId", at),
								organs == null ? List.of() : texts(organs, "OrganId", child(at, "OrganIdList")));
					});
		}
		return new Business(docType == null ? null : BusinessDocType.values()[docType], text(node, "BussinessDocReason", path),
				receivers, text(node, "DocumentId", path), optional(node, "StaffInfo", path, EdxmlReader::staffInfo),
				paper == null ? null : paper == 1, replacements);
	}

	// the manifest and the attachments

	private record Reference(String contentId, String name, String contentType, String description, String path) {
	}

	private static List<Attachment> attachments(Node root) {
		Map<String, Reference> references = new LinkedHashMap<>();
		Node body = structural(structural(root, "edXMLEnvelope", ROOT, true), "edXMLBody", ENVELOPE, false);
		Node manifest = body == null ? null : structural(body, "edXMLManifest", BODY, false);
		if (manifest != null) {
			List<Node> nodes = manifest.children.stream().filter(child -> child.localName.equals("Reference")).toList();
			for (int i = 0; i < nodes.size(); i++) {
				Node node = nodes.get(i);
				String path = EdxmlPaths.structural(MANIFEST, "Reference") + "[" + (i + 1) + "]";
				prefixed(node, path);
				String href = Values.clean(node.attribute(XLINK, "href"));
				if (href == null) {
					throw new EdxmlInvalid(path, "xlink:href missing");
				}
				if (!href.regionMatches(true, 0, "cid:", 0, 4) || href.length() == 4) {
					throw new EdxmlInvalid(path, "xlink:href \"" + href + "\" is not cid:<content id>");
				}
				String contentId = href.substring(4);
				String ownId = withoutCid(text(node, "ContentId", path));
				if (ownId != null && !ownId.equals(contentId)) {
					throw new EdxmlInvalid(child(path, "ContentId"), "\"" + ownId + "\" differs from xlink:href " + href);
				}
				if (references.containsKey(contentId)) {
					throw new EdxmlInvalid(path, "duplicate ContentId \"" + contentId + "\"");
				}
				references.put(contentId, new Reference(contentId, text(node, "AttachmentName", path),
						text(node, "ContentType", path), text(node, "Description", path), path));
			}
		}
		Map<String, Node> encoded = new LinkedHashMap<>();
		Map<String, String> encodedPaths = new LinkedHashMap<>();
		Node attachmentList = field(root, "AttachmentEncoded", ROOT);
		if (attachmentList != null) {
			List<Node> nodes = fields(attachmentList, "Attachment");
			for (int i = 0; i < nodes.size(); i++) {
				String path = child(ATTACHMENTS, "Attachment", i);
				String contentId = withoutCid(text(nodes.get(i), "ContentId", path));
				if (contentId == null) {
					throw new EdxmlInvalid(child(path, "ContentId"), "missing");
				}
				if (encoded.containsKey(contentId)) {
					throw new EdxmlInvalid(child(path, "ContentId"), "duplicate ContentId \"" + contentId + "\"");
				}
				encoded.put(contentId, nodes.get(i));
				encodedPaths.put(contentId, path);
			}
		}
		for (Reference reference : references.values()) {
			if (!encoded.containsKey(reference.contentId())) {
				throw new EdxmlInvalid(reference.path(), "Reference cid:" + reference.contentId() + " has no attachment");
			}
		}
		for (Map.Entry<String, String> entry : encodedPaths.entrySet()) {
			if (!references.containsKey(entry.getKey())) {
				throw new EdxmlInvalid(child(entry.getValue(), "ContentId"),
						"attachment \"" + entry.getKey() + "\" is not in the manifest " + MANIFEST);
			}
		}
		List<Attachment> attachments = new ArrayList<>();
		for (Reference reference : references.values()) {
			Node node = encoded.get(reference.contentId());
			String path = encodedPaths.get(reference.contentId());
			String name = or(text(node, "AttachmentName", path), reference.name());
			Node content = field(node, "ContentTransferEncoded", path);
			if (content == null || (content.decoded() == null && !content.undecodable())) {
				throw new EdxmlInvalid(child(path, "ContentTransferEncoded"), "missing");
			}
			if (content.undecodable()) {
				throw new EdxmlInvalid(child(path, "ContentTransferEncoded"),
						"attachment \"" + (name == null ? reference.contentId() : name) + "\" is not valid base64");
			}
			attachments.add(new Attachment(reference.contentId(), name, or(text(node, "ContentType", path), reference.contentType()),
					or(text(node, "Description", path), reference.description()), content.decoded()));
		}
		return attachments;
	}

	private static String withoutCid(String contentId) {
		if (contentId != null && contentId.regionMatches(true, 0, "cid:", 0, 4)) {
			return Values.clean(contentId.substring(4));
		}
		return contentId;
	}

	private static String or(String value, String fallback) {
		return value != null ? value : fallback;
	}

	// fields

	/** The children of that local name in the edXML namespace (or none, for senders that leave it out). */
	private static List<Node> fields(Node parent, String localName) {
		return parent.children.stream()
			.filter(child -> child.localName.equals(localName) && (child.namespace.equals(NS) || child.namespace.isEmpty()))
			.toList();
	}

	/** The child of that local name, at most once. */
	private static Node field(Node parent, String localName, String parentPath) {
		List<Node> found = fields(parent, localName);
		if (found.size() > 1) {
			throw new EdxmlInvalid(child(parentPath, localName), "appears " + found.size() + " times");
		}
		return found.isEmpty() ? null : found.get(0);
	}

	private static String text(Node parent, String localName, String parentPath) {
		Node node = field(parent, localName, parentPath);
		return node == null ? null : node.text();
	}

	private static List<String> texts(Node parent, String localName, String parentPath) {
		return fields(parent, localName).stream().map(Node::text).filter(text -> text != null).toList();
	}

	private static <T> T optional(Node parent, String localName, String parentPath, BiFunction<Node, String, T> read) {
		Node node = field(parent, localName, parentPath);
		return node == null ? null : read.apply(node, child(parentPath, localName));
	}

	private static <T> List<T> repeated(Node parent, String localName, String parentPath, BiFunction<Node, String, T> read) {
		List<Node> nodes = fields(parent, localName);
		List<T> values = new ArrayList<>(nodes.size());
		for (int i = 0; i < nodes.size(); i++) {
			values.add(read.apply(nodes.get(i), child(parentPath, localName, i)));
		}
		return values;
	}

	private static LocalDate date(Node parent, String localName, String parentPath) {
		String text = text(parent, localName, parentPath);
		return text == null ? null : EdxmlDates.date(text, child(parentPath, localName));
	}

	private static LocalDateTime dateTime(Node parent, String localName, String parentPath) {
		String text = text(parent, localName, parentPath);
		return text == null ? null : EdxmlDates.dateTime(text, child(parentPath, localName));
	}

	private static Integer integer(Node parent, String localName, String parentPath) {
		String text = text(parent, localName, parentPath);
		if (text == null) {
			return null;
		}
		if (!text.matches("\\d{1,9}")) {
			throw new EdxmlInvalid(child(parentPath, localName), "not a number \"" + text + "\"");
		}
		return Integer.valueOf(text);
	}

	/** A one-digit code from 0 to {@code max}; {@code absent} when the element is. */
	private static Integer digit(Node parent, String localName, String parentPath, int max, String problem, Integer absent) {
		String text = text(parent, localName, parentPath);
		if (text == null) {
			return absent;
		}
		if (text.length() != 1 || text.charAt(0) < '0' || text.charAt(0) > '0' + max) {
			throw new EdxmlInvalid(child(parentPath, localName), problem + ", not \"" + text + "\"");
		}
		return text.charAt(0) - '0';
	}
}
