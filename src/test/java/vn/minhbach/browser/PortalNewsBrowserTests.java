package vn.minhbach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import vn.minhbach.IntegrationTest;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.portal.News;

/**
 * The portal in a browser: a reader goes from the home page to an article (a refresh counts a
 * view), searches without diacritics, follows a category, opens the map and sends a complaint; an editor writes an article
 * in the rich-text editor and submits it, the leader approves it and it is on the portal. axe-core
 * checks every page on the way.
 */
@IntegrationTest
class PortalNewsBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "Demo@2026";

	static final Pattern VIEWS = Pattern.compile("Lượt xem: ([0-9.]+)");

	@Autowired
	News news;

	@Autowired
	OrganizationDirectory organization;

	long views() {
		Matcher matcher = VIEWS.matcher(driver.findElement(By.tagName("main")).getText());
		assertThat(matcher.find()).as("the article shows its view count").isTrue();
		return Long.parseLong(matcher.group(1).replace(".", ""));
	}

	/** The views the portal has counted for the article on screen (its page may be a copy a few seconds old). */
	long counted() {
		String url = driver.getCurrentUrl();
		String slug = url.substring(url.lastIndexOf('/') + 1);
		Long host = organization.hostAgencyId().orElseThrow();
		return news.latest(host, 1000).stream().filter(a -> a.getSlug().equals(slug)).findFirst().map(news::views).orElseThrow();
	}

	@Test
	void aReaderGoesFromTheHomePageToAnArticleAndSearches() {
		visit("/");
		assertThat(driver.findElement(By.id("featured-heading")).getText()).isEqualTo("Tin nổi bật");
		navigateBy(By.partialLinkText("Ứng dụng công nghệ thông tin trong cải cách hành chính"));
		assertAccessible("an article");
		assertThat(heading().getText()).startsWith("Ứng dụng công nghệ thông tin trong cải cách hành chính");
		String page = driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Ngày đăng:", "Người đăng:", "Lượt xem:", "Các tin cũ hơn", "Trở về");
		assertThat(views()).isPositive();
		long before = counted();
		driver.navigate().refresh();
		assertThat(counted()).as("a refresh is a view, also when the public page cache answers it").isEqualTo(before + 1);

		navigateBy(By.linkText("« Trở về"));
		assertAccessible("the news list");
		fill("q", "dang ky khai sinh");
		navigateBy(By.cssSelector("main form[role=search] button, main form button[type=submit]"));
		assertAccessible("search results");
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains("khớp với “dang ky khai sinh”")
			.contains("Đăng ký khai sinh, thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi");
		navigateBy(By.linkText("Thông báo"));
		assertAccessible("a category");
		assertThat(heading().getText()).contains("Thông báo");

		// the visitor statistics in the footer, the map from the home page
		visit("/");
		assertThat(driver.findElement(By.tagName("footer")).getText()).contains("Thống kê truy cập");
		navigateBy(By.linkText("Xem bản đồ và các đơn vị hành chính"));
		assertAccessible("the map page");
		assertThat(heading().getText()).isEqualTo("Bản đồ");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Thôn Nam Định, xã Tam Anh Nam");

		// and a complaint sent through the form
		visit("/hoi-dap/gui?kind=FEEDBACK");
		fill("title", "Đèn chiếu sáng đường liên thôn bị hỏng");
		fill("content", "Đoạn đường từ thôn Phước Lộc đến thôn Nam Định có ba bóng đèn hỏng hơn một tuần, ban đêm rất tối.");
		fill("name", "Lê Thị Phản Ánh");
		fill("email", "phananh.demo@example.vn");
		click(By.id("consent1"));
		sleepLikeAPerson();
		submit();
		assertAccessible("the confirmation of a complaint");
		assertThat(driver.findElement(By.id("question-reference")).getText()).matches("PA-\\d{6}-\\d{4}");
	}

	/** The form refuses what is sent within a few seconds of showing it (robots are quick). */
	static void sleepLikeAPerson() {
		try {
			Thread.sleep(3500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void anEditorWritesTheLeaderApprovesAndTheArticleIsPublished() {
		logIn("bientap.tamanhnam", PASSWORD);
		visit("/staff/news/new");
		fill("title", "Lễ ra quân Tháng thanh niên tại xã Tam Anh Nam");
		new Select(driver.findElement(By.id("categoryId"))).selectByVisibleText("Tin hoạt động");
		WebElement editor = driver.findElement(By.cssSelector("#editor .ql-editor"));
		editor.click();
		editor.sendKeys("Sáng Chủ nhật, hơn 200 đoàn viên thanh niên ra quân dọn vệ sinh bãi biển Tam Anh Nam.");
		fill("tags", "thanh niên, môi trường");
		navigateBy(By.cssSelector("#article-form button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("Đã lưu bài viết");
		assertAccessible("the saved article");
		String articleUrl = driver.getCurrentUrl();
		navigateBy(By.xpath("//button[normalize-space()='Trình duyệt']"));
		assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("Đã trình duyệt");

		driver.manage().deleteAllCookies();
		logIn("lanhdao.tamanhnam", PASSWORD);
		visit("/staff/news?status=SUBMITTED");
		navigateBy(By.linkText("Lễ ra quân Tháng thanh niên tại xã Tam Anh Nam"));
		assertThat(driver.getCurrentUrl()).isEqualTo(articleUrl);
		fill("approve-comment", "Đồng ý đăng.");
		navigateBy(By.xpath("//button[normalize-space()='Duyệt và đăng']"));
		assertThat(driver.findElement(By.cssSelector(".alert")).getText()).contains("Đã duyệt");
		navigateBy(By.linkText("Xem trên cổng"));
		assertAccessible("the published article");
		assertThat(driver.findElement(By.tagName("main")).getText())
			.contains("hơn 200 đoàn viên thanh niên")
			.contains("Người đăng:");

		driver.manage().deleteAllCookies();
		visit("/tin-tuc");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Lễ ra quân Tháng thanh niên tại xã Tam Anh Nam");
	}
}
