package vn.minhbach.exchange.codec;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Writes and strictly reads edXML (QCVN 102:2016/BTTTT): document packages ({@link EdxmlPackage})
 * and status messages ({@link EdxmlStatus}). Stateless and thread-safe; uses the JDK's StAX
 * parser and writer only.
 * <p>
 * Writing produces UTF-8 with the namespace {@value #NAMESPACE} and the {@code edXML:} prefix on
 * every element of the envelope, dates as {@code yyyy/MM/dd} and times as
 * {@code yyyy/MM/dd HH:mm:ss}. It refuses, with {@link EdxmlInvalid}, a model the reader would
 * refuse.
 * <p>
 * Reading refuses, with {@link EdxmlInvalid} naming the element path and the problem, anything
 * that is not well-formed, has a DOCTYPE (so no entity is ever expanded, internal or external),
 * has another root or namespace, an unprefixed envelope element, a missing required element, a
 * date, number or code that cannot be, or a manifest that does not match the attachments; it
 * never returns a half-filled object. It accepts what other systems send within the standard:
 * {@code dd/MM/yyyy} dates, unprefixed fields, extension elements, a {@code DigitalSignature}
 * (ignored: the transport signs the whole package with CMS), base64 with line breaks. See
 * {@link EdxmlReader} for the details.
 * <p>
 * Memory: a package is read from and written to memory; reading holds the XML, the tree of the
 * envelope, the base64 text of one attachment at a time and the decoded files, so a package of
 * n MB needs about 3n MB. The transport is expected to cap the size it accepts.
 */
public final class EdxmlCodec {

	/** The namespace of QCVN 102:2016. */
	public static final String NAMESPACE = XmlTree.NS;

	/** What an edXML document holds. */
	public enum Kind {
		/** A document package: {@code edXML:MessageHeader}. */
		PACKAGE,
		/** A status message: {@code edXML:Status}. */
		STATUS
	}

	private EdxmlCodec() {
	}

	/** The package as edXML in UTF-8. */
	public static byte[] write(EdxmlPackage edxml) {
		long base64 = edxml.attachments().stream().mapToLong(attachment -> attachment.size() * 4L / 3).sum();
		var out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16, 8192 + base64));
		EdxmlWriter.write(edxml, out);
		return out.toByteArray();
	}

	/** Writes the package to a stream, which it leaves open; checks it first, so that nothing is written when it is invalid. */
	public static void write(EdxmlPackage edxml, OutputStream out) {
		EdxmlWriter.write(edxml, out);
	}

	/** The status message as edXML in UTF-8. */
	public static byte[] write(EdxmlStatus status) {
		var out = new ByteArrayOutputStream(2048);
		EdxmlWriter.write(status, out);
		return out.toByteArray();
	}

	/** @throws EdxmlInvalid when the bytes are not a valid edXML package */
	public static EdxmlPackage read(byte[] xml) {
		return EdxmlReader.readPackage(xml);
	}

	/** @throws EdxmlInvalid when the bytes are not a valid edXML status message */
	public static EdxmlStatus readStatus(byte[] xml) {
		return EdxmlReader.readStatus(xml);
	}

	/**
	 * Whether the bytes hold a package or a status message, reading no further than the header.
	 * Checks the root, the envelope and the header but not the rest: {@link #read} or
	 * {@link #readStatus} still may refuse the document.
	 *
	 * @throws EdxmlInvalid when it is neither
	 */
	public static Kind detect(byte[] xml) {
		return EdxmlReader.detect(xml);
	}

	/**
	 * The edXML DocumentId of a document: {@code <sender's OrganId>,<yyyy/MM/dd>,<number>/<notation>},
	 * as in {@code 000.00.00.H53,2026/11/27,15/QĐ-UBND}.
	 *
	 * @param organId the sending agency's identification code
	 * @param date the date of issue
	 */
	public static String documentId(String organId, LocalDate date, String number, String notation) {
		Objects.requireNonNull(date, "date");
		return required(organId, "organId") + "," + EdxmlDates.format(date) + "," + required(number, "number") + "/"
				+ required(notation, "notation");
	}

	/** {@link #documentId(String, LocalDate, String, String)} of a package's sender, date and code. */
	public static String documentId(EdxmlPackage.MessageHeader header) {
		return documentId(header.from().organId(), header.promulgation().date(), header.code().number(),
				header.code().notation());
	}

	private static String required(String value, String name) {
		String clean = Values.clean(value);
		if (clean == null) {
			throw new IllegalArgumentException(name + " is required");
		}
		return clean;
	}
}
