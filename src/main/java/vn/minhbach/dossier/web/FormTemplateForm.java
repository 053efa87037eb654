package vn.minhbach.dossier.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.minhbach.dossier.FormTemplate;

/** The official form editor: title, page size and the body in the template language. */
public class FormTemplateForm {

	@NotBlank(message = "{error.required}")
	@Size(max = 300, message = "{error.form.tooLong}")
	private String title = "";

	@Pattern(regexp = "A4|A5", message = "{error.form.range}")
	private String pageSize = "A5";

	@NotBlank(message = "{error.required}")
	@Size(max = 20000, message = "{error.form.tooLong}")
	private String body = "";

	private int version;

	static FormTemplateForm of(FormTemplate template) {
		var form = new FormTemplateForm();
		form.title = template.title();
		form.pageSize = template.pageSize();
		form.body = template.body();
		form.version = template.version();
		return form;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPageSize() {
		return pageSize;
	}

	public void setPageSize(String pageSize) {
		this.pageSize = pageSize;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}
}
