package vn.minhbach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import vn.minhbach.IntegrationTest;

/**
 * The public Q&A and work calendar in a browser: a citizen reads the published answers, sends a
 * question through the form (the honeypot stays empty, the signed token travels with the form)
 * and sees the reference on the confirmation page; the week's work calendar is shown; the staff
 * desk opens the question. axe-core checks every page on the way.
 */
@IntegrationTest
class PortalQuestionsBrowserTests extends BrowserTestSupport {

	@Test
	void sendsAQuestion() throws Exception {
		visit("/hoi-dap");
		assertThat(heading().getText()).contains("Hỏi đáp");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Đăng ký khai sinh cho con");
		visit("/hoi-dap?q=rac+thai+cho");
		navigateBy(By.linkText("Rác thải tồn đọng tại khu vực chợ Tam Anh"));
		assertAccessible("a published question");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Tổ thu gom rác thải");

		visit("/hoi-dap/gui?kind=QUESTION");
		fill("title", "Hỏi về thủ tục cấp bản sao trích lục khai sinh");
		fill("content", "Tôi bị mất giấy khai sinh bản chính, xin hỏi có thể xin cấp bản sao trích lục ở UBND xã không?");
		fill("field", "Hộ tịch");
		fill("name", "Huỳnh Văn Trình Duyệt");
		fill("email", "trinhduyet.demo@example.vn");
		click(By.id("consent1"));
		// a person takes longer than the few seconds a robot needs
		Thread.sleep(3500);
		submit();
		assertAccessible("the confirmation");
		assertThat(heading().getText()).contains("Đã gửi thành công");
		String reference = driver.findElement(By.id("question-reference")).getText();
		assertThat(reference).matches("HD-\\d{6}-\\d{4}");

		visit("/hoi-dap/tra-cuu?code=" + reference);
		fill("contact", "trinhduyet.demo@example.vn");
		submit();
		assertAccessible("the lookup result");
		assertThat(driver.findElement(By.id("tracked-status")).getText()).isEqualTo("Mới nhận");

		logIn("chuyenvien.tamanhnam", "Demo@2026");
		visit("/staff/questions");
		navigateBy(By.linkText(reference));
		assertAccessible("the question on the staff desk");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("trinhduyet.demo@example.vn");
	}

	@Test
	void showsTheWeeksWorkCalendar() {
		visit("/lich-cong-tac");
		assertThat(heading().getText()).contains("Lịch công tác tuần của lãnh đạo");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Giao ban lãnh đạo UBND xã đầu tuần");
		navigateBy(By.cssSelector("a[rel=next]"));
		assertAccessible("next week");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Họp giao ban cuối tuần");

		logIn("vanthu.tamanhnam", "Demo@2026");
		visit("/staff/work-calendar");
		assertThat(heading().getText()).contains("Lịch công tác tuần");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Giao ban lãnh đạo UBND xã đầu tuần");
		visit("/staff/work-calendar/new");
		assertThat(heading().getText()).contains("Thêm lịch công tác");
		visit("/staff/questions");
	}
}
