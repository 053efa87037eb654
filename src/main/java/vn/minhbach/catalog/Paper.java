package vn.minhbach.catalog;

/**
 * One paper of the dossier (thành phần hồ sơ).
 *
 * @param name what it is
 * @param form original, certified copy, or either
 * @param count how many
 * @param required whether every applicant must provide it (false for "in case of…" papers)
 * @param template the official form it follows, if any ("Mẫu CT01 …")
 * @param blankFormSha256 an uploaded blank form citizens can download, if any
 * @param blankFormName that file's name
 */
public record Paper(String name, PaperForm form, int count, boolean required, String template, String blankFormSha256,
		String blankFormName) {

	public enum PaperForm {
		ORIGINAL, COPY, EITHER
	}

	public Paper {
		form = form == null ? PaperForm.EITHER : form;
		count = Math.max(1, count);
	}

	public Paper withBlankForm(String sha256, String fileName) {
		return new Paper(name, form, count, required, template, sha256, fileName);
	}
}
