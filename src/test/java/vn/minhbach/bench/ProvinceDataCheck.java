package vn.minhbach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.ChainVerification;

/**
 * The product works on generated data: it starts on the data directory (generating it first when
 * it is missing), the officer's queue answers, public tracking finds a generated code and the audit
 * chain verifies. Tag {@code bench}; run by {@code bench/generate.sh} after the generation.
 */
@Tag("bench")
class ProvinceDataCheck {

	@Test
	void productRunsOnGeneratedData() throws Exception {
		int dossiers = ProvinceDataGenerator.dossiers();
		Path dataDir = ProvinceDataGenerator.dataDir(dossiers);
		boolean external = System.getenv("SPRING_DATASOURCE_URL") != null && !System.getenv("SPRING_DATASOURCE_URL").isBlank();
		if (!external && !Files.exists(dataDir.resolve("pg").resolve("PG_VERSION"))) {
			System.out.println(new ProvinceData(dossiers).generate(dataDir));
		}
		long startedAt = System.nanoTime();
		try (var context = ProvinceData.start(dataDir, false)) {
			System.out.printf("Product started on the generated data in %.1f s%n", (System.nanoTime() - startedAt) / 1e9);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			String base = "http://localhost:" + port;
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			long count = jdbc.sql("select count(*) from dossier").query(Long.class).single();
			assertThat(count).isGreaterThanOrEqualTo(dossiers);

			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			// the officer logs in and opens the queue
			String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
			assertThat(csrf.find()).as("CSRF field on the login page").isTrue();
			String form = "username=chuyenvien.tamanhnam&password=" + URLEncoder.encode("Demo@2026", StandardCharsets.UTF_8)
					+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			var posted = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");
			long t = System.nanoTime();
			var queue = http.send(HttpRequest.newBuilder(URI.create(base + "/staff/dossiers")).build(),
					HttpResponse.BodyHandlers.ofString());
			System.out.printf("/staff/dossiers for chuyenvien.tamanhnam: HTTP %d in %.0f ms%n", queue.statusCode(),
					(System.nanoTime() - t) / 1e6);
			assertThat(queue.statusCode()).isEqualTo(200);
			assertThat(queue.body()).contains("000.08.17.H47-");

			// public tracking finds a generated code
			String code = jdbc.sql("select code from dossier where code is not null and status = 'RETURNED' order by id limit 1 offset 7")
				.query(String.class)
				.single();
			t = System.nanoTime();
			var tracked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/track?code="
					+ URLEncoder.encode(code, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
			System.out.printf("/track?code=%s: HTTP %d in %.0f ms%n", code, tracked.statusCode(), (System.nanoTime() - t) / 1e6);
			assertThat(tracked.statusCode()).isEqualTo(200);
			assertThat(tracked.body()).contains(code);

			// the audit chain verifies, generated entries included
			t = System.nanoTime();
			ChainVerification verification = context.getBean(AuditLog.class).verify();
			System.out.printf("Audit chain: intact=%s, %,d entries verified in %.1f s%n", verification.intact(),
					verification.entriesChecked(), (System.nanoTime() - t) / 1e9);
			assertThat(verification.intact()).as("audit chain: " + verification).isTrue();

			// invariants the generator promises
			assertThat(jdbc.sql("select count(*) from dossier where received_at is not null and due_date < (received_at at time zone 'Asia/Ho_Chi_Minh')::date")
				.query(Long.class).single()).as("due before reception").isZero();
			assertThat(jdbc.sql("select count(*) from dossier where status in ('RESULT_READY', 'RETURNED') and result_sha256 is null")
				.query(Long.class).single()).as("finished without a result").isZero();
			assertThat(jdbc.sql("""
					select count(*) from (select register_id, count(*) n, max(number) m from document
					where number is not null group by register_id) x where n <> m
					""").query(Long.class).single()).as("gaps in outgoing registers").isZero();
			assertThat(jdbc.sql("""
					select count(*) from (select register_id, count(*) n, max(arrival_number) m from document
					where arrival_number is not null group by register_id) x where n <> m
					""").query(Long.class).single()).as("gaps in incoming registers").isZero();
			assertThat(jdbc.sql("""
					select count(*) from document d join document_register r on r.id = d.register_id
					where r.last_number < coalesce(d.number, d.arrival_number)
					""").query(Long.class).single()).as("register behind its numbers").isZero();
			assertThat(jdbc.sql("""
					select count(*) from dossier d join dossier_code_counter c on c.agency_id = d.receiving_agency_id
					  and c.day = to_date(substr(d.code, 15, 6), 'YYMMDD')
					where cast(substr(d.code, 22) as int) > c.last
					""").query(Long.class).single()).as("codes beyond the daily counter").isZero();
			// every status but RECEIVED, which the product never leaves a dossier in (reception starts the first step);
			// the short-lived open ones (SUBMITTED, SUPPLEMENT_REQUESTED) number a few at 10 000 and may be absent
			assertThat(jdbc.sql("select count(distinct status) from dossier where status <> 'RECEIVED'").query(Long.class).single())
				.as("every status").isGreaterThanOrEqualTo(dossiers >= 100_000 ? 11 : 9);
		}
	}
}
