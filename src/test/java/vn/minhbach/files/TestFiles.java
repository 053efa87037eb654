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
