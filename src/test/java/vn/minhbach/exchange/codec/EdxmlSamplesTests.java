package vn.minhbach.exchange.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.Urgency;
import vn.minhbach.exchange.codec.EdxmlCodec.Kind;
import vn.minhbach.exchange.codec.EdxmlPackage.Attachment;
import vn.minhbach.exchange.codec.EdxmlPackage.Business;
import vn.minhbach.exchange.codec.EdxmlPackage.BusinessDocType;
import vn.minhbach.exchange.codec.EdxmlPackage.DocType;
import vn.minhbach.exchange.codec.EdxmlPackage.MessageHeader;
import vn.minhbach.exchange.codec.EdxmlPackage.OtherInfo;
import vn.minhbach.exchange.codec.EdxmlPackage.Promulgation;
import vn.minhbach.exchange.codec.EdxmlPackage.Receiver;
import vn.minhbach.exchange.codec.EdxmlPackage.ReceiverChange;
import vn.minhbach.exchange.codec.EdxmlPackage.Signer;
import vn.minhbach.exchange.codec.EdxmlPackage.TraceHeader;
import vn.minhbach.exchange.codec.EdxmlStatus.StatusCode;

/**
 * Packages written by hand the way other systems send them: the national sample's layout with
 * {@code yyyy/MM/dd} dates and an XML-DSig signature, another system's with {@code dd/MM/yyyy}
 * dates and unprefixed fields, and a status message.
 */
class EdxmlSamplesTests {

	@Test
	void aCongVanInTheStyleOfTheNationalSample() throws IOException {
		byte[] xml = sample("cong-van-yyyy-mm-dd.edxml");
		assertThat(EdxmlCodec.detect(xml)).isEqualTo(Kind.PACKAGE);
		EdxmlPackage edxml = EdxmlCodec.read(xml);
		MessageHeader header = edxml.header();
		assertThat(header.from()).isEqualTo(new Organ("000.01.31.H49", "000.00.31.H49", "Ủy ban nhân dân xã Tam Anh Nam",
				"Thôn Tân Quý, xã Tam Anh Nam, huyện Núi Thành, tỉnh Quảng Nam", "ubndxatamanhnam@quangnam.gov.vn",
				"0235 3871 234", "0235 3871 235", "https://tamanhnam.nuithanh.quangnam.gov.vn"));
		assertThat(header.to()).containsExactly(
				new Organ("000.00.31.H49", "000.00.00.H49", "Ủy ban nhân dân huyện Núi Thành",
						"Khối 1, thị trấn Núi Thành, huyện Núi Thành, tỉnh Quảng Nam", "ubnd@nuithanh.gov.vn", "0235 3871 111",
						"0235 3871 112", "https://nuithanh.quangnam.gov.vn"),
				new Organ("000.12.31.H49", "000.00.31.H49", "Phòng Văn hóa và Thông tin huyện Núi Thành", null, null, null, null,
						null));
		assertThat(header.code()).isEqualTo(new Code("15", "UBND-VP"));
		assertThat(header.promulgation()).isEqualTo(new Promulgation("Tam Anh Nam", LocalDate.of(2026, 11, 27)));
		assertThat(header.documentType()).isEqualTo(new DocType("1", "Công văn"));
		assertThat(EdxmlCodes.defaults().documentType(header.documentType())).contains(DocumentType.CONG_VAN);
		assertThat(header.subject()).isEqualTo("V/v tổ chức Đại hội Thể dục thể thao xã Tam Anh Nam lần thứ IX");
		assertThat(header.content()).isEqualTo("Đề nghị Ủy ban nhân dân huyện hỗ trợ kinh phí và cử đại biểu dự khai mạc.");
		assertThat(header.signer()).isEqualTo(new Signer("KT. CHỦ TỊCH", "Phó Chủ tịch", "Phan Thị Hồng Nhung"));
		assertThat(header.dueDate()).isEqualTo(LocalDate.of(2026, 12, 5));
		assertThat(header.toPlaces()).containsExactly("UBND huyện Núi Thành;", "Phòng VH&TT huyện;", "Lưu: VT.");
		assertThat(header.otherInfo()).isEqualTo(new OtherInfo(1, "Liên thông văn bản quốc gia", "VP", 3, 2,
				List.of("Kế hoạch tổ chức Đại hội")));
		assertThat(EdxmlCodes.urgency(header.otherInfo().priority())).isEqualTo(Urgency.KHAN);
		assertThat(header.responseFor()).containsExactly(new ResponseFor("000.00.31.H49", new Code("120", "UBND-VX"),
				LocalDate.of(2026, 11, 2), "000.00.31.H49,2026/11/02,120/UBND-VX"));
		assertThat(header.steeringType()).isEqualTo("1");
		assertThat(EdxmlCodes.defaults().steering(header.steeringType())).contains(EdxmlCodes.Steering.NOT_DIRECTIVE);
		assertThat(header.documentId()).isEqualTo("000.01.31.H49,2026/11/27,15/UBND-VP")
			.isEqualTo(EdxmlCodec.documentId(header));
		assertThat(edxml.trace().traceHeaders())
			.containsExactly(new TraceHeader("000.01.31.H49", LocalDateTime.of(2026, 11, 27, 14, 5, 9)));
		assertThat(edxml.trace().business()).isEqualTo(new Business(BusinessDocType.NEW, "Văn bản điện tử mới", List.of(), null,
				new StaffInfo("Văn phòng HĐND và UBND xã", "Trần Thị Thu Hà", "0905 111 222", "vanthu.tamanhnam@quangnam.gov.vn"),
				false, List.of()));
		assertThat(edxml.attachments()).extracting(Attachment::contentId, Attachment::name, Attachment::contentType,
				Attachment::description)
			.containsExactly(
					tuple("6f1c2d3e-0a4b-4c5d-8e9f-000000000015", "15-UBND-VP.txt", "text/plain",
							"Văn bản chính"),
					tuple("6f1c2d3e-0a4b-4c5d-8e9f-000000000016", "Kế hoạch Đại hội TDTT.bin",
							"application/octet-stream", "Kế hoạch tổ chức Đại hội"));
		assertThat(new String(edxml.attachments().get(0).content(), StandardCharsets.UTF_8))
			.isEqualTo("CÔNG VĂN số 15/UBND-VP\nVề việc tổ chức Đại hội Thể dục thể thao xã Tam Anh Nam lần thứ IX.\n");
		byte[] everyByte = new byte[256];
		for (int i = 0; i < 256; i++) {
			everyByte[i] = (byte) i;
		}
		assertThat(edxml.attachments().get(1).content()).isEqualTo(everyByte);
		assertThat(EdxmlCodec.read(EdxmlCodec.write(edxml))).as("what was read writes and reads back the same")
			.isEqualTo(edxml);
	}

