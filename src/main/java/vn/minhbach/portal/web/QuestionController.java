package vn.minhbach.portal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
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

import vn.minhbach.identity.AccountDirectory;
import vn.minhbach.identity.AccountPrincipal;
import vn.minhbach.portal.PublishedQuestions;
import vn.minhbach.portal.Question;
import vn.minhbach.portal.QuestionIntake;
import vn.minhbach.portal.QuestionKind;
import vn.minhbach.portal.SubmissionRefused;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.RateLimited;

/**
 * Hỏi đáp, phản ánh kiến nghị for anyone: the published questions and answers (searched with or
 * without diacritics), the form to send one (a honeypot and a signed form token instead of a
 * CAPTCHA), the confirmation with the reference number, and the lookup by reference and contact.
 */
@Controller
@RequestMapping("/hoi-dap")
class QuestionController {

	private final PublishedQuestions published;

	private final QuestionIntake intake;

	private final AccountDirectory accounts;

	private final MessageSource messages;

	QuestionController(PublishedQuestions published, QuestionIntake intake, AccountDirectory accounts,
			MessageSource messages) {
		this.published = published;
		this.intake = intake;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("result", published.search(q, page));
		return "portal/questions";
	}

	@GetMapping("/{reference}")
	String question(@PathVariable String reference, Model model) {
		model.addAttribute("question", published.byReference(reference));
		return "portal/question";
	}

	@GetMapping("/gui")
	String showSubmissionForm(@RequestParam(required = false) QuestionKind kind, Model model) {
		QuestionForm form = citizen().map(principal -> {
			var account = accounts.current();
			return QuestionForm.empty(kind, account.getFullName(), account.getEmail(), account.getPhone());
		}).orElseGet(() -> QuestionForm.empty(kind, "", "", ""));
		return form(form, intake.newFormToken(), model);
	}

	@PostMapping("/gui")
	String submit(@Valid @ModelAttribute("form") QuestionForm form, BindingResult binding, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect, Model model, Locale locale) {
		if (!binding.hasErrors() && !form.hasContact()) {
			binding.rejectValue("email", "error.question.contact");
		}
		if (binding.hasErrors()) {
			response.setStatus(422);
			return form(form, keptToken(form.formToken()), model);
		}
		try {
			Question question = intake.submit(form.toCommand(), form.formToken(), form.website(), request.getRemoteAddr(),
					citizen().map(AccountPrincipal::accountId).orElse(null));
			redirect.addFlashAttribute("reference", question.getReference());
			redirect.addFlashAttribute("kind", question.getKind());
			redirect.addFlashAttribute("contact", question.getAskerEmail() != null ? question.getAskerEmail()
					: question.getAskerPhone());
			return "redirect:/hoi-dap/da-gui";
		}
		catch (SubmissionRefused refused) {
			response.setStatus(refused.reason() == SubmissionRefused.Reason.RATE_LIMITED ? 429 : 422);
			model.addAttribute("refused", messages.getMessage(refused.reason().messageKey(), null, locale));
			String token = refused.reason() == SubmissionRefused.Reason.TOO_FAST ? form.formToken() : intake.newFormToken();
			return form(form, token, model);
		}
		catch (BusinessRuleViolation violation) {
			response.setStatus(422);
			binding.rejectValue(violation.messageKey().equals("error.phone") ? "phone" : "email", violation.messageKey());
			return form(form, keptToken(form.formToken()), model);
		}
	}

	@GetMapping("/da-gui")
	String sent(Model model) {
		if (!model.containsAttribute("reference")) {
			return "redirect:/hoi-dap";
		}
		return "portal/question-sent";
	}

	@GetMapping("/tra-cuu")
	String showLookup(@RequestParam(required = false) String code, Model model) {
		model.addAttribute("code", code == null ? "" : code.trim());
		model.addAttribute("contact", "");
		return "portal/question-track";
	}

	@PostMapping("/tra-cuu")
	String lookup(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String contact,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("code", code.trim());
		model.addAttribute("contact", contact.trim());
		try {
			intake.track(code, contact, request.getRemoteAddr()).ifPresentOrElse(
					found -> model.addAttribute("tracked", found), () -> {
						response.setStatus(404);
						model.addAttribute("notFound", true);
					});
		}
		catch (RateLimited ex) {
			response.setStatus(429);
			model.addAttribute("tooMany", true);
		}
		return "portal/question-track";
	}

	/** The token the form was shown with, when it may be kept; otherwise a new one. */
	private String keptToken(String token) {
		return intake.stillUsable(token) ? token : intake.newFormToken();
	}

	private String form(QuestionForm form, String token, Model model) {
		// the bound form stays as it is, so that its field errors stay attached to it
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("formToken", token);
		model.addAttribute("kinds", QuestionKind.values());
		return "portal/question-form";
	}

	private static java.util.Optional<AccountPrincipal> citizen() {
		return AccountDirectory.currentPrincipal().filter(principal -> !principal.staff());
	}
}
