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
 * @param eForm whether the procedure's e-form is this paper (the declaration), so that an online
 *        submission needs no file for it
 */
public record Paper(String name, PaperForm form, int count, boolean required, String template, String blankFormSha256,
		String blankFormName, boolean eForm) {

	public enum PaperForm {
		ORIGINAL, COPY, EITHER
	}

	public Paper {
		form = form == null ? PaperForm.EITHER : form;
		count = Math.max(1, count);
	}

	/** Whether an online submission must carry a file for it. */
	public boolean fileRequiredOnline() {
		return required && !eForm;
	}

	public Paper withBlankForm(String sha256, String fileName) {
		return new Paper(name, form, count, required, template, sha256, fileName, eForm);
	}
}
