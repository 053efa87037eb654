package vn.minhbach.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.files.FilePolicy;
import vn.minhbach.identity.Workspace;
import vn.minhbach.portal.Disclosure;
import vn.minhbach.portal.DisclosureCategory;
import vn.minhbach.portal.PublicDisclosures;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;

/**
 * Publishing disclosures for the agency the AGENCY_ADMIN or EDITOR works for: the list, a new
 * disclosure with its file, changes (with or without a new file) and withdrawal. The service
 * checks the role in the disclosure's agency.
 */
@Controller
@RequestMapping("/admin/portal/disclosures")
class DisclosureAdminController {

	private final PublicDisclosures disclosures;

	private final Workspace workspace;

	private final WorkingCalendar calendar;

	DisclosureAdminController(PublicDisclosures disclosures, Workspace workspace, WorkingCalendar calendar) {
		this.disclosures = disclosures;
		this.workspace = workspace;
		this.calendar = calendar;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("categories", DisclosureCategory.values());
		model.addAttribute("policy", FilePolicy.publication());
	}

	@GetMapping
	String list(HttpSession session, Model model) {
		model.addAttribute("disclosures", disclosures.ofAgency(agency(session)));
		return "portal/admin-disclosures";
	}

	@GetMapping("/new")
	String showPublicationForm(HttpSession session, Model model) {
		agency(session);
		model.addAttribute("form", DisclosureForm.empty(calendar.today()));
		return "portal/admin-disclosure-form";
	}

	@PostMapping
	String publish(@Valid @ModelAttribute("form") DisclosureForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session,
			RedirectAttributes redirect) {
		Long agency = agency(session);
		if (file == null || file.isEmpty()) {
			result.reject("error.file.none");
		}
		if (!result.hasErrors()) {
			try (InputStream content = file.getInputStream()) {
				disclosures.publish(agency, form.toDetails(), content, file.getOriginalFilename());
				redirect.addFlashAttribute("success", "portal.disclosure.published");
				return "redirect:/admin/portal/disclosures";
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return "portal/admin-disclosure-form";
	}

	@GetMapping("/{id}")
	String showChangeForm(@PathVariable Long id, Model model) {
		Disclosure disclosure = disclosures.forEditing(id);
		model.addAttribute("disclosure", disclosure);
		model.addAttribute("form", new DisclosureForm(disclosure.getCategory(), disclosure.getTitle(),
				disclosure.getSummary(), disclosure.getPublishedOn(), disclosure.getVersion()));
		return "portal/admin-disclosure-form";
	}

	@PostMapping("/{id}")
	String change(@PathVariable Long id, @Valid @ModelAttribute("form") DisclosureForm form, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		Disclosure disclosure = disclosures.forEditing(id);
		if (!result.hasErrors()) {
			boolean replaced = file != null && !file.isEmpty();
			try (InputStream content = replaced ? file.getInputStream() : null) {
				disclosures.update(id, form.version() == null ? -1 : form.version(), form.toDetails(), content,
						replaced ? file.getOriginalFilename() : null);
				redirect.addFlashAttribute("success", "portal.disclosure.saved");
				return "redirect:/admin/portal/disclosures";
			}
			catch (ConcurrentChange ex) {
				result.reject("portal.disclosure.stale");
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		model.addAttribute("disclosure", disclosure);
		return "portal/admin-disclosure-form";
	}

	@PostMapping("/{id}/withdraw")
	String withdraw(@PathVariable Long id, RedirectAttributes redirect) {
		disclosures.withdraw(id);
		redirect.addFlashAttribute("success", "portal.disclosure.withdrawn");
		return "redirect:/admin/portal/disclosures";
	}

	@GetMapping("/{id}/file")
	ResponseEntity<InputStreamResource> file(@PathVariable Long id) {
		return DisclosureController.download(disclosures.forEditing(id), disclosures);
	}

	private Long agency(HttpSession session) {
		Long agency = workspace.currentAgencyId(session);
		if (agency == null || !disclosures.mayPublish(agency)) {
			throw new AccessDeniedInAgency("disclosures of agency " + agency);
		}
		return agency;
	}
}
