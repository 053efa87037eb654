package vn.minhbach.organization.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.organization.AdministrativeUnit;
import vn.minhbach.organization.Commands.UnitCommand;
import vn.minhbach.organization.OrganizationAdministration;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.organization.UnitKind;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;

/** Administrative units (SYSTEM_ADMIN): the tree, creation and editing. */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

	private final OrganizationDirectory directory;

	private final OrganizationAdministration administration;

	UnitAdminController(OrganizationDirectory directory, OrganizationAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@ModelAttribute("kinds")
	UnitKind[] kinds() {
		return UnitKind.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("nodes", directory.flatTree());
		return "organization/units";
	}

	@GetMapping("/new")
	String showCreateForm(@RequestParam(required = false) Long parentId, Model model) {
		model.addAttribute("form", new UnitCommand(parentId, UnitKind.COMMUNE, "", "", "", null, null, null));
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			administration.createUnit(form);
		}
		catch (BusinessRuleViolation problem) {
			result.reject(problem.messageKey(), problem.arguments(), null);
			return form(model, null);
		}
		redirect.addFlashAttribute("success", "admin.saved");
		return "redirect:/admin/units";
	}

	@GetMapping("/{id}")
	String showEditForm(@PathVariable Long id, Model model) {
		AdministrativeUnit unit = directory.unit(id);
		model.addAttribute("form", new UnitCommand(unit.getParentId(), unit.getKind(), unit.getName(), unit.getCode(),
				unit.getLegacyCode(), unit.getLatitude(), unit.getLongitude(), unit.getVersion()));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UnitCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			administration.updateUnit(id, form);
		}
		catch (ConcurrentChange ex) {
			result.reject("error.409.text");
			return form(model, id);
		}
		catch (BusinessRuleViolation problem) {
			result.reject(problem.messageKey(), problem.arguments(), null);
			return form(model, id);
		}
		redirect.addFlashAttribute("success", "admin.saved");
		return "redirect:/admin/units";
	}

	private String form(Model model, Long id) {
		model.addAttribute("unitId", id);
		model.addAttribute("units", directory.flatTree());
		return "organization/unit-form";
	}
}
