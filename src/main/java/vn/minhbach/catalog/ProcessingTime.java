package vn.minhbach.catalog;

/**
 * The legal processing time.
 *
 * @param days the number of days; 0 means the same day (received after the cut-off: the next working day)
 * @param dayCount whether the law counts working days or calendar days
 * @param note the legal wording and exceptions, for the public page
 */
public record ProcessingTime(int days, DayCount dayCount, String note) {

	public enum DayCount {
		WORKING, CALENDAR
	}

	public ProcessingTime {
		if (days < 0 || days > 3650) {
			throw new IllegalArgumentException("Processing time out of range: " + days);
		}
		dayCount = dayCount == null ? DayCount.WORKING : dayCount;
	}

	public boolean sameDay() {
		return days == 0;
	}
}
