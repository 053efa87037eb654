package vn.minhbach.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.OfficialDocument;
import vn.minhbach.documents.OutgoingDocuments;
import vn.minhbach.documents.Secrecy;
import vn.minhbach.documents.Urgency;
import vn.minhbach.exchange.ExchangeDirectory;
import vn.minhbach.organization.OrganizationDirectory;

/**
 * The exchange pages: the system administrator adds an agency of another installation and
 * imports a directory file (a wrong one is refused with the reason), and the clerk follows a
 * document sent to an agency whose installation does not answer: the attempts and the error.
 */
@IntegrationTest
class ExchangeBrowserTests extends BrowserTestSupport {

	@Autowired
	ExchangeDirectory directory;

	@Autowired
	OutgoingDocuments outgoing;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdministratorKeepsTheDirectoryAndTheClerkFollowsADelivery() throws Exception {
		String pem = directory.ownEntries().get(0).certificatePem();
		logIn("admin", "Demo@2026");
		visit("/admin/exchange");
		fill("organId", "000.00.12.H47");
		fill("name", "Sở Nội vụ tỉnh Quảng Nam");
		fill("endpointUrl", "http://127.0.0.1:9/exchange/edxml");
		fill("certificatePem", pem);
		navigateBy(By.cssSelector("form[action$='/admin/exchange/peers'] button"));
		assertThat(text()).contains("Sở Nội vụ tỉnh Quảng Nam", "000.00.12.H47");
		assertAccessible("the exchange page with a peer");

		Path wrong = Files.createTempFile("danh-ba", ".json");
		Files.writeString(wrong, "[{\"organId\": \"khong hop le\", \"name\": \"X\"}]");
		driver.findElement(By.id("directory-file")).sendKeys(wrong.toString());
		navigateBy(By.cssSelector("form[action$='/admin/exchange/directory'] button"));
		assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText()).contains("Mã định danh cơ quan không hợp lệ");

		// a letter to that agency: its installation does not answer (nothing listens on port 9)
		Long commune = organization.agencyByCode("000.08.17.H47").orElseThrow().getId();
		Long leader = jdbc.sql("select id from identity_account where username = 'lanhdao.tamanhnam'").query(Long.class).single();
		OfficialDocument draft = TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.create(commune,
				new OutgoingDocuments.Draft(DocumentType.CONG_VAN, "Đề nghị hướng dẫn nghiệp vụ văn thư", Urgency.NORMAL,
						Secrecy.NORMAL, null, null, leader, null, "Nội dung đề nghị.", List.of(),
						"Sở Nội vụ tỉnh Quảng Nam | 000.00.12.H47", null, null, null)));
		OfficialDocument sent = TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.submit(draft.getId(), draft.getVersion()));
		OfficialDocument approved = TestUsers.as(users, "lanhdao.tamanhnam", () -> outgoing.approve(sent.getId(), sent.getVersion(), null));
		OfficialDocument issued = TestUsers.as(users, "vanthu.tamanhnam", () -> outgoing.issue(approved.getId(), approved.getVersion()));
		long deadline = System.currentTimeMillis() + 20_000;
		while (jdbc.sql("select count(*) from exchange_outbox where document_id = :d and last_error is not null")
			.param("d", issued.getId())
			.query(Long.class)
			.single() == 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
		logIn("vanthu.tamanhnam", "Demo@2026");
		visit("/staff/documents/" + issued.getId());
		navigateBy(By.partialLinkText("Theo dõi gửi liên thông"));
		assertAccessible("the deliveries of a document");
		assertThat(text()).contains("000.08.17.H47 → 000.00.12.H47", "Gửi lại lúc");
		navigateBy(By.cssSelector("main form button[type=submit]"));
		assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains("Đã đưa gói tin vào hàng gửi ngay");

		// unreachable for longer than the alert threshold (an hour by default): the administrator is told
		jdbc.sql("update exchange_peer set unreachable_since = now() - interval '2 hours' where organ_id = '000.00.12.H47'")
			.update();
		logIn("admin", "Demo@2026");
		visit("/admin/exchange");
		assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText())
			.contains("Không gửi được đến Sở Nội vụ tỉnh Quảng Nam (000.00.12.H47) đã 2 giờ");
	}

	String text() {
		return driver.findElement(By.tagName("main")).getText();
	}
}
