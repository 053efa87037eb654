package vn.minhbach.portal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import vn.minhbach.portal.WorkEvent;
import vn.minhbach.portal.WorkEventCommand;

/** An entry of the work calendar as the office types it, with the version it saw when editing. */
public record WorkCalendarEventForm(@NotNull(message = "{error.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
		@NotNull(message = "{error.required}") @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
		@DateTimeFormat(pattern = "HH:mm") LocalTime endsAt, List<Long> positionIds,
		@Size(max = 500, message = "{error.question.tooLong}") String otherLeaders,
		@NotBlank(message = "{error.required}") @Size(max = 2000, message = "{error.question.tooLong}") String content,
		@Size(max = 500, message = "{error.question.tooLong}") String place,
		@Size(max = 2000, message = "{error.question.tooLong}") String participants,
		@Size(max = 300, message = "{error.question.tooLong}") String preparingUnit, Integer version) {

	static WorkCalendarEventForm empty(LocalDate day) {
		return new WorkCalendarEventForm(day, LocalTime.of(7, 30), null, List.of(), "", "", "", "", "", null);
	}

	static WorkCalendarEventForm of(WorkEvent event) {
		return new WorkCalendarEventForm(event.day(), event.startsAt(), event.endsAt(), event.positionIds(),
				event.otherLeaders(), event.content(), event.place(), event.participants(), event.preparingUnit(),
				event.version());
	}

	WorkEventCommand toCommand() {
		return new WorkEventCommand(day, startsAt, endsAt, positionIds, otherLeaders, content, place, participants,
				preparingUnit);
	}

	public boolean chose(Long positionId) {
		return positionIds != null && positionIds.contains(positionId);
	}
}
