package vn.minhbach.identity.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.identity.Account;
import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.identity.AccountDirectory.ContactCommand;
import vn.minhbach.identity.AccountDirectory.PasswordChangeCommand;
import vn.minhbach.shared.BusinessRuleViolation;

/** A person's own account: profile, contact details and password. */
@Controller
class AccountController {

	private final AccountDirectory accounts;

	AccountController(AccountDirectory accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account")
	String showAccount(Model model) {
		Account account = accounts.current();
		model.addAttribute("account", account);
		if (!model.containsAttribute("contact")) {
			model.addAttribute("contact", new ContactCommand(account.getEmail(), account.getPhone(), account.getAddress(),
					account.getDateOfBirth(), account.getGender()));
		}
		if (!model.containsAttribute("passwordChange")) {
			model.addAttribute("passwordChange", new PasswordChangeCommand("", "", ""));
		}
		return "identity/account";
	}

	@PostMapping("/account/contact")
	String updateContact(@Valid @ModelAttribute("contact") ContactCommand contact, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.updateOwnContact(contact);
				redirect.addFlashAttribute("success", "account.contact.saved");
				return "redirect:/account";
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey());
			}
		}
		return showAccount(model);
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("passwordChange") PasswordChangeCommand passwordChange,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.changeOwnPassword(passwordChange);
				redirect.addFlashAttribute("success", "account.password.changed");
				return "redirect:/account";
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey());
			}
		}
		model.addAttribute("passwordChange", new PasswordChangeCommand("", "", ""));
		model.addAttribute("passwordError", result.getGlobalError() != null ? result.getGlobalError().getCode()
				: "error.validation.title");
		return showAccount(model);
	}
}
