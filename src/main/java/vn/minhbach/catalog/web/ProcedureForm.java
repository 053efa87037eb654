package vn.minhbach.catalog.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.minhbach.catalog.AgencyLevel;
import vn.minhbach.catalog.Channel;
import vn.minhbach.catalog.Fee;
import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.OnlineLevel;
import vn.minhbach.catalog.Paper;
import vn.minhbach.catalog.ProcedureDetails;
import vn.minhbach.catalog.ProcessingTime;

/** The procedure editor: the public information, with rows for fees and papers (empty rows are ignored). */
public class ProcedureForm {

	static final int SPARE_ROWS = 2;

	@Size(max = 30)
	private String code = "";

	@NotBlank(message = "{error.required}")
	@Size(max = 500)
	private String name = "";

	@NotBlank(message = "{error.required}")
	@Size(max = 200)
	private String field = "";

	@NotNull(message = "{error.required}")
	private AgencyLevel level = AgencyLevel.COMMUNE;

	@Size(max = 300)
	private String implementingAgency = "";

	@NotNull(message = "{error.required}")
	@Min(value = 0, message = "{error.form.range}")
	@Max(value = 3650, message = "{error.form.range}")
	private Integer processingDays = 0;

	private ProcessingTime.DayCount processingCount = ProcessingTime.DayCount.WORKING;

	@Size(max = 5000)
	private String processingNote = "";

	@NotNull(message = "{error.required}")
	private OnlineLevel onlineLevel = OnlineLevel.NONE;

	private Set<Channel> channels = EnumSet.of(Channel.IN_PERSON);

	private List<FeeRow> fees = new ArrayList<>();

	private List<PaperRow> papers = new ArrayList<>();

	@Size(max = 5000)
	private String result = "";

	@Size(max = 5000)
	private String conditions = "";

	@Size(max = 10000)
	private String legalBasis = "";

	@Size(max = 10000)
	private String adminNote = "";

	private int version;

	/** One fee row. */
	public static class FeeRow {

		private String name = "";

		private Long amountVnd;

		private Fee.AppliesTo appliesTo = Fee.AppliesTo.ALL;

		private String note = "";

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Long getAmountVnd() {
			return amountVnd;
		}

		public void setAmountVnd(Long amountVnd) {
			this.amountVnd = amountVnd;
		}

		public Fee.AppliesTo getAppliesTo() {
			return appliesTo;
		}

		public void setAppliesTo(Fee.AppliesTo appliesTo) {
			this.appliesTo = appliesTo;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}
	}

	/** One paper row. */
	public static class PaperRow {

		private String name = "";

		private Paper.PaperForm form = Paper.PaperForm.EITHER;

		private Integer count = 1;

		private boolean required = true;

		private String template = "";

		private String blankFormSha256;

		private String blankFormName;

		private boolean eForm;

		public boolean isEForm() {
			return eForm;
		}

