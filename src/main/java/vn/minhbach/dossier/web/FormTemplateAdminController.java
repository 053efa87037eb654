package vn.minhbach.dossier.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.dossier.FormTemplate;
import vn.minhbach.dossier.OfficialForms;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.Role;

/**
 * The official one-stop forms and the result document as the SYSTEM_ADMIN edits them: the list,
 * the editor with the template language explained, and a PDF preview of the unsaved text filled
 * with a made-up dossier.
 */
@Controller
@RequestMapping("/admin/forms")
class FormTemplateAdminController {

	private final OfficialForms forms;

	FormTemplateAdminController(OfficialForms forms) {
		this.forms = forms;
	}

	@GetMapping
	String list(Model model) {
		Access.require(null, Role.SYSTEM_ADMIN);
		model.addAttribute("templates", forms.templates());
		return "dossier/admin-forms";
	}

	@GetMapping("/{code}")
	String showEditor(@PathVariable String code, Model model) {
		Access.require(null, Role.SYSTEM_ADMIN);
		FormTemplate template = forms.template(code);
		model.addAttribute("form", FormTemplateForm.of(template));
		return editor(template, false, model);
	}

	@PostMapping("/{code}")
	String save(@PathVariable String code, @Valid @ModelAttribute("form") FormTemplateForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Access.require(null, Role.SYSTEM_ADMIN);
		FormTemplate template = forms.template(code);
		if (!result.hasErrors()) {
			try {
				forms.update(code, form.getTitle(), form.getPageSize(), form.getBody(), form.getVersion());
				redirect.addFlashAttribute("success", "forms.admin.saved");
				return "redirect:/admin/forms/" + code;
			}
			catch (ConcurrentChange ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				result.reject("error.409.text");
				result.reject("forms.admin.conflict");
				form.setVersion(template.version());
			}
			catch (BusinessRuleViolation problem) {
				result.rejectValue("body", problem.messageKey(), problem.arguments(), problem.messageKey());
			}
		}
		return editor(template, result.hasErrors(), model);
	}

	/** The edited text as a PDF, shown in the browser (a new tab): nothing is saved. */
	@PostMapping("/{code}/preview")
	ResponseEntity<byte[]> preview(@PathVariable String code, @ModelAttribute("form") FormTemplateForm form) {
		byte[] pdf = forms.samplePreview(code, form.getTitle(), form.getPageSize(), form.getBody());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("xem-truoc-" + code.toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf")
						.build()
						.toString())
			.body(pdf);
	}

	private static String editor(FormTemplate template, boolean hasErrors, Model model) {
		model.addAttribute("template", template);
		model.addAttribute("hasErrors", hasErrors);
		model.addAttribute("placeholders", OfficialForms.PLACEHOLDERS);
		model.addAttribute("pageSizes", List.of("A4", "A5"));
		return "dossier/admin-form-template";
	}
}
