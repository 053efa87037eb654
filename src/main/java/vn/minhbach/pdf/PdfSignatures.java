package vn.minhbach.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * PAdES signatures: an incremental update holding a detached CMS signature (ETSI.CAdES.detached,
 * SHA-256 with RSA, with the signing-certificate-v2 attribute), and their verification: the
 * signed bytes unchanged, the byte range covering the whole file, the signer's certificate one
 * of the agencies' and valid at the signing time.
 */
@Component
public class PdfSignatures {

	/** Signs a PDF as the given key's holder; returns the signed file. */
	public byte[] sign(byte[] pdf, SigningKey key, String signerName, String reason, String location, Instant at) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName(signerName);
			signature.setReason(reason);
			signature.setLocation(location);
			Calendar when = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
			when.setTimeInMillis(at.toEpochMilli());
			signature.setSignDate(when);
			try (SignatureOptions options = new SignatureOptions()) {
				options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
				document.addSignature(signature, content -> cms(content.readAllBytes(), key), options);
				var out = new ByteArrayOutputStream(pdf.length + 20_000);
				document.saveIncremental(out);
				return out.toByteArray();
			}
		}
		catch (IOException ex) {
			throw new InvalidPdf("error.pdf.unreadable", ex);
		}
	}

	/** Checks every signature of a PDF; {@code knownCertificate} says whether a certificate is an agency's. */
	public List<SignatureCheck> verify(byte[] pdf, Predicate<X509Certificate> knownCertificate) {
		List<SignatureCheck> checks = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDSignature signature : document.getSignatureDictionaries()) {
				checks.add(check(signature, pdf, knownCertificate));
			}
		}
		catch (IOException ex) {
			throw new InvalidPdf("error.pdf.unreadable", ex);
		}
		return checks;
	}

	private SignatureCheck check(PDSignature signature, byte[] pdf, Predicate<X509Certificate> knownCertificate) {
		String reason = signature.getReason();
		Instant claimed = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
		try {
			byte[] signedContent = signature.getSignedContent(pdf);
			ContentInfo info;
			try (var asn1 = new ASN1InputStream(signature.getContents())) {
				info = ContentInfo.getInstance(asn1.readObject());
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), info);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			var matches = cms.getCertificates().getMatches(signer.getSID());
			X509CertificateHolder holder = (X509CertificateHolder) matches.iterator().next();
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
			boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
			int[] range = signature.getByteRange();
			boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
			boolean validThen = claimed != null && !claimed.isBefore(certificate.getNotBefore().toInstant())
					&& !claimed.isAfter(certificate.getNotAfter().toInstant());
			return new SignatureCheck(holder.getSubject().toString(), holder.getIssuer().toString(), claimed, reason, intact,
					whole, knownCertificate.test(certificate), validThen, null);
		}
		catch (IOException | CMSException | OperatorCreationException | java.security.cert.CertificateException
				| RuntimeException ex) {
			return new SignatureCheck(signature.getName(), null, claimed, reason, false, false, false, false,
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	private static byte[] cms(byte[] content, SigningKey key) throws IOException {
		try {
			X509Certificate certificate = key.certificate();
			var digests = new JcaDigestCalculatorProviderBuilder().build();
			var signer = new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey());
			byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			var signingCertificate = new SigningCertificateV2(new ESSCertIDv2(certificateHash));
			var attributes = new ASN1EncodableVector();
			attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
			var generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests)
				.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
				.build(signer, certificate));
			generator.addCertificates(new JcaCertStore(key.chain()));
			return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
		}
		catch (OperatorCreationException | CMSException | CertificateEncodingException | NoSuchAlgorithmException ex) {
			throw new IOException("Cannot create the CMS signature", ex);
		}
	}

	/** Reads a whole stream (for uploads to the verify page). */
	public static byte[] readAll(InputStream in) throws IOException {
		return in.readAllBytes();
	}
}
