package vn.minhbach.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import vn.minhbach.pdf.PdfLayout;

/** Real files for tests: a small PDF with Vietnamese text, a PNG and a JPEG. */
public final class TestFiles {

	private TestFiles() {
	}

	public static byte[] pdf(String text) {
		try (PdfLayout pdf = PdfLayout.a5()) {
			pdf.title(text);
			pdf.paragraph("Tệp thử nghiệm của Minh Bạch.");
			return pdf.toBytes();
		}
	}

	/** A Word document with a heading and paragraphs of Vietnamese text. */
	public static byte[] docx(String heading, String... paragraphs) {
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = new ByteArrayOutputStream()) {
			var title = document.createParagraph().createRun();
			title.setBold(true);
			title.setFontFamily("Times New Roman");
			title.setFontSize(14);
			title.setText(heading);
			for (String text : paragraphs) {
				var run = document.createParagraph().createRun();
				run.setFontFamily("Times New Roman");
				run.setFontSize(13);
				run.setText(text);
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF that opens only with a password. */
	public static byte[] encryptedPdf() {
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf("Mật"))) {
			var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("chu", "nguoidoc",
					new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] jpeg() {
		return image("jpg");
	}

	private static byte[] image(String format) {
		var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 40; x++) {
			image.setRGB(x, x % 30, 0xC8102E);
		}
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
