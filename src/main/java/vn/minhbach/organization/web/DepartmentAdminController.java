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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.organization.Commands.DepartmentCommand;
import vn.minhbach.organization.Commands.PositionCommand;
import vn.minhbach.organization.Department;
import vn.minhbach.organization.OrganizationAdministration;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.organization.Position;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/** An agency's departments and positions (AGENCY_ADMIN of that agency). */
@Controller
@RequestMapping("/admin/agencies/{agencyId}")
class DepartmentAdminController {

	private final OrganizationDirectory directory;

	private final OrganizationAdministration administration;

	DepartmentAdminController(OrganizationDirectory directory, OrganizationAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping("/structure")
	String structure(@PathVariable Long agencyId, Model model) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		model.addAttribute("agency", directory.agency(agencyId));
		model.addAttribute("departments", directory.departments(agencyId));
		model.addAttribute("positions", directory.positions(agencyId));
		return "organization/structure";
	}

	@GetMapping("/departments/new")
	String showCreateDepartment(@PathVariable Long agencyId, Model model) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		model.addAttribute("form", new DepartmentCommand("", "", false, 0, null));
		return departmentForm(agencyId, null, model);
	}

	@PostMapping("/departments")
	String createDepartment(@PathVariable Long agencyId, @Valid @ModelAttribute("form") DepartmentCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		if (!result.hasErrors()) {
			try {
				administration.createDepartment(agencyId, form);
				redirect.addFlashAttribute("success", "admin.saved");
				return "redirect:/admin/agencies/" + agencyId + "/structure";
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey(), problem.arguments(), null);
			}
		}
		return departmentForm(agencyId, null, model);
	}

	@GetMapping("/departments/{id}")
	String showEditDepartment(@PathVariable Long agencyId, @PathVariable Long id, Model model) {
		Department department = departmentOf(agencyId, id);
		model.addAttribute("form", new DepartmentCommand(department.getCode(), department.getName(), department.isOneStop(),
				department.getSortOrder(), department.getVersion()));
		return departmentForm(agencyId, id, model);
	}

	@PostMapping("/departments/{id}")
	String updateDepartment(@PathVariable Long agencyId, @PathVariable Long id,
			@Valid @ModelAttribute("form") DepartmentCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		departmentOf(agencyId, id);
		if (!result.hasErrors()) {
			try {
				administration.updateDepartment(id, form);
				redirect.addFlashAttribute("success", "admin.saved");
				return "redirect:/admin/agencies/" + agencyId + "/structure";
			}
			catch (ConcurrentChange ex) {
				result.reject("error.409.text");
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey(), problem.arguments(), null);
			}
		}
		return departmentForm(agencyId, id, model);
	}

	@GetMapping("/positions/new")
	String showCreatePosition(@PathVariable Long agencyId, Model model) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		model.addAttribute("form", new PositionCommand(null, "", "", false, "", "", 0, null));
		return positionForm(agencyId, null, model);
	}

	@PostMapping("/positions")
	String createPosition(@PathVariable Long agencyId, @Valid @ModelAttribute("form") PositionCommand form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		if (!result.hasErrors()) {
			try {
				administration.createPosition(agencyId, form);
				redirect.addFlashAttribute("success", "admin.saved");
				return "redirect:/admin/agencies/" + agencyId + "/structure";
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey(), problem.arguments(), null);
			}
		}
		return positionForm(agencyId, null, model);
	}

	@GetMapping("/positions/{id}")
	String showEditPosition(@PathVariable Long agencyId, @PathVariable Long id, Model model) {
		Position position = positionOf(agencyId, id);
		model.addAttribute("form", new PositionCommand(position.getDepartmentId(), position.getTitle(),
				position.getHolderName(), position.isLeader(), position.getDuties(), position.getBiography(),
				position.getSortOrder(), position.getVersion()));
		return positionForm(agencyId, id, model);
	}

	@PostMapping("/positions/{id}")
	String updatePosition(@PathVariable Long agencyId, @PathVariable Long id,
			@Valid @ModelAttribute("form") PositionCommand form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		positionOf(agencyId, id);
		if (!result.hasErrors()) {
			try {
				administration.updatePosition(id, form);
				redirect.addFlashAttribute("success", "admin.saved");
				return "redirect:/admin/agencies/" + agencyId + "/structure";
			}
			catch (ConcurrentChange ex) {
				result.reject("error.409.text");
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey(), problem.arguments(), null);
			}
		}
		return positionForm(agencyId, id, model);
	}

	@PostMapping("/positions/{id}/delete")
	String deletePosition(@PathVariable Long agencyId, @PathVariable Long id, RedirectAttributes redirect) {
		positionOf(agencyId, id);
		administration.deletePosition(id);
		redirect.addFlashAttribute("success", "admin.deleted");
		return "redirect:/admin/agencies/" + agencyId + "/structure";
	}

	private Department departmentOf(Long agencyId, Long id) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		Department department = directory.department(id);
		if (!department.getAgencyId().equals(agencyId)) {
			throw new NotFoundException("error.notFound.department");
		}
		return department;
	}

	private Position positionOf(Long agencyId, Long id) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		Position position = directory.position(id);
		if (!position.getAgencyId().equals(agencyId)) {
			throw new NotFoundException("error.notFound.position");
		}
		return position;
	}

	private String departmentForm(Long agencyId, Long id, Model model) {
		model.addAttribute("agency", directory.agency(agencyId));
		model.addAttribute("departmentId", id);
		return "organization/department-form";
	}

	private String positionForm(Long agencyId, Long id, Model model) {
		model.addAttribute("agency", directory.agency(agencyId));
		model.addAttribute("departments", directory.departments(agencyId));
		model.addAttribute("positionId", id);
		return "organization/position-form";
	}
}
