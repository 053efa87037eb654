package vn.minhbach.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Headless Chromium driven by Selenium through the system's {@code /usr/bin/chromedriver} (no
 * download), with axe-core run on every page a test visits: a serious or critical WCAG 2.1 AA
 * violation fails the test. Without Chromium the tests are skipped with instructions, except
 * when {@code CI=true}, where a missing browser fails the build.
 */
abstract class BrowserTestSupport {

	static final String CHROMIUM = System.getProperty("minhbach.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("minhbach.chromedriver", "/usr/bin/chromedriver");

	static final String INSTALL_HINT = "Browser tests need Chromium and ChromeDriver: "
			+ "sudo apt-get install -y chromium chromium-driver (or set -Dminhbach.chromium and -Dminhbach.chromedriver)";

	static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static WebDriver driver;

	static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		boolean available = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (!available) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("CI=true but no browser: " + INSTALL_HINT);
			}
			Assumptions.abort(INSTALL_HINT);
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		profile = Files.createTempDirectory("minhbach-chromium");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--window-size=1280,900", "--lang=vi-VN", "--user-data-dir=" + profile);
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
	}

	@BeforeEach
	void startLoggedOut() {
		driver.manage().deleteAllCookies();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Opens a page and checks it with axe-core. */
	void visit(String path) {
		driver.get(url(path));
		assertAccessible(path);
	}

	void assertAccessible(String what) {
		Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
		List<Rule> serious = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(serious).as("axe-core serious/critical violations on %s:%n%s", what, describe(serious)).isEmpty();
	}

	void logIn(String username, String password) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		navigateBy(By.cssSelector("main button[type=submit]"));
	}

	WebElement heading() {
		return driver.findElement(By.cssSelector("main h1"));
	}

	void fill(String id, String value) {
		WebElement input = driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(value);
	}

	void submit() {
		navigateBy(By.cssSelector("main form button[type=submit]"));
	}

	/** Clicks something that loads a new page and waits until the new page is there. */
	void navigateBy(By target) {
		WebElement page = driver.findElement(By.tagName("html"));
		click(target);
		acceptConfirmationIfAsked();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
	}

	/** Buttons with consequences ask "are you sure?"; the person says yes. */
	void acceptConfirmationIfAsked() {
		try {
			driver.switchTo().alert().accept();
		}
		catch (org.openqa.selenium.NoAlertPresentException noQuestion) {
			// the button did not ask
		}
	}

	/** Scrolls the element to the middle of the window and clicks it, as a person would. */
	void click(By target) {
		WebElement element = driver.findElement(target);
		((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/** Fills every required field still empty on the page with a valid value of its type. */
	void fillRequiredFields() {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		for (WebElement input : driver.findElements(By.cssSelector("main form input[required][data-type], main form textarea[required]"))) {
			if (!input.getAttribute("value").isBlank()) {
				continue;
			}
			String type = input.getTagName().equals("textarea") ? "textarea" : input.getAttribute("data-type");
			switch (type) {
				case "date" -> js.executeScript("arguments[0].value = '1990-05-12';", input);
				case "citizenId" -> input.sendKeys("049090001234");
				case "phone" -> input.sendKeys("0905123456");
				case "email" -> input.sendKeys("congdan.demo@minhbach.local");
				case "number" -> input.sendKeys("1");
				default -> input.sendKeys("Thử nghiệm");
			}
		}
		for (WebElement fieldset : driver.findElements(By.cssSelector("main form fieldset"))) {
			List<WebElement> radios = fieldset.findElements(By.cssSelector("input[type=radio]"));
			boolean required = !fieldset.findElements(By.cssSelector("legend .text-danger")).isEmpty();
			if (required && !radios.isEmpty() && radios.stream().noneMatch(WebElement::isSelected)) {
				click(By.id(radios.get(0).getAttribute("id")));
			}
		}
		for (WebElement box : driver.findElements(By.cssSelector("main form input[type=checkbox][required]"))) {
			if (!box.isSelected()) {
				box.sendKeys(Keys.SPACE);
			}
		}
	}

	void submitWith(String action) {
		By button = By.cssSelector("main form button[name=action][value=" + action + "]");
		assertThat(driver.findElements(button)).as("a '%s' button on %s: %s", action, driver.getCurrentUrl(),
				driver.findElement(By.tagName("main")).getText()).isNotEmpty();
		navigateBy(button);
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " → "
					+ rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).collect(
							Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}
}
