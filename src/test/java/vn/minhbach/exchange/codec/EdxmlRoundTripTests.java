package vn.minhbach.exchange.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.minhbach.exchange.codec.EdxmlFixtures.ISSUED;
import static vn.minhbach.exchange.codec.EdxmlFixtures.NUI_THANH;
import static vn.minhbach.exchange.codec.EdxmlFixtures.TAM_ANH_NAM;
import static vn.minhbach.exchange.codec.EdxmlFixtures.TU_PHAP;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.minhbach.exchange.codec.EdxmlCodec.Kind;
import vn.minhbach.exchange.codec.EdxmlPackage.Attachment;
import vn.minhbach.exchange.codec.EdxmlPackage.Business;
import vn.minhbach.exchange.codec.EdxmlPackage.MessageHeader;
import vn.minhbach.exchange.codec.EdxmlPackage.TraceHeader;
import vn.minhbach.exchange.codec.EdxmlPackage.TraceHeaderList;
import vn.minhbach.exchange.codec.EdxmlStatus.StatusCode;

/** What the codec writes it reads back unchanged, and it writes what the standard says. */
class EdxmlRoundTripTests {

	@Test
	void aMinimalPackage() {
		EdxmlPackage minimal = EdxmlFixtures.minimal();
		byte[] xml = EdxmlCodec.write(minimal);
		assertThat(EdxmlCodec.read(xml)).isEqualTo(minimal);
		assertThat(EdxmlCodec.detect(xml)).isEqualTo(Kind.PACKAGE);
		String text = new String(xml, StandardCharsets.UTF_8);
		assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.contains("<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">")
			.contains("<edXML:edXMLEnvelope xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">")
			.contains("<edXML:edXMLHeader><edXML:MessageHeader><edXML:From><edXML:OrganId>000.01.31.H49</edXML:OrganId></edXML:From>")
			.contains("<edXML:PromulgationDate>2026/11/27</edXML:PromulgationDate>")
			.contains("<edXML:OtherInfo><edXML:Priority>0</edXML:Priority></edXML:OtherInfo>")
			.contains("<edXML:TraceHeaderList id=\"trace-")
			.contains("version=\"1.0\" mustUnderstand=\"1\" actor=\"http://schemas.xmlsoap.org/soap/actor/next\"")
			.contains("<edXML:edXMLBody><edXML:edXMLManifest version=\"1.0\"></edXML:edXMLManifest></edXML:edXMLBody>")
			.doesNotContain("AttachmentEncoded", "DigitalSignature", "SignerInfo");
	}

	@Test
	void aPackageWithEveryOptionalElement() {
		EdxmlPackage full = EdxmlFixtures.full();
		byte[] xml = EdxmlCodec.write(full);
		EdxmlPackage read = EdxmlCodec.read(xml);
		assertThat(read).isEqualTo(full);
		assertThat(read.header().content()).contains("\r\n", "\n\t");
		String text = new String(xml, StandardCharsets.UTF_8);
		assertThat(text).contains("<edXML:Subject>Quyết định về việc công nhận \"Gia đình văn hóa\" năm 2026 &amp; khen thưởng &lt;đợt 1&gt;</edXML:Subject>")
			.contains("&#13;")
			.contains("<edXML:ResponseFor><edXML:OrganId>000.00.31.H49</edXML:OrganId><edXML:Code>120/UBND-VX</edXML:Code>")
			.contains("<edXML:DocumentId>000.01.31.H49,2026/11/27,15/QĐ-UBND</edXML:DocumentId>")
			.contains("<edXML:Timestamp>2026/11/27 14:05:09</edXML:Timestamp>")
			.contains("<edXML:Bussiness><edXML:BussinessDocType>3</edXML:BussinessDocType>")
			.contains("<edXML:BussinessDocumentInfo><edXML:ReceiverList><edXML:Receiver><edXML:ReceiverType>1</edXML:ReceiverType>")
			.contains("<edXML:Paper>1</edXML:Paper>")
			.contains("<edXML:Reference xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"cid:qd-15-2026\">")
			.contains("<AttachmentEncoded><Attachment><ContentType>application/pdf</ContentType><ContentId>qd-15-2026</ContentId>");
		assertThat(text.indexOf("</edXML:edXMLEnvelope>")).isLessThan(text.indexOf("<AttachmentEncoded>"));
	}

	@Test
	void aPackageToSeveralRecipientsAnsweringSeveralDocuments() {
		EdxmlPackage full = EdxmlFixtures.full();
		List<Organ> recipients = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			recipients.add(new Organ("000.%02d.31.H49".formatted(i), "000.00.31.H49", "Ủy ban nhân dân xã số " + i, "Núi Thành",
					null, null, null, null));
		}
		MessageHeader header = full.header();
		MessageHeader many = new MessageHeader(header.from(), recipients, header.code(), header.promulgation(),
				header.documentType(), header.subject(), header.content(), header.signer(), header.dueDate(), header.toPlaces(),
				header.otherInfo(),
				List.of(new ResponseFor("000.00.31.H49", new Code("120", "UBND-VX"), null, "000.00.31.H49,2026/11/02,120/UBND-VX"),
						new ResponseFor("000.05.31.H49", new Code("07", "TP"), LocalDate.of(2026, 10, 30),
								"000.05.31.H49,2026/10/30,07/TP")),
				header.steeringType(), header.documentId());
		EdxmlPackage edxml = new EdxmlPackage(many, full.trace(), full.attachments());
		EdxmlPackage read = EdxmlCodec.read(EdxmlCodec.write(edxml));
		assertThat(read).isEqualTo(edxml);
		assertThat(read.header().to()).hasSize(12).extracting(Organ::organName).endsWith("Ủy ban nhân dân xã số 12");
		assertThat(read.header().responseFor()).extracting(r -> r.code().text()).containsExactly("120/UBND-VX", "07/TP");
	}

	@Test
	void severalAttachmentsOneOfFiveMegabytes() {
		byte[] big = EdxmlFixtures.random(5 * 1024 * 1024 + 7, 2026);
		List<Attachment> attachments = List.of(
				new Attachment("van-ban-chinh", "Công văn 15-UBND-VP về tổ chức Đại hội thể dục thể thao.pdf", "application/pdf",
						"Văn bản chính đã ký số", big),
				new Attachment("phu-luc-01", "Phụ lục 01 – Điều lệ giải.docx",
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document", null, EdxmlFixtures.random(3000, 1)),
				new Attachment("anh-1", "Ảnh hiện trường.jpg", "image/jpeg", "Ảnh chụp ngày 27/11", EdxmlFixtures.random(1, 2)),
				new Attachment("bang-tinh", "Bảng dự toán kinh phí.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Dự toán", EdxmlFixtures.random(49153, 3)));
		EdxmlPackage edxml = new EdxmlPackage(EdxmlFixtures.full().header(), EdxmlFixtures.full().trace(), attachments);
		byte[] xml = EdxmlCodec.write(edxml);
		assertThat(xml.length).isGreaterThan(big.length * 4 / 3);
		EdxmlPackage read = EdxmlCodec.read(xml);
		assertThat(read).isEqualTo(edxml);
		assertThat(read.attachments().get(0).size()).isEqualTo(big.length);
		assertThat(read.attachments().get(0).content()).isEqualTo(big);
		assertThat(read.attachments()).extracting(Attachment::name)
			.containsExactly("Công văn 15-UBND-VP về tổ chức Đại hội thể dục thể thao.pdf", "Phụ lục 01 – Điều lệ giải.docx",
					"Ảnh hiện trường.jpg", "Bảng dự toán kinh phí.xlsx");
		assertThat(EdxmlCodec.detect(xml)).isEqualTo(Kind.PACKAGE);
	}

	@Test
	void aReplyLinksTheDocumentsItAnswers() {
		ResponseFor answered = new ResponseFor("000.00.31.H49", new Code("120", "UBND-VX"), LocalDate.of(2026, 11, 2),
				EdxmlCodec.documentId("000.00.31.H49", LocalDate.of(2026, 11, 2), "120", "UBND-VX"));
		MessageHeader header = new MessageHeader(TAM_ANH_NAM, List.of(NUI_THANH), new Code("21", "BC-UBND"),
				new EdxmlPackage.Promulgation("Tam Anh Nam", ISSUED), new EdxmlPackage.DocType("15", "Báo cáo"),
				"Báo cáo kết quả thực hiện Công văn số 120/UBND-VX", null, null, null, List.of(), null, List.of(answered), null,
				null);
		EdxmlPackage reply = new EdxmlPackage(header,
				new TraceHeaderList(List.of(new TraceHeader("000.01.31.H49", LocalDateTime.of(2026, 11, 27, 9, 0, 0, 999_000_000))),
						Business.newDocument(null, false)),
				List.of());
		EdxmlPackage read = EdxmlCodec.read(EdxmlCodec.write(reply));
		assertThat(read).isEqualTo(reply);
		assertThat(read.header().responseFor()).containsExactly(answered);
		assertThat(read.header().responseFor().get(0).documentId()).isEqualTo("000.00.31.H49,2026/11/02,120/UBND-VX");
		assertThat(read.trace().traceHeaders().get(0).timestamp()).isEqualTo(LocalDateTime.of(2026, 11, 27, 9, 0, 0));
		assertThat(read.trace().business().paper()).isFalse();
	}

	@ParameterizedTest
	@EnumSource(StatusCode.class)
	void statusMessages(StatusCode code) {
		EdxmlStatus status = EdxmlFixtures.status(code);
		byte[] xml = EdxmlCodec.write(status);
		assertThat(EdxmlCodec.readStatus(xml)).isEqualTo(status);
		assertThat(EdxmlCodec.detect(xml)).isEqualTo(Kind.STATUS);
		assertThat(new String(xml, StandardCharsets.UTF_8))
			.contains("<edXML:edXMLHeader><edXML:Status><edXML:ResponseFor><edXML:OrganId>000.01.31.H49</edXML:OrganId>"
					+ "<edXML:Code>15/QĐ-UBND</edXML:Code><edXML:PromulgationDate>2026/11/27</edXML:PromulgationDate>")
			.contains("<edXML:StatusCode>" + code.code() + "</edXML:StatusCode>")
			.contains("<edXML:Timestamp>2026/11/28 08:30:15</edXML:Timestamp>")
			.doesNotContain("edXMLBody");
	}

	@Test
	void aMinimalStatusMessage() {
		EdxmlStatus status = new EdxmlStatus(new ResponseFor("000.01.31.H49", new Code("15", "QĐ-UBND"), null,
				"000.01.31.H49,2026/11/27,15/QĐ-UBND"), Organ.of(TU_PHAP.organId(), null), StatusCode.ARRIVED, null,
				LocalDateTime.of(2026, 11, 28, 7, 0), null);
		assertThat(EdxmlCodec.readStatus(EdxmlCodec.write(status))).isEqualTo(status);
	}

	@Test
	void writesToAStreamTheSameBytes() {
		var out = new ByteArrayOutputStream();
		EdxmlCodec.write(EdxmlFixtures.full(), out);
		assertThat(out.toByteArray()).isEqualTo(EdxmlCodec.write(EdxmlFixtures.full()));
	}

	@Test
	void documentIds() {
		assertThat(EdxmlCodec.documentId("000.00.00.H53", LocalDate.of(2026, 1, 5), "03", "QĐ-UBND"))
			.isEqualTo("000.00.00.H53,2026/01/05,03/QĐ-UBND");
		assertThat(EdxmlCodec.documentId(EdxmlFixtures.full().header())).isEqualTo("000.01.31.H49,2026/11/27,15/QĐ-UBND");
	}

	@Test
	void codesSplitAtTheFirstSlash() {
		assertThat(Code.parse("15/QĐ-UBND")).isEqualTo(new Code("15", "QĐ-UBND"));
		assertThat(Code.parse(" 12/2026/TT-BTC ")).isEqualTo(new Code("12", "2026/TT-BTC"));
		assertThat(new Code("12", "2026/TT-BTC").text()).isEqualTo("12/2026/TT-BTC");
	}
}
