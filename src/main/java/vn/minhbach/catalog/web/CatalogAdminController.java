package vn.minhbach.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.minhbach.catalog.AgencyLevel;
import vn.minhbach.catalog.CatalogImport;
import vn.minhbach.catalog.Channel;
import vn.minhbach.catalog.Fee;
import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.InvalidFormSchema;
import vn.minhbach.catalog.OnlineLevel;
import vn.minhbach.catalog.Paper;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.catalog.ProcessingTime;
import vn.minhbach.catalog.importing.DefaultForms;
import vn.minhbach.files.FilePolicy;
import vn.minhbach.files.FileStore;
import vn.minhbach.files.StoredFile;
import vn.minhbach.identity.Workspace;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.NotFoundException;

/**
 * The catalog administration of the agency the AGENCY_ADMIN works for: procedures, their e-form
 * (JSON with a live preview), blank forms, publication, import and export.
 */
@Controller
@RequestMapping("/admin/procedures")
class CatalogAdminController {

	private final ProcedureCatalog catalog;

	private final CatalogImport imports;

	private final Workspace workspace;

	private final FileStore files;

	private final org.springframework.context.MessageSource messages;

	CatalogAdminController(ProcedureCatalog catalog, CatalogImport imports, Workspace workspace, FileStore files,
			org.springframework.context.MessageSource messages) {
		this.catalog = catalog;
		this.imports = imports;
		this.workspace = workspace;
		this.files = files;
		this.messages = messages;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("levels", AgencyLevel.values());
		model.addAttribute("onlineLevels", OnlineLevel.values());
		model.addAttribute("channelChoices", Channel.values());
		model.addAttribute("dayCounts", ProcessingTime.DayCount.values());
		model.addAttribute("feeScopes", Fee.AppliesTo.values());
		model.addAttribute("paperForms", Paper.PaperForm.values());
	}

	@GetMapping
	String list(HttpSession session, Model model) {
		Long agency = agency(session);
		model.addAttribute("procedures", catalog.ofAgency(agency));
		return "catalog/admin-list";
	}

