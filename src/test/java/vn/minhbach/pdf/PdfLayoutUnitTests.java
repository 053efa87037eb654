package vn.minhbach.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
		String text = PdfTexts.extract(pdf).replaceAll("\\s+", " ");
		assertThat(text).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "chứng thực bản sao, file đính kèm",
				"office, affidavit, ưu tiên, Đắk Lắk, Quảng Ngãi.", "Thẩm định, xác minh thực tế", "fi fl ffi ft tt");
	}
}
