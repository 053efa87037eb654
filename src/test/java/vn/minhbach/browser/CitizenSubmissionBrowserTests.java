package vn.minhbach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.minhbach.IntegrationTest;
import vn.minhbach.files.TestFiles;

/**
 * A citizen goes from search to submission to payment to tracking, on a published procedure
 * with a fee, attaching a paper, correcting a mistake on the way; axe-core checks every page.
 */
@IntegrationTest
class CitizenSubmissionBrowserTests extends BrowserTestSupport {

	@Test
	void aCitizenSearchesSubmitsPaysAndTracksADossier() throws Exception {
		visit("/procedures");
		fill("q", "ban sao trich luc ho tich");
		driver.findElement(By.id("q")).sendKeys(Keys.ENTER);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
		assertAccessible("search results");
		navigateBy(By.partialLinkText("Cấp bản sao Trích lục hộ tịch"));
		assertAccessible("procedure page");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("2.000635", "8.000 đ", "Thành phần hồ sơ",
				"Căn cứ pháp lý");

		navigateBy(By.linkText("Nộp hồ sơ trực tuyến"));
		assertThat(driver.getCurrentUrl()).contains("/login");
		fill("username", "congdan.demo");
		fill("password", "Demo@2026");
		navigateBy(By.cssSelector("main button[type=submit]"));
		assertThat(driver.getCurrentUrl()).contains("/citizen/dossiers/new");
		assertAccessible("start page");
		navigateBy(By.cssSelector("main form button[type=submit]"));

		// the first section is prefilled from the profile; a wrong phone number is refused and kept
		assertAccessible("first section");
		WebElement name = driver.findElement(By.id("i0-fullName"));
		assertThat(name.getAttribute("value")).isEqualTo("Nguyễn Văn An");
		fill("i0-phone", "12345");
		fillRequiredFields();
		submitWith("continue");
		assertThat(driver.findElement(By.cssSelector(".error-summary")).getText()).contains("Số điện thoại");
		assertThat(driver.findElement(By.id("i0-phone")).getAttribute("value")).isEqualTo("12345");
		assertAccessible("section with an error");
		fill("i0-phone", "0905 123 456");
		submitWith("continue");

		int guard = 0;
		while (driver.getCurrentUrl().contains("/form/") && guard++ < 10) {
			assertAccessible("section " + driver.getCurrentUrl());
			fillRequiredFields();
			submitWith("continue");
			assertThat(driver.findElements(By.cssSelector(".error-summary"))).as("section accepted: %s",
					driver.findElements(By.cssSelector(".error-summary")).stream().map(WebElement::getText).toList())
				.isEmpty();
		}
		assertThat(driver.getCurrentUrl()).endsWith("/papers");
		assertAccessible("papers page");
		Path scan = Files.createTempFile("giay-to-tuy-than", ".pdf");
		Files.write(scan, TestFiles.pdf("Căn cước"));
		driver.findElement(By.id("paper-2")).sendKeys(scan.toString());
		navigateBy(By.cssSelector("button[aria-label='Tải lên tệp cho giấy tờ số 3']"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Đã tải lên 1 tệp");
		navigateBy(By.linkText("Tiếp tục: xem lại hồ sơ"));

		assertAccessible("check your answers");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Nguyễn Văn An", "0905 123 456",
				scan.getFileName().toString());
		navigateBy(By.cssSelector("main form button[type=submit]"));

		assertAccessible("confirmation");
		String code = driver.findElement(By.cssSelector(".confirmation-panel .dossier-code")).getText();
		assertThat(code).matches("000\\.08\\.17\\.H47-\\d{6}-\\d{4}");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ngày hẹn trả dự kiến");

		navigateBy(By.cssSelector("form[action$='/pay'] button"));
		assertThat(driver.findElement(By.cssSelector(".sandbox-banner")).getText()).contains("THỬ NGHIỆM");
		assertAccessible("sandbox bank");
		navigateBy(By.cssSelector("button[value=pay]"));
		assertAccessible("payment result");
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Đã thanh toán 8.000 đ",
				"Số biên lai: BL");
		navigateBy(By.linkText("Về trang hồ sơ"));
		assertAccessible("dossier page");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(code, "Chờ tiếp nhận", "đã thanh toán",
				"Thanh toán lệ phí trực tuyến");

		driver.manage().deleteAllCookies();
		visit("/track");
		fill("code", code);
		navigateBy(By.cssSelector("main form button[type=submit]"));
		assertAccessible("public tracking");
		String tracked = driver.findElement(By.tagName("main")).getText();
		assertThat(tracked).contains(code, "N***** V** An", "Chờ tiếp nhận", "Nộp hồ sơ trực tuyến")
			.doesNotContain("Nguyễn Văn An", "049090001234");
	}

	@Test
	void aDraftIsKeptWhenTheCitizenStopsHalfway() {
		logIn("congdan2.demo", "Demo@2026");
		visit("/procedures?q=1.004873");
		navigateBy(By.partialLinkText("Giấy xác nhận tình trạng hôn nhân"));
		navigateBy(By.linkText("Nộp hồ sơ trực tuyến"));
		navigateBy(By.cssSelector("main form button[type=submit]"));
		fill("i0-address", "Thôn Phước Lộc, xã Tam Anh Nam");
		submitWith("draft");
		assertThat(driver.getCurrentUrl()).endsWith("/citizen/dossiers");
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Đã lưu nháp");
		assertAccessible("my dossiers with a draft");
		navigateBy(By.linkText("Tiếp tục khai (bản nháp)"));
		navigateBy(By.cssSelector("a[aria-label^='Thay đổi mục Người']"));
		assertThat(driver.findElement(By.id("i0-address")).getAttribute("value")).isEqualTo("Thôn Phước Lộc, xã Tam Anh Nam");
	}
}
