package vn.minhbach.identity.web;

import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.identity.PasswordResets;
import vn.minhbach.shared.BusinessRuleViolation;

/** "Forgot password": request a link by e-mail, then choose a new password. */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/password/forgot")
	String showRequestForm() {
		return "identity/password-forgot";
	}

	@PostMapping("/password/forgot")
	String requestReset(@RequestParam(defaultValue = "") String login, Locale locale, RedirectAttributes redirect) {
		resets.request(login, locale);
		redirect.addFlashAttribute("success", "password.forgot.sent");
		return "redirect:/password/forgot";
	}

	@GetMapping("/password/reset")
	String showResetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("valid", resets.valid(token));
		return "identity/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam @NotBlank String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect) {
		try {
			resets.reset(token, password, confirmation);
		}
		catch (BusinessRuleViolation problem) {
			model.addAttribute("token", token);
			model.addAttribute("valid", resets.valid(token));
			model.addAttribute("error", problem.messageKey());
			return "identity/password-reset";
		}
		redirect.addFlashAttribute("success", "password.reset.done");
		return "redirect:/login";
	}
}
