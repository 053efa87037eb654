package vn.minhbach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.minhbach.IntegrationTest;

/** The agency administrator keeps the catalog: edits a procedure, its e-form with the live preview, publication. */
@IntegrationTest
class CatalogAdminBrowserTests extends BrowserTestSupport {

	@Test
	void anAgencyAdministratorEditsAProcedureAndItsEForm() {
		logIn("quantri.tamanhnam", "Demo@2026");
		navigateBy(By.linkText("Danh mục thủ tục"));
		assertAccessible("catalog administration");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("1.001193", "Đã công bố");
		navigateBy(By.linkText("Chứng thực di chúc"));
		assertAccessible("procedure editor");
		assertThat(driver.findElement(By.cssSelector("[role=note]")).getText()).contains("Lựa chọn khi nhập dữ liệu mẫu");
		fill("processingNote", "02 ngày làm việc; trường hợp phức tạp không quá 10 ngày làm việc.");
		navigateBy(By.cssSelector("#procedure-form button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Đã lưu thay đổi.");

		navigateBy(By.linkText("Biểu mẫu điện tử"));
		assertAccessible("e-form editor");
		WebElement json = driver.findElement(By.id("schemaJson"));
		assertThat(driver.findElement(By.id("schema-preview")).getText()).contains("Cam đoan");
		((JavascriptExecutor) driver).executeScript(
				"arguments[0].value = arguments[0].value.replace(/\"type\"\\s*:\\s*\"checkbox\"/, '\"type\": \"slider\"');", json);
		json.sendKeys(Keys.END, " ");
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("schema-preview"))
			.getText()
			.contains("unknown type 'slider'"));
		assertAccessible("e-form editor with an error");
		navigateBy(By.cssSelector("main form button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("unknown type 'slider'");
		driver.get(driver.getCurrentUrl());
		assertThat(driver.findElement(By.id("schemaJson")).getAttribute("value")).doesNotContain("slider");

		driver.get(url("/admin/procedures/import"));
		assertAccessible("catalog import");
	}

	@Test
	void anUnpublishedProcedureLeavesThePublicCatalog() {
		logIn("quantri.tamanhnam", "Demo@2026");
		visit("/admin/procedures");
		navigateBy(By.linkText("Thủ tục công nhận hòa giải viên (cấp xã)"));
		String editor = driver.getCurrentUrl();
		String id = editor.substring(editor.lastIndexOf('/') + 1);
		navigateBy(By.cssSelector("form[action$='/publish'] button"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("thôi công bố");
		driver.manage().deleteAllCookies();
		driver.get(url("/procedures/" + id));
		assertThat(heading().getText()).isEqualTo("Không tìm thấy");
		logIn("quantri.tamanhnam", "Demo@2026");
		driver.get(editor);
		navigateBy(By.cssSelector("form[action$='/publish'] button"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Đã công bố");
	}
}
