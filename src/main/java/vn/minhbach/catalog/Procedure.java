package vn.minhbach.catalog;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.VietnameseText;

/**
 * An administrative procedure of an agency: the information the law requires to be public, its
 * e-form and how far it can be done online. Published procedures appear in the public catalog
 * and accept dossiers.
 */
public class Procedure {

	private Long id;

	private Long agencyId;

	private String code;

	private String name;

	private String field;

	private AgencyLevel level;

	private String implementingAgency;

	private ProcessingTime processingTime;

	private OnlineLevel onlineLevel;

	private Set<Channel> channels;

	private List<Fee> fees;

	private List<Paper> papers;

	private String result;

	private String conditions;

	private List<String> legalBasis;

	private FormSchema formSchema;

	private List<WorkflowStep> workflow = List.of();

	private String adminNote;

	private String source;

	private boolean published;

	private Instant publishedAt;

	private Instant updatedAt;

	private int version;

	Procedure() {
	}

	public Procedure(Long agencyId, ProcedureDetails details) {
		this.agencyId = agencyId;
		describe(details);
	}

	/** Replaces everything the catalog administrator edits. */
	public void describe(ProcedureDetails details) {
		if (details.name() == null || details.name().isBlank()) {
			throw new BusinessRuleViolation("error.required");
		}
		if (details.onlineLevel().online() && !details.channels().contains(Channel.ONLINE)) {
			throw new BusinessRuleViolation("error.procedure.onlineChannel");
		}
		describeStored(details);
	}

	/** Loads stored details without re-checking rules that applied when they were saved. */
	void describeStored(ProcedureDetails details) {
		this.code = blankToNull(details.code());
		this.name = details.name().trim();
		this.field = details.field().trim();
		this.level = details.level();
		this.implementingAgency = blankToNull(details.implementingAgency());
		this.processingTime = details.processingTime();
		this.onlineLevel = details.onlineLevel();
		this.channels = details.channels().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(details.channels());
		this.fees = List.copyOf(details.fees());
		this.papers = List.copyOf(details.papers());
		this.result = blankToNull(details.result());
		this.conditions = blankToNull(details.conditions());
		this.legalBasis = List.copyOf(details.legalBasis());
		this.formSchema = details.formSchema();
		this.adminNote = blankToNull(details.adminNote());
		this.source = blankToNull(details.source());
	}

	public void publish(Instant now) {
		List<String> problems = formSchema.problems();
		if (!problems.isEmpty()) {
			throw new InvalidFormSchema(String.join("; ", problems));
		}
		if (!published) {
			published = true;
			publishedAt = now;
		}
	}

	public void unpublish() {
		published = false;
	}

	/**
	 * Replaces the workflow template: steps in order, each handled by one of
	 * {@link WorkflowStep#ROLES}, the last being the approval; their shares may not add up to
	 * more than the processing time. No steps: the default template applies again.
	 */
	public void defineWorkflow(List<WorkflowStep> steps) {
		if (steps.isEmpty()) {
			this.workflow = List.of();
			return;
		}
		for (int i = 0; i < steps.size(); i++) {
			if (!WorkflowStep.ROLES.contains(steps.get(i).role())) {
				throw new BusinessRuleViolation("error.workflow.role", i + 1);
			}
		}
		if (steps.get(steps.size() - 1).kind() != WorkflowStep.Kind.APPROVAL
				|| steps.stream().filter(step -> step.kind() == WorkflowStep.Kind.APPROVAL).count() != 1) {
			throw new BusinessRuleViolation("error.workflow.approvalLast");
		}
		int total = steps.stream().mapToInt(WorkflowStep::shareDays).sum();
		if (processingTime.dayCount() == ProcessingTime.DayCount.WORKING && total > processingTime.days()) {
			throw new BusinessRuleViolation("error.workflow.tooLong", total, processingTime.days());
		}
		this.workflow = List.copyOf(steps);
	}

	/** The steps a dossier goes through: the defined template, or the default one. */
	public List<WorkflowStep> effectiveWorkflow() {
		return workflow.isEmpty() ? WorkflowStep.defaultFor(processingTime, null) : workflow;
	}

	public List<WorkflowStep> getWorkflow() {
		return workflow;
	}

	void restoreWorkflow(List<WorkflowStep> steps) {
		this.workflow = steps == null ? List.of() : List.copyOf(steps);
	}

	public void attachBlankForm(int paperIndex, String sha256, String fileName) {
		if (paperIndex < 0 || paperIndex >= papers.size()) {
			throw new BusinessRuleViolation("error.procedure.noSuchPaper");
		}
		var copy = new java.util.ArrayList<>(papers);
		copy.set(paperIndex, copy.get(paperIndex).withBlankForm(sha256, fileName));
		papers = List.copyOf(copy);
	}

	/** Whether a citizen can submit a dossier for it online now. */
	public boolean acceptsOnline() {
		return published && onlineLevel.online();
	}

	/** The fee to pay online, if it is known and more than zero. */
	public Optional<Long> onlineFee() {
		return fees.stream()
			.filter(Fee::appliesOnline)
			.map(Fee::amountVnd)
			.filter(amount -> amount != null && amount > 0)
			.findFirst();
	}

	/** The fee for a dossier filed at the desk, if it is known and more than zero. */
	public Optional<Long> inPersonFee() {
		return fees.stream()
			.filter(fee -> fee.appliesTo() != Fee.AppliesTo.ONLINE)
			.map(Fee::amountVnd)
			.filter(amount -> amount != null && amount > 0)
			.findFirst();
	}

	/** Whether a fee applies whose amount the catalog does not know (set by the provincial council). */
	public boolean feeToBeDetermined() {
		return fees.stream().anyMatch(fee -> fee.amountVnd() == null);
	}

	/** The text searched: code, name and field, folded (no diacritics, lower case). */
	String searchFolded() {
		return VietnameseText.fold(String.join(" ", code == null ? "" : code, name, field));
	}

	public ProcedureDetails details() {
		return new ProcedureDetails(code, name, field, level, implementingAgency, processingTime, onlineLevel, channels,
				fees, papers, result, conditions, legalBasis, formSchema, adminNote, source);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	public Long getId() {
		return id;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getField() {
		return field;
	}

	public AgencyLevel getLevel() {
		return level;
	}

	public String getImplementingAgency() {
		return implementingAgency;
	}

	public ProcessingTime getProcessingTime() {
		return processingTime;
	}

	public OnlineLevel getOnlineLevel() {
		return onlineLevel;
	}

	public Set<Channel> getChannels() {
		return channels;
	}

	public List<Fee> getFees() {
		return fees;
	}

	public List<Paper> getPapers() {
		return papers;
	}

	public String getResult() {
		return result;
	}

	public String getConditions() {
		return conditions;
	}

	public List<String> getLegalBasis() {
		return legalBasis;
	}

	public FormSchema getFormSchema() {
		return formSchema;
	}

	public String getAdminNote() {
		return adminNote;
	}

	public String getSource() {
		return source;
	}

	public boolean isPublished() {
		return published;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public int getVersion() {
		return version;
	}

	void restore(Long restoredId, Long restoredAgency, boolean restoredPublished, Instant restoredPublishedAt,
			Instant restoredUpdatedAt, int restoredVersion) {
		this.id = restoredId;
		this.agencyId = restoredAgency;
		this.published = restoredPublished;
		this.publishedAt = restoredPublishedAt;
		this.updatedAt = restoredUpdatedAt;
		this.version = restoredVersion;
	}
}
