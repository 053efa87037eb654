package vn.minhbach.exchange.codec;

/**
 * Element paths as errors name them: the envelope's structural elements with their mandatory
 * {@code edXML:} prefix, the other elements by local name whatever prefix the sender used,
 * repeated elements with their 1-based position ({@code To[2]}); the root {@code edXML} is left
 * out except for errors about the root itself.
 */
final class EdxmlPaths {

	static final String ROOT = "edXML";

	static final String ENVELOPE = "edXML:edXMLEnvelope";

	static final String HEADER = ENVELOPE + "/edXML:edXMLHeader";

	static final String MESSAGE_HEADER = HEADER + "/edXML:MessageHeader";

	static final String TRACE = HEADER + "/edXML:TraceHeaderList";

	static final String STATUS = HEADER + "/edXML:Status";

	static final String BODY = ENVELOPE + "/edXML:edXMLBody";

	static final String MANIFEST = BODY + "/edXML:edXMLManifest";

	static final String ATTACHMENTS = "AttachmentEncoded";

	private EdxmlPaths() {
	}

	static String child(String path, String name) {
		return ROOT.equals(path) ? name : path + "/" + name;
	}

	static String child(String path, String name, int index) {
		return child(path, name) + "[" + (index + 1) + "]";
	}

	static String structural(String path, String localName) {
		return child(path, "edXML:" + localName);
	}
}
