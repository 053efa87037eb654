package vn.minhbach.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.minhbach.IntegrationTest;
import vn.minhbach.shared.BusinessRuleViolation;

@IntegrationTest
class PdfSignaturesIntegrationTests {

	@Autowired
	PdfSignatures signatures;

	@Autowired
	SigningKeys keys;

	byte[] document() {
		try (PdfLayout pdf = PdfLayout.a5()) {
			pdf.nationalHeader("UBND HUYỆN NÚI THÀNH", "Ủy ban nhân dân xã Tam Anh Nam", "Số: 12/GTN", "Tam Anh Nam, ngày 27 tháng 11 năm 2026");
			pdf.title("Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
			pdf.paragraph("Người nộp: Nguyễn Văn An – Thôn Nam Định, xã Tam Anh Nam");
			return pdf.toBytes();
		}
	}

	@Test
	void signsSoThatTheSignatureVerifiesAndTheTextStaysReadable() throws Exception {
		SigningKey key = keys.forAgency(9001L, "000.99.01.H47", "Ủy ban nhân dân xã Thử Nghiệm");
		byte[] signed = signatures.sign(document(), key, "Ủy ban nhân dân xã Thử Nghiệm", "Giấy tiếp nhận hồ sơ",
				"Tam Anh Nam", Instant.parse("2026-11-27T02:00:00Z"));
		List<SignatureCheck> checks = signatures.verify(signed, certificate -> keys.knownCertificates().contains(certificate));
		assertThat(checks).singleElement().satisfies(check -> {
			assertThat(check.valid()).as(String.valueOf(check)).isTrue();
			assertThat(check.signerName()).contains("Thử Nghiệm");
			assertThat(check.signedAt()).isEqualTo(Instant.parse("2026-11-27T02:00:00Z"));
			assertThat(check.reason()).isEqualTo("Giấy tiếp nhận hồ sơ");
		});
		try (var document = Loader.loadPDF(signed)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
					"Nguyễn Văn An", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		}
		assertThat(keys.forAgency(9001L, "000.99.01.H47", "Ủy ban nhân dân xã Thử Nghiệm").certificate())
			.as("the same key every time").isEqualTo(key.certificate());
	}

	@Test
	void detectsAlteredBytesAndContentAddedAfterSigning() throws Exception {
		SigningKey key = keys.forAgency(9002L, "000.99.02.H47", "Ủy ban nhân dân xã Thử Hai");
		byte[] signed = signatures.sign(document(), key, "Thử Hai", "Kết quả", "Núi Thành", Instant.now());
		byte[] altered = signed.clone();
		int where = indexOf(altered, "Nguy".getBytes()) ;
		// change one byte inside the signed range (the page content stream, not the signature)
		altered[Math.max(200, where > 0 ? where : altered.length / 3)] ^= 0x01;
		assertThat(signatures.verify(altered, c -> true)).allSatisfy(check -> assertThat(check.valid()).isFalse());

		try (var document = Loader.loadPDF(signed)) {
			document.getDocumentInformation().setTitle("Sửa sau khi ký");
			document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
			var out = new ByteArrayOutputStream();
			document.saveIncremental(out);
			List<SignatureCheck> checks = signatures.verify(out.toByteArray(), c -> true);
			assertThat(checks).singleElement().satisfies(check -> {
				assertThat(check.intact()).as("the signed part itself is intact").isTrue();
				assertThat(check.coversWholeDocument()).as("but something was added after signing").isFalse();
				assertThat(check.valid()).isFalse();
			});
		}
		assertThat(signatures.verify(signed, c -> false)).singleElement()
			.satisfies(check -> assertThat(check.knownSigner()).isFalse());
	}

	@Test
	void refusesAKeystoreWithAWrongPasswordAndANonPdf() {
		byte[] keystore = keystoreOf(keys.forAgency(9003L, "000.99.03.H47", "Thử Ba"));
		assertThatThrownBy(() -> SigningKeys.load(new ByteArrayInputStream(keystore), "sai-mat-khau"))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("error.signing.wrongPassword"));
		assertThatThrownBy(() -> signatures.verify("không phải PDF".getBytes(), c -> true)).isInstanceOf(InvalidPdf.class);
	}

	private static byte[] keystoreOf(SigningKey key) {
		try {
			var store = java.security.KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("k", key.privateKey(), "dung-mat-khau".toCharArray(),
					key.chain().toArray(new java.security.cert.Certificate[0]));
			var out = new ByteArrayOutputStream();
			store.store(out, "dung-mat-khau".toCharArray());
			return out.toByteArray();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		outer: for (int i = 0; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
