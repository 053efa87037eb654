package vn.minhbach.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.catalog.importing.DefaultForms;
import vn.minhbach.organization.Department;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.Role;

/**
 * Imports and exports an agency's catalog in the {@link CatalogFile} format. An import is all or
 * nothing: every entry is checked first, and a file with any bad entry changes nothing and
 * reports every problem. Existing procedures are matched by code (or by name when the code is
 * unknown) and updated; the others are created. An entry's workflow names departments by code,
 * looked up in the importing agency; an entry without a workflow leaves the procedure's as it is.
 */
@Service
public class CatalogImport {

	static final JsonMapper JSON = FormSchema.JSON;

	static final String SEED = "catalog/seed/procedures.json";

	static final String SEED_SUPPLEMENT = "catalog/seed/supplement.json";

	private final ProcedureCatalog catalog;

	private final AuditLog audit;

	private final OrganizationDirectory organization;

	private final MessageSource messages;

	CatalogImport(ProcedureCatalog catalog, AuditLog audit, OrganizationDirectory organization, MessageSource messages) {
		this.catalog = catalog;
		this.audit = audit;
		this.organization = organization;
		this.messages = messages;
	}

	/** The outcome of an import. */
	public record Report(int created, int updated, int published, List<String> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/** Reads a catalog file; a file that is not valid JSON of the format is refused with the parser's words. */
	public static List<CatalogFile.Entry> read(InputStream json) {
		try {
			return JSON.readValue(json, new TypeReference<List<CatalogFile.Entry>>() {
			});
		}
		catch (JacksonException ex) {
			throw new BusinessRuleViolation("error.catalog.notJson", ex.getOriginalMessage());
		}
	}

	/** The seed shipped with the product: 31 commune procedures with the choices and e-forms written for them. */
	public static List<CatalogFile.Entry> seed() {
		try (InputStream procedures = new ClassPathResource(SEED).getInputStream();
				InputStream supplements = new ClassPathResource(SEED_SUPPLEMENT).getInputStream()) {
			List<CatalogFile.Entry> entries = read(procedures);
			List<CatalogFile.Supplement> choices = JSON.readValue(supplements,
					new TypeReference<List<CatalogFile.Supplement>>() {
					});
			return supplemented(entries, choices);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The catalog seed cannot be read", ex);
		}
	}

	static List<CatalogFile.Entry> supplemented(List<CatalogFile.Entry> entries, List<CatalogFile.Supplement> choices) {
		List<CatalogFile.Entry> result = new ArrayList<>();
		for (CatalogFile.Entry entry : entries) {
			Optional<CatalogFile.Supplement> choice = choices.stream()
				.filter(s -> Objects.equals(s.code(), entry.code()) && Objects.equals(s.name(), entry.name()))
				.findFirst();
			if (choice.isEmpty()) {
				result.add(entry);
				continue;
			}
			CatalogFile.Supplement s = choice.get();
			CatalogFile.Time time = entry.processingTime();
			Integer days = time == null || time.workingDays() == null ? s.workingDays() : time.workingDays();
			String dayCount = time != null && time.dayCount() != null ? time.dayCount() : s.dayCount();
			var note = new StringBuilder(entry.note() == null ? "" : entry.note());
			if (s.choiceNote() != null && !s.choiceNote().isBlank()) {
				note.append(note.length() > 0 ? "\n" : "").append("Lựa chọn khi nhập dữ liệu mẫu: ").append(s.choiceNote());
			}
			result.add(new CatalogFile.Entry(entry.code(), entry.name(), entry.field(), entry.level(),
					new CatalogFile.Time(days, dayCount, time == null ? null : time.note()), entry.fees(), entry.papers(),
					entry.result(), entry.conditions(), entry.legalBasis(), entry.implementingAgency(), entry.channels(),
					entry.source(), entry.note(), entry.onlineLevel() != null ? entry.onlineLevel() : s.onlineLevel(),
					entry.formSchema() != null ? entry.formSchema() : s.formSchema(), entry.published(),
					note.length() == 0 ? entry.adminNote() : note.toString(), entry.workflow()));
		}
		return result;
	}

	/**
	 * Imports entries into an agency's catalog, all or nothing.
	 *
	 * @param publish publish every imported procedure (a schema with problems cannot be published)
	 */
	@Transactional
	public Report importInto(Long agencyId, List<CatalogFile.Entry> entries, boolean publish) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		List<String> problems = new ArrayList<>();
		Map<Integer, ProcedureDetails> converted = new LinkedHashMap<>();
		Map<Integer, List<WorkflowStep>> workflows = new HashMap<>();
		Map<String, Long> departments = departmentIdsByCode(agencyId);
		for (int i = 0; i < entries.size(); i++) {
			CatalogFile.Entry entry = entries.get(i);
			try {
				ProcedureDetails details = details(entry);
				if (entry.workflow() != null) {
					workflows.put(i, workflow(entry.workflow(), departments, new Procedure(agencyId, details)));
				}
				converted.put(i, details);
			}
			catch (RuntimeException ex) {
				problems.add("#" + (i + 1) + " " + (entry.name() == null ? "" : entry.name()) + ": " + describe(ex));
			}
		}
		if (!problems.isEmpty()) {
			return new Report(0, 0, 0, problems);
		}
		int created = 0;
		int updated = 0;
		int published = 0;
		List<Procedure> existing = catalog.ofAgency(agencyId);
		for (var item : converted.entrySet()) {
			ProcedureDetails details = item.getValue();
			CatalogFile.Entry entry = entries.get(item.getKey());
			Optional<Procedure> match = existing.stream()
				.filter(p -> details.code() != null ? details.code().equals(p.getCode())
						: p.getCode() == null && p.getName().equals(details.name()))
				.findFirst();
			Procedure saved = match.isPresent() ? catalog.update(match.get().getId(), match.get().getVersion(), details)
					: catalog.create(agencyId, details);
			if (match.isPresent()) {
				updated++;
			}
			else {
				created++;
			}
			List<WorkflowStep> workflow = workflows.get(item.getKey());
			if (workflow != null) {
				saved = catalog.defineWorkflow(saved.getId(), saved.getVersion(), workflow);
			}
			boolean shouldPublish = entry.published() != null ? entry.published() : publish;
			if (shouldPublish && !saved.isPublished()) {
				catalog.publish(saved.getId());
				published++;
			}
		}
		audit.record(AuditRecord.of("CATALOG_IMPORTED", "organization_agency", agencyId.toString())
			.inAgency(agencyId)
			.detail("created", created)
			.detail("updated", updated));
		return new Report(created, updated, published, List.of());
	}

