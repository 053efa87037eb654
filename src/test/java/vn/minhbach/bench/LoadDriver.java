package vn.minhbach.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load driver for the stateful scenarios of issue #8 (the portal's anonymous GETs are measured by
 * wrk, see {@code bench/load.sh}). It talks to a running product over its public API with the JDK
 * HttpClient, one platform thread per virtual user (Java 17), and writes one JSON object per
 * measured operation: requests, errors, requests/s, p50/p95/p99 in milliseconds.
 *
 * <p>System properties: {@code bench.base} (URL), {@code bench.scenario}
 * (write|officer|citizen|documents), {@code bench.users}, {@code bench.duration} (seconds),
 * {@code bench.warmup} (seconds), {@code bench.out} (JSON file to write). Run by
 * {@code bench/load.sh}, or {@code mvn -Dbench.excluded=none -Dgroups=bench -Dtest=LoadDriver test}.
 */
@Tag("bench")
class LoadDriver {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String PASSWORD = System.getProperty("bench.password", "Demo@2026");

	/** Names with and without the same diacritics, so searches find something either way. */
	static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
			"Đỗ" };

	static final String[] MIDDLE = { "Văn", "Thị", "Minh", "Quốc", "Thu", "Hữu", "Ngọc", "Đức" };

	static final String[] GIVEN = { "An", "Bình", "Châu", "Dũng", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương",
			"Quân", "Sơn", "Thảo", "Trang", "Tuấn", "Việt", "Yến" };

	final String base;

	final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	final Map<String, Stats> stats = new ConcurrentHashMap<>();

	final Map<String, Object> extra = new LinkedHashMap<>();

	LoadDriver(String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	@Test
	void run() throws Exception {
		main(new String[0]);
	}

	public static void main(String[] args) throws Exception {
		String base = System.getProperty("bench.base", "http://127.0.0.1:8080");
		String scenario = System.getProperty("bench.scenario", "officer");
		int users = Integer.getInteger("bench.users", 16);
		int duration = Integer.getInteger("bench.duration", 20);
		int warmup = Integer.getInteger("bench.warmup", 5);
		LoadDriver driver = new LoadDriver(base);
		Scenario chosen = switch (scenario) {
			case "write" -> driver.write();
			case "officer" -> driver.officer();
			case "citizen" -> driver.citizen();
			case "documents" -> driver.documents();
			default -> throw new IllegalArgumentException("unknown scenario " + scenario);
		};
		if (warmup > 0) {
			driver.drive(chosen, users, warmup);
			driver.stats.clear();
		}
		long elapsed = driver.drive(chosen, users, duration);
		String json = driver.report(scenario, users, elapsed);
		System.out.println(json);
		String out = System.getProperty("bench.out");
		if (out != null && !out.isBlank()) {
			Files.writeString(Path.of(out), json + "\n", StandardCharsets.UTF_8);
		}
	}

	/** One iteration of a virtual user; operations inside are timed with {@link #timed}. */
	interface Scenario {

		void iteration(int user) throws Exception;

	}

	long drive(Scenario scenario, int users, int seconds) throws InterruptedException {
		long start = System.nanoTime();
		long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(users);
		for (int u = 0; u < users; u++) {
			int user = u;
			pool.submit(() -> {
				while (System.nanoTime() < deadline) {
					try {
						scenario.iteration(user);
					}
					catch (Exception ex) {
						stats("iteration failures").error();
						if (stats("iteration failures").errors.get() <= 5) {
							System.err.println("iteration failed: " + ex);
						}
					}
				}
			});
		}
		pool.shutdown();
		pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
		return System.nanoTime() - start;
	}

	// --- scenarios ---------------------------------------------------------------------------

	/** Full dossier lives: submit, receive, claim, forward, claim, approve, return the result. */
	Scenario write() throws Exception {
		List<String> citizens = tokens("bench.citizen", "congdan.demo");
		List<String> desks = tokens("bench.desk", "motcua.tamanhnam");
		List<String> specialists = tokens("bench.specialist", "chuyenvien.tamanhnam");
		List<String> leaders = tokens("bench.leader", "lanhdao.tamanhnam");
		String procedure = System.getProperty("bench.procedure", "1.001193");
		JsonNode schema = getJson("/api/v1/procedures/" + procedure, null).get("formSchema");
		AtomicLong lives = new AtomicLong();
		extra.put("procedure", procedure);
		return user -> {
			String citizen = citizens.get(user % citizens.size());
			String desk = desks.get(user % desks.size());
			String specialist = specialists.get(user % specialists.size());
			String leader = leaders.get(user % leaders.size());
			String answers = answers(schema);
			JsonNode submitted = timedJson("submit", () -> multipart("/api/v1/dossiers?procedure=" + procedure, citizen, answers));
			long id = submitted.get("id").asLong();
			int version = timedJson("detail (desk)", () -> send(get("/api/v1/dossiers/" + id, desk))).get("version").asInt();
			version = transition(id, "receive", desk, version);
			version = transition(id, "claim", specialist, version);
			version = transition(id, "forward", specialist, version);
			version = transition(id, "claim", leader, version);
			version = transition(id, "approve", leader, version);
			transition(id, "return_result", desk, version);
			lives.incrementAndGet();
		};
	}

	int transition(long id, String action, String token, int version) throws Exception {
		// receive and approve issue a signed PDF form (the receipt, the result); the others only write rows
		String detail = "transition " + action + (action.equals("receive") || action.equals("approve") ? " (signed form)" : "");
		JsonNode after = JSON.readTree(timed("transition", detail, () -> send(post("/api/v1/dossiers/" + id + "/actions/"
				+ action, token, "{\"version\":" + version + ",\"text\":\"Hồ sơ hợp lệ, đề nghị xử lý\"}"))).body());
		return after.get("version").asInt();
	}

	/** Officers reading: queue first and deep pages, searches by name, ID and code, one dossier. */
	Scenario officer() throws Exception {
		List<String> desks = tokens("bench.desk", "motcua.tamanhnam");
		List<String> specialists = tokens("bench.specialist", "chuyenvien.tamanhnam");
		List<String> leaders = tokens("bench.leader", "lanhdao.tamanhnam");
		String desk = desks.get(0);
		int depth = Integer.getInteger("bench.deepPages", 200);
		List<String> cursors = new ArrayList<>();
		List<JsonNode> rows = new ArrayList<>();
		String after = null;
		for (int page = 0; page < depth; page++) {
			JsonNode queue = getJson("/api/v1/dossiers/queue?view=ALL&size=25" + (after == null ? "" : "&after=" + enc(after)),
					desk);
			queue.get("rows").forEach(rows::add);
			JsonNode next = queue.get("next");
			if (next == null || next.isNull()) {
				break;
			}
			after = next.asString();
			cursors.add(after);
		}
		if (rows.isEmpty()) {
			throw new IllegalStateException("no dossiers: run the write scenario first or give a generated data directory");
		}
		List<String> deep = cursors.size() > 10 ? cursors.subList(cursors.size() / 2, cursors.size()) : cursors;
		List<Long> ids = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (JsonNode row : rows) {
			ids.add(row.get("id").asLong());
			codes.add(row.get("code").asString());
			names.add(row.get("applicantName").asString());
		}
		List<String> citizenIds = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			JsonNode dossier = getJson("/api/v1/dossiers/" + pick(ids), desk);
			String cid = dossier.get("applicant").get("citizenId").asString();
			if (cid != null && !cid.isBlank() && !"null".equals(cid)) {
				citizenIds.add(cid);
			}
		}
		extra.put("sampledRows", rows.size());
		extra.put("deepestPage", cursors.size());
		return user -> {
			List<String> role = List.of(desks, specialists, leaders).get(user % 3);
			String token = role.get(user % role.size());
			String deskOfUser = desks.get(user % desks.size());
			String name = pick(names);
			timed("queue first page", () -> send(get("/api/v1/dossiers/queue?view=ALL", token)));
			timed("queue MINE first page", () -> send(get("/api/v1/dossiers/queue?view=MINE", token)));
			if (!deep.isEmpty()) {
				timed("queue deep page", () -> send(get("/api/v1/dossiers/queue?view=ALL&after=" + enc(pick(deep)), token)));
			}
			timed("search by name", () -> send(get("/api/v1/dossiers/queue?view=ALL&q=" + enc(name), token)));
			timed("search by name without diacritics",
					() -> send(get("/api/v1/dossiers/queue?view=ALL&q=" + enc(stripDiacritics(name)), token)));
			if (!citizenIds.isEmpty()) {
				timed("search by citizen ID",
						() -> send(get("/api/v1/dossiers/queue?view=ALL&q=" + enc(pick(citizenIds)), token)));
			}
			timed("search by code", () -> send(get("/api/v1/dossiers/queue?view=ALL&q=" + enc(pick(codes)), token)));
			timed("dossier detail", () -> send(get("/api/v1/dossiers/" + pick(ids), deskOfUser)));
		};
	}

	/** Citizens: public tracking by code (from many addresses), catalog search with and without diacritics. */
	Scenario citizen() throws Exception {
		String desk = token(System.getProperty("bench.desk", "motcua.tamanhnam"));
		List<String> codes = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 40; page++) {
			JsonNode queue = getJson("/api/v1/dossiers/queue?view=ALL&size=25" + (after == null ? "" : "&after=" + enc(after)),
					desk);
			queue.get("rows").forEach(row -> codes.add(row.get("code").asString()));
			JsonNode next = queue.get("next");
			if (next == null || next.isNull()) {
				break;
			}
			after = next.asString();
		}
		if (codes.isEmpty()) {
			throw new IllegalStateException("no dossiers to track");
		}
		List<String> withMarks = List.of("Đăng ký khai sinh", "chứng thực bản sao", "hộ kinh doanh", "đăng ký kết hôn",
				"trợ cấp xã hội", "xác nhận tình trạng hôn nhân");
		return user -> {
			String client = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
					+ "." + ThreadLocalRandom.current().nextInt(1, 255);
			timed("public tracking by code", () -> send(HttpRequest.newBuilder(uri("/api/v1/dossiers/" + pick(codes) + "/status"))
				.header("X-Forwarded-For", client)
				.header("Accept", "application/json")
				.GET()
				.build()));
			String q = pick(withMarks);
			timed("catalog search with diacritics", () -> send(get("/api/v1/procedures?q=" + enc(q), null)));
			timed("catalog search without diacritics", () -> send(get("/api/v1/procedures?q=" + enc(stripDiacritics(q)), null)));
		};
	}

	/** Outgoing documents: draft, submit, approve and issue (the register number is taken at issue). */
	Scenario documents() throws Exception {
		List<String> drafters = tokens("bench.specialist", "chuyenvien.tamanhnam");
		List<String> leaders = tokens("bench.leader", "lanhdao.tamanhnam");
		List<String> clerks = tokens("bench.clerk", "vanthu.tamanhnam");
		long recipient = Long.getLong("bench.recipientAccountId", 3);
		return user -> {
			String drafter = drafters.get(user % drafters.size());
			String leader = leaders.get(user % leaders.size());
			String clerk = clerks.get(user % clerks.size());
			// the signer must be the approving leader: a clone's id is fixed by bench/accounts.sql
			long signer = leaders.size() > 1 ? CLONE_ID_BASE + 3000 + (user % leaders.size()) + 1
					: Long.getLong("bench.signerAccountId", 2);
			String draft = "{\"type\":\"CONG_VAN\",\"subject\":\"Đề nghị báo cáo số liệu " + UUID.randomUUID()
					+ "\",\"signerAccountId\":" + signer + ",\"bodyText\":\"Đề nghị các bộ phận báo cáo.\",\"internalRecipients\":["
					+ recipient + "]}";
			JsonNode created = timedJson("document draft", () -> send(post("/api/v1/documents", drafter, draft)));
			long id = created.get("id").asLong();
			int v = created.get("version").asInt();
			v = docStep(id, "submit", drafter, v, "document submit");
			v = docStep(id, "approve", leader, v, "document approve");
			docStep(id, "issue", clerk, v, "document issue");
		};
	}

	int docStep(long id, String action, String token, int version, String name) throws Exception {
		return timedJson(name,
				() -> send(post("/api/v1/documents/" + id + "/actions/" + action, token, "{\"version\":" + version + ",\"text\":\"Đồng ý\"}")))
			.get("version")
			.asInt();
	}

	// --- HTTP --------------------------------------------------------------------------------

	URI uri(String path) {
		return URI.create(base + path);
	}

	HttpRequest get(String path, String token) {
		var b = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET();
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return b.build();
	}

	HttpRequest post(String path, String token, String json) {
		var b = HttpRequest.newBuilder(uri(path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return b.build();
	}

	HttpResponse<String> multipart(String path, String token, String answers) throws IOException, InterruptedException {
		String boundary = "----bench" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"answers\"; filename=\"answers.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + answers + "\r\n--" + boundary + "--\r\n";
		return send(HttpRequest.newBuilder(uri(path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	JsonNode getJson(String path, String token) throws Exception {
		HttpResponse<String> response = send(get(path, token));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " → " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body());
	}

	/** Account ids of the clones made by bench/accounts.sql: base + role × 1000 + n (role 3 = leader). */
	static final long CLONE_ID_BASE = 9_000_000_000L;

	/**
	 * One token per virtual user: with {@code bench.clones=N} the accounts {@code <name>.bNN} made by
	 * bench/accounts.sql, since parallel requests of one account collide (see bench/RESULTS.md).
	 */
	List<String> tokens(String property, String fallback) throws Exception {
		String name = System.getProperty(property, fallback);
		int clones = Integer.getInteger("bench.clones", 0);
		List<String> tokens = new ArrayList<>();
		if (clones <= 0) {
			tokens.add(token(name));
		}
		for (int i = 1; i <= clones; i++) {
			tokens.add(token(name + String.format(Locale.ROOT, ".b%02d", i)));
		}
		return tokens;
	}

	String token(String username) throws Exception {
		HttpResponse<String> response = send(post("/api/v1/auth/token", null,
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("token for " + username + " → " + response.statusCode() + " " + response.body());
		}
		return JSON.readTree(response.body()).get("access_token").asString();
	}

	interface Call {

		HttpResponse<String> call() throws Exception;

	}

	/** Times one request; a non-2xx answer counts as an error. */
	HttpResponse<String> timed(String name, Call call) throws Exception {
		return timed(name, null, call);
	}

	/** Times one request under its name and, when given, also under a more detailed one. */
	HttpResponse<String> timed(String name, String detail, Call call) throws Exception {
		Stats s = stats(name);
		long t0 = System.nanoTime();
		HttpResponse<String> response;
		try {
			response = call.call();
		}
		catch (Exception ex) {
			s.error();
			throw ex;
		}
		long t = System.nanoTime() - t0;
		if (response.statusCode() / 100 != 2) {
			s.error();
			if (s.errors.get() <= 3) {
				System.err.println(name + " → " + response.statusCode() + " " + abbreviate(response.body()));
			}
			throw new IllegalStateException(name + " → " + response.statusCode());
		}
		s.add(t);
		if (detail != null) {
			stats(detail).add(t);
		}
		return response;
	}

	JsonNode timedJson(String name, Call call) throws Exception {
		return JSON.readTree(timed(name, call).body());
	}

	Stats stats(String name) {
		return stats.computeIfAbsent(name, n -> new Stats());
	}

	// --- statistics --------------------------------------------------------------------------

	static final class Stats {

		final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

		final AtomicLong errors = new AtomicLong();

		void add(long t) {
			nanos.add(t);
		}

		void error() {
			errors.incrementAndGet();
		}

	}

	String report(String scenario, int users, long elapsedNanos) {
		double seconds = elapsedNanos / 1e9;
		StringBuilder out = new StringBuilder();
		out.append("{\"scenario\":\"").append(scenario).append("\",\"users\":").append(users);
		out.append(",\"seconds\":").append(String.format(Locale.ROOT, "%.1f", seconds));
		for (var e : extra.entrySet()) {
			out.append(",\"").append(e.getKey()).append("\":");
			out.append(e.getValue() instanceof Number ? e.getValue().toString() : "\"" + e.getValue() + "\"");
		}
		out.append(",\"operations\":[");
		boolean first = true;
		for (var e : new java.util.TreeMap<>(stats).entrySet()) {
			long[] sorted;
			synchronized (e.getValue().nanos) {
				sorted = e.getValue().nanos.stream().mapToLong(Long::longValue).toArray();
			}
			Arrays.sort(sorted);
			if (!first) {
				out.append(',');
			}
			first = false;
			out.append(String.format(Locale.ROOT,
					"{\"name\":\"%s\",\"requests\":%d,\"errors\":%d,\"rps\":%.1f,\"p50\":%.2f,\"p95\":%.2f,\"p99\":%.2f,\"max\":%.2f}",
					e.getKey(), sorted.length, e.getValue().errors.get(), sorted.length / seconds, pct(sorted, 50),
					pct(sorted, 95), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6));
		}
		out.append("]}");
		return out.toString();
	}

	static double pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	// --- data --------------------------------------------------------------------------------

	/** Valid answers for an e-form schema, with a random Vietnamese name and citizen ID. */
	static String answers(JsonNode schema) {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		String name = FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " "
				+ GIVEN[r.nextInt(GIVEN.length)];
		String citizenId = String.format("0490%08d", r.nextInt(100_000_000));
		StringBuilder json = new StringBuilder("{");
		boolean firstSection = true;
		for (JsonNode section : schema.get("sections")) {
			if (!firstSection) {
				json.append(',');
			}
			firstSection = false;
			int items = Math.max(1, section.path("minItems").asInt(0));
			json.append('"').append(section.get("key").asString()).append("\":[");
			for (int i = 0; i < items; i++) {
				if (i > 0) {
					json.append(',');
				}
				json.append('{');
				boolean firstField = true;
				for (JsonNode field : section.get("fields")) {
					if (!firstField) {
						json.append(',');
					}
					firstField = false;
					json.append('"').append(field.get("key").asString()).append("\":\"")
						.append(value(field, name, citizenId)).append('"');
				}
				json.append('}');
			}
			json.append(']');
		}
		return json.append('}').toString();
	}

	static String value(JsonNode field, String name, String citizenId) {
		return switch (field.get("type").asString()) {
			case "citizenId" -> citizenId;
			case "phone" -> "0905123456";
			case "email" -> "congdan.demo@minhbach.local";
			case "date" -> "1990-05-12";
			case "number" -> String.valueOf(field.get("min").isNull() ? 1 : field.get("min").asInt() + 1);
			case "checkbox" -> "true";
			case "choice" -> field.get("options").get(0).get("value").asString();
			case "textarea" -> "Nội dung trình bày để thử nghiệm tải.";
			default -> name;
		};
	}

	static String stripDiacritics(String text) {
		String decomposed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		return decomposed.replace('đ', 'd').replace('Đ', 'D');
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	static <T> T pick(List<T> list) {
		return list.get(ThreadLocalRandom.current().nextInt(list.size()));
	}

	static String abbreviate(String s) {
		return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

}
