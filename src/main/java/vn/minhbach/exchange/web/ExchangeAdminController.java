package vn.minhbach.exchange.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.exchange.ExchangeDirectory;
import vn.minhbach.exchange.ExchangeOperations;
import vn.minhbach.shared.BusinessRuleViolation;

/**
 * The exchange for the system administrator: the directory of agencies of other installations
 * (edit, import their file, export this installation's own), the packages in flight with their
 * attempts and errors, a resend by hand, and the peers that have been unreachable too long.
 */
@Controller
@RequestMapping("/admin/exchange")
class ExchangeAdminController {

	private final ExchangeDirectory directory;

	private final ExchangeOperations operations;

	private final MessageSource messages;

	ExchangeAdminController(ExchangeDirectory directory, ExchangeOperations operations, MessageSource messages) {
		this.directory = directory;
		this.operations = operations;
		this.messages = messages;
	}

	@GetMapping
	String overview(@RequestParam(defaultValue = "false") boolean pending, Model model) {
		model.addAttribute("peers", directory.peers());
		model.addAttribute("unreachable", operations.unreachable());
		model.addAttribute("packages", operations.recent(pending));
		model.addAttribute("pendingOnly", pending);
		model.addAttribute("pendingCount", operations.pending());
		model.addAttribute("endpoint", directory.endpoint());
		return "exchange/admin";
	}

	@PostMapping("/peers")
	String savePeer(@RequestParam(defaultValue = "") String organId, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String endpointUrl, @RequestParam(defaultValue = "") String certificatePem,
			RedirectAttributes redirect, Locale locale) {
		try {
			directory.save(new ExchangeDirectory.Entry(organId, name, endpointUrl, certificatePem));
			redirect.addFlashAttribute("success", "admin.saved");
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/admin/exchange";
	}

	@PostMapping("/peers/{organId}/delete")
	String removePeer(@PathVariable String organId, RedirectAttributes redirect) {
		directory.remove(organId);
		redirect.addFlashAttribute("success", "admin.deleted");
		return "redirect:/admin/exchange";
	}

	@PostMapping("/directory")
	String importDirectory(@RequestParam("file") MultipartFile file, RedirectAttributes redirect, Locale locale)
			throws IOException {
		try {
			int count = directory.importFile(file.getBytes());
			redirect.addFlashAttribute("errorText", null);
			redirect.addFlashAttribute("successText", messages.getMessage("exchange.imported", new Object[] { count }, locale));
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/admin/exchange";
	}

	@GetMapping("/directory.json")
	ResponseEntity<byte[]> exportDirectory() {
		byte[] json = ExchangeDirectoryFiles.write(directory.ownEntries());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("danh-ba-lien-thong.json").build()
				.toString())
			.body(json);
	}

	@PostMapping("/packages/{id}/resend")
	String resend(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			operations.resend(id);
			redirect.addFlashAttribute("success", "exchange.resent");
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/admin/exchange";
	}
}
