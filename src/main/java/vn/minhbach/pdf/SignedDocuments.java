package vn.minhbach.pdf;

import java.util.List;

import org.springframework.stereotype.Service;

/** Verifies a PDF's signatures against the signing certificates of this installation's agencies. */
@Service
public class SignedDocuments {

	private final PdfSignatures signatures;

	private final SigningKeys keys;

	SignedDocuments(PdfSignatures signatures, SigningKeys keys) {
		this.signatures = signatures;
		this.keys = keys;
	}

	/** One check per signature in the file, in signing order; empty when it is not signed. */
	public List<SignatureCheck> verify(byte[] pdf) {
		var known = keys.knownCertificates();
		return signatures.verify(pdf, known::contains);
	}
}