		public void setEForm(boolean eForm) {
			this.eForm = eForm;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public Paper.PaperForm getForm() {
			return form;
		}

		public void setForm(Paper.PaperForm form) {
			this.form = form;
		}

		public Integer getCount() {
			return count;
		}

		public void setCount(Integer count) {
			this.count = count;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public String getTemplate() {
			return template;
		}

		public void setTemplate(String template) {
			this.template = template;
		}

		public String getBlankFormSha256() {
			return blankFormSha256;
		}

		public void setBlankFormSha256(String blankFormSha256) {
			this.blankFormSha256 = blankFormSha256;
		}

		public String getBlankFormName() {
			return blankFormName;
		}

		public void setBlankFormName(String blankFormName) {
			this.blankFormName = blankFormName;
		}
	}

	static ProcedureForm of(ProcedureDetails d, int version) {
		var form = new ProcedureForm();
		form.code = d.code() == null ? "" : d.code();
		form.name = d.name();
		form.field = d.field();
		form.level = d.level();
		form.implementingAgency = nullToEmpty(d.implementingAgency());
		form.processingDays = d.processingTime().days();
		form.processingCount = d.processingTime().dayCount();
		form.processingNote = nullToEmpty(d.processingTime().note());
		form.onlineLevel = d.onlineLevel();
		form.channels = d.channels().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(d.channels());
		for (Fee fee : d.fees()) {
			var row = new FeeRow();
			row.name = fee.name();
			row.amountVnd = fee.amountVnd();
			row.appliesTo = fee.appliesTo();
			row.note = nullToEmpty(fee.note());
			form.fees.add(row);
		}
		for (Paper paper : d.papers()) {
			var row = new PaperRow();
			row.name = paper.name();
			row.form = paper.form();
			row.count = paper.count();
			row.required = paper.required();
			row.template = nullToEmpty(paper.template());
			row.blankFormSha256 = paper.blankFormSha256();
			row.blankFormName = paper.blankFormName();
			row.eForm = paper.eForm();
			form.papers.add(row);
		}
		form.result = nullToEmpty(d.result());
		form.conditions = nullToEmpty(d.conditions());
		form.legalBasis = String.join("\n", d.legalBasis());
		form.adminNote = nullToEmpty(d.adminNote());
		form.version = version;
		return form;
	}

	/** Adds empty rows so that a new fee or paper can be typed in. */
	ProcedureForm withSpareRows() {
		for (int i = 0; i < SPARE_ROWS; i++) {
			fees.add(new FeeRow());
			papers.add(new PaperRow());
		}
		return this;
	}

	ProcedureDetails toDetails(FormSchema schema, String source) {
		List<Fee> feeList = fees.stream()
			.filter(row -> row.name != null && !row.name.isBlank())
			.map(row -> new Fee(row.name.strip(), row.amountVnd, row.appliesTo, blank(row.note)))
			.toList();
		List<Paper> paperList = papers.stream()
			.filter(row -> row.name != null && !row.name.isBlank())
			.map(row -> new Paper(row.name.strip(), row.form, row.count == null ? 1 : row.count, row.required,
					blank(row.template), blank(row.blankFormSha256), blank(row.blankFormName), row.eForm))
			.toList();
		List<String> basis = Arrays.stream(legalBasis.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		Set<Channel> channelSet = channels == null ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels.isEmpty()
				? EnumSet.noneOf(Channel.class) : channels);
		return new ProcedureDetails(blank(code), name, field, level, blank(implementingAgency),
				new ProcessingTime(processingDays == null ? 0 : processingDays, processingCount, blank(processingNote)),
				onlineLevel, channelSet, feeList, paperList, blank(result), blank(conditions), basis, schema, blank(adminNote),
				source);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getField() {
		return field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public AgencyLevel getLevel() {
		return level;
	}

	public void setLevel(AgencyLevel level) {
		this.level = level;
	}

	public String getImplementingAgency() {
		return implementingAgency;
	}

	public void setImplementingAgency(String implementingAgency) {
		this.implementingAgency = implementingAgency;
	}

	public Integer getProcessingDays() {
		return processingDays;
	}

	public void setProcessingDays(Integer processingDays) {
		this.processingDays = processingDays;
	}

	public ProcessingTime.DayCount getProcessingCount() {
		return processingCount;
	}

	public void setProcessingCount(ProcessingTime.DayCount processingCount) {
		this.processingCount = processingCount;
	}

	public String getProcessingNote() {
		return processingNote;
	}

	public void setProcessingNote(String processingNote) {
		this.processingNote = processingNote;
	}

	public OnlineLevel getOnlineLevel() {
		return onlineLevel;
	}

	public void setOnlineLevel(OnlineLevel onlineLevel) {
		this.onlineLevel = onlineLevel;
	}

	public Set<Channel> getChannels() {
		return channels;
	}

	public void setChannels(Set<Channel> channels) {
		this.channels = channels;
	}

	public List<FeeRow> getFees() {
		return fees;
	}

	public void setFees(List<FeeRow> fees) {
		this.fees = fees;
	}

	public List<PaperRow> getPapers() {
		return papers;
	}

	public void setPapers(List<PaperRow> papers) {
		this.papers = papers;
	}

	public String getResult() {
		return result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public String getConditions() {
		return conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public String getLegalBasis() {
		return legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public String getAdminNote() {
		return adminNote;
	}

	public void setAdminNote(String adminNote) {
		this.adminNote = adminNote;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
