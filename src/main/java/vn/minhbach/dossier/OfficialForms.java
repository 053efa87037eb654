package vn.minhbach.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.Paper;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.files.FileStore;
import vn.minhbach.files.StoredFile;
import vn.minhbach.identity.IdentityProperties;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.pdf.PdfLayout;
import vn.minhbach.pdf.PdfSignatures;
import vn.minhbach.pdf.SigningKeys;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * The official one-stop forms and the result document: rendered from editable templates as PDF
 * with the national header, signed by the agency (PAdES) and kept with the dossier.
 */
@Service
public class OfficialForms {

	private static final Logger log = LoggerFactory.getLogger(OfficialForms.class);

	/** The forms shipped with the product, by code. */
	public static final List<String> CODES = List.of("MAU_01", "MAU_02", "MAU_03", "MAU_04", "MAU_05", "MAU_06", "KET_QUA");

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút', 'ngày' dd/MM/yyyy");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z.]+)}}");

	/** Anything between double braces, to find placeholders the renderer does not know. */
	private static final Pattern BRACES = Pattern.compile("\\{\\{([^{}]*)}}");

	/**
	 * The values a template may name as {@code {{name}}} in a line; {@code reason} and
	 * {@code newDueDate} are given only by the forms that need them (02, 03, 04, 05).
	 */
	public static final List<String> PLACEHOLDERS = List.of("agency", "agencyPhone", "code", "procedure",
			"applicant.name", "applicant.address", "applicant.phone", "applicant.email", "processingTime", "receivedAt",
			"dueDate", "originalDueDate", "returnPlace", "registerNumber", "result", "placeAndDate", "trackUrl",
			"verifyUrl", "officer", "signer", "reason", "newDueDate");

	/** Lines that are a block of their own: the three tables, a list and the signatures. */
	private static final Pattern LINE_MARKER = Pattern
		.compile("\\{\\{(table:(papers|steps|answers)|list:[a-zA-Z.]+|signatures:[^{}]*)}}");

	/**
	 * The rows of the tables a template may hold: read from the dossier's records when a form is
	 * issued, made up when an edited template is previewed.
	 */
	record Tables(Supplier<List<List<String>>> papers, Supplier<List<List<String>>> steps,
			Supplier<List<List<String>>> answers) {
	}

	private final JdbcClient jdbc;

	private final OrganizationDirectory organization;

	private final DossierRecords records;

	private final Dossiers dossiers;

	private final FileStore files;

	private final PdfSignatures signatures;

	private final SigningKeys keys;

	private final IdentityProperties identity;

	private final AuditLog audit;

	private final Clock clock;

