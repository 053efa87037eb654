package vn.minhbach.pdf;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF, for search. Encrypted or broken files are refused with a clear reason. */
public final class PdfTexts {

	/** Beyond this many characters the rest of a long document is not indexed. */
	public static final int MAX_CHARS = 1_000_000;

	private PdfTexts() {
	}

	public static String extract(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (document.isEncrypted()) {
				throw new InvalidPdf("error.pdf.encrypted", null);
			}
			String text = new PDFTextStripper().getText(document);
			return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		}
		catch (InvalidPasswordException ex) {
			throw new InvalidPdf("error.pdf.encrypted", ex);
		}
		catch (IOException ex) {
			throw new InvalidPdf("error.pdf.unreadable", ex);
		}
	}

	/** Whether the file is a PDF that opens, is not encrypted, and has at least one page. */
	public static void requireReadable(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			if (document.isEncrypted()) {
				throw new InvalidPdf("error.pdf.encrypted", null);
			}
			if (document.getNumberOfPages() == 0) {
				throw new InvalidPdf("error.pdf.unreadable", null);
			}
		}
		catch (InvalidPasswordException ex) {
			throw new InvalidPdf("error.pdf.encrypted", ex);
		}
		catch (IOException ex) {
			throw new InvalidPdf("error.pdf.unreadable", ex);
		}
	}
}
