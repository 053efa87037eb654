package vn.minhbach.dossier;

import java.time.Instant;

/**
 * A document of a dossier: an official one-stop form or the result, produced and signed by the
 * agency, or an internal working document an officer attached (code {@value #INTERNAL}, never
 * shown to the applicant).
 */
public record DossierDocument(long id, String formCode, String title, String sha256, String fileName, boolean signed,
		Instant createdAt, String createdBy) {

	/** The code of internal working documents. */
	public static final String INTERNAL = "NOI_BO";

	public boolean internal() {
		return INTERNAL.equals(formCode);
	}

	/** Whether the applicant may see it: the official forms and the result. */
	public boolean visibleToApplicant() {
		return !internal() && !"MAU_06".equals(formCode);
	}
}