	@Test
	void aQuyetDinhFromAnotherSystemWithDayFirstDates() throws IOException {
		byte[] xml = sample("quyet-dinh-dd-mm-yyyy.edxml");
		assertThat(EdxmlCodec.detect(xml)).isEqualTo(Kind.PACKAGE);
		EdxmlPackage edxml = EdxmlCodec.read(xml);
		MessageHeader header = edxml.header();
		assertThat(header.from()).isEqualTo(new Organ("000.00.31.H49", null, "Ủy ban nhân dân huyện Núi Thành", null,
				"ubnd@nuithanh.gov.vn", null, null, null));
		assertThat(header.to()).containsExactly(Organ.of("000.01.31.H49", "UBND xã Tam Anh Nam"));
		assertThat(header.code()).isEqualTo(new Code("07", "QĐ-UBND"));
		assertThat(header.promulgation()).isEqualTo(new Promulgation("Núi Thành", LocalDate.of(2026, 12, 3)));
		assertThat(header.documentType()).isEqualTo(new DocType("18", "Quyết định"));
		assertThat(EdxmlCodes.defaults().documentType(header.documentType())).as("by name, whatever the code")
			.contains(DocumentType.QUYET_DINH);
		assertThat(header.subject()).isEqualTo("Quyết định phê duyệt Kế hoạch chuyển đổi số năm 2027 của huyện & các xã");
		assertThat(header.content()).isNull();
		assertThat(header.signer()).isEqualTo(new Signer("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Võ Văn Hùng"));
		assertThat(header.dueDate()).as("the time of a date is dropped").isEqualTo(LocalDate.of(2026, 12, 15));
		assertThat(header.toPlaces()).isEmpty();
		assertThat(header.otherInfo()).isEqualTo(new OtherInfo(3, null, "VHTT", 20, 5, List.of()));
		assertThat(EdxmlCodes.urgency(header.otherInfo().priority())).isEqualTo(Urgency.HOA_TOC);
		assertThat(header.responseFor()).containsExactly(new ResponseFor("000.01.31.H49", new Code("15", "UBND-VP"),
				LocalDate.of(2026, 11, 27), "000.01.31.H49,2026/11/27,15/UBND-VP"));
		assertThat(header.steeringType()).isEqualTo("0");
		assertThat(EdxmlCodes.defaults().steering("0")).as("another axis's value").isEmpty();
		assertThat(header.documentId()).isEqualTo("000.00.31.H49,03/12/2026,07/QĐ-UBND");
		assertThat(edxml.trace().traceHeaders()).containsExactly(
				new TraceHeader("000.00.31.H49", LocalDateTime.of(2026, 12, 3, 16, 45, 2)),
				new TraceHeader("000.00.00.G22", LocalDateTime.of(2026, 12, 3, 16, 45, 40)));
		assertThat(edxml.trace().business()).isEqualTo(new Business(BusinessDocType.UPDATE, "Bổ sung nơi nhận",
				List.of(new Receiver(ReceiverChange.ADDED, "000.02.31.H49")), "000.00.31.H49,03/12/2026,07/QĐ-UBND",
				new StaffInfo("Văn phòng HĐND và UBND huyện", "Lê Thị Mỹ Dung", null, null), true, List.of()));
		assertThat(edxml.attachments()).hasSize(1);
		Attachment decision = edxml.attachments().get(0);
		assertThat(decision.contentId()).isEqualTo("QD07.2026@nuithanh.gov.vn");
		assertThat(decision.name()).as("from the manifest").isEqualTo("07-QĐ-UBND.txt");
		assertThat(decision.contentType()).isEqualTo("text/plain; charset=UTF-8");
		assertThat(decision.description()).isEqualTo("Quyết định đã ký số");
		assertThat(new String(decision.content(), StandardCharsets.UTF_8)).as("base64 in lines of 76")
			.isEqualTo("QUYẾT ĐỊNH số 07/QĐ-UBND\n" + "Điều 1. Phê duyệt kế hoạch chuyển đổi số năm 2027. ".repeat(8) + "\n");
		assertThat(EdxmlCodec.read(EdxmlCodec.write(edxml))).isEqualTo(edxml);
	}

