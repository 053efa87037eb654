package vn.minhbach.exchange.codec;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads edXML into a small element tree with the JDK's StAX parser, safely: no DTD (a DOCTYPE is
 * refused outright, so no entity, internal or external, is ever expanded), no external access,
 * a bounded depth. The base64 content of attachments is decoded as soon as its element ends and
 * its text dropped, so that at most one attachment's text is held at a time next to the decoded
 * files.
 */
final class XmlTree {

	static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

	static final String XLINK = "http://www.w3.org/1999/xlink";

	static final String PREFIX = "edXML";

	static final String BASE64_ELEMENT = "ContentTransferEncoded";

	private static final int MAX_DEPTH = 64;

	private XmlTree() {
	}

	/** An element: its name, attributes, child elements, own text and, for attachment content, the decoded bytes. */
	static final class Node {

		final String namespace;

		final String prefix;

		final String localName;

		final Map<String, String> attributes = new HashMap<>();

		final List<Node> children = new ArrayList<>();

		private StringBuilder text;

		private byte[] decoded;

		private boolean undecodable;

		Node(String namespace, String prefix, String localName) {
			this.namespace = namespace == null ? "" : namespace;
			this.prefix = prefix == null ? "" : prefix;
			this.localName = localName;
		}

		/** The name as written: {@code edXML:From} or {@code From}. */
		String qualifiedName() {
			return prefix.isEmpty() ? localName : prefix + ":" + localName;
		}

		/** The element's own text, stripped; null when blank. */
		String text() {
			return text == null ? null : Values.clean(text.toString());
		}

		/** The base64 content decoded; null when the element was empty. */
		byte[] decoded() {
			return decoded;
		}

		/** Whether the base64 content could not be decoded. */
		boolean undecodable() {
			return undecodable;
		}

		/** An attribute by namespace URI ("" for none) and local name. */
		String attribute(String namespaceUri, String name) {
			return attributes.get(attributeKey(namespaceUri, name));
		}

		private void append(String characters) {
			if (text == null) {
				text = new StringBuilder();
			}
			text.append(characters);
		}

		private void decode() {
			String base64 = text == null ? "" : text.toString();
			text = null;
			StringBuilder compact = new StringBuilder(base64.length());
			for (int i = 0; i < base64.length(); i++) {
				char c = base64.charAt(i);
				if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
					compact.append(c);
				}
			}
			if (compact.length() == 0) {
				return;
			}
			try {
				decoded = Base64.getDecoder().decode(compact.toString());
			}
			catch (IllegalArgumentException ex) {
				undecodable = true;
			}
		}
	}

	private static String attributeKey(String namespaceUri, String name) {
		return namespaceUri == null || namespaceUri.isEmpty() ? name : "{" + namespaceUri + "}" + name;
	}

	/** Parses a whole document and returns its root element. */
	static Node parse(byte[] xml) {
		Deque<Node> open = new ArrayDeque<>();
		XMLStreamReader reader = null;
		try {
			reader = reader(xml);
			Node root = null;
			while (reader.hasNext()) {
				int event = reader.next();
				switch (event) {
					case XMLStreamConstants.DTD -> throw doctype();
					case XMLStreamConstants.ENTITY_REFERENCE -> throw new EdxmlInvalid(path(open),
							"entity reference &" + reader.getLocalName() + "; is not allowed");
					case XMLStreamConstants.START_ELEMENT -> {
						if (open.size() >= MAX_DEPTH) {
							throw new EdxmlInvalid(path(open), "elements nested deeper than " + MAX_DEPTH);
						}
						Node node = new Node(reader.getNamespaceURI(), reader.getPrefix(), reader.getLocalName());
						for (int i = 0; i < reader.getAttributeCount(); i++) {
							node.attributes.put(attributeKey(reader.getAttributeNamespace(i), reader.getAttributeLocalName(i)),
									reader.getAttributeValue(i));
						}
						if (open.isEmpty()) {
							root = node;
						}
						else {
							open.peek().children.add(node);
						}
						open.push(node);
					}
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
						if (!open.isEmpty()) {
							open.peek().append(reader.getText());
						}
					}
					case XMLStreamConstants.END_ELEMENT -> {
						Node node = open.pop();
						if (BASE64_ELEMENT.equals(node.localName)) {
							node.decode();
						}
						else if (!node.children.isEmpty()) {
							node.text = null;
						}
					}
					default -> {
						// comments, processing instructions, the end of the document
					}
				}
			}
			if (root == null) {
				throw new EdxmlInvalid("edXML", "no root element");
			}
			return root;
		}
		catch (XMLStreamException ex) {
			throw notWellFormed(ex, path(open));
		}
		finally {
			close(reader);
		}
	}

	/**
	 * Reads only as far as the header of the envelope to find which message the document holds,
	 * with the same protections as {@link #parse}; the attachments after the envelope are never
	 * read.
	 *
	 * @return the root element with, as descendants, the elements met down to the header's
	 *         children, until one named {@code MessageHeader} or {@code Status} or the end of the
	 *         envelope
	 */
	static Node header(byte[] xml) {
		Deque<Node> open = new ArrayDeque<>();
		XMLStreamReader reader = null;
		try {
			reader = reader(xml);
			Node root = null;
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.DTD) {
					throw doctype();
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					Node node = new Node(reader.getNamespaceURI(), reader.getPrefix(), reader.getLocalName());
					if (open.isEmpty()) {
						root = node;
					}
					else if (open.size() <= 3) {
						open.peek().children.add(node);
					}
					open.push(node);
					if (open.size() == 4 && ("MessageHeader".equals(node.localName) || "Status".equals(node.localName))) {
						break;
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					Node closed = open.pop();
					if (open.size() == 1 && closed.localName.equals("edXMLEnvelope")) {
						break;
					}
				}
			}
			if (root == null) {
				throw new EdxmlInvalid("edXML", "no root element");
			}
			return root;
		}
		catch (XMLStreamException ex) {
			throw notWellFormed(ex, path(open));
		}
		finally {
			close(reader);
		}
	}

	private static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException("external resource " + systemId + " is not allowed");
		});
		return factory.createXMLStreamReader(new ByteArrayInputStream(xml == null ? new byte[0] : xml));
	}

	private static EdxmlInvalid doctype() {
		return new EdxmlInvalid("edXML", "DOCTYPE is not allowed");
	}

	private static EdxmlInvalid notWellFormed(XMLStreamException ex, String path) {
		String message = ex.getMessage() == null ? "" : ex.getMessage();
		int marker = message.indexOf("Message: ");
		if (marker >= 0) {
			message = message.substring(marker + "Message: ".length());
		}
		String where = ex.getLocation() == null ? ""
				: " at line " + ex.getLocation().getLineNumber() + ", column " + ex.getLocation().getColumnNumber();
		return new EdxmlInvalid(path, "not well-formed XML" + where + ": " + message.strip(), ex);
	}

	private static String path(Deque<Node> open) {
		if (open.size() <= 1) {
			return "edXML";
		}
		List<String> names = new ArrayList<>();
		open.descendingIterator().forEachRemaining(node -> names.add(node.qualifiedName()));
		return String.join("/", names.subList(1, names.size()));
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException ex) {
				// nothing to release beyond the byte array
			}
		}
	}
}
