package vn.minhbach.catalog;

import java.util.List;


/**
 * The JSON exchange format of the catalog: the shape of the national procedure data as
 * researched ({@code code, name, field, level, processingTime, fees, papers, result,
 * conditions, legalBasis, implementingAgency, channels, source, note, onlineLevel}) plus the
 * product's own fields ({@code formSchema, published, adminNote}, {@code dayCount} in the
 * processing time, {@code appliesTo} on fees, {@code required} on papers, the optional
 * {@code workflow}). Export writes it; import reads it and the seed is written in it.
 */
public final class CatalogFile {

	private CatalogFile() {
	}

	/** One procedure of the file. */
	public record Entry(String code, String name, String field, String level, Time processingTime, List<FeeEntry> fees,
			List<PaperEntry> papers, String result, String conditions, List<String> legalBasis, String implementingAgency,
			List<String> channels, Object source, String note, String onlineLevel, FormSchema formSchema, Boolean published,
			String adminNote, List<StepEntry> workflow) {
	}

	/**
	 * One step of the workflow template. The department is named by its code, not its id, so
	 * that the file moves between installations; no department: anyone with the role.
	 *
	 * @param role SPECIALIST or LEADER
	 * @param kind PROCESS or APPROVAL (the last step)
	 */
	public record StepEntry(String name, String role, String department, Integer shareDays, String kind) {
	}

	/** Processing time; {@code workingDays} may be null in researched data. */
	public record Time(Integer workingDays, String dayCount, String note) {
	}

	public record FeeEntry(String name, Long amountVnd, String appliesTo, String note) {
	}

	public record PaperEntry(String name, String form, Integer count, String template, Boolean required, Boolean eForm) {
	}

	/** Choices the seed makes where the researched data is null or conflicting. */
	public record Supplement(String code, String name, Integer workingDays, String dayCount, String onlineLevel,
			String choiceNote, FormSchema formSchema) {
	}
}
