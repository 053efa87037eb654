package vn.minhbach.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One entry of a leaders' work calendar: a meeting, a visit, a reception of citizens.
 *
 * @param id its number
 * @param agencyId the agency whose calendar it is in
 * @param day the day
 * @param startsAt the start time
 * @param endsAt the end time, or null when not fixed
 * @param leaders the leaders concerned, as shown ("Nguyễn Văn Hùng – Chủ tịch UBND xã; …")
 * @param positionIds the leaders' positions chosen from the agency's structure
 * @param otherLeaders leaders typed by hand (of another agency, or not in the structure), or null
 * @param content what happens
 * @param place where, or null
 * @param participants who else takes part (thành phần), or null
 * @param preparingUnit the unit that prepares it (đơn vị chuẩn bị), or null
 * @param cancelled cancelled after the week was published (a cancelled entry stays visible, marked)
 * @param adjustedAt when it was added, changed or cancelled after the week was published, or null
 * @param updatedAt last change
 * @param version for optimistic locking
 */
public record WorkEvent(Long id, Long agencyId, LocalDate day, LocalTime startsAt, LocalTime endsAt, String leaders,
		List<Long> positionIds, String otherLeaders, String content, String place, String participants,
		String preparingUnit, boolean cancelled, Instant adjustedAt, Instant updatedAt, int version) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public WorkEvent {
		positionIds = positionIds == null ? List.of() : List.copyOf(positionIds);
	}

	/** Whether it changed after publication (điều chỉnh). */
	public boolean adjusted() {
		return adjustedAt != null;
	}

	/** "07:30" or "07:30 – 09:00". */
	public String time() {
		return endsAt == null ? TIME.format(startsAt) : TIME.format(startsAt) + " – " + TIME.format(endsAt);
	}
}
