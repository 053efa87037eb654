package vn.minhbach.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/**
 * What a generated form prints is also its text: every word, with its Vietnamese letters, comes
 * back out of the PDF for search, copy and screen readers (the fonts are embedded without glyph
 * substitution).
 */
class PdfLayoutUnitTests {

	@Test
	void everyWordOfAFormComesBackOutOfItsText() {
		String paragraph = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả: chứng thực bản sao, file đính kèm, "
				+ "office, affidavit, ưu tiên, Đắk Lắk, Quảng Ngãi.";
		byte[] pdf;
		PdfLayout layout = PdfLayout.a4();
		try {
			pdf = layout.title("Phiếu kiểm soát quá trình giải quyết hồ sơ")
				.paragraph(paragraph)
				.table(List.of("TT", "Nội dung"), List.of(List.of("1", "Thẩm định, xác minh thực tế")), new float[] { 1, 6 })
				.note("Ghi chú: fi fl ffi ft tt")
				.toBytes();
		}
		finally {
			layout.close();
		}
		String text = text(pdf);
		assertThat(text).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "chứng thực bản sao, file đính kèm",
				"office, affidavit, ưu tiên, Đắk Lắk, Quảng Ngãi.", "Thẩm định, xác minh thực tế", "fi fl ffi ft tt");
	}

	@Test
	void documentsRenderedOneAfterAnotherAndAtOnceEachKeepTheirOwnText() throws Exception {
		// the parsed faces are lent from one document to the next: none may carry glyphs or state over
		for (int i = 0; i < 3; i++) {
			assertThat(text(form("Lần " + i + ": Ủy ban nhân dân xã Tam Anh Nam"))).contains("Lần " + i + ": Ủy ban nhân dân xã Tam Anh Nam");
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<String>> texts = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				String line = "Hồ sơ số " + i + " – Nguyễn Thị Ánh Tuyết, Đồng Xoài";
				texts.add(pool.submit(() -> text(form(line))));
			}
			for (int i = 0; i < texts.size(); i++) {
				assertThat(texts.get(i).get()).contains("Hồ sơ số " + i + " – Nguyễn Thị Ánh Tuyết, Đồng Xoài");
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static byte[] form(String line) {
		try (PdfLayout layout = PdfLayout.a5()) {
			return layout.title("Giấy tiếp nhận").paragraph(line).note("Ghi chú").toBytes();
		}
	}

	private static String text(byte[] pdf) {
		return PdfTexts.extract(pdf).replaceAll("\\s+", " ");
	}
}
