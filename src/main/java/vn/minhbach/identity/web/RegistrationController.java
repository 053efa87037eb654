package vn.minhbach.identity.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.identity.CitizenRegistration;
import vn.minhbach.identity.CitizenRegistration.RegistrationCommand;
import vn.minhbach.identity.CitizenRegistration.RegistrationProblem;

/** Citizen self-registration. */
@Controller
class RegistrationController {

	private final CitizenRegistration registration;

	RegistrationController(CitizenRegistration registration) {
		this.registration = registration;
	}

	@GetMapping("/register")
	String showRegistrationForm(Model model) {
		model.addAttribute("form", new RegistrationCommand("", "", null, "", "", "", "", false, ""));
		return "identity/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationCommand form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "identity/register";
		}
		try {
			registration.register(form);
		}
		catch (RegistrationProblem problem) {
			result.rejectValue(problem.field(), problem.messageKey());
			return "identity/register";
		}
		redirect.addFlashAttribute("success", "register.success");
		return "redirect:/login";
	}
}
