package vn.minhbach.exchange.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import vn.minhbach.exchange.codec.EdxmlPackage.Attachment;
import vn.minhbach.exchange.codec.EdxmlPackage.MessageHeader;
import vn.minhbach.exchange.codec.EdxmlPackage.OtherInfo;
import vn.minhbach.exchange.codec.EdxmlStatus.StatusCode;

/** Each rule of strict reading (and writing) refuses with the element path and the problem. */
class EdxmlValidationTests {

	static final String MH = "edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:MessageHeader";

	static final String TRACE = "edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:TraceHeaderList";

	static final String MANIFEST = "edXML:edXMLEnvelope/edXML:edXMLBody/edXML:edXMLManifest";

	static String sample;

	static String status;

	@BeforeAll
	static void samples() throws IOException {
		sample = new String(EdxmlSamplesTests.sample("cong-van-yyyy-mm-dd.edxml"), StandardCharsets.UTF_8);
		status = new String(EdxmlSamplesTests.sample("trang-thai-da-tiep-nhan.edxml"), StandardCharsets.UTF_8);
	}

	@Test
	void theSampleItselfIsValid() {
		assertThat(EdxmlCodec.read(bytes(sample)).header().subject()).isNotNull();
	}

	// required elements

	@Test
	void aSenderWithoutOrganId() {
		assertInvalid(change(sample, "<edXML:OrganId>000.01.31.H49</edXML:OrganId>\n          <edXML:OrganizationInCharge>000.00.31.H49",
				"<edXML:OrganizationInCharge>000.00.31.H49"), MH + "/From/OrganId", "missing");
	}

	@Test
	void noSender() {
		assertInvalid(cut(sample, "<edXML:From>", "</edXML:From>"), MH + "/From", "missing");
	}

	@Test
	void noRecipient() {
		String noTo = cut(cut(sample, "<edXML:To>", "</edXML:To>"), "<edXML:To>", "</edXML:To>");
		assertInvalid(noTo, MH + "/To", "missing: at least one recipient is required");
	}

	@Test
	void aRecipientWithoutOrganIdIsNamedByPosition() {
		assertInvalid(change(sample, "<edXML:OrganId>000.12.31.H49</edXML:OrganId>", ""), MH + "/To[2]/OrganId", "missing");
	}

	@Test
	void noCode() {
		assertInvalid(cut(sample, "<edXML:Code>\n", "</edXML:Code>"), MH + "/Code", "missing");
		assertInvalid(change(sample, "<edXML:CodeNumber>15</edXML:CodeNumber>", "<edXML:CodeNumber> </edXML:CodeNumber>"),
				MH + "/Code/CodeNumber", "missing");
	}

	@Test
	void noPromulgationInfo() {
		assertInvalid(cut(sample, "<edXML:PromulgationInfo>", "</edXML:PromulgationInfo>"), MH + "/PromulgationInfo", "missing");
		assertInvalid(change(sample, "<edXML:PromulgationDate>2026/11/27</edXML:PromulgationDate>", ""),
				MH + "/PromulgationInfo/PromulgationDate", "missing");
	}

	@Test
	void noDocumentType() {
		assertInvalid(cut(sample, "<edXML:DocumentType>", "</edXML:DocumentType>"), MH + "/DocumentType", "missing");
		assertInvalid(change(sample, "<edXML:Type>1</edXML:Type>", ""), MH + "/DocumentType/Type", "missing");
	}

	@Test
	void noSubject() {
		assertInvalid(change(sample, "<edXML:Subject>V/v tổ chức Đại hội Thể dục thể thao xã Tam Anh Nam lần thứ IX</edXML:Subject>",
				"<edXML:Subject/>"), MH + "/Subject", "missing");
	}

	@Test
	void noMessageHeader() {
		assertInvalid(cut(sample, "<edXML:MessageHeader>", "</edXML:MessageHeader>"), MH, "missing");
	}

