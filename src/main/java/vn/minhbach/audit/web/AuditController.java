package vn.minhbach.audit.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.audit.AuditEntry;
import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditQuery;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.Role;

/**
 * The audit log: a SYSTEM_ADMIN reads every entry and verifies the chain; an AGENCY_ADMIN reads
 * the entries of their agencies.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@ModelAttribute("query") AuditQuery query, Model model) {
		List<Long> agencies = Access.isSystemAdmin() ? null : new ArrayList<>(Access.agenciesWith(Role.AGENCY_ADMIN));
		List<AuditEntry> entries = audit.page(query, agencies, PAGE_SIZE + 1);
		boolean more = entries.size() > PAGE_SIZE;
		model.addAttribute("entries", more ? entries.subList(0, PAGE_SIZE) : entries);
		model.addAttribute("nextBefore", more ? entries.get(PAGE_SIZE - 1).id() : null);
		model.addAttribute("canVerify", Access.isSystemAdmin());
		return "audit/list";
	}

	@PostMapping("/admin/audit/verify")
	String verify(RedirectAttributes redirect) {
		redirect.addFlashAttribute("verification", audit.verify());
		return "redirect:/admin/audit";
	}
}