	@GetMapping("/new")
	String showCreateForm(HttpSession session, Model model) {
		agency(session);
		model.addAttribute("form", new ProcedureForm().withSpareRows());
		return "catalog/admin-form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ProcedureForm form, BindingResult result, HttpSession session,
			RedirectAttributes redirect) {
		Long agency = agency(session);
		if (!result.hasErrors()) {
			try {
				Procedure created = catalog.create(agency,
						form.toDetails(DefaultForms.minimal(form.getName().strip()), null));
				redirect.addFlashAttribute("success", "catalog.admin.created");
				return "redirect:/admin/procedures/" + created.getId() + "/form";
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey(), problem.arguments(), null);
			}
		}
		return "catalog/admin-form";
	}

	@GetMapping("/{id}")
	String showEditForm(@PathVariable Long id, Model model) {
		Procedure procedure = catalog.forEditing(id);
		model.addAttribute("form", ProcedureForm.of(procedure.details(), procedure.getVersion()).withSpareRows());
		model.addAttribute("procedure", procedure);
		return "catalog/admin-form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ProcedureForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Procedure procedure = catalog.forEditing(id);
		model.addAttribute("procedure", procedure);
		if (!result.hasErrors()) {
			try {
				catalog.update(id, form.getVersion(), form.toDetails(procedure.getFormSchema(), procedure.getSource()));
				redirect.addFlashAttribute("success", "admin.saved");
				return "redirect:/admin/procedures/" + id;
			}
			catch (ConcurrentChange ex) {
				result.reject("error.409.text");
			}
			catch (BusinessRuleViolation problem) {
				result.reject(problem.messageKey(), problem.arguments(), null);
			}
		}
		return "catalog/admin-form";
	}

	@GetMapping("/{id}/form")
	String showSchemaEditor(@PathVariable Long id, Model model) {
		Procedure procedure = catalog.forEditing(id);
		model.addAttribute("procedure", procedure);
		model.addAttribute("schemaJson", procedure.getFormSchema().toJson());
		model.addAttribute("schema", procedure.getFormSchema());
		return "catalog/admin-schema";
	}

	/** The live preview: the e-form as citizens will see it, or what is wrong with the JSON. */
	@PostMapping("/{id}/form/preview")
	String previewSchema(@PathVariable Long id, @RequestParam("schemaJson") String json, Model model) {
		catalog.forEditing(id);
		try {
			model.addAttribute("schema", FormSchema.parse(json));
		}
		catch (InvalidFormSchema ex) {
			model.addAttribute("schemaError", ex.details());
		}
		return "catalog/admin-schema :: preview";
	}

	@PostMapping("/{id}/form")
	String saveSchema(@PathVariable Long id, @RequestParam("schemaJson") String json, @RequestParam int version,
			Model model, RedirectAttributes redirect) {
		Procedure procedure = catalog.forEditing(id);
		try {
			FormSchema schema = FormSchema.parse(json);
			var details = procedure.details();
			catalog.update(id, version,
					new vn.minhbach.catalog.ProcedureDetails(details.code(), details.name(), details.field(), details.level(),
							details.implementingAgency(), details.processingTime(), details.onlineLevel(), details.channels(),
							details.fees(), details.papers(), details.result(), details.conditions(), details.legalBasis(),
							schema, details.adminNote(), details.source()));
			redirect.addFlashAttribute("success", "admin.saved");
			return "redirect:/admin/procedures/" + id + "/form";
		}
		catch (InvalidFormSchema ex) {
			model.addAttribute("schemaError", ex.details());
		}
		catch (ConcurrentChange ex) {
			model.addAttribute("schemaError", null);
			model.addAttribute("conflict", true);
		}
		model.addAttribute("procedure", procedure);
		model.addAttribute("schemaJson", json);
		return "catalog/admin-schema";
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable Long id, @RequestParam boolean published, RedirectAttributes redirect) {
		try {
			if (published) {
				catalog.publish(id);
			}
			else {
				catalog.unpublish(id);
			}
			redirect.addFlashAttribute("success", published ? "catalog.admin.published" : "catalog.admin.unpublished");
		}
		catch (InvalidFormSchema ex) {
			redirect.addFlashAttribute("warning", "catalog.admin.cannotPublish");
		}
		return "redirect:/admin/procedures/" + id;
	}

	@PostMapping("/{id}/papers/{index}/blank")
	String uploadBlankForm(@PathVariable Long id, @PathVariable int index, @RequestParam("file") MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		catalog.forEditing(id);
		try {
			StoredFile stored = files.store(file.getInputStream(), file.getOriginalFilename(), new FilePolicy(
					java.util.Set.of("application/pdf",
							"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
					10L * 1024 * 1024));
			catalog.attachBlankForm(id, index, stored.sha256(), stored.originalName());
			redirect.addFlashAttribute("success", "admin.saved");
		}
		catch (BusinessRuleViolation problem) {
			redirect.addFlashAttribute("warning", problem.messageKey());
		}
		return "redirect:/admin/procedures/" + id;
	}

	@GetMapping("/import")
	String showImport(HttpSession session) {
		agency(session);
		return "catalog/admin-import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam(value = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean seed, @RequestParam(defaultValue = "false") boolean publish,
			HttpSession session, java.util.Locale locale, Model model) throws IOException {
		Long agency = agency(session);
		try {
			var entries = seed ? CatalogImport.seed() : CatalogImport.read(requireFile(file).getInputStream());
			model.addAttribute("report", imports.importInto(agency, entries, publish));
		}
		catch (BusinessRuleViolation problem) {
			model.addAttribute("importError", problem.messageKey());
			model.addAttribute("importErrorText", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		return "catalog/admin-import";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(HttpSession session) {
		Long agency = agency(session);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("danh-muc-thu-tuc.json").build().toString())
			.body(imports.export(agency).getBytes(StandardCharsets.UTF_8));
	}

	private static MultipartFile requireFile(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new BusinessRuleViolation("error.file.empty", "");
		}
		return file;
	}

	private Long agency(HttpSession session) {
		Long agency = workspace.currentAgencyId(session);
		if (agency == null) {
			throw new NotFoundException("error.notFound.agency");
		}
		vn.minhbach.shared.Access.require(agency, vn.minhbach.shared.Role.AGENCY_ADMIN);
		return agency;
	}
}