	@Test
	void aResponseForWithoutDocumentId() {
		assertInvalid(change(sample, "<edXML:DocumentId>000.00.31.H49,2026/11/02,120/UBND-VX</edXML:DocumentId>", ""),
				MH + "/ResponseFor[1]/DocumentId", "missing");
		assertInvalid(change(sample, "<edXML:Code>120/UBND-VX</edXML:Code>", "<edXML:Code>120</edXML:Code>"),
				MH + "/ResponseFor[1]/Code", "not a number/notation \"120\"");
	}

	// formats and ranges

	@Test
	void anImpossibleDate() {
		assertInvalid(change(sample, "<edXML:PromulgationDate>2026/11/27</edXML:PromulgationDate>",
				"<edXML:PromulgationDate>31/02/2026</edXML:PromulgationDate>"), MH + "/PromulgationInfo/PromulgationDate",
				"not a date \"31/02/2026\"");
		assertInvalid(change(sample, "<edXML:DueDate>2026/12/05</edXML:DueDate>", "<edXML:DueDate>2026-12-05</edXML:DueDate>"),
				MH + "/DueDate", "not a date \"2026-12-05\"");
		assertInvalid(change(sample, "<edXML:Timestamp>2026/11/27 14:05:09</edXML:Timestamp>",
				"<edXML:Timestamp>2026/11/27 25:05:09</edXML:Timestamp>"), TRACE + "/TraceHeader[1]/Timestamp",
				"not a date and time \"2026/11/27 25:05:09\"");
	}

	@Test
	void aPriorityOutOfRange() {
		assertInvalid(change(sample, "<edXML:Priority>1</edXML:Priority>", "<edXML:Priority>5</edXML:Priority>"),
				MH + "/OtherInfo/Priority", "must be 0–4");
		assertInvalid(change(sample, "<edXML:Priority>1</edXML:Priority>", "<edXML:Priority>khẩn</edXML:Priority>"),
				MH + "/OtherInfo/Priority", "must be 0–4");
	}

	@Test
	void businessCodesOutOfRange() {
		assertInvalid(change(sample, "<edXML:BussinessDocType>0</edXML:BussinessDocType>",
				"<edXML:BussinessDocType>4</edXML:BussinessDocType>"), TRACE + "/Bussiness/BussinessDocType", "must be 0–3");
		assertInvalid(change(sample, "<edXML:BussinessDocType>0</edXML:BussinessDocType>", ""),
				TRACE + "/Bussiness/BussinessDocType", "missing");
		assertInvalid(change(sample, "<edXML:Paper>0</edXML:Paper>", "<edXML:Paper>2</edXML:Paper>"), TRACE + "/Bussiness/Paper",
				"must be 0 or 1");
	}

	@Test
	void aNumberThatIsNot() {
		assertInvalid(change(sample, "<edXML:PageAmount>2</edXML:PageAmount>", "<edXML:PageAmount>hai</edXML:PageAmount>"),
				MH + "/OtherInfo/PageAmount", "not a number \"hai\"");
	}

	@Test
	void aSingleElementTwice() {
		String subject = "<edXML:Subject>V/v tổ chức Đại hội Thể dục thể thao xã Tam Anh Nam lần thứ IX</edXML:Subject>";
		assertInvalid(change(sample, subject, subject + subject), MH + "/Subject", "appears 2 times");
	}

	// the manifest and the attachments

	@Test
	void aReferenceWithoutAttachment() {
		String noSuchId = sample.replace("cid:6f1c2d3e-0a4b-4c5d-8e9f-000000000016", "cid:abc");
		assertInvalid(noSuchId, MANIFEST + "/edXML:Reference[2]", "Reference cid:abc has no attachment");
	}

	@Test
	void anAttachmentNotInTheManifest() {
		String withoutReference = cut(sample, "<edXML:Reference xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"cid:6f1c2d3e-0a4b-4c5d-8e9f-000000000016\"",
				"</edXML:Reference>");
		assertInvalid(withoutReference, "AttachmentEncoded/Attachment[2]/ContentId", "is not in the manifest");
	}

