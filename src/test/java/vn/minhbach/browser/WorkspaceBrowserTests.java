package vn.minhbach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.minhbach.IntegrationTest;

/** Every demo role logs in, sees a sensible Vietnamese workspace and its pages pass axe-core. */
@IntegrationTest
class WorkspaceBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "Demo@2026";

	@Test
	void publicPagesReadWellAndPassAxe() {
		for (String path : List.of("/", "/about", "/contact", "/login", "/register", "/password/forgot")) {
			visit(path);
		}
		driver.get(url("/"));
		assertThat(driver.findElement(By.cssSelector(".agency-name")).getText())
			.isEqualToIgnoringCase("Ủy ban nhân dân xã Tam Anh Nam");
		assertThat(driver.findElement(By.cssSelector("footer")).getText()).contains("0235.3592696",
				"Thôn Nam Định, xã Tam Anh Nam, huyện Núi Thành, tỉnh Quảng Nam");
		navigateBy(By.linkText("English"));
		assertThat(driver.findElement(By.cssSelector("nav.site-nav")).getText()).contains("Home", "About");
		assertAccessible("/ in English");
		navigateBy(By.linkText("Tiếng Việt"));
		assertThat(driver.findElement(By.cssSelector("nav.site-nav")).getText()).contains("Trang chủ");
	}

	@Test
	void everyDemoRoleSeesItsWorkspace() {
		Map<String, List<String>> pagesByRole = Map.of("quantri",
				List.of("/staff", "/admin/agencies", "/admin/staff", "/admin/audit", "/account"), "lanhdao",
				List.of("/staff", "/account"), "motcua", List.of("/staff"), "chuyenvien", List.of("/staff"), "vanthu",
				List.of("/staff"), "bientap", List.of("/staff"));
		Map<String, List<String>> pagesByUser = new java.util.LinkedHashMap<>();
		pagesByUser.put("admin", List.of("/staff", "/admin/units", "/admin/agencies", "/admin/staff", "/admin/calendar",
				"/admin/audit", "/account"));
		for (String suffix : List.of("tamanhnam", "nuithanh")) {
			pagesByRole.forEach((role, pages) -> pagesByUser.put(role + "." + suffix, pages));
		}
		for (var entry : pagesByUser.entrySet()) {
			logIn(entry.getKey(), PASSWORD);
			assertThat(driver.getCurrentUrl()).as(entry.getKey()).endsWith("/staff");
			assertThat(heading().getText()).as(entry.getKey()).startsWith("Xin chào");
			for (String path : entry.getValue()) {
				visit(path);
				assertThat(driver.getTitle()).as(path).doesNotContain("Không có quyền", "Lỗi");
			}
		}
		for (String citizen : List.of("congdan.demo", "congdan2.demo")) {
			logIn(citizen, PASSWORD);
			assertThat(driver.getCurrentUrl()).as(citizen).endsWith("/citizen/dossiers");
			assertAccessible("/citizen/dossiers (" + citizen + ")");
			visit("/account");
		}
	}

	@Test
	void sideNavigationFollowsTheRole() {
		logIn("motcua.tamanhnam", PASSWORD);
		String nav = driver.findElement(By.id("ws-sidebar")).getText();
		assertThat(nav).contains("Tổng quan", "Tài khoản của tôi").doesNotContain("Tài khoản cán bộ", "Nhật ký hệ thống");
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Một cửa (tiếp nhận và trả kết quả)");
		logIn("admin", PASSWORD);
		assertThat(driver.findElement(By.id("ws-sidebar")).getText()).contains("Đơn vị hành chính", "Lịch nghỉ lễ",
				"Nhật ký hệ thống");
	}

	@Test
	void citizensLandOnTheirDossiersAndAreKeptOutOfTheWorkspace() {
		logIn("congdan.demo", PASSWORD);
		assertThat(driver.getCurrentUrl()).endsWith("/citizen/dossiers");
		assertThat(heading().getText()).isEqualTo("Hồ sơ của tôi");
		visit("/account");
		assertThat(heading().getText()).isEqualTo("Tài khoản của tôi");
		driver.get(url("/staff"));
		assertThat(heading().getText()).isEqualTo("Bạn không có quyền xem trang này");
		assertAccessible("403 page");
	}

	@Test
	void aCitizenRegistersAfterCorrectingAMistake() {
		visit("/register");
		fill("fullName", "Phan Thị Hồng");
		fill("citizenId", "04930100");
		fill("dateOfBirth", "15032001");
		fill("phone", "0905 222 333");
		fill("email", "phan.hong@example.vn");
		fill("password", "Hoasen2026");
		fill("passwordConfirmation", "Hoasen2026");
		driver.findElement(By.id("consent1")).sendKeys(org.openqa.selenium.Keys.SPACE);
		submit();
		WebElement summary = driver.findElement(By.cssSelector(".error-summary"));
		assertThat(summary.getText()).contains("Số định danh cá nhân phải gồm 12 chữ số");
		assertThat(driver.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Phan Thị Hồng");
		assertAccessible("/register with errors");
		fill("citizenId", "049301004444");
		fill("password", "Hoasen2026");
		fill("passwordConfirmation", "Hoasen2026");
		submit();
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Đăng ký thành công");
		logIn("049301004444", "Hoasen2026");
		assertThat(heading().getText()).isEqualTo("Hồ sơ của tôi");
	}

	@Test
	void anAgencyAdministratorAddsADepartment() {
		logIn("quantri.tamanhnam", PASSWORD);
		navigateBy(By.linkText("Bộ phận và chức vụ"));
		assertAccessible("structure");
		navigateBy(By.linkText("Thêm bộ phận"));
		fill("code", "CAXA");
		fill("name", "Công an xã");
		submit();
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Công an xã");
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Đã lưu thay đổi.");
	}
}
