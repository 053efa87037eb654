package vn.minhbach.dossier;

import java.time.Instant;

/**
 * An official one-stop form as an editable template (Circular 03/2025/TT-VPCP): its title, page
 * size and body. In the body, {@code {{name}}} is replaced by a value of the dossier; a line
 * {@code {{table:papers}}}, {@code {{table:steps}}} or {@code {{table:answers}}} becomes a table,
 * {@code {{list:reason}}} the lines of the reason, {@code {{signatures:Left|Right}}} the
 * signature block, and a line starting with {@code > } a note in italics.
 */
public record FormTemplate(String code, String title, String pageSize, String body, Instant updatedAt, String updatedBy,
		int version) {
}
