package vn.minhbach.documents.web;

import java.util.Locale;

import jakarta.servlet.http.HttpSession;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.documents.DocumentRegister;
import vn.minhbach.documents.RegisterBooks;
import vn.minhbach.identity.Workspace;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.VietnameseText;

/** The agency's registers (sổ văn bản): the books to view, print and export, and how the agency numbers. */
@Controller
@RequestMapping("/staff/documents/registers")
class RegisterController {

	private final RegisterBooks books;

	private final Workspace workspace;

	private final MessageSource messages;

	RegisterController(RegisterBooks books, Workspace workspace, MessageSource messages) {
		this.books = books;
		this.workspace = workspace;
		this.messages = messages;
	}

	@GetMapping
	String registers(HttpSession session, Model model) {
		Long agency = agency(session);
		model.addAttribute("registers", books.registers(agency));
		model.addAttribute("settings", books.settings(agency));
		return "documents/registers";
	}

	@GetMapping("/{id}")
	String book(@PathVariable long id, Model model) {
		DocumentRegister register = books.register(id);
		model.addAttribute("register", register);
		model.addAttribute("headers", books.headers(register));
		model.addAttribute("rows", books.rows(id));
		return "documents/register-book";
	}

	@PostMapping("/settings")
	String settings(@RequestParam(defaultValue = "") String abbreviation, @RequestParam(defaultValue = "false") boolean perType,
			HttpSession session, RedirectAttributes redirect, Locale locale) {
		try {
			books.saveSettings(agency(session), new RegisterBooks.Settings(abbreviation, perType));
			redirect.addFlashAttribute("success", "admin.saved");
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/staff/documents/registers";
	}

	@GetMapping("/{id}/book.xlsx")
	ResponseEntity<byte[]> excel(@PathVariable long id) {
		DocumentRegister register = books.register(id);
		return download(books.excel(id), VietnameseText.slug(register.name()) + ".xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@GetMapping("/{id}/book.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		DocumentRegister register = books.register(id);
		return download(books.pdf(id), VietnameseText.slug(register.name()) + ".pdf", MediaType.APPLICATION_PDF);
	}

	private static ResponseEntity<byte[]> download(byte[] content, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(content);
	}

	private Long agency(HttpSession session) {
		Long agency = workspace.currentAgencyId(session);
		if (agency == null) {
			throw new AccessDeniedInAgency("no current agency");
		}
		return agency;
	}
}
