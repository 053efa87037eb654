package vn.minhbach.pdf;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import fr.opensagres.poi.xwpf.converter.pdf.PdfConverter;
import fr.opensagres.poi.xwpf.converter.pdf.PdfOptions;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Word drafts: a DOCX is converted to PDF (XDocReport on Apache POI) with every font mapped to
 * the embedded Noto Serif, so Vietnamese text renders on a server without Office fonts; its text
 * is extracted for search. A file that is not a readable DOCX is refused with a clear reason.
 */
public final class WordDocuments {

	private static final byte[] REGULAR = NotoSerif.REGULAR.bytes();

	private static final byte[] BOLD = NotoSerif.BOLD.bytes();

	private static final byte[] ITALIC = NotoSerif.ITALIC.bytes();

	private WordDocuments() {
	}

	public static byte[] toPdf(byte[] docx) {
		try (XWPFDocument document = withStyles(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			PdfOptions options = PdfOptions.create().fontProvider(WordDocuments::noto);
			var out = new ByteArrayOutputStream(docx.length * 2 + 20_000);
			PdfConverter.getInstance().convert(document, out, options);
			return out.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidPdf("error.docx.unconvertible", ex);
		}
	}

	/**
	 * Files written by some tools (not Word) lack the styles part or the section properties (page
	 * size and margins) that the converter needs: they are added, with an A4 page and the margins of
	 * Decree 30/2020 (top and bottom 20 mm, left 30 mm, right 15 mm).
	 */
	private static XWPFDocument withStyles(XWPFDocument document) throws IOException {
		boolean styles = document.getStyles() != null;
		var body = document.getDocument().getBody();
		boolean section = body.isSetSectPr();
		if (styles && section) {
			return document;
		}
		try (document) {
			if (!styles) {
				document.createStyles()
					.setStyles(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance());
			}
			if (!section) {
				var properties = body.addNewSectPr();
				var page = properties.addNewPgSz();
				page.setW(java.math.BigInteger.valueOf(11906));
				page.setH(java.math.BigInteger.valueOf(16838));
				var margins = properties.addNewPgMar();
				margins.setTop(java.math.BigInteger.valueOf(1134));
				margins.setBottom(java.math.BigInteger.valueOf(1134));
				margins.setLeft(java.math.BigInteger.valueOf(1701));
				margins.setRight(java.math.BigInteger.valueOf(851));
			}
			var out = new ByteArrayOutputStream();
			document.write(out);
			return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
		}
	}

	public static String text(byte[] docx) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			return text.length() > PdfTexts.MAX_CHARS ? text.substring(0, PdfTexts.MAX_CHARS) : text;
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidPdf("error.docx.unconvertible", ex);
		}
	}

	private static Font noto(String familyName, String encoding, float size, int style, Color color) {
		try {
			boolean bold = style != Font.UNDEFINED && (style & Font.BOLD) != 0;
			boolean italic = style != Font.UNDEFINED && (style & Font.ITALIC) != 0;
			byte[] file = bold ? BOLD : italic ? ITALIC : REGULAR;
			String name = bold ? "NotoSerif-Bold.ttf" : italic ? "NotoSerif-Italic.ttf" : "NotoSerif-Regular.ttf";
			BaseFont base = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, file, null);
			return new Font(base, size, style == Font.UNDEFINED ? Font.NORMAL : style & ~(Font.BOLD | Font.ITALIC), color);
		}
		catch (com.lowagie.text.DocumentException | IOException ex) {
			throw new IllegalStateException("The embedded fonts cannot be loaded", ex);
		}
	}

}
