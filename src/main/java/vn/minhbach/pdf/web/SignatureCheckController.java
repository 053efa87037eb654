package vn.minhbach.pdf.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.minhbach.pdf.InvalidPdf;
import vn.minhbach.pdf.SignedDocuments;

/**
 * The public verify page: anyone uploads a signed PDF (a receipt, a result) and sees who signed it,
 * when, and whether it was changed since. The file is read in memory and not kept.
 */
@Controller
class SignatureCheckController {

	/** The largest file checked: the size of the largest document the agencies produce. */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	private final SignedDocuments documents;

	private final MessageSource messages;

	SignatureCheckController(SignedDocuments documents, MessageSource messages) {
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/verify")
	String page() {
		return "pdf/verify";
	}

	@PostMapping("/verify")
	String verify(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", messages.getMessage("error.file.none", null, locale));
			return "pdf/verify";
		}
		if (file.getSize() > MAX_BYTES) {
			model.addAttribute("problem", messages.getMessage("error.file.tooLarge",
					new Object[] { file.getOriginalFilename(), MAX_BYTES / (1024 * 1024) }, locale));
			return "pdf/verify";
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		try {
			model.addAttribute("checks", documents.verify(file.getBytes()));
		}
		catch (InvalidPdf ex) {
			model.addAttribute("problem", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "pdf/verify";
	}
}
