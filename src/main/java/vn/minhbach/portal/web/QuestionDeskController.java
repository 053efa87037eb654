package vn.minhbach.portal.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.identity.Workspace;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.portal.Question;
import vn.minhbach.portal.QuestionDesk;
import vn.minhbach.portal.QuestionKind;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;

/**
 * The staff's desk for questions and feedback: the queue of the current agency, one item with its
 * asker, and the actions (assign, answer, publish, withdraw, close with a reason). The desk
 * checks the role and the agency of every item; a stale version is refused as a conflict.
 */
@Controller
@RequestMapping("/staff/questions")
class QuestionDeskController {

	private final QuestionDesk desk;

	private final Workspace workspace;

	private final OrganizationDirectory organization;

	private final MessageSource messages;

	QuestionDeskController(QuestionDesk desk, Workspace workspace, OrganizationDirectory organization,
			MessageSource messages) {
		this.desk = desk;
		this.workspace = workspace;
		this.organization = organization;
		this.messages = messages;
	}

	@GetMapping
	String queue(@RequestParam(required = false) QuestionDesk.View view, @RequestParam(required = false) QuestionKind kind,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, HttpSession session,
			Model model) {
		Long agency = agency(session);
		QuestionDesk.Filter filter = new QuestionDesk.Filter(view, kind, q, page);
		model.addAttribute("filter", filter);
		model.addAttribute("result", desk.page(agency, filter));
		model.addAttribute("counts", desk.counts(agency));
		model.addAttribute("views", Arrays.asList(QuestionDesk.View.values()));
		model.addAttribute("kinds", QuestionKind.values());
		return "portal/staff-questions";
	}

	@GetMapping("/{id}")
	String question(@PathVariable long id, Model model) {
		Question question = desk.question(id);
		model.addAttribute("question", question);
		model.addAttribute("departments", organization.departments(question.getAgencyId()));
		model.addAttribute("department",
				question.getDepartmentId() == null ? null : organization.department(question.getDepartmentId()).getName());
		model.addAttribute("assignees", desk.assignees(question.getAgencyId()));
		return "portal/staff-question";
	}

	@PostMapping("/{id}/assign")
	String assign(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) String assignee, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "question.assigned", () -> desk.assign(id, version, departmentId, assignee));
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String answer,
			@RequestParam(required = false) String publicTitle, @RequestParam(required = false) String publicContent,
			@RequestParam(defaultValue = "false") boolean publish, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, publish ? "question.answeredAndPublished" : "question.answeredSaved",
				() -> desk.answer(id, version, new QuestionDesk.AnswerCommand(answer, publicTitle, publicContent, publish)));
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "question.publishedNow", () -> desk.publish(id, version));
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "question.unpublished", () -> desk.unpublish(id, version));
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, "question.closedNow", () -> {
			if (note.isBlank()) {
				throw new BusinessRuleViolation("error.question.closingNote");
			}
			return desk.close(id, version, note);
		});
	}

	private String act(long id, RedirectAttributes redirect, Locale locale, String success, Supplier<Question> action) {
		try {
			action.get();
			redirect.addFlashAttribute("success", success);
		}
		catch (BusinessRuleViolation ex) {
			redirect.addFlashAttribute("errorText", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale));
		}
		return "redirect:/staff/questions/" + id;
	}

	private Long agency(HttpSession session) {
		Long agency = workspace.currentAgencyId(session);
		if (agency == null) {
			throw new AccessDeniedInAgency("no current agency");
		}
		return agency;
	}
}
