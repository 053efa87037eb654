package vn.minhbach.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.catalog.WorkflowStep;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;

/**
 * The workflow template editor of a procedure, for the administrator of its agency: the steps a
 * dossier goes through between reception and the return of the result. Adding, removing and
 * moving a row re-show the page with the rows as typed; only "save" stores them.
 */
@Controller
@RequestMapping("/admin/procedures/{id}/workflow")
class WorkflowAdminController {

	/** A line of the error summary: the message and the input it links to. */
	record ErrorLink(String anchor, String text) {
	}

	private final ProcedureCatalog catalog;

	private final OrganizationDirectory organization;

	private final SpringValidatorAdapter validator;

	private final MessageSource messages;

	WorkflowAdminController(ProcedureCatalog catalog, OrganizationDirectory organization, Validator validator,
			MessageSource messages) {
		this.catalog = catalog;
		this.organization = organization;
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
	}

	@GetMapping
	String showEditor(@PathVariable Long id, Model model) {
		Procedure procedure = catalog.forEditing(id);
		model.addAttribute("form", WorkflowForm.of(procedure.effectiveWorkflow(), procedure.getVersion()));
		return editor(procedure, model);
	}

	/**
	 * One submit button per intent: {@code save}, {@code add}, {@code remove-N}, {@code up-N},
	 * {@code down-N}, and {@code default} (forget the template, back to the default one).
	 */
	@PostMapping
	String edit(@PathVariable Long id, @ModelAttribute("form") WorkflowForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Procedure procedure = catalog.forEditing(id);
		if (action.equals("add") || action.matches("(remove|up|down)-\\d{1,3}")) {
			rearrange(form, action, model);
			// the rows moved: errors of the old positions no longer apply
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
			return editor(procedure, model);
		}
		boolean backToDefault = action.equals("default");
		if (!backToDefault) {
			validator.validate(form, result);
		}
		if (!result.hasErrors()) {
			try {
				catalog.defineWorkflow(id, form.getVersion(), backToDefault ? List.of() : form.toSteps());
				redirect.addFlashAttribute("success", backToDefault ? "workflow.admin.reset" : "workflow.admin.saved");
				return "redirect:/admin/procedures/" + id + "/workflow";
			}
			catch (ConcurrentChange ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				result.reject("error.409.text");
				result.reject("workflow.admin.conflict");
				form.setVersion(catalog.forEditing(id).getVersion());
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
			}
		}
		model.addAttribute("errorLinks", errorLinks(result, locale));
		return editor(procedure, model);
	}

	private static void rearrange(WorkflowForm form, String action, Model model) {
		if (action.equals("add")) {
			model.addAttribute("focusRow", form.addStep());
			return;
		}
		int index = Integer.parseInt(action.substring(action.indexOf('-') + 1));
		if (action.startsWith("remove-")) {
			form.removeStep(index);
		}
		else {
			int by = action.startsWith("up-") ? -1 : 1;
			form.moveStep(index, by);
			model.addAttribute("focusRow", index + by);
		}
	}

	private String editor(Procedure procedure, Model model) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("departments", organization.departments(procedure.getAgencyId()));
		model.addAttribute("roles", WorkflowStep.ROLES);
		model.addAttribute("kinds", WorkflowStep.Kind.values());
		model.addAttribute("usingDefault", procedure.getWorkflow().isEmpty());
		return "catalog/admin-workflow";
	}

	/**
	 * The error summary: each field error says which step and column it is about and links to
	 * the input; rules about the whole template link to the table.
	 */
	private List<ErrorLink> errorLinks(BindingResult result, Locale locale) {
		List<ErrorLink> links = new ArrayList<>();
		for (ObjectError error : result.getAllErrors()) {
			String text = messages.getMessage(error, locale);
			if (error instanceof FieldError field && field.getField().matches("steps\\[\\d+]\\.\\w+")) {
				String path = field.getField();
				int row = Integer.parseInt(path.substring(6, path.indexOf(']')));
				String column = path.substring(path.indexOf("].") + 2);
				links.add(new ErrorLink(path.replace("[", "").replace("]", ""),
						messages.getMessage("workflow.admin.stepError",
								new Object[] { row + 1, messages.getMessage("workflow.admin." + column, null, locale), text },
								locale)));
			}
			else {
				links.add(new ErrorLink("steps", text));
			}
		}
		return links;
	}
}
