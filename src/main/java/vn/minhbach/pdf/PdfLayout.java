package vn.minhbach.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A top-to-bottom layout of one document: each call adds a block below the previous one and
 * starts a new page when the current one is full. Text is Unicode (Vietnamese) with the fonts
 * embedded, so the PDF reads the same everywhere.
 */
public final class PdfLayout implements AutoCloseable {

	private static final float LEADING = 1.35f;

	private final PDDocument document = new PDDocument();

	/** The faces lent to this document, given back when it is closed. */
	private final Map<NotoSerif, TrueTypeFont> borrowed = new EnumMap<>(NotoSerif.class);

	private final PDRectangle size;

	private final float margin;

	private final PDFont regular;

	private final PDFont bold;

	private final PDFont italic;

	private PDPageContentStream content;

	private float y;

	private PdfLayout(PDRectangle size, float margin) {
		this.size = size;
		this.margin = margin;
		try {
			this.regular = NotoSerif.embed(document, borrowed(NotoSerif.REGULAR));
			this.bold = NotoSerif.embed(document, borrowed(NotoSerif.BOLD));
			this.italic = NotoSerif.embed(document, borrowed(NotoSerif.ITALIC));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF fonts are missing from the class path", ex);
		}
		newPage();
	}

	/** An A4 page with 2 cm margins (registers, long forms). */
	public static PdfLayout a4() {
		return new PdfLayout(PDRectangle.A4, 56);
	}

