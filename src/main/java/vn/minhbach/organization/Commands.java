package vn.minhbach.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The commands of the organization module, validated where they are bound. */
public final class Commands {

	private Commands() {
	}

	/** Create or change an administrative unit. */
	public record UnitCommand(Long parentId, @NotNull(message = "{error.required}") UnitKind kind,
			@NotBlank(message = "{error.required}") @Size(max = 200) String name,
			@Size(max = 20) @Pattern(regexp = "^$|^[0-9A-Za-z.\\-]+$", message = "{error.code}") String code,
			@Size(max = 20) String legacyCode, Double latitude, Double longitude, Integer version) {
	}

	/** Create or change an agency's identity. */
	public record AgencyCommand(@NotNull(message = "{error.required}") Long unitId, Long parentAgencyId,
			@NotBlank(message = "{error.required}") @Pattern(regexp = "^$|^[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9]{2}$",
					message = "{error.agencyCode}") String code,
			@NotBlank(message = "{error.required}") @Size(max = 250) String name,
			@NotBlank(message = "{error.required}") @Size(max = 50) String shortName,
			@Size(max = 300) String address, @Size(max = 30) String phone,
			@Email(message = "{error.email}") @Size(max = 200) String email, @Size(max = 200) String website,
			Double latitude, Double longitude, @Size(max = 20000) String functions, Integer version) {
	}

	/** Create or change a department. */
	public record DepartmentCommand(@NotBlank(message = "{error.required}") @Size(max = 20)
			@Pattern(regexp = "^[0-9A-Za-z_\\-]+$", message = "{error.code}") String code,
			@NotBlank(message = "{error.required}") @Size(max = 200) String name, Boolean oneStop, Integer sortOrder,
			Integer version) {

		/** Whether it is the one-stop desk; an unchecked box arrives as null. */
		public boolean isOneStop() {
			return Boolean.TRUE.equals(oneStop);
		}

		public int order() {
			return sortOrder == null ? 0 : sortOrder;
		}
	}

	/** Create or change a position. */
	public record PositionCommand(Long departmentId, @NotBlank(message = "{error.required}") @Size(max = 200) String title,
			@Size(max = 200) String holderName, Boolean leader, @Size(max = 5000) String duties,
			@Size(max = 5000) String biography, Integer sortOrder, Integer version) {

		/** Whether the position belongs to the leadership; an unchecked box arrives as null. */
		public boolean isLeader() {
			return Boolean.TRUE.equals(leader);
		}

		public int order() {
			return sortOrder == null ? 0 : sortOrder;
		}
	}
}