	@Test
	void aReferenceWhoseHrefIsNotACid() {
		assertInvalid(sample.replace("xlink:href=\"cid:6f1c2d3e-0a4b-4c5d-8e9f-000000000015\"", "xlink:href=\"15-UBND-VP.txt\""),
				MANIFEST + "/edXML:Reference[1]", "is not cid:<content id>");
		assertInvalid(sample.replace("<edXML:ContentId>cid:6f1c2d3e-0a4b-4c5d-8e9f-000000000015</edXML:ContentId>",
				"<edXML:ContentId>cid:khac</edXML:ContentId>"), MANIFEST + "/edXML:Reference[1]/ContentId", "differs from xlink:href");
	}

	@Test
	void anAttachmentThatIsNotBase64() {
		String content = sample.substring(sample.indexOf("<ContentTransferEncoded>AAEC"));
		content = content.substring(0, content.indexOf("</ContentTransferEncoded>"));
		assertInvalid(sample.replace(content, "<ContentTransferEncoded>AAEC*** không phải base64 ***"),
				"AttachmentEncoded/Attachment[2]/ContentTransferEncoded", "attachment \"Kế hoạch Đại hội TDTT.bin\" is not valid base64");
		assertInvalid(sample.replace(content, "<ContentTransferEncoded>"), "AttachmentEncoded/Attachment[2]/ContentTransferEncoded",
				"missing");
	}

	@Test
	void aDuplicateContentId() {
		String twice = sample.replace("6f1c2d3e-0a4b-4c5d-8e9f-000000000016", "6f1c2d3e-0a4b-4c5d-8e9f-000000000015");
		assertInvalid(twice, MANIFEST + "/edXML:Reference[2]", "duplicate ContentId \"6f1c2d3e-0a4b-4c5d-8e9f-000000000015\"");
		String twiceEncoded = change(sample, "<ContentId>6f1c2d3e-0a4b-4c5d-8e9f-000000000016</ContentId>",
				"<ContentId>6f1c2d3e-0a4b-4c5d-8e9f-000000000015</ContentId>");
		assertInvalid(twiceEncoded, "AttachmentEncoded/Attachment[2]/ContentId", "duplicate ContentId");
	}

	// root, namespace, prefixes

	@Test
	void aWrongRootOrNamespace() {
		assertInvalid(sample.replace("xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"", "xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2015\""),
				"edXML", "the root must be edXML in the namespace http://www.mic.gov.vn/TBT/QCVN_102_2016");
		assertInvalid("<?xml version=\"1.0\"?><Envelope xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"/>", "edXML",
				"not Envelope");
		assertInvalid(sample.replace("xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"", "xmlns:edXML=\"http://example.org/edxml\""),
				"edXML:edXMLEnvelope", "is not in the namespace http://www.mic.gov.vn/TBT/QCVN_102_2016");
	}

