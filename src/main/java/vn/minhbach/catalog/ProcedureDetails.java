package vn.minhbach.catalog;

import java.util.List;
import java.util.Set;

/** Everything about a procedure that an administrator edits or an import brings. */
public record ProcedureDetails(String code, String name, String field, AgencyLevel level, String implementingAgency,
		ProcessingTime processingTime, OnlineLevel onlineLevel, Set<Channel> channels, List<Fee> fees, List<Paper> papers,
		String result, String conditions, List<String> legalBasis, FormSchema formSchema, String adminNote,
		String source) {

	public ProcedureDetails {
		channels = channels == null ? Set.of() : Set.copyOf(channels);
		fees = fees == null ? List.of() : List.copyOf(fees);
		papers = papers == null ? List.of() : List.copyOf(papers);
		legalBasis = legalBasis == null ? List.of() : List.copyOf(legalBasis);
		field = field == null ? "" : field;
		level = level == null ? AgencyLevel.COMMUNE : level;
		onlineLevel = onlineLevel == null ? OnlineLevel.NONE : onlineLevel;
		processingTime = processingTime == null ? new ProcessingTime(0, ProcessingTime.DayCount.WORKING, null)
				: processingTime;
	}
}
