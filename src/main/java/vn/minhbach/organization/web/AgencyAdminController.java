package vn.minhbach.organization.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.organization.Agency;
import vn.minhbach.organization.Commands.AgencyCommand;
import vn.minhbach.organization.OrganizationAdministration;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.Role;

/**
 * Agencies: the SYSTEM_ADMIN creates and edits them; an AGENCY_ADMIN sees and edits the
 * contact details and functions of their own agency.
 */
@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

	private final OrganizationDirectory directory;

	private final OrganizationAdministration administration;

	AgencyAdminController(OrganizationDirectory directory, OrganizationAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		List<Agency> visible = directory.agencies()
			.stream()
			.filter(agency -> Access.has(Role.AGENCY_ADMIN, agency.getId()))
			.toList();
		model.addAttribute("agencies", visible);
		model.addAttribute("host", directory.hostAgency().map(Agency::getId).orElse(null));
		model.addAttribute("units", directory.units());
		return "organization/agencies";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		Access.require(null, Role.SYSTEM_ADMIN);
		model.addAttribute("form", new AgencyCommand(null, null, "", "", "", "", "", "", "", null, null, "", null));
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AgencyCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			Agency agency = administration.createAgency(form);
			redirect.addFlashAttribute("success", "admin.saved");
			return "redirect:/admin/agencies/" + agency.getId();
		}
		catch (BusinessRuleViolation problem) {
			result.reject(problem.messageKey(), problem.arguments(), null);
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String showEditForm(@PathVariable Long id, Model model) {
		Access.require(id, Role.AGENCY_ADMIN);
		Agency agency = directory.agency(id);
		model.addAttribute("form", new AgencyCommand(agency.getUnitId(), agency.getParentAgencyId(), agency.getCode(),
				agency.getName(), agency.getShortName(), agency.getAddress(), agency.getPhone(), agency.getEmail(),
				agency.getWebsite(), agency.getLatitude(), agency.getLongitude(), agency.getFunctions(),
				agency.getVersion()));
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AgencyCommand form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, id);
		}
		try {
			administration.updateAgency(id, form);
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
		return "redirect:/admin/agencies/" + id;
	}

	@PostMapping("/{id}/host")
	String makeHost(@PathVariable Long id, RedirectAttributes redirect) {
		administration.setHostAgency(id);
		redirect.addFlashAttribute("success", "admin.saved");
		return "redirect:/admin/agencies";
	}

	private String form(Model model, Long id) {
		model.addAttribute("agencyId", id);
		model.addAttribute("units", directory.flatTree());
		model.addAttribute("agencies", directory.agencies());
		model.addAttribute("systemAdmin", Access.isSystemAdmin());
		return "organization/agency-form";
	}
}
