package vn.minhbach.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Noto Serif faces every generated PDF and Word conversion uses, read from the class path once
 * and kept in memory (each document used to read and parse the three files again). A face is
 * embedded as a subset with OpenType glyph substitution (GSUB) turned off: Vietnamese is written
 * with precomposed letters and needs none of it, and PDFBox otherwise compiled regular expressions
 * for every string shown — most of the time of rendering a form, measured in the dossier
 * transitions of the benchmarks (bench/RESULTS.md).
 */
enum NotoSerif {

	REGULAR("fonts/NotoSerif-Regular.ttf"), BOLD("fonts/NotoSerif-Bold.ttf"), ITALIC("fonts/NotoSerif-Italic.ttf");

	private final String resource;

	/** Parsed faces kept for reuse: as many as documents are usually rendered at once. */
	private static final int KEPT = 8;

	private final Deque<TrueTypeFont> parsed = new ConcurrentLinkedDeque<>();

	private volatile byte[] bytes;

	NotoSerif(String resource) {
		this.resource = resource;
	}

	/** The font file. */
	byte[] bytes() {
		byte[] read = bytes;
		if (read == null) {
			try (InputStream in = NotoSerif.class.getClassLoader().getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("The PDF font " + resource + " is missing from the class path");
				}
				read = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			bytes = read;
		}
		return read;
	}

	/**
	 * A parsed face for one document, to be embedded as a subset when it is saved; given back with
	 * {@link #giveBack} once the document is closed. Parsed faces are kept for the next document
	 * (parsing the three files was a fifth of the time of a form); a face is used by one document
	 * at a time, as FontBox's fonts are not safe for concurrent use.
	 */
	TrueTypeFont borrow() {
		TrueTypeFont font = parsed.pollFirst();
		if (font != null) {
			return font;
		}
		try {
			font = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		font.setEnableGsub(false);
		return font;
	}

	void giveBack(TrueTypeFont font) {
		if (parsed.size() < KEPT) {
			parsed.addFirst(font);
		}
	}

	/** Embeds a borrowed face in a document as a subset of the glyphs it shows. */
	static PDType0Font embed(PDDocument document, TrueTypeFont font) throws IOException {
		return PDType0Font.load(document, font, true);
	}
}
