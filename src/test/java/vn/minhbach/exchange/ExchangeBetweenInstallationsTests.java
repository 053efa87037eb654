package vn.minhbach.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.Application;
import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.documents.DocumentLibrary;
import vn.minhbach.documents.DocumentStatus;
import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.IncomingDocuments;
import vn.minhbach.documents.OfficialDocument;
import vn.minhbach.documents.OutgoingDocuments;
import vn.minhbach.documents.Recipient;
import vn.minhbach.documents.Secrecy;
import vn.minhbach.documents.Urgency;
import vn.minhbach.identity.StaffAdministration;
import vn.minhbach.organization.Commands;
import vn.minhbach.organization.OrganizationAdministration;
import vn.minhbach.organization.UnitKind;
import vn.minhbach.shared.Role;
import vn.minhbach.shared.SystemActor;

/**
 * Two installations exchange documents: this test's application (installation A, the demo's
 * commune and district) and a second one started beside it (installation B, the provincial
 * Department of Justice) with its own embedded PostgreSQL on its own port. Documents go both
 * ways as signed edXML packages and the status messages come back; B is stopped while A issues
 * (the package arrives when B is back); A "dies" after B took a package but before it recorded the
 * acknowledgement (the package is delivered again and registered once); and B refuses a tampered
 * package, an unknown sender and a malformed package.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeBetweenInstallationsTests {

	static final String JUSTICE = "000.00.09.H47";

	static final String COMMUNE = "000.08.17.H47";

	static final String PASSWORD = "Demo@2026";

	static int portB;

	static ConfigurableApplicationContext b;

	@LocalServerPort
	int portA;

	@Autowired
	OutgoingDocuments outgoing;

	@Autowired
	IncomingDocuments incoming;

	@Autowired
	DocumentLibrary library;

	@Autowired
	ExchangeDirectory directory;

	@Autowired
	PackageSignatures signatures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	WorkingCalendar calendar;

	@BeforeAll
	static void startInstallationB() throws IOException {
		try (var socket = new ServerSocket(0)) {
			portB = socket.getLocalPort();
		}
		b = start(true);
		SystemActor.run(() -> {
			var organization = b.getBean(OrganizationAdministration.class);
			var province = organization.createUnit(new Commands.UnitCommand(null, UnitKind.PROVINCE, "Quảng Nam", "49", null,
					null, null, null));
			var agency = organization.createAgency(new Commands.AgencyCommand(province.getId(), null, JUSTICE,
					"Sở Tư pháp tỉnh Quảng Nam", "Sở Tư pháp", "Tam Kỳ, Quảng Nam", null, null, null, null, null, null, null));
			var staff = b.getBean(StaffAdministration.class);
			for (String[] person : List.of(new String[] { "vanthu.stp", "Nguyễn Thị Thư", "CLERK" },
					new String[] { "giamdoc.stp", "Trần Văn Giám", "LEADER" },
					new String[] { "chuyenvien.stp", "Lê Thị Chuyên", "SPECIALIST" })) {
				staff.create(new StaffAdministration.StaffCommand(person[0], person[1], person[0] + "@stp.local", null, PASSWORD,
						List.of(new StaffAdministration.RoleLine(Role.valueOf(person[2]), agency.getId(), null)), null));
			}
		});
	}

	static ConfigurableApplicationContext start(boolean fresh) {
		if (fresh) {
			// (the embedded PostgreSQL's own "clean" would also delete the data when B stops, and B must survive a restart)
			org.springframework.util.FileSystemUtils.deleteRecursively(java.nio.file.Path.of("target/test-data-peer").toFile());
		}
		// command-line arguments: they override the test profile's settings, as B's own configuration would
		return new SpringApplicationBuilder(Application.class).profiles("test")
			.run("--server.port=" + portB, "--minhbach.data-dir=target/test-data-peer", "--minhbach.embedded.clean=false",
					"--minhbach.demo-data=never", "--minhbach.identity.public-url=http://localhost:" + portB,
					"--spring.main.banner-mode=off");
	}

	@AfterAll
	static void stopInstallationB() {
		if (b != null) {
			b.close();
		}
	}

	/** Each installation imports the other's directory file. */
	void connect() {
		var bEntries = b.getBean(ExchangeDirectory.class).ownEntries();
		var aEntries = directory.ownEntries()
			.stream()
			.map(e -> new ExchangeDirectory.Entry(e.organId(), e.name(), "http://localhost:" + portA + "/exchange/edxml",
					e.certificatePem()))
			.toList();
		SystemActor.run(() -> {
			directory.importFile(ExchangeDirectory.JSON.writeValueAsBytes(bEntries));
			b.getBean(ExchangeDirectory.class).importFile(ExchangeDirectory.JSON.writeValueAsBytes(aEntries));
		});
	}

	@Test
	@Order(1)
	void documentsTravelBothWaysAndTheirStatusesComeBack() {
		connect();
		// A (the commune) writes to B (the Department of Justice)
		OfficialDocument issued = issueInA("Báo cáo công tác hộ tịch năm 2026");
		Long arrivedInB = eventually("the letter arrives at B", () -> documentInB(issued.getNotation()));
		assertThat(queryB("select status from document where id = ?", String.class, arrivedInB)).isEqualTo("ARRIVED");
		assertThat(queryB("select author_name from document where id = ?", String.class, arrivedInB))
			.isEqualTo("Ủy ban nhân dân xã Tam Anh Nam");
		eventually("A hears that it arrived", () -> recipientStatus(issued.getId()) == Recipient.Status.DELIVERED ? true : null);

		// B registers, directs and completes it; A follows each step
		var bUsers = b.getBean(UserDetailsService.class);
		var bIncoming = b.getBean(IncomingDocuments.class);
		var bLibrary = b.getBean(DocumentLibrary.class);
		OfficialDocument registered = TestUsers.as(bUsers, "vanthu.stp",
				() -> bIncoming.register(arrivedInB, bLibrary.document(arrivedInB).getVersion()));
		eventually("A sees it registered", () -> recipientStatus(issued.getId()) == Recipient.Status.RECEIVED ? true : null);
		var bCalendar = b.getBean(WorkingCalendar.class);
		Long handler = queryB("select id from identity_account where username = 'chuyenvien.stp'", Long.class);
		OfficialDocument directed = TestUsers.as(bUsers, "giamdoc.stp", () -> bIncoming.direct(registered.getId(),
				registered.getVersion(), new IncomingDocuments.Direction("Giao chuyên viên tổng hợp", handler, List.of(), List.of(),
						bCalendar.addWorkingDays(bCalendar.today(), 5))));
		eventually("A sees it assigned", () -> recipientStatus(issued.getId()) == Recipient.Status.ASSIGNED ? true : null);
		TestUsers.run(bUsers, "chuyenvien.stp", () -> bIncoming.complete(directed.getId(), directed.getVersion(), "Đã tổng hợp"));
		eventually("A sees it completed", () -> recipientStatus(issued.getId()) == Recipient.Status.COMPLETED ? true : null);

		// B answers; A receives the reply and sends it back as wrong; B hears the refusal
		var bOutgoing = b.getBean(OutgoingDocuments.class);
		Long leaderB = queryB("select id from identity_account where username = 'giamdoc.stp'", Long.class);
		Long agencyB = queryB("select id from organization_agency where code = ?", Long.class, JUSTICE);
		OfficialDocument reply = TestUsers.as(bUsers, "chuyenvien.stp", () -> bOutgoing.create(agencyB,
				new OutgoingDocuments.Draft(DocumentType.CONG_VAN, "Trả lời về công tác hộ tịch", Urgency.NORMAL, Secrecy.NORMAL,
						null, null, leaderB, null, "Sở Tư pháp đã nhận báo cáo.", List.of(),
						"Ủy ban nhân dân xã Tam Anh Nam | " + COMMUNE, arrivedInB, null, null)));
		OfficialDocument sent = TestUsers.as(bUsers, "chuyenvien.stp", () -> bOutgoing.submit(reply.getId(), reply.getVersion()));
		OfficialDocument approved = TestUsers.as(bUsers, "giamdoc.stp", () -> bOutgoing.approve(sent.getId(), sent.getVersion(), null));
		OfficialDocument replyIssued = TestUsers.as(bUsers, "vanthu.stp", () -> bOutgoing.issue(approved.getId(), approved.getVersion()));
		Long arrivedInA = eventually("the reply arrives at A", () -> documentInA(replyIssued.getNotation()));
		OfficialDocument inA = TestUsers.as(users, "vanthu.tamanhnam", () -> library.document(arrivedInA));
		assertThat(inA.getAuthorName()).isEqualTo("Sở Tư pháp tỉnh Quảng Nam");
		assertThat(inA.getAuthorCode()).isEqualTo(JUSTICE);
		TestUsers.run(users, "vanthu.tamanhnam", () -> incoming.returnToSender(inA.getId(), inA.getVersion(), "Gửi nhầm nơi nhận"));
		eventually("B hears the refusal", () -> "RETURNED".equals(queryB(
				"select status from document_recipient where document_id = ? and internal = false", String.class, replyIssued.getId()))
						? true : null);
	}

	@Test
	@Order(2)
	void aPackageWaitsForARecipientThatIsDownAndIsRegisteredOnceWhenTheSenderRetriesAfterACrash() {
		connect();
		b.close();
		OfficialDocument issued = issueInA("Đề nghị cung cấp thông tin hộ tịch");
		Long outboxId = eventually("A has tried and failed", () -> jdbc.sql("""
				select id from exchange_outbox where document_id = :d and attempts > 0 and last_error is not null
				""").param("d", issued.getId()).query(Long.class).optional().orElse(null));
		// A keeps the package and will try again; hold it back so the crash window can be played out
		jdbc.sql("update exchange_outbox set next_attempt_at = now() + interval '1 hour' where id = :id").param("id", outboxId)
			.update();
		b = start(false);
		// A's worker took the package and B registered it, but A "died" before recording the acknowledgement
		var row = jdbc.sql("select payload, signature from exchange_outbox where id = :id").param("id", outboxId).query().singleRow();
		HttpResponse<String> first = post(portB, COMMUNE, JUSTICE, (byte[]) row.get("payload"), (byte[]) row.get("signature"));
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(first.body()).contains("ACCEPTED");
		// after the restart the lease is gone and A delivers it again: B answers that it has it already
		jdbc.sql("update exchange_outbox set next_attempt_at = now(), lease_until = null where id = :id").param("id", outboxId)
			.update();
		eventually("A records the acknowledgement", () -> jdbc.sql("select delivered_at from exchange_outbox where id = :id")
			.param("id", outboxId)
			.query(java.sql.Timestamp.class)
			.optional()
			.orElse(null));
		long copies = queryB("select count(*) from document where original_notation = ? and direction = 'INCOMING'", Long.class,
				issued.getNotation());
		assertThat(copies).isEqualTo(1);
		assertThat(jdbc.sql("select attempts from exchange_outbox where id = :id").param("id", outboxId).query(Integer.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	@Order(3)
	void aTamperedPackageAnUnknownSenderAndAMalformedPackageAreRefused() {
		connect();
		OfficialDocument issued = issueInA("Công văn về kiểm tra hồ sơ");
		eventually("delivered", () -> documentInB(issued.getNotation()));
		var row = jdbc.sql("select payload, signature from exchange_outbox where document_id = :d").param("d", issued.getId())
			.query()
			.singleRow();
		byte[] payload = (byte[]) row.get("payload");
		byte[] signature = (byte[]) row.get("signature");
		long before = queryB("select count(*) from exchange_inbox", Long.class);

		byte[] tampered = new String(payload, java.nio.charset.StandardCharsets.UTF_8)
			.replace("Công văn về kiểm tra hồ sơ", "Công văn về kiểm tra hồ sơ (đã sửa)")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		HttpResponse<String> refused = post(portB, COMMUNE, JUSTICE, tampered, signature);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("bad-signature");

		HttpResponse<String> unknown = post(portB, "000.99.99.H99", JUSTICE, payload, signature);
		assertThat(unknown.statusCode()).isEqualTo(403);
		assertThat(unknown.body()).contains("unknown-sender");

		byte[] malformed = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"><broken/></edXML>"
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] signedMalformed = signatures.sign(malformed, organization.agencyByCode(COMMUNE).orElseThrow());
		HttpResponse<String> invalid = post(portB, COMMUNE, JUSTICE, malformed, signedMalformed);
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("invalid-package");

		assertThat(queryB("select count(*) from exchange_inbox", Long.class)).isEqualTo(before);
	}

	// --- helpers -----------------------------------------------------------------------------

	@Autowired
	vn.minhbach.organization.OrganizationDirectory organization;

	OfficialDocument issueInA(String subject) {
		Long commune = organization.agencyByCode(COMMUNE).orElseThrow().getId();
		Long leader = jdbc.sql("select id from identity_account where username = 'lanhdao.tamanhnam'").query(Long.class).single();
		OfficialDocument draft = TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.create(commune,
				new OutgoingDocuments.Draft(DocumentType.CONG_VAN, subject, Urgency.KHAN, Secrecy.NORMAL, null, null, leader, "TM.",
						subject + ". Kính gửi Sở Tư pháp tỉnh Quảng Nam.", List.of(), "Sở Tư pháp tỉnh Quảng Nam | " + JUSTICE, null,
						null, null)));
		OfficialDocument sent = TestUsers.as(users, "chuyenvien.tamanhnam", () -> outgoing.submit(draft.getId(), draft.getVersion()));
		OfficialDocument approved = TestUsers.as(users, "lanhdao.tamanhnam", () -> outgoing.approve(sent.getId(), sent.getVersion(), null));
		return TestUsers.as(users, "vanthu.tamanhnam", () -> outgoing.issue(approved.getId(), approved.getVersion()));
	}

	Recipient.Status recipientStatus(Long documentId) {
		return TestUsers.as(users, "vanthu.tamanhnam", () -> library.recipients(documentId))
			.stream()
			.filter(r -> !r.internal())
			.findFirst()
			.map(Recipient::status)
			.orElseThrow();
	}

	Long documentInB(String notation) {
		return b.getBean(JdbcClient.class)
			.sql("select id from document where original_notation = :n and direction = 'INCOMING'")
			.param("n", notation)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	Long documentInA(String notation) {
		return jdbc.sql("select id from document where original_notation = :n and direction = 'INCOMING'")
			.param("n", notation)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	static <T> T queryB(String sql, Class<T> type, Object... args) {
		var spec = b.getBean(JdbcClient.class).sql(sql);
		for (Object arg : args) {
			spec = spec.param(arg);
		}
		return spec.query(type).optional().orElse(null);
	}

	static HttpResponse<String> post(int port, String sender, String recipient, byte[] payload, byte[] signature) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/exchange/edxml"))
					.header("Content-Type", "application/xml")
					.header("X-Edxml-Sender", sender)
					.header("X-Edxml-Recipient", recipient)
					.header("X-Edxml-Signature", Base64.getEncoder().encodeToString(signature))
					.POST(HttpRequest.BodyPublishers.ofByteArray(payload))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Waits up to 30 s for something to happen (the exchange is asynchronous). */
	static <T> T eventually(String what, Supplier<T> check) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (true) {
			T value = check.get();
			if (value != null) {
				return value;
			}
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Timed out waiting: " + what);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}
}
