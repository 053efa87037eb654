package vn.minhbach.portal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A week of an agency's work calendar, day by day.
 *
 * @param week the week
 * @param agencyId the agency
 * @param agencyName its name
 * @param publishedAt when the week was published, or null while it is being prepared
 * @param publishedBy who published it, or null
 * @param days the seven days, Monday first, each with its events in time order
 */
public record ScheduleWeek(WorkWeek week, Long agencyId, String agencyName, Instant publishedAt, String publishedBy,
		List<Day> days) {

	public boolean published() {
		return publishedAt != null;
	}

	/** Every event of the week, in order. */
	public List<WorkEvent> events() {
		return days.stream().flatMap(day -> day.events().stream()).toList();
	}

	public boolean empty() {
		return days.stream().allMatch(day -> day.events().isEmpty());
	}

	/** A day of the week with its events. */
	public record Day(LocalDate date, List<WorkEvent> events) {

		public DayOfWeek dayOfWeek() {
			return date.getDayOfWeek();
		}
	}
}
