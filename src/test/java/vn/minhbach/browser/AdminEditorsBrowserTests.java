package vn.minhbach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.minhbach.IntegrationTest;
import vn.minhbach.catalog.CatalogImport;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.catalog.WorkflowStep;
import vn.minhbach.demo.DemoAccounts;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.SystemActor;

/**
 * The commune's administrator gives a procedure its own workflow in the browser; the system
 * administrator opens the official form templates. Every page passes axe-core.
 */
@IntegrationTest
class AdminEditorsBrowserTests extends BrowserTestSupport {

	static final String PROCEDURE = "Thủ tục thử quy trình trên trình duyệt";

	@Autowired
	CatalogImport imports;

	@Autowired
	ProcedureCatalog catalog;

	@Autowired
	OrganizationDirectory organization;

	Long commune() {
		return organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
	}

	/** A procedure of its own (7 working days), so that the template saved here changes no other test's dossiers. */
	Procedure procedure() {
		String json = """
				[ { "code": "9.996001", "name": "%s", "field": "Thử nghiệm", "level": "COMMUNE",
				    "processingTime": { "workingDays": 7 }, "onlineLevel": "NONE" } ]
				""".formatted(PROCEDURE);
		SystemActor.call(() -> imports.importInto(commune(),
				CatalogImport.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), false));
		return SystemActor.call(() -> catalog.ofAgency(commune()))
			.stream()
			.filter(p -> "9.996001".equals(p.getCode()))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theCommunesAdministratorAddsAStepToAProceduresWorkflow() {
		Procedure procedure = procedure();
		logIn("quantri.tamanhnam", DemoAccounts.PASSWORD);
		visit("/admin/procedures");
		navigateBy(By.linkText(PROCEDURE));
		navigateBy(By.linkText("Quy trình xử lý"));
		assertThat(heading().getText()).isEqualTo("Quy trình xử lý hồ sơ");
		assertThat(driver.findElement(By.cssSelector("[role=note]")).getText()).contains("quy trình mặc định");
		assertAccessible("workflow editor with the default template");

		navigateBy(By.cssSelector("button[value=add]"));
		assertThat(driver.findElements(By.cssSelector("#steps tbody tr"))).hasSize(3);
		assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the new row is ready to type in")
			.isEqualTo("steps1.name");
		fill("steps1.name", "Lấy ý kiến Văn phòng – Thống kê");
		new Select(driver.findElement(By.id("steps1.departmentId"))).selectByVisibleText("Văn phòng – Thống kê");
		fill("steps1.shareDays", "2");
		var over = By.cssSelector("[data-share-over]");
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(over).isDisplayed());
		assertThat(driver.findElement(By.cssSelector("[data-share-total]")).getText()).isEqualTo("9");
		fill("steps0.shareDays", "4");
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> !d.findElement(over).isDisplayed());
		assertAccessible("workflow editor with a new step");

		navigateBy(By.cssSelector("main button.btn-primary[value=save]"));
		assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Đã lưu quy trình xử lý");
		assertThat(driver.findElements(By.cssSelector("[role=note]"))).as("no longer the default").isEmpty();
		assertThat(driver.findElement(By.id("steps1.name")).getAttribute("value")).isEqualTo("Lấy ý kiến Văn phòng – Thống kê");
		assertThat(new Select(driver.findElement(By.id("steps1.departmentId"))).getFirstSelectedOption().getText())
			.isEqualTo("Văn phòng – Thống kê");
		assertAccessible("workflow editor after saving");
		assertThat(catalog.procedure(procedure.getId()).getWorkflow()).extracting(WorkflowStep::name)
			.containsExactly("Thẩm định hồ sơ", "Lấy ý kiến Văn phòng – Thống kê", "Lãnh đạo phê duyệt");

		new Select(driver.findElement(By.id("steps2.kind"))).selectByVisibleText("Xử lý");
		navigateBy(By.cssSelector("main button.btn-primary[value=save]"));
		assertThat(driver.findElement(By.cssSelector(".error-summary")).getText())
			.contains("Quy trình phải kết thúc bằng đúng một bước phê duyệt");
		assertThat(driver.findElement(By.id("steps1.name")).getAttribute("value")).isEqualTo("Lấy ý kiến Văn phòng – Thống kê");
		assertAccessible("workflow editor with an error");

		driver.manage().window().setSize(new Dimension(320, 800));
		try {
			driver.navigate().refresh();
			assertThat(((JavascriptExecutor) driver).executeScript(
					"return document.documentElement.scrollWidth <= window.innerWidth;"))
				.as("at 320 px only the table scrolls sideways, not the page")
				.isEqualTo(true);
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	void theSystemAdministratorOpensTheOfficialForms() {
		logIn("admin", DemoAccounts.PASSWORD);
		navigateBy(By.linkText("Mẫu phiếu, biểu mẫu một cửa"));
		assertAccessible("official forms");
		navigateBy(By.linkText("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"));
		assertThat(driver.findElement(By.id("body")).getAttribute("value")).contains("{{list:reason}}");
		assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("{{applicant.name}}",
				"Họ và tên người nộp hồ sơ");
		assertAccessible("official form editor");
	}
}
