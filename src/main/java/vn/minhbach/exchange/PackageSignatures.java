package vn.minhbach.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

import vn.minhbach.organization.Agency;
import vn.minhbach.pdf.SigningKey;
import vn.minhbach.pdf.SigningKeys;

/**
 * Signatures over whole packages: a detached CMS signature (SHA-256 with RSA) made with the
 * sending agency's key — the same key that signs its PDFs — and checked by the receiver against
 * the certificate its directory holds for that agency.
 */
@Component
class PackageSignatures {

	private final SigningKeys keys;

	PackageSignatures(SigningKeys keys) {
		this.keys = keys;
	}

	byte[] sign(byte[] payload, Agency agency) {
		SigningKey key = keys.forAgency(agency.getId(), agency.getCode(), agency.getName());
		try {
			var generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().build())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
			generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
			return generator.generate(new CMSProcessableByteArray(payload), false).getEncoded();
		}
		catch (OperatorCreationException | CMSException | CertificateException | IOException ex) {
			throw new IllegalStateException("Cannot sign a package for " + agency.getCode(), ex);
		}
	}

	/** Whether the signature is a valid signature of the payload by the holder of this certificate. */
	boolean verify(byte[] payload, byte[] signature, X509Certificate certificate) {
		try {
			CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(payload), signature);
			for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
				if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
					return true;
				}
			}
			return false;
		}
		catch (CMSException | OperatorCreationException | RuntimeException ex) {
			return false;
		}
	}

	X509Certificate certificateOf(Agency agency) {
		return keys.forAgency(agency.getId(), agency.getCode(), agency.getName()).certificate();
	}

	static String pem(X509Certificate certificate) {
		var out = new StringWriter();
		try (var writer = new JcaPEMWriter(out)) {
			writer.writeObject(certificate);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** The certificate of a PEM text, or an exception naming what is wrong. */
	static X509Certificate certificate(String pem) {
		try (var parser = new PEMParser(new StringReader(pem == null ? "" : pem))) {
			Object object = parser.readObject();
			if (!(object instanceof X509CertificateHolder holder)) {
				throw new vn.minhbach.shared.BusinessRuleViolation("error.exchange.certificate");
			}
			return new JcaX509CertificateConverter().getCertificate(holder);
		}
		catch (IOException | CertificateException ex) {
			throw new vn.minhbach.shared.BusinessRuleViolation("error.exchange.certificate");
		}
	}
}