	/** An A4 page turned sideways with 1.5 cm margins (register books with many columns). */
	public static PdfLayout a4Landscape() {
		return new PdfLayout(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), 42);
	}

	/** An A5 page with 1.5 cm margins (one-stop forms: receipts, requests, notices). */
	public static PdfLayout a5() {
		return new PdfLayout(PDRectangle.A5, 42);
	}

	public PdfLayout metadata(String title, String author) {
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setAuthor(author);
		info.setCreator("Minh Bạch");
		return this;
	}

	/**
	 * The header of an official document: the agency on the left, the national name and motto on
	 * the right, then the number on the left and place and date on the right.
	 */
	public PdfLayout nationalHeader(String parentAgency, String agency, String number, String placeAndDate) {
		float width = contentWidth();
		float left = width * 0.42f;
		float startY = y;
		float leftBottom = column(startY, margin, left, List.of(
				new Line(parentAgency == null ? "" : parentAgency.toUpperCase(), regular, 10),
				new Line(agency.toUpperCase(), bold, 10), new Line("–––––––", regular, 10),
				new Line(number == null ? "" : number, regular, 10)));
		String motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
		String slogan = "Độc lập - Tự do - Hạnh phúc";
		float rightBottom = column(startY, margin + left, width - left,
				List.of(new Line(motto, bold, fitting(motto, bold, 12, width - left - 4)),
						new Line(slogan, bold, fitting(slogan, bold, 13, width - left - 4)),
						new Line("–––––––––––––––", regular, 10),
						new Line(placeAndDate == null ? "" : placeAndDate, italic, 10)));
		y = Math.min(leftBottom, rightBottom) - 8;
		return this;
	}

	/** A centred bold title in capitals. */
	public PdfLayout title(String text) {
		space(6);
		centred(text.toUpperCase(), bold, 13);
		space(4);
		return this;
	}

	/** A centred line (subtitle, "Kính gửi: …"). */
	public PdfLayout centredLine(String text, boolean emphasised) {
		centred(text, emphasised ? bold : italic, 11);
		return this;
	}

	public PdfLayout heading(String text) {
		space(6);
		wrap(text, bold, 11, margin, contentWidth());
		return this;
	}

	public PdfLayout paragraph(String text) {
		wrap(text, regular, 11, margin, contentWidth());
		return this;
	}

	public PdfLayout note(String text) {
		wrap(text, italic, 9.5f, margin, contentWidth());
		return this;
	}

	/** "Label: value", or "Label: ……" with a dotted line to write on when the value is empty. */
	public PdfLayout field(String label, String value) {
		String shown = value == null || value.isBlank() ? ".".repeat(Math.max(10, 90 - label.length())) : value;
		wrap(label + ": " + shown, regular, 11, margin, contentWidth());
		return this;
	}

	/** A check box line: ☐ or ☒ followed by the text. */
	public PdfLayout checkbox(String text, boolean checked) {
		wrap((checked ? "[x] " : "[  ] ") + text, regular, 11, margin, contentWidth());
		return this;
	}

	public PdfLayout space(float points) {
		y -= points;
		if (y < margin) {
			newPage();
		}
		return this;
	}

	/** A simple bordered table with a bold header row; columns share the width by the given weights. */
	public PdfLayout table(List<String> headers, List<List<String>> rows, float[] weights) {
		float width = contentWidth();
		float total = 0;
		for (float w : weights) {
			total += w;
		}
		float[] widths = new float[weights.length];
		for (int i = 0; i < weights.length; i++) {
			widths[i] = width * weights[i] / total;
		}
		row(headers, widths, bold);
		for (List<String> row : rows) {
			row(row, widths, regular);
		}
		space(4);
		return this;
	}

	/** Two signature columns (e.g. "Người nộp hồ sơ" and "Người tiếp nhận"), with room to sign. */
	public PdfLayout signatures(String leftTitle, String leftName, String rightTitle, String rightName) {
		space(10);
		float width = contentWidth() / 2;
		float startY = y;
		float a = column(startY, margin, width, List.of(new Line(leftTitle == null ? "" : leftTitle, bold, 10.5f),
				new Line(leftTitle == null ? "" : "(Ký, ghi rõ họ tên)", italic, 9.5f), new Line(" ", regular, 10),
				new Line(" ", regular, 10), new Line(" ", regular, 10), new Line(leftName == null ? "" : leftName, bold, 10.5f)));
		float b = column(startY, margin + width, width, List.of(new Line(rightTitle == null ? "" : rightTitle, bold, 10.5f),
				new Line(rightTitle == null ? "" : "(Ký, ghi rõ họ tên)", italic, 9.5f), new Line(" ", regular, 10),
				new Line(" ", regular, 10), new Line(" ", regular, 10),
				new Line(rightName == null ? "" : rightName, bold, 10.5f)));
		y = Math.min(a, b);
		return this;
	}

	/**
	 * The foot of an administrative document (Decree 30/2020): "Nơi nhận" with its list on the left,
	 * and on the right the signing authority and title, room for the signature, and the signer's name.
	 */
	public PdfLayout recipientsAndSigner(List<String> places, String signerTitle, String signerName) {
		space(10);
		float width = contentWidth() / 2;
		float startY = y;
		float left = startY;
		left -= 10 * LEADING;
		show("Nơi nhận:", boldItalicOrBold(), 10, margin, left);
		for (String place : places) {
			for (String part : lines(place, regular, 9, width - 8)) {
				left -= 9 * LEADING;
				show(part, regular, 9, margin, left);
			}
		}
		float right = column(startY, margin + width, width, List.of(new Line(signerTitle == null ? "" : signerTitle, bold, 11),
				new Line(" ", regular, 10), new Line(" ", regular, 10), new Line(" ", regular, 10), new Line(" ", regular, 10),
				new Line(signerName == null ? "" : signerName, bold, 11)));
		y = Math.min(left, right);
		return this;
	}

	private PDFont boldItalicOrBold() {
		return bold;
	}

	/** The finished PDF. */
	public byte[] toBytes() {
		try {
			content.close();
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			borrowed.forEach((face, font) -> face.giveBack(font));
			borrowed.clear();
		}
	}

	private TrueTypeFont borrowed(NotoSerif face) {
		TrueTypeFont font = face.borrow();
		borrowed.put(face, font);
		return font;
	}

	/** The words of a text that fit a width, line by line. */
	static List<String> lines(String text, PDFont font, float fontSize, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\n", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String candidate = line.length() == 0 ? word : line + " " + word;
				if (width(candidate, font, fontSize) <= width || line.length() == 0) {
					line.setLength(0);
					line.append(candidate);
				}
				else {
					lines.add(line.toString());
					line.setLength(0);
					line.append(word);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** The largest size up to {@code max} at which the text fits on one line of the width (national headers never wrap). */
	private static float fitting(String text, PDFont font, float max, float width) {
		try {
			float atOne = font.getStringWidth(text) / 1000;
			return Math.min(max, (float) Math.floor(width / atOne * 10) / 10);
		}
		catch (java.io.IOException ex) {
			return max;
		}
	}

	private record Line(String text, PDFont font, float size) {
	}

	private float column(float top, float x, float width, List<Line> lines) {
		float cursor = top;
		for (Line line : lines) {
			for (String part : lines(line.text(), line.font(), line.size(), width)) {
				cursor -= line.size() * LEADING;
				float textWidth = width(part, line.font(), line.size());
				show(part, line.font(), line.size(), x + (width - textWidth) / 2, cursor);
			}
		}
		return cursor;
	}

	private void row(List<String> cells, float[] widths, PDFont font) {
		float fontSize = 9.5f;
		int height = 1;
		List<List<String>> wrapped = new ArrayList<>();
		for (int i = 0; i < widths.length; i++) {
			String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
			List<String> lines = lines(cell, font, fontSize, widths[i] - 6);
			wrapped.add(lines);
			height = Math.max(height, lines.size());
		}
		float rowHeight = height * fontSize * LEADING + 6;
		if (y - rowHeight < margin) {
			newPage();
		}
		float x = margin;
		try {
			for (int i = 0; i < widths.length; i++) {
				content.addRect(x, y - rowHeight, widths[i], rowHeight);
				content.stroke();
				float lineY = y - 3;
				for (String line : wrapped.get(i)) {
					lineY -= fontSize * LEADING;
					show(line, font, fontSize, x + 3, lineY + 2);
				}
				x += widths[i];
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		y -= rowHeight;
	}

	private void centred(String text, PDFont font, float fontSize) {
		for (String line : lines(text, font, fontSize, contentWidth())) {
			advance(fontSize);
			show(line, font, fontSize, margin + (contentWidth() - width(line, font, fontSize)) / 2, y);
		}
	}

	private void wrap(String text, PDFont font, float fontSize, float x, float width) {
		for (String line : lines(text, font, fontSize, width)) {
			advance(fontSize);
			show(line, font, fontSize, x, y);
		}
	}

	private void advance(float fontSize) {
		y -= fontSize * LEADING;
		if (y < margin) {
			newPage();
			y -= fontSize * LEADING;
		}
	}

	private void show(String text, PDFont font, float fontSize, float x, float atY) {
		if (text.isEmpty()) {
			return;
		}
		try {
			content.beginText();
			content.setFont(font, fontSize);
			content.newLineAtOffset(x, atY);
			content.showText(text);
			content.endText();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static float width(String text, PDFont font, float fontSize) {
		try {
			return font.getStringWidth(text) / 1000 * fontSize;
		}
		catch (IOException | IllegalArgumentException ex) {
			return text.length() * fontSize * 0.5f;
		}
	}

	private float contentWidth() {
		return size.getWidth() - 2 * margin;
	}

	private void newPage() {
		try {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(size);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			content.setLineWidth(0.5f);
			y = size.getHeight() - margin;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