	@Test
	void anUnprefixedEnvelopeElement() {
		String unprefixed = sample.replace("<edXML:MessageHeader>", "<MessageHeader>").replace("</edXML:MessageHeader>", "</MessageHeader>");
		assertInvalid(unprefixed, MH, "must be written with the edXML: prefix, not as MessageHeader");
		String otherPrefix = sample.replace("<edXML:edXMLHeader>", "<ed:edXMLHeader xmlns:ed=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">")
			.replace("</edXML:edXMLHeader>", "</ed:edXMLHeader>");
		assertInvalid(otherPrefix, "edXML:edXMLEnvelope/edXML:edXMLHeader", "not as ed:edXMLHeader");
		String reference = sample.replace("<edXML:Reference ", "<Reference ").replace("</edXML:Reference>", "</Reference>");
		assertInvalid(reference, MANIFEST + "/edXML:Reference[1]", "must be written with the edXML: prefix");
	}

	@Test
	void noEnvelope() {
		assertInvalid("<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><AttachmentEncoded/></edXML>", "edXML:edXMLEnvelope",
				"missing");
	}

	// XML itself

	@Test
	void xmlThatIsNotWellFormed() {
		assertInvalid(sample.substring(0, sample.indexOf("</edXML:Subject>")), MH + "/edXML:Subject",
				"not well-formed XML at line");
		assertInvalid(change(sample, "</edXML:Subject>", "</edXML:Subjec>"), MH + "/edXML:Subject", "not well-formed XML");
		assertInvalid("", "edXML", "not well-formed XML");
		assertInvalid("<edXML", "edXML", "not well-formed XML");
	}

	@Test
	void anUndeclaredEntity() {
		assertInvalid(sample.replace("Tam Anh Nam</edXML:Place>", "Tam Anh Nam&nbsp;</edXML:Place>"),
				MH + "/edXML:PromulgationInfo/edXML:Place", "entity reference &nbsp; is not allowed");
	}

	@Test
	void aDoctypeEvenHarmless() {
		assertInvalid(sample.replace("<edXML xmlns:xsi", "<!DOCTYPE edXML>\n<edXML xmlns:xsi"), "edXML", "DOCTYPE is not allowed");
	}

	@Test
	void externalEntitiesAreNeverResolved() {
		String xxe = sample.replace("<edXML xmlns:xsi", "<!DOCTYPE edXML [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n<edXML xmlns:xsi")
			.replace("<edXML:Subject>V/v", "<edXML:Subject>&xxe; V/v");
		assertThatThrownBy(() -> EdxmlCodec.read(bytes(xxe))).isInstanceOfSatisfying(EdxmlInvalid.class, ex -> {
			assertThat(ex.path()).isEqualTo("edXML");
			assertThat(ex.problem()).isEqualTo("DOCTYPE is not allowed").doesNotContain("root:");
		});
		assertThatThrownBy(() -> EdxmlCodec.detect(bytes(xxe))).isInstanceOf(EdxmlInvalid.class).hasMessageContaining("DOCTYPE");
		String externalDtd = sample.replace("<edXML xmlns:xsi",
				"<!DOCTYPE edXML SYSTEM \"http://attacker.invalid/evil.dtd\">\n<edXML xmlns:xsi");
		assertInvalid(externalDtd, "edXML", "DOCTYPE is not allowed");
		String parameterEntity = "<?xml version=\"1.0\"?><!DOCTYPE edXML [ <!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p; ]><edXML/>";
		assertInvalid(parameterEntity, "edXML", "DOCTYPE is not allowed");
	}

	@Test
	void nothingIsFetchedForADoctypeOrAnEntity() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			byte[] dtd = "<!ENTITY leak \"fetched\">".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, dtd.length);
			exchange.getResponseBody().write(dtd);
			exchange.close();
		});
		server.start();
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/evil";
			String systemDtd = sample.replace("<edXML xmlns:xsi", "<!DOCTYPE edXML SYSTEM \"" + url + ".dtd\">\n<edXML xmlns:xsi");
			String entity = sample.replace("<edXML xmlns:xsi", "<!DOCTYPE edXML [ <!ENTITY xxe SYSTEM \"" + url + ".txt\"> ]>\n<edXML xmlns:xsi")
				.replace("<edXML:Subject>V/v", "<edXML:Subject>&xxe; V/v");
			String parameter = "<?xml version=\"1.0\"?><!DOCTYPE edXML [ <!ENTITY % p SYSTEM \"" + url + ".dtd\"> %p; ]>"
					+ "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&leak;</edXML>";
			for (String xml : List.of(systemDtd, entity, parameter)) {
				assertInvalid(xml, "edXML", "DOCTYPE is not allowed");
				assertInvalid(() -> EdxmlCodec.readStatus(bytes(xml)), "edXML", "DOCTYPE is not allowed");
				assertInvalid(() -> EdxmlCodec.detect(bytes(xml)), "edXML", "DOCTYPE is not allowed");
			}
			assertThat(requests).as("requests to the attacker's server").hasValue(0);
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void entityExpansionBombs() {
		String lol = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">"
				+ "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;\">]><edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">&lol3;</edXML>";
		assertInvalid(lol, "edXML", "DOCTYPE is not allowed");
	}

	// status messages

	@Test
	void aStatusMessageWithAnUnknownCode() {
		assertInvalid(() -> EdxmlCodec.readStatus(bytes(status.replace("<edXML:StatusCode>03", "<edXML:StatusCode>07")).clone()),
				"edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:Status/StatusCode", "unknown status code \"07\"");
		assertInvalid(() -> EdxmlCodec.readStatus(bytes(status.replace("<edXML:StatusCode>03</edXML:StatusCode>", ""))),
				"edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:Status/StatusCode", "missing");
	}

	@Test
	void aStatusMessageWithoutWhatItAnswers() {
		assertInvalid(() -> EdxmlCodec.readStatus(bytes(cut(status, "<edXML:ResponseFor>", "</edXML:ResponseFor>"))),
				"edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:Status/ResponseFor", "missing");
		assertInvalid(() -> EdxmlCodec.readStatus(bytes(status.replace("<edXML:Timestamp>28/11/2026 08:30:15</edXML:Timestamp>", ""))),
				"edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:Status/Timestamp", "missing");
	}

	@Test
	void aPackageIsNotAStatusMessageNorTheOtherWay() {
		assertInvalid(() -> EdxmlCodec.readStatus(bytes(sample)), "edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:Status",
				"this is a document package, not a status message");
		assertInvalid(() -> EdxmlCodec.read(bytes(status)), MH, "this is a status message, not a document package");
		assertInvalid(() -> EdxmlCodec.detect(bytes(cut(sample, "<edXML:MessageHeader>", "</edXML:MessageHeader>"))),
				"edXML:edXMLEnvelope/edXML:edXMLHeader", "holds neither edXML:MessageHeader nor edXML:Status");
		assertInvalid(() -> EdxmlCodec.detect(bytes("<html><body/></html>")), "edXML", "the root must be edXML");
	}

	@Test
	void detectFindsTheEnvelopeWhereverItIs() {
		String attachmentsFirst = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><AttachmentEncoded><Attachment/></AttachmentEncoded>"
				+ "<edXML:edXMLEnvelope xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><edXML:edXMLHeader>"
				+ "<edXML:TraceHeaderList/><edXML:Status/></edXML:edXMLHeader></edXML:edXMLEnvelope></edXML>";
		assertThat(EdxmlCodec.detect(bytes(attachmentsFirst))).isEqualTo(EdxmlCodec.Kind.STATUS);
	}

	// writing

	@Test
	void writingRefusesWhatReadingWould() {
		MessageHeader header = EdxmlFixtures.full().header();
		assertInvalid(() -> EdxmlCodec.write(withHeader(new MessageHeader(header.from(), header.to(), header.code(),
				header.promulgation(), header.documentType(), "  ", header.content(), header.signer(), header.dueDate(),
				header.toPlaces(), header.otherInfo(), header.responseFor(), header.steeringType(), header.documentId()))),
				MH + "/Subject", "missing");
		assertInvalid(() -> EdxmlCodec.write(withHeader(new MessageHeader(header.from(), List.of(), header.code(),
				header.promulgation(), header.documentType(), header.subject(), null, null, null, null, null, null, null, null))),
				MH + "/To", "missing");
		assertInvalid(() -> EdxmlCodec.write(withHeader(new MessageHeader(header.from(), header.to(), header.code(),
				header.promulgation(), header.documentType(), header.subject(), null, null, null, null, OtherInfo.priority(5), null,
				null, null))), MH + "/OtherInfo/Priority", "must be 0–4");
		assertInvalid(() -> EdxmlCodec.write(withHeader(new MessageHeader(header.from(), header.to(), header.code(),
				header.promulgation(), header.documentType(), "Trích yếu có ký tự điều khiển \u0007", null, null, null, null,
				null, null, null, null))), MH + "/Subject", "contains a character XML cannot carry (U+0007)");
		assertInvalid(() -> EdxmlCodec.write(withHeader(new MessageHeader(header.from(), header.to(), header.code(),
				header.promulgation(), header.documentType(), header.subject(), null, null, null, null, null,
				List.of(new ResponseFor("000.00.31.H49", new Code("12/2026", "TT-BTC"), null, "x")), null, null))),
				MH + "/ResponseFor[1]/Code", "must not contain /");
	}

	@Test
	void writingRefusesUnusableAttachments() {
		EdxmlPackage full = EdxmlFixtures.full();
		byte[] pdf = { 1, 2, 3 };
		assertInvalid(() -> EdxmlCodec.write(new EdxmlPackage(full.header(), full.trace(),
				List.of(new Attachment("a", "a.pdf", "application/pdf", null, pdf), new Attachment("a", "b.pdf", "application/pdf", null, pdf)))),
				"AttachmentEncoded/Attachment[2]/ContentId", "duplicate ContentId \"a\"");
		assertInvalid(() -> EdxmlCodec.write(new EdxmlPackage(full.header(), full.trace(),
				List.of(new Attachment("cid:a", "a.pdf", "application/pdf", null, pdf)))), "AttachmentEncoded/Attachment[1]/ContentId",
				"without the cid: scheme");
		assertInvalid(() -> EdxmlCodec.write(new EdxmlPackage(full.header(), full.trace(),
				List.of(new Attachment("a b", "a.pdf", "application/pdf", null, pdf)))), "AttachmentEncoded/Attachment[1]/ContentId",
				"without spaces");
		assertInvalid(() -> EdxmlCodec.write(new EdxmlPackage(full.header(), full.trace(),
				List.of(new Attachment("a", null, "application/pdf", null, pdf)))), "AttachmentEncoded/Attachment[1]/AttachmentName",
				"missing");
		assertInvalid(() -> EdxmlCodec.write(new EdxmlPackage(full.header(), full.trace(),
				List.of(new Attachment("a", "a.pdf", "application/pdf", null, new byte[0])))),
				"AttachmentEncoded/Attachment[1]/ContentTransferEncoded", "missing");
	}

	@Test
	void writingAStatusRefusesAMissingCode() {
		EdxmlStatus ok = EdxmlFixtures.status(StatusCode.ARRIVED);
		assertInvalid(() -> EdxmlCodec.write(new EdxmlStatus(ok.responseFor(), ok.from(), null, null, LocalDateTime.now(), null)),
				"edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:Status/StatusCode", "missing");
		assertInvalid(() -> EdxmlCodec.write(new EdxmlStatus(new ResponseFor("000.01.31.H49", new Code("1", "UBND"),
				LocalDate.now(), null), ok.from(), StatusCode.ARRIVED, null, LocalDateTime.now(), null)),
				"edXML:edXMLEnvelope/edXML:edXMLHeader/edXML:Status/ResponseFor/DocumentId", "missing");
	}

	@Test
	void theErrorCarriesItsMessageKeyAndArguments() {
		assertThatThrownBy(() -> EdxmlCodec.read(bytes(change(sample, "<edXML:Priority>1</edXML:Priority>",
				"<edXML:Priority>9</edXML:Priority>")))).isInstanceOfSatisfying(EdxmlInvalid.class, ex -> {
					assertThat(ex.messageKey()).isEqualTo("error.edxml.invalid");
					assertThat(ex.arguments()).containsExactly(MH + "/OtherInfo/Priority", "must be 0–4, not \"9\"");
					assertThat(ex.getMessage()).isEqualTo("Invalid edXML at " + MH + "/OtherInfo/Priority: must be 0–4, not \"9\"");
				});
	}

	static EdxmlPackage withHeader(MessageHeader header) {
		return new EdxmlPackage(header, EdxmlFixtures.full().trace(), EdxmlFixtures.full().attachments());
	}

	static void assertInvalid(String xml, String path, String problem) {
		assertInvalid(() -> EdxmlCodec.read(bytes(xml)), path, problem);
	}

	static void assertInvalid(ThrowingCallable call, String path, String problem) {
		assertThatThrownBy(call).isInstanceOfSatisfying(EdxmlInvalid.class, ex -> {
			assertThat(ex.path()).as(ex.getMessage()).isEqualTo(path);
			assertThat(ex.problem()).as(ex.getMessage()).contains(problem);
		});
	}

	/** The text with one occurrence replaced; fails when it is not there, so that a test never passes by accident. */
	static String change(String text, String from, String to) {
		assertThat(text).contains(from);
		int at = text.indexOf(from);
		return text.substring(0, at) + to + text.substring(at + from.length());
	}

	/** The text without the first span from {@code start} to the end of {@code end}. */
	static String cut(String text, String start, String end) {
		int from = text.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		int to = text.indexOf(end, from);
		assertThat(to).as(end).isNotNegative();
		return text.substring(0, from) + text.substring(to + end.length());
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
