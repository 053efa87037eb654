package vn.minhbach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.minhbach.IntegrationTest;
import vn.minhbach.files.TestFiles;

/**
 * The portal's information pages and map in a browser, checked by axe-core: every section of the
 * agency information, the map (Leaflet runs under the CSP; without tiles the address stays and the
 * page says the base map is missing), and an administrator publishing a disclosure that the public
 * then finds.
 */
@IntegrationTest
class PortalInformationBrowserTests extends BrowserTestSupport {

	@Test
	void everySectionOfTheAgencyInformationIsAccessible() {
		visit("/thong-tin");
		assertThat(heading().getText()).isEqualTo("Thông tin cơ quan");
		List<String> sections = List.of("Chức năng, nhiệm vụ", "Cơ cấu tổ chức, lãnh đạo", "Thông tin liên hệ",
				"Văn bản đã ban hành", "Công khai thông tin", "Thủ tục hành chính, dịch vụ công");
		for (String section : sections) {
			visit("/thong-tin");
			navigateBy(By.xpath("//main//h2/a[normalize-space()='" + section + "']"));
			assertThat(heading().getText()).isEqualTo(section);
			assertAccessible(section);
		}
		visit("/thong-tin/cong-khai/ngan-sach");
		assertThat(heading().getText()).isEqualTo("Công khai ngân sách");
		assertThat(text()).contains("Công khai dự toán ngân sách xã năm 2026");
		visit("/thong-tin/van-ban?q=khong+co+gi");
		assertThat(text()).contains("Không có văn bản phù hợp.");
		visit("/thong-tin/co-cau-to-chuc?lang=en");
		assertThat(heading().getText()).isEqualTo("Organisation and leaders");
		assertThat(driver.findElement(By.cssSelector("footer")).getText()).contains("Visitor statistics", "Online now");
	}

	@Test
	void theMapRunsUnderTheContentSecurityPolicyAndKeepsTheAddress() {
		visit("/ban-do");
		assertThat(heading().getText()).isEqualTo("Bản đồ");
		assertThat(driver.findElement(By.cssSelector("address[data-map-address]")).getText())
			.contains("Thôn Nam Định, xã Tam Anh Nam, huyện Núi Thành, tỉnh Quảng Nam");
		// the script ran (no inline script, everything from this origin): Leaflet built the map
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.cssSelector("#portal-map.leaflet-container")).isEmpty());
		assertThat(driver.findElements(By.cssSelector("#portal-map .leaflet-marker-icon"))).isNotEmpty();
		assertThat(driver.findElements(By.cssSelector("#portal-map path.leaflet-interactive"))).hasSizeGreaterThan(5);
		// tiles from the internet cannot load here: the page then says so and hides the empty map
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
			String state = d.findElement(By.id("portal-map")).getAttribute("data-map-state");
			return state != null;
		});
		if ("offline".equals(driver.findElement(By.id("portal-map")).getAttribute("data-map-state"))) {
			assertThat(driver.findElement(By.cssSelector("[data-map-offline]")).isDisplayed()).isTrue();
			assertThat(driver.findElement(By.id("portal-map")).isDisplayed()).isFalse();
		}
		else {
			assertThat(driver.findElement(By.id("portal-map")).isDisplayed()).isTrue();
		}
		assertAccessible("the map");
		assertThat(text()).contains("Tam Xuân I", "15,5180; 108,5510");
	}

	@Test
	void anAdministratorPublishesADisclosureThePublicThenFinds() throws Exception {
		logIn("quantri.tamanhnam", "Demo@2026");
		visit("/admin/portal/disclosures");
		navigateBy(By.linkText("Đăng thông tin công khai"));
		assertAccessible("the disclosure form");
		new Select(driver.findElement(By.id("category"))).selectByVisibleText("Kế hoạch, báo cáo");
		fill("title", "Kế hoạch chuyển đổi số xã Tam Anh Nam năm 2027");
		fill("summary", "Mục tiêu, nhiệm vụ và giải pháp chuyển đổi số năm 2027.");
		Path pdf = Files.createTempFile("ke-hoach-chuyen-doi-so", ".pdf");
		Files.write(pdf, TestFiles.pdf("KẾ HOẠCH CHUYỂN ĐỔI SỐ"));
		driver.findElement(By.id("file")).sendKeys(pdf.toString());
		submit();
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains("Đã đăng thông tin công khai");
		assertThat(text()).contains("Kế hoạch chuyển đổi số xã Tam Anh Nam năm 2027");
		assertAccessible("the list of disclosures");

		driver.manage().deleteAllCookies();
		visit("/thong-tin/cong-khai/ke-hoach-bao-cao");
		assertThat(text()).contains("Kế hoạch chuyển đổi số xã Tam Anh Nam năm 2027");
	}

	String text() {
		return driver.findElement(By.tagName("main")).getText();
	}
}
