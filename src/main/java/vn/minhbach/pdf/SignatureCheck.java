package vn.minhbach.pdf;

import java.time.Instant;

/**
 * What verification found about one signature of a PDF.
 *
 * @param signerName the signer as the certificate names them
 * @param issuerName who issued the signer's certificate
 * @param signedAt the signing time claimed by the signature
 * @param reason the reason written in the signature
 * @param intact whether the signed bytes are unchanged (the signature's cryptography verifies)
 * @param coversWholeDocument whether the signature covers the whole file (nothing added after it)
 * @param knownSigner whether the certificate is one of the agencies' own signing certificates
 * @param certificateValidAtSigning whether the certificate was within its validity period when signing
 * @param problem what went wrong when the signature could not be checked, or null
 */
public record SignatureCheck(String signerName, String issuerName, Instant signedAt, String reason, boolean intact,
		boolean coversWholeDocument, boolean knownSigner, boolean certificateValidAtSigning, String problem) {

	/** Valid: intact, covering the whole document, by a known signer, with a certificate valid then. */
	public boolean valid() {
		return intact && coversWholeDocument && knownSigner && certificateValidAtSigning && problem == null;
	}
}