	@Test
	void aStatusMessage() throws IOException {
		byte[] xml = sample("trang-thai-da-tiep-nhan.edxml");
		assertThat(EdxmlCodec.detect(xml)).isEqualTo(Kind.STATUS);
		EdxmlStatus status = EdxmlCodec.readStatus(xml);
		assertThat(status.responseFor()).isEqualTo(new ResponseFor("000.01.31.H49", new Code("15", "UBND-VP"),
				LocalDate.of(2026, 11, 27), "000.01.31.H49,2026/11/27,15/UBND-VP"));
		assertThat(status.from()).isEqualTo(Organ.of("000.00.31.H49", "Ủy ban nhân dân huyện Núi Thành"));
		assertThat(status.statusCode()).isEqualTo(StatusCode.REGISTERED);
		assertThat(status.description()).isEqualTo("Đã vào sổ văn bản đến số 1024, trình Chủ tịch cho ý kiến chỉ đạo");
		assertThat(status.timestamp()).isEqualTo(LocalDateTime.of(2026, 11, 28, 8, 30, 15));
		assertThat(status.staffInfo()).isEqualTo(new StaffInfo("Văn phòng HĐND và UBND huyện", "Lê Thị Mỹ Dung", null, null));
		assertThat(EdxmlCodec.readStatus(EdxmlCodec.write(status))).isEqualTo(status);
	}

	static byte[] sample(String name) throws IOException {
		try (InputStream in = EdxmlSamplesTests.class.getResourceAsStream("/edxml/" + name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
	}
}
