package vn.minhbach.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
	 * The face for one document, to be embedded as a subset when it is saved. The parsed font is
	 * closed with the document's other resources by the garbage collector: it reads from memory.
	 */
	PDType0Font load(PDDocument document) throws IOException {
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
		font.setEnableGsub(false);
		return PDType0Font.load(document, font, true);
	}
}
