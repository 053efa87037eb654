package vn.minhbach.dossier.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.catalog.CatalogQuery;
import vn.minhbach.catalog.FormAnswers;
import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.dossier.Applicant;
import vn.minhbach.dossier.Dossier;
import vn.minhbach.dossier.DossierProcessing;
import vn.minhbach.identity.Workspace;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.Role;

/**
 * The desk registers a dossier brought in person: it finds the procedure (of any agency of the
 * province), types the declaration from the paper form into the same e-form citizens fill
 * online, scans the papers, and the dossier is received at once or routed to the competent
 * agency.
 */
@Controller
@RequestMapping("/staff/dossiers/new")
class DeskRegistrationController {

	private final DossierProcessing processing;

	private final ProcedureCatalog catalog;

	private final OrganizationDirectory organization;

	private final Workspace workspace;

	DeskRegistrationController(DossierProcessing processing, ProcedureCatalog catalog, OrganizationDirectory organization,
			Workspace workspace) {
		this.processing = processing;
		this.catalog = catalog;
		this.organization = organization;
		this.workspace = workspace;
	}

	@GetMapping
	String choose(@RequestParam(defaultValue = "") String q, HttpSession session, Model model) {
		deskAgency(session);
		model.addAttribute("q", q);
		if (!q.isBlank()) {
			model.addAttribute("results", catalog.search(new CatalogQuery(q, null, null, null, null, 0, 30)).items());
		}
		model.addAttribute("agencyNames", agencyNames());
		return "dossier/office-register-choose";
	}

	@GetMapping("/{procedureId}")
	String form(@PathVariable Long procedureId, HttpSession session, Model model) {
		Long agency = deskAgency(session);
		Procedure procedure = catalog.published(procedureId);
		FormAnswers answers = FormAnswers.empty().completedFor(procedure.getFormSchema(), Map.of());
		return page(procedure, agency, new Applicant(null, "", null, null, null, null), answers, Map.of(), model);
	}

	@PostMapping("/{procedureId}")
	String register(@PathVariable Long procedureId, @RequestParam(defaultValue = "continue") String action,
			HttpServletRequest request, HttpSession session, Model model, RedirectAttributes redirect) throws IOException {
		Long agency = deskAgency(session);
		Procedure procedure = catalog.published(procedureId);
		FormSchema schema = procedure.getFormSchema();
		Applicant applicant = new Applicant(null, text(request, "fullName"), text(request, "citizenId"),
				text(request, "phone"), text(request, "email"), text(request, "address"));
		FormAnswers answers = FormAnswers.empty();
		for (FormSchema.Section section : schema.sections()) {
			List<Map<String, String>> items = OfficeDossierController.itemsFrom(request, section, section.key() + ".");
			if (action.equals("add:" + section.key()) && items.size() < section.maxItems()) {
				items.add(new LinkedHashMap<>());
			}
			answers = answers.with(section.key(), items);
		}
		if (action.startsWith("add:")) {
			return page(procedure, agency, applicant, answers, Map.of(), model);
		}
		List<DossierProcessing.ScannedPaper> papers = new ArrayList<>();
		Set<Integer> scanned = new HashSet<>();
		if (request instanceof MultipartHttpServletRequest multipart) {
			MultiValueMap<String, MultipartFile> files = multipart.getMultiFileMap();
			for (int i = 0; i < procedure.getPapers().size(); i++) {
				for (MultipartFile file : files.getOrDefault("paper" + i, List.of())) {
					if (!file.isEmpty()) {
						papers.add(new DossierProcessing.ScannedPaper(i, file.getOriginalFilename(), file.getBytes()));
						scanned.add(i);
					}
				}
			}
		}
		Map<String, String> errors = processing.checkInPerson(procedureId, applicant, answers, scanned);
		if (!errors.isEmpty()) {
			model.addAttribute("filesLost", !papers.isEmpty());
			return page(procedure, agency, applicant, answers, errors, model);
		}
		Dossier dossier = processing.registerInPerson(agency, procedureId, applicant, answers, papers);
		redirect.addFlashAttribute("success", dossier.getAgencyId().equals(agency) ? "dossier.office.registered"
				: "dossier.office.registeredRouted");
		return "redirect:/staff/dossiers/" + dossier.getId();
	}

	private String page(Procedure procedure, Long agency, Applicant applicant, FormAnswers answers,
			Map<String, String> errors, Model model) {
		model.addAttribute("procedure", procedure);
		model.addAttribute("schema", procedure.getFormSchema());
		model.addAttribute("applicant", applicant);
		model.addAttribute("answers", answers.completedFor(procedure.getFormSchema(), Map.of()));
		model.addAttribute("errors", errors);
		model.addAttribute("errorLinks", errorLinks(procedure, errors));
		model.addAttribute("competentAgency", organization.agency(procedure.getAgencyId()));
		model.addAttribute("routed", !procedure.getAgencyId().equals(agency));
		model.addAttribute("policy", vn.minhbach.files.FilePolicy.dossierPaper());
		return "dossier/office-register";
	}

	/** One line of the error summary: where to jump, what the field is, what is wrong. */
	record ErrorLink(String anchor, String label, String messageKey) {
	}

	private static List<ErrorLink> errorLinks(Procedure procedure, Map<String, String> errors) {
		List<ErrorLink> links = new ArrayList<>();
		FormSchema schema = procedure.getFormSchema();
		for (var error : errors.entrySet()) {
			String[] parts = error.getKey().split("\\.");
			if (parts[0].equals("applicant")) {
				links.add(new ErrorLink("applicant-" + parts[1], null, error.getValue()));
			}
			else if (parts[0].equals("paper")) {
				int index = Integer.parseInt(parts[1]);
				links.add(new ErrorLink("paper-" + index, procedure.getPapers().get(index).name(), error.getValue()));
			}
			else {
				var section = schema.section(parts[0]).orElse(null);
				if (section == null || section.fields().isEmpty()) {
					continue;
				}
				String field = parts.length == 3 ? parts[2] : section.fields().get(0).key();
				String index = parts.length == 3 ? parts[1] : "0";
				String label = section.fields().stream().filter(f -> f.key().equals(field)).findFirst()
					.map(FormSchema.Field::label).orElse(section.title());
				links.add(new ErrorLink(parts[0] + "-i" + index + "-" + field, label, error.getValue()));
			}
		}
		return links;
	}

	private Long deskAgency(HttpSession session) {
		Long agency = workspace.currentAgencyId(session);
		if (agency == null || !Access.has(Role.RECEPTION, agency)) {
			throw new AccessDeniedInAgency("desk registration");
		}
		return agency;
	}

	private Map<Long, String> agencyNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		organization.agencies().forEach(a -> names.put(a.getId(), a.getName()));
		return names;
	}

	private static String text(HttpServletRequest request, String name) {
		String value = request.getParameter("applicant." + name);
		return value == null || value.isBlank() ? null : value.strip();
	}
}
