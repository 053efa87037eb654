package vn.minhbach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import vn.minhbach.IntegrationTest;
import vn.minhbach.files.TestFiles;
import vn.minhbach.pdf.SignedDocuments;

/**
 * Official documents in a browser: a letter of the district drafted, reviewed, approved, numbered,
 * signed and issued, then registered, directed and handled at the commune that receives it; and
 * a paper document registered by the clerk, found by the text of its scan, and handled to
 * completion. axe-core checks the pages on the way.
 */
@IntegrationTest
class DocumentsBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "Demo@2026";

	@Autowired
	SignedDocuments signatures;

	@Test
	void aLetterGoesFromDraftToIssuedAndIsHandledByTheCommuneThatReceivesIt() throws Exception {
		logIn("chuyenvien.nuithanh", PASSWORD);
		visit("/staff/documents/new");
		new Select(driver.findElement(By.id("type"))).selectByVisibleText("Công văn");
		fill("subject", "Đề nghị báo cáo kết quả chuyển đổi số năm 2026");
		new Select(driver.findElement(By.id("departmentId"))).selectByVisibleText("Phòng Tư pháp");
		new Select(driver.findElement(By.id("reviewer"))).selectByVisibleText("Lê Minh Tuấn");
		new Select(driver.findElement(By.id("authority"))).selectByVisibleText("KT.");
		new Select(driver.findElement(By.id("signerAccountId"))).selectByVisibleText("Đặng Quốc Khánh");
		fill("bodyText", "Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã báo cáo kết quả chuyển đổi số trước ngày 15/12/2026.");
		WebElement commune = driver.findElement(By.xpath("//label[text()='Ủy ban nhân dân xã Tam Anh Nam']"));
		click(By.id(commune.getAttribute("for")));
		navigateBy(By.cssSelector("main form button[type=submit]"));
		assertThat(alert()).contains("Đã lưu dự thảo");
		assertAccessible("a new draft");
		String documentUrl = driver.getCurrentUrl();
		Path docx = Files.createTempFile("phu-luc", ".docx");
		Files.write(docx, TestFiles.docx("PHỤ LỤC", "Mẫu biểu báo cáo chuyển đổi số."));
		click(By.xpath("//summary[normalize-space()='Thêm phụ lục']"));
		driver.findElement(By.id("appendix-file")).sendKeys(docx.toString());
		navigateBy(By.cssSelector("form[action$='/appendices'] button"));
		assertThat(text()).contains(docx.getFileName().toString());
		navigateBy(By.cssSelector("form[action$='/actions/submit'] button"));
		assertThat(text()).contains("Chờ trưởng phòng xem xét");

		logIn("truongphong.nuithanh", PASSWORD);
		visit("/staff/documents?view=TO_REVIEW");
		openRow("Đề nghị báo cáo kết quả chuyển đổi số năm 2026");
		fill("review-text", "Nội dung phù hợp, trình lãnh đạo ký");
		navigateBy(By.cssSelector("form[action$='/actions/review'] button"));
		assertThat(text()).contains("Chờ lãnh đạo duyệt");

		logIn("lanhdao.nuithanh", PASSWORD);
		visit("/staff/documents?view=TO_APPROVE");
		openRow("Đề nghị báo cáo kết quả chuyển đổi số năm 2026");
		navigateBy(By.cssSelector("form[action$='/actions/approve'] button"));
		assertThat(text()).contains("Đã duyệt, chờ ban hành");

		logIn("vanthu.nuithanh", PASSWORD);
		visit("/staff/documents?view=TO_ISSUE");
		openRow("Đề nghị báo cáo kết quả chuyển đổi số năm 2026");
		navigateBy(By.cssSelector("form[action$='/actions/issue'] button"));
		assertThat(alert()).contains("Đã phát hành");
		String notation = driver.findElement(By.cssSelector("main h1")).getText().replace("Số ", "");
		assertThat(notation).matches("\\d{2,}/UBND-TP");
		assertAccessible("an issued letter");
		byte[] pdf = download(driver.findElement(By.linkText("Văn bản đã ký số (PDF)")).getAttribute("href"));
		assertThat(pdfText(pdf)).contains("Số: " + notation, "V/v Đề nghị báo cáo kết quả chuyển đổi số năm 2026",
				"KT. CHỦ TỊCH UBND HUYỆN", "Đặng Quốc Khánh");
		assertThat(signatures.verify(pdf)).singleElement().satisfies(check -> assertThat(check.valid()).isTrue());
		assertThat(text()).contains("Đã gửi đến");

		logIn("vanthu.tamanhnam", PASSWORD);
		visit("/staff/documents?view=TO_REGISTER");
		navigateBy(By.linkText(notation));
		navigateBy(By.cssSelector("form[action$='/actions/register'] button"));
		assertThat(text()).contains("Chờ ý kiến chỉ đạo", "Số đến", "Ủy ban nhân dân huyện Núi Thành", "Phụ lục");

		logIn("lanhdao.tamanhnam", PASSWORD);
		visit("/staff/documents?view=TO_DIRECT");
		navigateBy(By.linkText(notation));
		assertAccessible("an incoming letter for the leader");
		fill("direct-text", "Giao đồng chí Lan chủ trì tổng hợp, báo cáo đúng hạn");
		new Select(driver.findElement(By.id("main-handler"))).selectByVisibleText("Phạm Thị Lan");
		navigateBy(By.cssSelector("form[action$='/actions/direct'] button"));
		assertThat(text()).contains("Đang xử lý", "Phạm Thị Lan – chủ trì");

		logIn("chuyenvien.tamanhnam", PASSWORD);
		visit("/staff/documents?view=MINE");
		navigateBy(By.linkText(notation));
		fill("progress-text", "Đã tổng hợp số liệu của các thôn");
		navigateBy(By.cssSelector("form[action$='/actions/progress'] button"));
		fill("complete-text", "Đã gửi báo cáo");
		navigateBy(By.cssSelector("form[action$='/actions/complete'] button"));
		assertThat(text()).contains("Đã xử lý xong", "Đã tổng hợp số liệu của các thôn");

		// the sender sees that the commune registered it
		logIn("vanthu.nuithanh", PASSWORD);
		driver.get(documentUrl);
		assertThat(text()).contains("Nơi nhận đã vào sổ");
	}

	@Test
	void aPaperDocumentIsRegisteredFoundByItsTextAndCompleted() throws Exception {
		logIn("vanthu.tamanhnam", PASSWORD);
		visit("/staff/documents/incoming/new");
		navigateBy(By.cssSelector("main form button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Hãy chọn ít nhất một tệp");
		assertAccessible("paper registration with an error");
		fill("authorName", "Ban Chỉ huy Phòng thủ dân sự huyện");
		fill("originalNotation", "88/KH-BCH");
		new Select(driver.findElement(By.id("type"))).selectByVisibleText("Kế hoạch");
		new Select(driver.findElement(By.id("urgency"))).selectByVisibleText("Thượng khẩn");
		fill("subject", "Kế hoạch ứng phó bão số 9");
		Path scan = Files.createTempFile("ke-hoach", ".pdf");
		Files.write(scan, TestFiles.pdf("Sơ tán dân vùng ven biển Tam Anh"));
		driver.findElement(By.id("scan")).sendKeys(scan.toString());
		navigateBy(By.cssSelector("main form button[type=submit]"));
		assertThat(alert()).contains("Đã vào sổ văn bản đến");
		assertThat(text()).contains("Chờ ý kiến chỉ đạo", "Thượng khẩn", "88/KH-BCH");

		logIn("lanhdao.tamanhnam", PASSWORD);
		visit("/staff/documents?view=INCOMING&q=so+tan+ven+bien");
		assertThat(text()).contains("88/KH-BCH", "Kế hoạch ứng phó bão số 9");
		navigateBy(By.linkText("88/KH-BCH"));
		fill("direct-text", "Giao Văn phòng chủ trì, triển khai ngay");
		new Select(driver.findElement(By.id("main-handler"))).selectByVisibleText("Phạm Thị Lan");
		navigateBy(By.cssSelector("form[action$='/actions/direct'] button"));
		logIn("chuyenvien.tamanhnam", PASSWORD);
		visit("/staff/documents?view=MINE");
		navigateBy(By.linkText("88/KH-BCH"));
		navigateBy(By.cssSelector("form[action$='/actions/complete'] button"));
		assertThat(text()).contains("Đã xử lý xong");

		logIn("vanthu.tamanhnam", PASSWORD);
		visit("/staff/documents/registers");
		navigateBy(By.partialLinkText("Sổ đăng ký văn bản đến năm"));
		assertAccessible("the incoming register book");
		assertThat(text()).contains("88/KH-BCH", "Ban Chỉ huy Phòng thủ dân sự huyện", "Đã xử lý");
	}

	/** Opens the document of the list row that shows this subject. */
	void openRow(String subject) {
		navigateBy(By.xpath("//table[@id='document-list']//tr[contains(., '" + subject + "')]//a"));
	}

	String text() {
		return driver.findElement(By.tagName("main")).getText();
	}

	String alert() {
		return driver.findElements(By.cssSelector(".alert")).stream().map(WebElement::getText).collect(Collectors.joining(" | "));
	}

	byte[] download(String href) throws Exception {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
