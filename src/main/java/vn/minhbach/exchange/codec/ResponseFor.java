package vn.minhbach.exchange.codec;

import java.time.LocalDate;

/**
 * The document an edXML message answers: in a package, the document it replies to; in a status
 * message, the document whose handling it reports. The code is written as one text
 * ({@code 15/QĐ-UBND}), as the reference implementations do; see {@link Code#parse(String)}.
 *
 * @param organId the sending agency of the answered document
 * @param promulgationDate its date of issue; optional
 * @param documentId its edXML DocumentId, see {@link EdxmlCodec#documentId}
 */
public record ResponseFor(String organId, Code code, LocalDate promulgationDate, String documentId) {

	public ResponseFor {
		organId = Values.clean(organId);
		documentId = Values.clean(documentId);
	}
}
