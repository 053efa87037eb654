package vn.minhbach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.catalog.WorkflowStep;
import vn.minhbach.dossier.Dossier;
import vn.minhbach.dossier.DossierIntake;
import vn.minhbach.dossier.DossierTestSupport;
import vn.minhbach.files.TestFiles;
import vn.minhbach.pdf.SignedDocuments;
import vn.minhbach.shared.Role;

/**
 * The one-stop back office end to end in a browser: a dossier submitted online goes through
 * reception, two processing steps with a supplement request in between, the leader's approval
 * with a signed result (checked on the public verify page), its return and the rating; and a
 * dossier that runs late gets its apology letter and is counted late against the step that
 * caused it. axe-core checks every back-office page on the way.
 */
@IntegrationTest
class BackOfficeBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "Demo@2026";

	@Autowired
	ProcedureCatalog catalog;

	@Autowired
	DossierIntake intake;

	@Autowired
	UserDetailsService users;

	@Autowired
	SignedDocuments signatures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingCalendar calendar;

	@Test
	void aDossierGoesFromOnlineSubmissionToItsSignedResultAndRating() throws Exception {
		Procedure residence = workflowOfThreeSteps("1.004222");

		// the citizen submits online
		logIn("congdan.demo", PASSWORD);
		visit("/citizen/dossiers/new?procedure=" + residence.getId());
		navigateBy(By.cssSelector("main form button[type=submit]"));
		int guard = 0;
		while (driver.getCurrentUrl().contains("/form/") && guard++ < 10) {
			fillRequiredFields();
			submitWith("continue");
		}
		assertThat(driver.getCurrentUrl()).endsWith("/papers");
		uploadEveryRequiredPaper();
		navigateBy(By.linkText("Tiếp tục: xem lại hồ sơ"));
		navigateBy(By.cssSelector("main form button[type=submit]"));
		String code = driver.findElement(By.cssSelector(".confirmation-panel .dossier-code")).getText();

		// the desk finds it in the reception queue and receives it
		logIn("motcua.tamanhnam", PASSWORD);
		visit("/staff/dossiers?view=RECEPTION");
		assertThat(text()).contains(code, "Nguyễn Văn An");
		navigateBy(By.linkText(code));
		assertAccessible("dossier page at the desk");
		navigateBy(By.cssSelector("form[action$='/actions/receive'] button"));
		assertThat(alert()).contains("Đã tiếp nhận hồ sơ");
		assertThat(text()).contains("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Đang xử lý", "Thẩm định hồ sơ");
		String dossierUrl = driver.getCurrentUrl();

		// the specialist takes the first step and asks for a supplement
		logIn("chuyenvien.tamanhnam", PASSWORD);
		visit("/staff/dossiers?view=MINE");
		assertThat(text()).contains(code, "Thẩm định hồ sơ");
		navigateBy(By.linkText(code));
		navigateBy(By.cssSelector("form[action$='/actions/claim'] button"));
		assertThat(text()).contains("Người xử lý: Phạm Thị Lan");
		openDetails("Yêu cầu bổ sung, hoàn thiện hồ sơ");
		fill("supplement-text", "Bổ sung bản sao sổ hộ khẩu của chủ hộ");
		navigateBy(By.cssSelector("form[action$='/actions/request-supplement'] button"));
		assertThat(text()).contains("Chờ bổ sung", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ");

		// the citizen supplements; the clock runs again
		logIn("congdan.demo", PASSWORD);
		String dossierId = dossierUrl.substring(dossierUrl.lastIndexOf('/') + 1);
		visit("/citizen/dossiers/" + dossierId);
		assertThat(text()).contains("Bổ sung bản sao sổ hộ khẩu của chủ hộ", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
		navigateBy(By.linkText("Bổ sung giấy tờ"));
		Path scan = Files.createTempFile("so-ho-khau", ".pdf");
		Files.write(scan, TestFiles.pdf("Sổ hộ khẩu"));
		driver.findElement(By.id("paper-0")).sendKeys(scan.toString());
		navigateBy(By.cssSelector("button[aria-label='Tải lên tệp cho giấy tờ số 1']"));
		navigateBy(By.linkText("Tiếp tục: xem lại hồ sơ"));
		navigateBy(By.cssSelector("form[action$='/supplement'] button[type=submit]"));
		assertThat(text()).contains("Đang xử lý");

		// two processing steps, each forwarded with its opinion
		logIn("chuyenvien.tamanhnam", PASSWORD);
		driver.get(dossierUrl);
		assertThat(text()).contains("Bổ sung lần 1");
		fill("forward-text", "Hồ sơ hợp lệ sau khi bổ sung");
		navigateBy(By.cssSelector("form[action$='/actions/forward'] button"));
		assertThat(text()).contains("Bước hiện tại: Kiểm tra, trình ký");
		navigateBy(By.cssSelector("form[action$='/actions/claim'] button"));
		fill("forward-text", "Đã kiểm tra, trình lãnh đạo ký");
		navigateBy(By.cssSelector("form[action$='/actions/forward'] button"));
		assertThat(text()).contains("Chờ phê duyệt");

		// the leader approves: the result is produced and signed
		logIn("lanhdao.tamanhnam", PASSWORD);
		visit("/staff/dossiers?view=MINE");
		navigateBy(By.linkText(code));
		assertAccessible("dossier page for the leader");
		fill("approve-text", "Đồng ý đăng ký thường trú");
		navigateBy(By.cssSelector("form[action$='/actions/approve'] button"));
		assertThat(text()).contains("Đã có kết quả", "Kết quả giải quyết thủ tục hành chính");
		String resultHref = driver.findElement(By.linkText("Kết quả giải quyết thủ tục hành chính")).getAttribute("href");
		byte[] result = download(resultHref);
		assertThat(pdfText(result)).contains("Nguyễn Văn An", code, "Đăng ký thường trú");
		assertThat(signatures.verify(result)).singleElement().satisfies(check -> assertThat(check.valid()).isTrue());

		// the control sheet lists every hand-over, on time
		byte[] sheet = download(url("/staff/dossiers/" + dossierId + "/control-sheet.pdf"));
		assertThat(pdfText(sheet)).contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Thẩm định hồ sơ",
				"Kiểm tra, trình ký", "Lãnh đạo phê duyệt", "Phạm Thị Lan", "Nguyễn Văn Hùng");

		// anyone can check the signature on the public page
		driver.manage().deleteAllCookies();
		visit("/verify");
		Path resultFile = Files.createTempFile("ket-qua", ".pdf");
		Files.write(resultFile, result);
		driver.findElement(By.id("file")).sendKeys(resultFile.toString());
		navigateBy(By.cssSelector("main form button[type=submit]"));
		assertAccessible("verify result");
		assertThat(text()).contains("Chữ ký số hợp lệ", "Tam Anh Nam", "Không bị thay đổi");

		// the desk hands the result over; the citizen rates the service
		logIn("motcua.tamanhnam", PASSWORD);
		visit("/staff/dossiers?view=TO_RETURN");
		navigateBy(By.linkText(code));
		navigateBy(By.cssSelector("form[action$='/actions/return-result'] button"));
		assertThat(alert()).contains("Lệ phí chưa được thanh toán");
		navigateBy(By.cssSelector("form[action$='/fee'] button"));
		assertThat(text()).contains("đã thanh toán", "Giao dịch lúc", "biên lai BL");
		navigateBy(By.cssSelector("form[action$='/actions/return-result'] button"));
		assertThat(text()).contains("Đã trả kết quả", "Trả đúng hạn");
		logIn("congdan.demo", PASSWORD);
		visit("/citizen/dossiers/" + dossierId);
		click(By.id("score-SATISFIED"));
		navigateBy(By.cssSelector("form[action$='/rating'] button"));
		assertThat(alert()).contains("Cảm ơn bạn đã đánh giá");

		// the public tracking page shows the steps without personal data
		driver.manage().deleteAllCookies();
		visit("/track?code=" + code);
		assertThat(text()).contains("Các bước giải quyết", "Thẩm định hồ sơ", "Lãnh đạo phê duyệt", "Đã trả kết quả")
			.doesNotContain("Phạm Thị Lan", "Nguyễn Văn An");
	}

	@Test
	void aDossierRunningLateGetsItsApologyAndIsCountedLateAgainstItsStep() throws Exception {
		DossierTestSupport support = new DossierTestSupport(intake, catalog, users);
		Dossier submitted = support.submitted("congdan2.demo", "1.002211");
		logIn("motcua.tamanhnam", PASSWORD);
		driver.get(url("/staff/dossiers/" + submitted.getId()));
		navigateBy(By.cssSelector("form[action$='/actions/receive'] button"));

		// the examination step should have ended yesterday, and the appointment is today
		LocalDate today = calendar.today();
		LocalDate yesterday = today.minusDays(1);
		jdbc.sql("update dossier set due_date = :today where id = :id").param("today", today).param("id", submitted.getId())
			.update();
		jdbc.sql("update dossier_step set due_date = :yesterday where dossier_id = :id and status = 'ACTIVE'")
			.param("yesterday", yesterday)
			.param("id", submitted.getId())
			.update();
		logIn("chuyenvien.tamanhnam", PASSWORD);
		visit("/staff/dossiers?view=MINE");
		WebElement row = driver.findElement(By.xpath("//tr[.//a[text()='" + submitted.getCode() + "']]"));
		assertThat(row.getAttribute("class")).contains("row-overdue");
		assertThat(row.getText()).contains("Quá hạn");

		// the leader apologises before the appointment date, with a new date
		logIn("lanhdao.tamanhnam", PASSWORD);
		driver.get(url("/staff/dossiers/" + submitted.getId()));
		LocalDate newDate = calendar.addWorkingDays(today, 3);
		openDetails("Xin lỗi và hẹn lại ngày trả kết quả");
		((JavascriptExecutor) driver).executeScript("document.getElementById('apology-date').value = arguments[0];",
				newDate.toString());
		fill("apology-text", "Cần xác minh thêm thông tin với Công an xã");
		navigateBy(By.cssSelector("form[action$='/actions/apologize'] button"));
		assertAccessible("dossier after the apology");
		String page = text();
		assertThat(page).contains("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết",
				String.format("%02d/%02d/%d", newDate.getDayOfMonth(), newDate.getMonthValue(), newDate.getYear()));
		byte[] letter = download(driver.findElement(By.linkText("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết")).getAttribute("href"));
		assertThat(pdfText(letter)).contains("xin lỗi", "Cần xác minh thêm thông tin với Công an xã");
		assertThat(signatures.verify(letter)).singleElement().satisfies(check -> assertThat(check.valid()).isTrue());

		// a second apology is not possible
		assertThat(driver.findElements(By.cssSelector("form[action$='/actions/apologize']"))).isEmpty();

		// the original appointment passes; the dossier is finished and returned after it
		jdbc.sql("update dossier set original_due_date = :yesterday where id = :id")
			.param("yesterday", yesterday)
			.param("id", submitted.getId())
			.update();
		logIn("chuyenvien.tamanhnam", PASSWORD);
		driver.get(url("/staff/dossiers/" + submitted.getId()));
		navigateBy(By.cssSelector("form[action$='/actions/forward'] button"));
		logIn("lanhdao.tamanhnam", PASSWORD);
		driver.get(url("/staff/dossiers/" + submitted.getId()));
		navigateBy(By.cssSelector("form[action$='/actions/approve'] button"));
		logIn("motcua.tamanhnam", PASSWORD);
		driver.get(url("/staff/dossiers/" + submitted.getId()));
		navigateBy(By.cssSelector("form[action$='/actions/return-result'] button"));
		assertThat(text()).contains("Trả quá hạn");
		WebElement firstStep = driver.findElement(By.cssSelector(".control-sheet tbody tr"));
		assertThat(firstStep.getText()).contains("Thẩm định hồ sơ", "Quá hạn");
		Integer lateStep = jdbc.sql("select late_step from dossier where id = :id").param("id", submitted.getId())
			.query(Integer.class)
			.single();
		assertThat(lateStep).isEqualTo(1);
		visit("/staff/dossiers?view=ALL&timeliness=LATE");
		assertThat(text()).contains(submitted.getCode());
	}

	@Test
	void theDeskRegistersADossierBroughtInPerson() throws Exception {
		logIn("motcua.tamanhnam", PASSWORD);
		visit("/staff/dossiers/new");
		fill("q", "xac nhan tinh trang hon nhan");
		navigateBy(By.cssSelector("main form[role=search] button"));
		assertAccessible("procedures found at the desk");
		navigateBy(By.partialLinkText("Giấy xác nhận tình trạng hôn nhân"));
		assertAccessible("in-person registration form");

		// nothing typed: every problem is listed and linked, nothing is registered
		navigateBy(By.cssSelector("main form button[value=continue]"));
		assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Hãy nhập họ tên người nộp hồ sơ",
				"Chưa có tệp nào cho giấy tờ bắt buộc này");
		assertAccessible("in-person registration with errors");

		fill("applicant-fullName", "Lê Văn Tám");
		fill("applicant-citizenId", "049088007788");
		fill("applicant-phone", "0912345678");
		fillRequiredFields();
		int papers = driver.findElements(By.cssSelector("input[type=file][id^='paper-']")).size();
		for (int i = 0; i < papers; i++) {
			Path scan = Files.createTempFile("ban-quet-" + i, ".pdf");
			Files.write(scan, TestFiles.pdf("Bản quét " + i));
			driver.findElement(By.id("paper-" + i)).sendKeys(scan.toString());
		}
		navigateBy(By.cssSelector("main form button[value=continue]"));
		assertThat(alert()).contains("Đã tiếp nhận hồ sơ");
		assertThat(text()).contains("Lê Văn Tám", "Trực tiếp", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "Thẩm định hồ sơ");
		assertAccessible("dossier registered in person");
	}

	// --- helpers -----------------------------------------------------------------------------

	/** Gives the procedure a workflow of two processing steps and the approval (as an admin would). */
	Procedure workflowOfThreeSteps(String code) {
		return TestUsers.as(users, "quantri.tamanhnam", () -> {
			Procedure procedure = catalog.publishedByCode(code).orElseThrow();
			return catalog.defineWorkflow(procedure.getId(), procedure.getVersion(),
					List.of(new WorkflowStep("Thẩm định hồ sơ", Role.SPECIALIST, null, 3, WorkflowStep.Kind.PROCESS),
							new WorkflowStep("Kiểm tra, trình ký", Role.SPECIALIST, null, 2, WorkflowStep.Kind.PROCESS),
							new WorkflowStep("Lãnh đạo phê duyệt", Role.LEADER, null, 1, WorkflowStep.Kind.APPROVAL)));
		});
	}

	void uploadEveryRequiredPaper() throws IOException {
		int papers = driver.findElements(By.cssSelector("main section[aria-labelledby^='paper-title-']")).size();
		for (int i = 0; i < papers; i++) {
			WebElement title = driver.findElement(By.id("paper-title-" + i));
			if (!title.getText().contains("Bắt buộc")) {
				continue;
			}
			Path scan = Files.createTempFile("giay-to-" + i, ".pdf");
			Files.write(scan, TestFiles.pdf("Giấy tờ " + i));
			driver.findElement(By.id("paper-" + i)).sendKeys(scan.toString());
			navigateBy(By.cssSelector("button[aria-label='Tải lên tệp cho giấy tờ số " + (i + 1) + "']"));
		}
	}

	void openDetails(String summary) {
		click(By.xpath("//summary[normalize-space()='" + summary + "']"));
	}

	String text() {
		return driver.findElement(By.tagName("main")).getText();
	}

	String alert() {
		return driver.findElements(By.cssSelector(".alert")).stream().map(WebElement::getText).collect(Collectors.joining(" | "));
	}

	/** Downloads what a link points to, with the browser's session. */
	byte[] download(String href) throws IOException, InterruptedException {
		String cookies = driver.manage()
			.getCookies()
			.stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as("GET %s", href).isEqualTo(200);
		return response.body();
	}

	static String pdfText(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
