package vn.minhbach.catalog.web;

import java.io.InputStream;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.minhbach.catalog.AgencyLevel;
import vn.minhbach.catalog.BlankForms;
import vn.minhbach.catalog.CatalogQuery;
import vn.minhbach.catalog.OnlineLevel;
import vn.minhbach.catalog.Paper;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.files.FileStore;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.VietnameseText;

/** The public catalog of procedures: browse, search, read everything the law requires, download blank forms. */
@Controller
class CatalogController {

	private final ProcedureCatalog catalog;

	private final OrganizationDirectory organization;

	private final BlankForms blankForms;

	private final FileStore files;

	CatalogController(ProcedureCatalog catalog, OrganizationDirectory organization, BlankForms blankForms,
			FileStore files) {
		this.catalog = catalog;
		this.organization = organization;
		this.blankForms = blankForms;
		this.files = files;
	}

	@GetMapping("/procedures")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String field,
			@RequestParam(required = false) AgencyLevel level, @RequestParam(required = false) OnlineLevel online,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var query = new CatalogQuery(q, field, level, online, null, page, 20);
		model.addAttribute("result", catalog.search(query));
		model.addAttribute("query", query);
		model.addAttribute("fields", catalog.fields());
		model.addAttribute("levels", AgencyLevel.values());
		model.addAttribute("onlineLevels", OnlineLevel.values());
		return "catalog/list";
	}

	@GetMapping("/procedures/{id}")
	String show(@PathVariable Long id, Model model) {
		Procedure procedure = catalog.published(id);
		model.addAttribute("procedure", procedure);
		model.addAttribute("agency", organization.agency(procedure.getAgencyId()));
		model.addAttribute("fieldSlug", VietnameseText.slug(procedure.getField()));
		return "catalog/procedure";
	}

	@GetMapping("/procedures/{id}/blank-form.pdf")
	ResponseEntity<byte[]> blankForm(@PathVariable Long id) {
		Procedure procedure = catalog.published(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename("to-khai-" + (procedure.getCode() == null ? procedure.getId() : procedure.getCode()) + ".pdf")
						.build()
						.toString())
			.body(blankForms.pdf(procedure));
	}

	@GetMapping("/procedures/{id}/papers/{index}/blank")
	ResponseEntity<InputStreamResource> paperBlankForm(@PathVariable Long id, @PathVariable int index) {
		Procedure procedure = catalog.published(id);
		if (index < 0 || index >= procedure.getPapers().size()
				|| procedure.getPapers().get(index).blankFormSha256() == null) {
			throw new NotFoundException("error.notFound.file");
		}
		Paper paper = procedure.getPapers().get(index);
		InputStream content = files.open(paper.blankFormSha256());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(files.mediaType(paper.blankFormSha256()).orElse("application/octet-stream")))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(paper.blankFormName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new InputStreamResource(content));
	}
}
