package vn.minhbach.exchange;

/** The HTTP headers that travel with a package between installations (the body is the edXML itself). */
final class EdxmlEndpointHeaders {

	/** The sending agency's electronic identification code. */
	static final String SENDER = "X-Edxml-Sender";

	/** The receiving agency's code (a package addressed to several agencies of one installation travels once per agency). */
	static final String RECIPIENT = "X-Edxml-Recipient";

	/** DOCUMENT or STATUS. */
	static final String KIND = "X-Edxml-Kind";

	/** The detached CMS signature of the body by the sending agency, base64. */
	static final String SIGNATURE = "X-Edxml-Signature";

	private EdxmlEndpointHeaders() {
	}
}