	/** The agency's catalog in the exchange format. */
	@Transactional(readOnly = true)
	public String export(Long agencyId) {
		Map<Long, String> departmentCodes = new HashMap<>();
		organization.departments(agencyId).forEach(department -> departmentCodes.put(department.getId(), department.getCode()));
		List<CatalogFile.Entry> entries = catalog.ofAgency(agencyId)
			.stream()
			.map(procedure -> entry(procedure, departmentCodes))
			.toList();
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entries);
	}

	static ProcedureDetails details(CatalogFile.Entry entry) {
		if (entry.name() == null || entry.name().isBlank()) {
			throw new IllegalArgumentException("tên thủ tục trống");
		}
		CatalogFile.Time time = entry.processingTime();
		if (time == null || time.workingDays() == null) {
			throw new IllegalArgumentException("thiếu thời hạn giải quyết (processingTime.workingDays)");
		}
		OnlineLevel online = entry.onlineLevel() == null ? OnlineLevel.NONE
				: OnlineLevel.valueOf(entry.onlineLevel().toUpperCase(Locale.ROOT));
		Set<Channel> channels = channels(entry.channels(), online);
		FormSchema schema = entry.formSchema() != null ? entry.formSchema() : DefaultForms.minimal(entry.name());
		List<String> schemaProblems = schema.problems();
		if (!schemaProblems.isEmpty()) {
			throw new IllegalArgumentException("biểu mẫu điện tử: " + String.join("; ", schemaProblems));
		}
		String adminNote = entry.adminNote() != null ? entry.adminNote() : entry.note();
		return new ProcedureDetails(entry.code(), entry.name(), entry.field(),
				entry.level() == null ? AgencyLevel.COMMUNE : AgencyLevel.valueOf(entry.level().toUpperCase(Locale.ROOT)),
				entry.implementingAgency(),
				new ProcessingTime(time.workingDays(),
						time.dayCount() == null ? ProcessingTime.DayCount.WORKING
								: ProcessingTime.DayCount.valueOf(time.dayCount().toUpperCase(Locale.ROOT)),
						time.note()),
				online, channels, fees(entry.fees()), papers(entry.papers()), entry.result(), entry.conditions(),
				entry.legalBasis(), schema, adminNote, entry.source() == null ? null : String.valueOf(entry.source()));
	}

	/**
	 * The steps of an entry's workflow, checked against the procedure they are for (the rules
	 * of {@link Procedure#defineWorkflow}); departments are looked up by code.
	 */
	static List<WorkflowStep> workflow(List<CatalogFile.StepEntry> entries, Map<String, Long> departmentsByCode,
			Procedure procedure) {
		List<WorkflowStep> steps = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			CatalogFile.StepEntry step = entries.get(i);
			int number = i + 1;
			if (step == null || step.name() == null || step.name().isBlank()) {
				throw new BusinessRuleViolation("error.workflow.stepName", number);
			}
			Long department = null;
			if (step.department() != null && !step.department().isBlank()) {
				department = departmentsByCode.get(step.department().strip().toUpperCase(Locale.ROOT));
				if (department == null) {
					throw new BusinessRuleViolation("error.workflow.unknownDepartment", number, step.department().strip());
				}
			}
			steps.add(new WorkflowStep(step.name().strip(), named(Role.class, step.role(), "error.workflow.role", number),
					department, step.shareDays() == null ? 0 : step.shareDays(),
					named(WorkflowStep.Kind.class, step.kind(), "error.workflow.kind", number)));
		}
		procedure.defineWorkflow(steps);
		return steps;
	}

	private static <E extends Enum<E>> E named(Class<E> type, String name, String problem, int number) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleViolation(problem, number);
		}
	}

	private Map<String, Long> departmentIdsByCode(Long agencyId) {
		Map<String, Long> byCode = new HashMap<>();
		for (Department department : organization.departments(agencyId)) {
			if (department.getCode() != null) {
				byCode.putIfAbsent(department.getCode().strip().toUpperCase(Locale.ROOT), department.getId());
			}
		}
		return byCode;
	}

	static CatalogFile.Entry entry(Procedure p, Map<Long, String> departmentCodes) {
		ProcedureDetails d = p.details();
		return new CatalogFile.Entry(d.code(), d.name(), d.field(), d.level().name(),
				new CatalogFile.Time(d.processingTime().days(), d.processingTime().dayCount().name(), d.processingTime().note()),
				d.fees().stream().map(f -> new CatalogFile.FeeEntry(f.name(), f.amountVnd(), f.appliesTo().name(), f.note()))
					.toList(),
				d.papers().stream()
					.map(paper -> new CatalogFile.PaperEntry(paper.name(), paper.form().name().toLowerCase(Locale.ROOT),
							paper.count(), paper.template(), paper.required(), paper.eForm()))
					.toList(),
				d.result(), d.conditions(), d.legalBasis(), d.implementingAgency(),
				d.channels().stream().map(Enum::name).sorted().toList(), d.source(), null, d.onlineLevel().name(),
				d.formSchema(), p.isPublished(), d.adminNote(),
				p.getWorkflow().isEmpty() ? null
						: p.getWorkflow()
							.stream()
							.map(step -> new CatalogFile.StepEntry(step.name(), step.role().name(),
									step.departmentId() == null ? null : departmentCodes.get(step.departmentId()),
									step.shareDays(), step.kind().name()))
							.toList());
	}

	private static Set<Channel> channels(List<String> names, OnlineLevel online) {
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		if (names != null) {
			for (String name : names) {
				String folded = vn.minhbach.shared.VietnameseText.fold(name);
				if (folded.contains("truc tuyen") || folded.equals("online")) {
					channels.add(Channel.ONLINE);
				}
				else if (folded.contains("truc tiep") || folded.equals("in_person")) {
					channels.add(Channel.IN_PERSON);
				}
				else if (folded.contains("buu chinh") || folded.equals("post")) {
					channels.add(Channel.POST);
				}
			}
		}
		if (online.online()) {
			channels.add(Channel.ONLINE);
		}
		else {
			channels.remove(Channel.ONLINE);
		}
		if (channels.isEmpty()) {
			channels.add(Channel.IN_PERSON);
		}
		return channels;
	}

	private static List<Fee> fees(List<CatalogFile.FeeEntry> entries) {
		if (entries == null) {
			return List.of();
		}
		return entries.stream().map(f -> {
			Fee.AppliesTo appliesTo;
			if (f.appliesTo() != null) {
				appliesTo = Fee.AppliesTo.valueOf(f.appliesTo().toUpperCase(Locale.ROOT));
			}
			else {
				String folded = vn.minhbach.shared.VietnameseText.fold(f.name());
				appliesTo = folded.contains("truc tuyen") ? Fee.AppliesTo.ONLINE
						: folded.contains("truc tiep") ? Fee.AppliesTo.IN_PERSON : Fee.AppliesTo.ALL;
			}
			return new Fee(f.name(), f.amountVnd(), appliesTo, f.note());
		}).toList();
	}

	/** Papers that exist only in some cases, are shown at the desk or are taken from a national database. */
	private static final List<String> CONDITIONAL = List.of("trường hợp", "nếu", "chỉ khi", "xuất trình", "khai thác");

	/** How a declaration or application begins: the e-form takes its place online. */
	private static final List<String> DECLARATIONS = List.of("to khai", "don ", "giay de nghi", "van ban de nghi",
			"van ban thong bao", "van ban dang ky", "to trinh");

	private static List<Paper> papers(List<CatalogFile.PaperEntry> entries) {
		if (entries == null) {
			return List.of();
		}
		boolean[] declarationSeen = { entries.stream().anyMatch(p -> Boolean.TRUE.equals(p.eForm())) };
		return entries.stream().map(p -> {
			String folded = vn.minhbach.shared.VietnameseText.fold(p.name());
			// with diacritics: "nếu" (if) makes a paper conditional, "nêu" (to state) does not
			String lower = java.text.Normalizer.normalize(p.name(), java.text.Normalizer.Form.NFC)
				.toLowerCase(vn.minhbach.shared.VietnameseText.VIETNAMESE);
			boolean required = p.required() != null ? p.required() : CONDITIONAL.stream().noneMatch(lower::contains);
			boolean eForm;
			if (p.eForm() != null) {
				eForm = p.eForm();
			}
			else {
				eForm = !declarationSeen[0] && DECLARATIONS.stream().anyMatch(folded::startsWith);
				declarationSeen[0] |= eForm;
			}
			Paper.PaperForm form = p.form() == null ? Paper.PaperForm.EITHER
					: switch (p.form().toLowerCase(Locale.ROOT)) {
						case "original" -> Paper.PaperForm.ORIGINAL;
						case "copy" -> Paper.PaperForm.COPY;
						default -> Paper.PaperForm.EITHER;
					};
			return new Paper(p.name(), form, p.count() == null ? 1 : p.count(), required, p.template(), null, null, eForm);
		}).toList();
	}

	/** A problem in the words of the person importing (rules broken are looked up in the message bundle). */
	private String describe(RuntimeException ex) {
		if (ex instanceof BusinessRuleViolation violation) {
			return messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(),
					LocaleContextHolder.getLocale());
		}
		return ex.getMessage();
	}
}
