package vn.minhbach.exchange.codec;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import vn.minhbach.exchange.codec.EdxmlPackage.Attachment;
import vn.minhbach.exchange.codec.EdxmlPackage.Business;
import vn.minhbach.exchange.codec.EdxmlPackage.BusinessDocType;
import vn.minhbach.exchange.codec.EdxmlPackage.DocType;
import vn.minhbach.exchange.codec.EdxmlPackage.MessageHeader;
import vn.minhbach.exchange.codec.EdxmlPackage.OtherInfo;
import vn.minhbach.exchange.codec.EdxmlPackage.Promulgation;
import vn.minhbach.exchange.codec.EdxmlPackage.Receiver;
import vn.minhbach.exchange.codec.EdxmlPackage.ReceiverChange;
import vn.minhbach.exchange.codec.EdxmlPackage.Replacement;
import vn.minhbach.exchange.codec.EdxmlPackage.Signer;
import vn.minhbach.exchange.codec.EdxmlPackage.TraceHeader;
import vn.minhbach.exchange.codec.EdxmlPackage.TraceHeaderList;
import vn.minhbach.exchange.codec.EdxmlStatus.StatusCode;

/** Packages and status messages made up for the tests, with Vietnamese text everywhere. */
final class EdxmlFixtures {

	static final LocalDate ISSUED = LocalDate.of(2026, 11, 27);

	static final Organ TAM_ANH_NAM = new Organ("000.01.31.H49", "000.00.31.H49", "Ủy ban nhân dân xã Tam Anh Nam",
			"Thôn Tân Quý, xã Tam Anh Nam, huyện Núi Thành, tỉnh Quảng Nam", "ubndxatamanhnam@quangnam.gov.vn", "0235 3871 234",
			"0235 3871 235", "https://tamanhnam.nuithanh.quangnam.gov.vn");

	static final Organ NUI_THANH = Organ.of("000.00.31.H49", "Ủy ban nhân dân huyện Núi Thành");

	static final Organ TU_PHAP = Organ.of("000.05.31.H49", "Phòng Tư pháp huyện Núi Thành");

	private EdxmlFixtures() {
	}

	/** Only what is required: sender, one recipient, code, date, type, subject; no attachment. */
	static EdxmlPackage minimal() {
		MessageHeader header = new MessageHeader(Organ.of("000.01.31.H49", null), List.of(Organ.of("000.00.31.H49", null)),
				new Code("15", "UBND-VP"), new Promulgation(null, ISSUED), new DocType("1", null), "Về việc báo cáo tình hình",
				null, null, null, null, null, null, null, null);
		return new EdxmlPackage(header, null, null);
	}

	/** Every element the model has, filled. */
	static EdxmlPackage full() {
		MessageHeader header = new MessageHeader(TAM_ANH_NAM, List.of(NUI_THANH, TU_PHAP), new Code("15", "QĐ-UBND"),
				new Promulgation("Tam Anh Nam", ISSUED), new DocType("3", "Quyết định"),
				"Quyết định về việc công nhận \"Gia đình văn hóa\" năm 2026 & khen thưởng <đợt 1>",
				"Công nhận 152 hộ gia đình đạt danh hiệu\r\nGia đình văn hóa năm 2026.\n\tKèm theo danh sách.",
				new Signer("TM.", "Chủ tịch", "Nguyễn Văn Đức"), LocalDate.of(2026, 12, 10),
				List.of("Như Điều 3;", "Đảng ủy xã;", "Lưu: VT, VH-XH."),
				new OtherInfo(2, "Toàn xã", "VH-XH", 12, 4, List.of("Danh sách hộ gia đình văn hóa", "Biểu tổng hợp")),
				List.of(new ResponseFor("000.00.31.H49", new Code("120", "UBND-VX"), LocalDate.of(2026, 11, 2),
						"000.00.31.H49,2026/11/02,120/UBND-VX")),
				"1", EdxmlCodec.documentId("000.01.31.H49", ISSUED, "15", "QĐ-UBND"));
		TraceHeaderList trace = new TraceHeaderList(
				List.of(new TraceHeader("000.01.31.H49", LocalDateTime.of(2026, 11, 27, 14, 5, 9)),
						new TraceHeader("000.00.00.G22", LocalDateTime.of(2026, 11, 27, 14, 5, 30))),
				new Business(BusinessDocType.REPLACE, "Thay thế do sai sót danh sách",
						List.of(new Receiver(ReceiverChange.ADDED, "000.05.31.H49"),
								new Receiver(ReceiverChange.REMOVED, "000.06.31.H49")),
						"000.01.31.H49,2026/11/20,12/QĐ-UBND",
						new StaffInfo("Văn phòng HĐND và UBND", "Trần Thị Thu Hà", "0905 111 222", "vanthu.tamanhnam@quangnam.gov.vn"),
						true, List.of(new Replacement("000.01.31.H49,2026/11/20,12/QĐ-UBND", List.of("000.00.31.H49", "000.05.31.H49")))));
		return new EdxmlPackage(header, trace,
				List.of(new Attachment("qd-15-2026", "Quyết định 15-QĐ-UBND.pdf", "application/pdf", "Văn bản chính",
						"%PDF-1.7 giả lập".getBytes(StandardCharsets.UTF_8)),
						new Attachment("phu-luc-1", "Phụ lục danh sách.docx",
								"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Phụ lục kèm theo",
								new byte[] { 0, 1, 2, (byte) 0xff, (byte) 0xfe })));
	}

	static byte[] random(int size, long seed) {
		byte[] bytes = new byte[size];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	static EdxmlStatus status(StatusCode code) {
		return new EdxmlStatus(
				new ResponseFor("000.01.31.H49", new Code("15", "QĐ-UBND"), ISSUED, "000.01.31.H49,2026/11/27,15/QĐ-UBND"),
				NUI_THANH, code, "Đã tiếp nhận văn bản, chuyển Phòng Văn hóa – Thông tin xử lý",
				LocalDateTime.of(2026, 11, 28, 8, 30, 15),
				new StaffInfo("Văn phòng HĐND và UBND huyện", "Lê Thị Mỹ Dung", "0935 123 456", "vanthu@nuithanh.gov.vn"));
	}
}
