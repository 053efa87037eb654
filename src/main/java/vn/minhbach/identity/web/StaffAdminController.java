package vn.minhbach.identity.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

import vn.minhbach.identity.Account;
import vn.minhbach.identity.StaffAdministration;
import vn.minhbach.identity.Workspace;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.Role;

/** Staff accounts of the agencies the current user administers. */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

	private static final List<Role> ASSIGNABLE = List.of(Role.AGENCY_ADMIN, Role.LEADER, Role.RECEPTION, Role.SPECIALIST,
			Role.DEPARTMENT_HEAD, Role.CLERK, Role.EDITOR);

	private final StaffAdministration staff;

	private final OrganizationDirectory organization;

	private final Workspace workspace;

	StaffAdminController(StaffAdministration staff, OrganizationDirectory organization, Workspace workspace) {
		this.staff = staff;
		this.organization = organization;
		this.workspace = workspace;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long agency, Model model) {
		model.addAttribute("accounts", staff.manageableStaff(agency));
		model.addAttribute("agencyFilter", agency);
		model.addAttribute("agencies", manageableAgencies());
		model.addAttribute("agencyNames", agencyNames());
		return "identity/staff-list";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", new StaffForm());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(model, null);
		}
		try {
			Account account = staff.create(form.toCommand());
			redirect.addFlashAttribute("success", "admin.saved");
			return "redirect:/admin/staff/" + account.getId();
		}
		catch (BusinessRuleViolation problem) {
			result.reject(problem.messageKey(), problem.arguments(), null);
			return form(model, null);
		}
		catch (AccessDeniedInAgency ex) {
			result.reject("error.staff.roleNotAllowed");
			return form(model, null);
		}
	}

	@GetMapping("/{id}")
	String showEditForm(@PathVariable Long id, Model model) {
		Account account = staff.staffMember(id);
		model.addAttribute("form", StaffForm.of(account));
		model.addAttribute("account", account);
		return form(model, id);
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				staff.update(id, form.toCommand());
				redirect.addFlashAttribute("success", "admin.saved");
				return "redirect:/admin/staff/" + id;
			}
			catch (ConcurrentChange ex) {
				result.reject("error.409.text");
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey(), problem.arguments(), null);
			}
			catch (AccessDeniedInAgency ex) {
				result.reject("error.staff.roleNotAllowed");
			}
		}
		model.addAttribute("account", staff.staffMember(id));
		return form(model, id);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		staff.unlock(id);
		redirect.addFlashAttribute("success", "staff.unlocked");
		return "redirect:/admin/staff/" + id;
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable Long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		staff.setEnabled(id, enabled);
		redirect.addFlashAttribute("success", enabled ? "staff.enabled" : "staff.disabled");
		return "redirect:/admin/staff/" + id;
	}

	private String form(Model model, Long id) {
		List<Agency> agencies = manageableAgencies();
		model.addAttribute("staffId", id);
		model.addAttribute("agencies", agencies);
		model.addAttribute("roles", ASSIGNABLE);
		model.addAttribute("departmentsByAgency", agencies.stream()
			.collect(Collectors.toMap(agency -> agency.getId().toString(),
					agency -> organization.departments(agency.getId()))));
		model.addAttribute("systemAdmin", Access.isSystemAdmin());
		model.addAttribute("agencyNames", agencyNames());
		return "identity/staff-form";
	}

	private List<Agency> manageableAgencies() {
		return workspace.agencies().stream().filter(agency -> Access.has(Role.AGENCY_ADMIN, agency.getId())).toList();
	}

	private Map<Long, String> agencyNames() {
		return organization.agencies().stream().collect(Collectors.toMap(Agency::getId, Agency::getShortName,
				(a, b) -> a));
	}
}