	OfficialForms(JdbcClient jdbc, OrganizationDirectory organization, DossierRecords records, Dossiers dossiers,
			FileStore files, PdfSignatures signatures, SigningKeys keys, IdentityProperties identity, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.records = records;
		this.dossiers = dossiers;
		this.files = files;
		this.signatures = signatures;
		this.keys = keys;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	/** Stores the shipped templates that are not in the database yet (an administrator's edits are kept). */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void seedTemplates() {
		for (String code : CODES) {
			var resource = new ClassPathResource("dossier/forms/" + code + ".txt");
			try (InputStream in = resource.getInputStream()) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				String title = header(text, "title");
				String page = header(text, "page");
				String body = text.lines().filter(line -> !line.startsWith("# ")).reduce((a, b) -> a + "\n" + b).orElse("");
				int inserted = jdbc.sql("""
						insert into dossier_form_template (code, title, page_size, body) values (:code, :title, :page, :body)
						on conflict (code) do nothing
						""").param("code", code).param("title", title).param("page", page).param("body", body).update();
				if (inserted > 0) {
					log.info("Stored the form template {} ({})", code, title);
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("Missing form template " + code, ex);
			}
		}
	}

	@Transactional(readOnly = true)
	public List<FormTemplate> templates() {
		return jdbc.sql("select * from dossier_form_template order by code").query((rs, n) -> template(rs)).list();
	}

	@Transactional(readOnly = true)
	public FormTemplate template(String code) {
		return jdbc.sql("select * from dossier_form_template where code = :code")
			.param("code", code)
			.query((rs, n) -> template(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("error.notFound.form"));
	}

	/** An administrator adjusts a form when the rules change (audited, guarded by the version seen). */
	@Transactional
	public FormTemplate update(String code, String title, String pageSize, String body, int seenVersion) {
		Access.require(null, Role.SYSTEM_ADMIN);
		if (title == null || title.isBlank() || body == null || body.isBlank()) {
			throw new BusinessRuleViolation("error.required");
		}
		List<String> unknown = unknownPlaceholders(body);
		if (!unknown.isEmpty()) {
			throw new BusinessRuleViolation("error.form.unknownPlaceholder", String.join(", ", unknown));
		}
		int updated = jdbc.sql("""
				update dossier_form_template set title = :title, page_size = :page, body = :body, updated_at = now(),
				  updated_by = :by, version = version + 1
				where code = :code and version = :version
				""")
			.param("title", title.strip())
			.param("page", "A4".equals(pageSize) ? "A4" : "A5")
			.param("body", body.replace("\r\n", "\n"))
			.param("by", Access.actorName())
			.param("code", code)
			.param("version", seenVersion)
			.update();
		if (updated == 0) {
			throw new ConcurrentChange("form template " + code);
		}
		audit.record(AuditRecord.of("FORM_TEMPLATE_UPDATED", "dossier_form_template", code).detail("title", title));
		return template(code);
	}

	/**
	 * Renders a form for a dossier, signs it with the agency's key and keeps it with the dossier.
	 *
	 * @param extra values only this form needs ({@code reason}, {@code newDueDate} …)
	 */
	@Transactional
	public DossierDocument issue(Dossier dossier, Procedure procedure, String code, Map<String, String> extra,
			String actor) {
		FormTemplate template = template(code);
		Agency agency = organization.agency(dossier.getAgencyId());
		byte[] pdf = render(template, dossier, procedure, agency, extra);
		Instant now = clock.instant();
		byte[] signed = signatures.sign(pdf, keys.forAgency(agency.getId(), agency.getCode(), agency.getName()),
				agency.getName(), template.title(), placeName(agency), now);
		String fileName = code.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + dossier.getCode() + ".pdf";
		StoredFile stored = files.storeGenerated(signed, fileName, "application/pdf");
		return records.addDocument(dossier.getId(), code, template.title(), stored.sha256(), fileName, true, actor);
	}

	/** The PDF of a form without signing or storing it (previews of an edited template). */
	public byte[] preview(FormTemplate template, Dossier dossier, Procedure procedure) {
		return render(template, dossier, procedure, organization.agency(dossier.getAgencyId()), Map.of("reason",
				"(lý do sẽ được ghi ở đây)", "newDueDate", "(ngày hẹn mới)"));
	}

	/**
	 * The PDF of an edited, unsaved template filled with a made-up dossier of the host agency
	 * (for its administrator to see the layout before saving); nothing is stored.
	 *
	 * @param title the edited title (blank: the saved one)
	 */
	@Transactional(readOnly = true)
	public byte[] samplePreview(String code, String title, String pageSize, String body) {
		Access.require(null, Role.SYSTEM_ADMIN);
		FormTemplate saved = template(code);
		Agency agency = organization.hostAgency()
			.or(() -> organization.agencies().stream().findFirst())
			.orElseThrow(() -> new NotFoundException("error.notFound.agency"));
		String signer = organization.leaders(agency.getId()).stream().findFirst()
			.map(vn.minhbach.organization.Position::getHolderName)
			.orElse(null);
		Instant now = clock.instant();
		FormPreviewSample sample = FormPreviewSample.of(agency, organization.fullUnitName(agency.getUnitId()), signer, now,
				LocalDate.ofInstant(now, VIETNAM));
		var draft = new FormTemplate(code, title == null || title.isBlank() ? saved.title() : title.strip(),
				"A4".equals(pageSize) ? "A4" : "A5", body == null ? "" : body.replace("\r\n", "\n"), now,
				Access.actorName(), saved.version());
		return render(draft, sample.dossier(), sample.procedure(), agency, sample.extra(), sample.tables());
	}

	/** The placeholders of a body the renderer does not know (they would print as nothing), as written. */
	static List<String> unknownPlaceholders(String body) {
		List<String> unknown = new ArrayList<>();
		for (String line : body.split("\\R")) {
			String trimmed = line.strip();
			if (LINE_MARKER.matcher(trimmed).matches()) {
				if (trimmed.startsWith("{{list:") && !PLACEHOLDERS.contains(trimmed.substring(7, trimmed.length() - 2))
						&& !unknown.contains(trimmed)) {
					unknown.add(trimmed);
				}
				continue;
			}
			Matcher matcher = BRACES.matcher(line);
			while (matcher.find()) {
				String token = "{{" + matcher.group(1) + "}}";
				if (!PLACEHOLDERS.contains(matcher.group(1)) && !unknown.contains(token)) {
					unknown.add(token);
				}
			}
		}
		return unknown;
	}

	byte[] render(FormTemplate template, Dossier dossier, Procedure procedure, Agency agency, Map<String, String> extra) {
		return render(template, dossier, procedure, agency, extra, new Tables(() -> paperRows(dossier, procedure),
				() -> stepRows(dossier), () -> answerRows(dossier, procedure)));
	}

	private byte[] render(FormTemplate template, Dossier dossier, Procedure procedure, Agency agency,
			Map<String, String> extra, Tables tables) {
		Map<String, String> values = values(dossier, procedure, agency, extra);
		try (PdfLayout pdf = "A4".equals(template.pageSize()) ? PdfLayout.a4() : PdfLayout.a5()) {
			pdf.metadata(template.title() + " – " + dossier.getCode(), agency.getName());
			String parent = agency.getParentAgencyId() == null ? null
					: organization.agency(agency.getParentAgencyId()).getShortName();
			pdf.nationalHeader(parent, agency.getName(), "Mã hồ sơ: " + dossier.getCode(), values.get("placeAndDate"));
			pdf.title(template.title());
			for (String line : template.body().split("\n")) {
				String trimmed = line.strip();
				if (trimmed.isEmpty()) {
					pdf.space(4);
				}
				else if (trimmed.equals("{{table:papers}}")) {
					pdf.table(List.of("TT", "Tên giấy tờ", "Hình thức", "Số lượng"), tables.papers().get(),
							new float[] { 1, 8, 3, 2 });
				}
				else if (trimmed.equals("{{table:steps}}")) {
					pdf.table(List.of("Bước", "Bộ phận, người giao và nhận", "Thời gian giao, nhận", "Hạn", "Kết quả", "Ghi chú"),
							tables.steps().get(), new float[] { 1, 6, 4, 2.5f, 2.5f, 4 });
				}
				else if (trimmed.equals("{{table:answers}}")) {
					pdf.table(List.of("Nội dung", "Thông tin"), tables.answers().get(), new float[] { 4, 6 });
				}
				else if (trimmed.startsWith("{{list:")) {
					String key = trimmed.substring(7, trimmed.length() - 2);
					for (String item : values.getOrDefault(key, "").split("\n")) {
						if (!item.isBlank()) {
							pdf.paragraph("– " + item.strip());
						}
					}
				}
				else if (trimmed.startsWith("{{signatures:")) {
					String[] sides = trimmed.substring(13, trimmed.length() - 2).split("\\|", -1);
					pdf.signatures(sides[0].isBlank() ? null : sides[0].toUpperCase(), null,
							sides.length > 1 && !sides[1].isBlank() ? sides[1].toUpperCase() : null, values.get("signer"));
				}
				else if (trimmed.startsWith("> ")) {
					pdf.note(fill(trimmed.substring(2), values));
				}
				else {
					pdf.paragraph(fill(trimmed, values));
				}
			}
			return pdf.toBytes();
		}
	}

	private Map<String, String> values(Dossier dossier, Procedure procedure, Agency agency, Map<String, String> extra) {
		Map<String, String> values = new LinkedHashMap<>();
		LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
		values.put("agency", agency.getName());
		values.put("agencyPhone", agency.getPhone() == null ? "" : agency.getPhone());
		values.put("code", dossier.getCode());
		values.put("procedure", dossier.getProcedureName());
		values.put("applicant.name", dossier.getApplicant().fullName());
		values.put("applicant.address", orDots(dossier.getApplicant().address()));
		values.put("applicant.phone", orDots(dossier.getApplicant().phone()));
		values.put("applicant.email", orDots(dossier.getApplicant().email()));
		values.put("processingTime", procedure.getProcessingTime().days() == 0 ? "trong ngày"
				: procedure.getProcessingTime().days() + (procedure.getProcessingTime().dayCount().name().equals("WORKING")
						? " ngày làm việc" : " ngày"));
		Instant received = dossier.getReceivedAt() != null ? dossier.getReceivedAt() : dossier.getSubmittedAt();
		values.put("receivedAt", received == null ? "" : DATE_TIME.format(received.atZone(VIETNAM)));
		values.put("dueDate", dossier.getDueDate() == null ? "" : DATE.format(dossier.getDueDate()));
		values.put("originalDueDate", dossier.getOriginalDueDate() != null ? DATE.format(dossier.getOriginalDueDate())
				: dossier.getDueDate() == null ? "" : DATE.format(dossier.getDueDate()));
		values.put("returnPlace", dossier.getChannel() == Dossier.SubmissionChannel.ONLINE
				? "Cổng dịch vụ công (tải kết quả điện tử) hoặc Bộ phận tiếp nhận và trả kết quả"
				: "Bộ phận tiếp nhận và trả kết quả " + agency.getName());
		values.put("registerNumber", dossier.getCode().substring(dossier.getCode().lastIndexOf('-') + 1));
		values.put("result", procedure.getResult() == null ? "" : procedure.getResult());
		values.put("placeAndDate", placeName(agency) + ", ngày " + String.format("%02d", today.getDayOfMonth()) + " tháng "
				+ String.format("%02d", today.getMonthValue()) + " năm " + today.getYear());
		values.put("trackUrl", UriComponentsBuilder.fromUri(identity.publicUrl()).path("/track").queryParam("code",
				dossier.getCode()).build().toUriString());
		values.put("verifyUrl", UriComponentsBuilder.fromUri(identity.publicUrl()).path("/verify").build().toUriString());
		values.put("officer", extra.getOrDefault("officer", "cán bộ tiếp nhận"));
		values.put("signer", extra.getOrDefault("signer", ""));
		values.putAll(extra);
		return values;
	}

	private List<List<String>> paperRows(Dossier dossier, Procedure procedure) {
		List<List<String>> rows = new ArrayList<>();
		List<Attachment> attachments = dossiers.attachments(dossier.getId());
		int number = 1;
		for (int i = 0; i < procedure.getPapers().size(); i++) {
			int index = i;
			Paper paper = procedure.getPapers().get(i);
			long files = attachments.stream().filter(a -> a.paperIndex() == index).count();
			boolean given = files > 0 || (paper.eForm() && dossier.getChannel() == Dossier.SubmissionChannel.ONLINE);
			if (!given) {
				continue;
			}
			String form = switch (paper.form()) {
				case ORIGINAL -> "Bản chính";
				case COPY -> "Bản sao";
				case EITHER -> "Bản chính/bản sao";
			};
			rows.add(List.of(String.valueOf(number++), paper.name() + (files == 0 ? " (tờ khai điện tử)" : ""),
					files > 0 ? form + " (điện tử)" : "Điện tử", String.valueOf(Math.max(1, files))));
		}
		return rows;
	}

	private List<List<String>> stepRows(Dossier dossier) {
		List<List<String>> rows = new ArrayList<>();
		for (DossierStep step : records.steps(dossier.getId())) {
			String unit = step.departmentId() == null ? step.name()
					: organization.department(step.departmentId()).getName() + " – " + step.name();
			String people = unit + "\nGiao: " + orDash(step.handedByName()) + "\nNhận: " + orDash(step.assigneeName());
			String times = "Giao: " + (step.startedAt() == null ? "" : DATE_TIME.format(step.startedAt().atZone(VIETNAM)))
					+ "\nNhận: " + (step.takenAt() == null ? "" : DATE_TIME.format(step.takenAt().atZone(VIETNAM)));
			String outcome = step.outcome() == null ? (step.status() == DossierStep.Status.ACTIVE ? "Đang xử lý" : "")
					: switch (step.outcome()) {
						case EARLY -> "Trước hạn";
						case ON_TIME -> "Đúng hạn";
						case LATE -> "Quá hạn";
					};
			rows.add(List.of(String.valueOf(step.seq()), people, times,
					step.dueDate() == null ? "" : DATE.format(step.dueDate()), outcome,
					(step.status() == DossierStep.Status.RETURNED ? "Trả lại bước trước. " : "") + orDash(step.note())));
		}
		return rows;
	}

	static List<List<String>> answerRows(Dossier dossier, Procedure procedure) {
		List<List<String>> rows = new ArrayList<>();
		FormSchema schema = procedure.getFormSchema();
		for (FormSchema.Section section : schema.sections()) {
			if ("declaration".equals(section.key())) {
				continue;
			}
			List<Map<String, String>> items = dossier.getAnswers().items(section.key());
			for (int i = 0; i < items.size(); i++) {
				for (FormSchema.Field field : section.fields()) {
					String value = items.get(i).get(field.key());
					if (value == null || value.isBlank() || "checkbox".equals(field.type())) {
						continue;
					}
					String label = (section.repeating() ? section.repeat().itemTitle() + " " + (i + 1) + " – " : "")
							+ field.label();
					rows.add(List.of(label, field.display(value)));
				}
			}
		}
		return rows;
	}

	/** "Tam Anh Nam": the agency's unit name, for "<place>, ngày … tháng … năm …". */
	private String placeName(Agency agency) {
		return organization.unit(agency.getUnitId()).getName();
	}

	private static String fill(String text, Map<String, String> values) {
		Matcher matcher = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String header(String text, String name) {
		return text.lines()
			.filter(line -> line.startsWith("# " + name + ":"))
			.map(line -> line.substring(line.indexOf(':') + 1).strip())
			.findFirst()
			.orElse("");
	}

	private static FormTemplate template(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new FormTemplate(rs.getString("code"), rs.getString("title"), rs.getString("page_size"), rs.getString("body"),
				rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getInt("version"));
	}

	private static String orDots(String text) {
		return text == null || text.isBlank() ? "……………" : text;
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "" : text;
	}
}
