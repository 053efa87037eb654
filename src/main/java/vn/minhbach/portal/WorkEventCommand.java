package vn.minhbach.portal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An event of the work calendar as the office enters it.
 *
 * @param day the day
 * @param startsAt the start time
 * @param endsAt the end time, optional, after the start
 * @param positionIds leaders chosen among the agency's leader positions
 * @param otherLeaders other leaders, typed (one of the two is required)
 * @param content what happens
 * @param place where
 * @param participants who else takes part
 * @param preparingUnit the unit that prepares it
 */
public record WorkEventCommand(@NotNull(message = "{error.required}") LocalDate day,
		@NotNull(message = "{error.required}") LocalTime startsAt, LocalTime endsAt, List<Long> positionIds,
		@Size(max = 500, message = "{error.question.tooLong}") String otherLeaders,
		@NotBlank(message = "{error.required}") @Size(max = 2000, message = "{error.question.tooLong}") String content,
		@Size(max = 500, message = "{error.question.tooLong}") String place,
		@Size(max = 2000, message = "{error.question.tooLong}") String participants,
		@Size(max = 300, message = "{error.question.tooLong}") String preparingUnit) {

	public WorkEventCommand {
		positionIds = positionIds == null ? List.of() : List.copyOf(positionIds);
	}
}
