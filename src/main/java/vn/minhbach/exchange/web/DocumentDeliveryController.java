package vn.minhbach.exchange.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.documents.DocumentLibrary;
import vn.minhbach.documents.OfficialDocument;
import vn.minhbach.exchange.ExchangeOperations;
import vn.minhbach.shared.BusinessRuleViolation;

/**
 * For the clerks and leaders of the sending agency: how an issued document's packages to the
 * agencies outside are faring — attempts, last error, next try, acknowledgement — with a resend.
 */
@Controller
class DocumentDeliveryController {

	private final ExchangeOperations operations;

	private final DocumentLibrary library;

	private final MessageSource messages;

	DocumentDeliveryController(ExchangeOperations operations, DocumentLibrary library, MessageSource messages) {
		this.operations = operations;
		this.library = library;
		this.messages = messages;
	}

	@GetMapping("/staff/exchange/documents/{id}")
	String deliveries(@PathVariable Long id, Model model) {
		OfficialDocument document = library.document(id);
		model.addAttribute("doc", document);
		model.addAttribute("packages", operations.ofDocument(id, document.getAgencyId()));
		model.addAttribute("recipients", library.recipients(id));
		return "exchange/document";
	}

	@PostMapping("/staff/exchange/packages/{id}/resend")
	String resend(@PathVariable long id, @RequestParam Long document, RedirectAttributes redirect, Locale locale) {
		try {
			operations.resend(id);
			redirect.addFlashAttribute("success", "exchange.resent");
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/staff/exchange/documents/" + document;
	}
}
