package vn.minhbach.pdf;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An agency's key and certificate chain for signing documents.
 *
 * @param privateKey the private key
 * @param chain the certificate chain, the agency's certificate first
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

	public X509Certificate certificate() {
		return chain.get(0);
	}
}
