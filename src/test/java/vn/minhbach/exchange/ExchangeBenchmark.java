package vn.minhbach.exchange;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.Application;
import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.documents.DocumentLibrary;
import vn.minhbach.documents.IncomingDocuments;
import vn.minhbach.exchange.codec.Code;
import vn.minhbach.exchange.codec.EdxmlCodec;
import vn.minhbach.exchange.codec.EdxmlCodes;
import vn.minhbach.exchange.codec.EdxmlPackage;
import vn.minhbach.exchange.codec.Organ;
import vn.minhbach.documents.DocumentType;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.SystemActor;

/**
 * How many edXML packages per second one node signs and another receives (verifies the
 * signature, parses strictly, stores the attachments, places the document in the clerk's queue)
 * and registers, between two installations on this machine, with 100 KB and 5 MB attachments.
 * Not part of the test suite (tag {@code bench}); run {@code bench/exchange.sh}. Prints the figures.
 */
@Tag("bench")
@IntegrationTest
class ExchangeBenchmark {

	static int portB;

	static ConfigurableApplicationContext b;

	@Autowired
	ExchangeDirectory directory;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	PackageSignatures signatures;

	@BeforeAll
	static void startB() throws IOException {
		try (var socket = new ServerSocket(0)) {
			portB = socket.getLocalPort();
		}
		org.springframework.util.FileSystemUtils.deleteRecursively(java.nio.file.Path.of("target/bench-data-peer").toFile());
		b = new SpringApplicationBuilder(Application.class).profiles("test")
			.run("--server.port=" + portB, "--minhbach.data-dir=target/bench-data-peer", "--minhbach.embedded.clean=false",
					"--minhbach.demo-data=always", "--minhbach.identity.public-url=http://localhost:" + portB,
					"--logging.level.vn.minhbach=warn", "--spring.main.banner-mode=off");
	}

	@AfterAll
	static void stopB() {
		if (b != null) {
			b.close();
		}
	}

	@Test
	void packagesPerSecond() throws Exception {
		// B knows A's district as a sender; A's district writes to B's commune (both demo installations)
		Agency sender = organization.agencyByCode("000.00.17.H47").orElseThrow();
		var entry = directory.ownEntries().stream().filter(e -> e.organId().equals(sender.getCode())).findFirst().orElseThrow();
		SystemActor.run(() -> b.getBean(ExchangeDirectory.class).importFile(ExchangeDirectory.JSON.writeValueAsBytes(List.of(
				new ExchangeDirectory.Entry(entry.organId(), entry.name(), "http://localhost:1/unused", entry.certificatePem())))));
		System.out.println();
		System.out.println("Exchange between two local installations (one JVM, two embedded PostgreSQL), "
				+ Runtime.getRuntime().availableProcessors() + " CPU");
		System.out.printf("%-12s %6s %14s %24s %16s %10s%n", "attachment", "count", "signed/s", "sent+verified+stored/s",
				"registered/s", "MB/s");
		run(sender, 100 * 1024, 40);
		run(sender, 5 * 1024 * 1024, 6);
	}

	private void run(Agency sender, int size, int count) throws Exception {
		byte[] attachment = noise(size);
		String tag = Long.toString(System.nanoTime(), 36);
		List<byte[]> payloads = new ArrayList<>();
		List<byte[]> signatures = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 1; i <= count; i++) {
			EdxmlPackage edxml = edxml(sender, Integer.toString(i), tag, attachment);
			byte[] payload = EdxmlCodec.write(edxml);
			payloads.add(payload);
			signatures.add(this.signatures.sign(payload, sender));
		}
		double signSeconds = (System.nanoTime() - start) / 1e9;

		HttpClient http = HttpClient.newHttpClient();
		start = System.nanoTime();
		for (int i = 0; i < count; i++) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + portB + "/exchange/edxml"))
				.header("Content-Type", "application/xml")
				.header("X-Edxml-Sender", sender.getCode())
				.header("X-Edxml-Recipient", "000.08.17.H47")
				.header("X-Edxml-Signature", Base64.getEncoder().encodeToString(signatures.get(i)))
				.POST(HttpRequest.BodyPublishers.ofByteArray(payloads.get(i)))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("Refused: " + response.body());
			}
		}
		double sendSeconds = (System.nanoTime() - start) / 1e9;

		var bJdbc = b.getBean(JdbcClient.class);
		List<Long> arrived = bJdbc.sql("select id from document where status = 'ARRIVED' and original_notation like :t order by id")
			.param("t", "%/BM" + tag.toUpperCase() + "-%")
			.query(Long.class)
			.list();
		var bUsers = b.getBean(UserDetailsService.class);
		var bIncoming = b.getBean(IncomingDocuments.class);
		var bLibrary = b.getBean(DocumentLibrary.class);
		start = System.nanoTime();
		for (Long id : arrived) {
			TestUsers.run(bUsers, "vanthu.tamanhnam", () -> bIncoming.register(id, bLibrary.document(id).getVersion()));
		}
		double registerSeconds = (System.nanoTime() - start) / 1e9;
		if (arrived.size() != count) {
			throw new IllegalStateException(arrived.size() + " documents arrived of " + count);
		}
		double megabytes = (double) size * count / (1024 * 1024);
		System.out.printf("%-12s %6d %14.1f %24.1f %16.1f %10.1f%n", size >= 1024 * 1024 ? (size / (1024 * 1024)) + " MB"
				: (size / 1024) + " KB", count, count / signSeconds, count / sendSeconds, count / registerSeconds,
				megabytes / sendSeconds);
	}

	private EdxmlPackage edxml(Agency sender, String number, String tag, byte[] attachment) {
		Code code = new Code(number, "BM" + tag.toUpperCase() + "-UBND");
		LocalDate today = LocalDate.now();
		var header = new EdxmlPackage.MessageHeader(Organ.of(sender.getCode(), sender.getName()),
				List.of(Organ.of("000.08.17.H47", "Ủy ban nhân dân xã Tam Anh Nam")), code,
				new EdxmlPackage.Promulgation("Núi Thành", today), EdxmlCodes.defaults().documentType(DocumentType.CONG_VAN),
				"Công văn đo hiệu năng số " + number, null, new EdxmlPackage.Signer("KT.", "Phó Chủ tịch", "Ngô Thị Hạnh"), null,
				List.of(), EdxmlPackage.OtherInfo.NORMAL, List.of(), null,
				EdxmlCodec.documentId(sender.getCode(), today, code.number(), code.notation()));
		return new EdxmlPackage(header,
				new EdxmlPackage.TraceHeaderList(List.of(new EdxmlPackage.TraceHeader(sender.getCode(), LocalDateTime.now())), null),
				List.of(new EdxmlPackage.Attachment("tep-1", "ban-chup.png", "image/png", null, attachment)));
	}

	/** A PNG of random pixels (incompressible) of about the given size. */
	static byte[] noise(int bytes) throws IOException {
		int side = (int) Math.ceil(Math.sqrt(bytes / 3.0));
		var image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
		var random = new Random(42);
		for (int y = 0; y < side; y++) {
			for (int x = 0; x < side; x++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF));
			}
		}
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
