package vn.minhbach.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * Writes the issuing data onto a finished PDF: a line (number and notation, date) at the top
 * right of the first page, above the document's own content, as the clerk's stamp of issuance
 * (and as Decree 30/2020 places the line on separately signed attachments).
 */
public final class PdfStamps {

	private PdfStamps() {
	}

	public static byte[] stampFirstPage(byte[] pdf, String line) {
		TrueTypeFont face = NotoSerif.REGULAR.borrow();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (document.isEncrypted()) {
				throw new InvalidPdf("error.pdf.encrypted", null);
			}
			PDPage page = document.getPage(0);
			PDType0Font font = NotoSerif.embed(document, face);
			float size = 9.5f;
			PDRectangle box = page.getCropBox();
			float width = font.getStringWidth(line) / 1000 * size;
			float x = box.getUpperRightX() - width - 24;
			float y = box.getUpperRightY() - 20;
			try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
					true, true)) {
				content.beginText();
				content.setFont(font, size);
				content.setNonStrokingColor(new PDColor(new float[] { 0.75f, 0.05f, 0.05f }, PDDeviceRGB.INSTANCE));
				content.newLineAtOffset(Math.max(box.getLowerLeftX() + 12, x), y);
				content.showText(line);
				content.endText();
			}
			var out = new ByteArrayOutputStream(pdf.length + 40_000);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new InvalidPdf("error.pdf.unreadable", ex);
		}
		finally {
			NotoSerif.REGULAR.giveBack(face);
		}
	}
}
