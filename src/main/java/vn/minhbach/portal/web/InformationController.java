package vn.minhbach.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

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

import vn.minhbach.calendar.WorkingCalendar;
import vn.minhbach.catalog.CatalogQuery;
import vn.minhbach.catalog.OnlineLevel;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.PublicDocuments;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.Department;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.organization.Position;
import vn.minhbach.portal.DisclosureCategory;
import vn.minhbach.shared.NotFoundException;

/**
 * The information a government portal must publish about its host agency, under {@code /thong-tin}:
 * an index, functions and duties, the organisation chart with the leaders' biographies and duties,
 * contacts, the legal documents the agency issued, and the procedures and online services.
 */
@Controller
class InformationController {

	private final OrganizationDirectory organization;

	private final PublicDocuments documents;

	private final ProcedureCatalog catalog;

	private final WorkingCalendar calendar;

	InformationController(OrganizationDirectory organization, PublicDocuments documents, ProcedureCatalog catalog,
			WorkingCalendar calendar) {
		this.organization = organization;
		this.documents = documents;
		this.catalog = catalog;
		this.calendar = calendar;
	}

	/** A department of the chart and the positions in it (leaders are shown apart, above). */
	record Branch(Department department, List<Position> positions) {
	}

	@GetMapping("/thong-tin")
	String index(Model model) {
		Agency agency = host(organization);
		model.addAttribute("agency", agency);
		model.addAttribute("unitName", organization.fullUnitName(agency.getUnitId()));
		model.addAttribute("categories", DisclosureCategory.values());
		return "portal/index";
	}

	@GetMapping("/thong-tin/chuc-nang-nhiem-vu")
	String functions(Model model) {
		Agency agency = host(organization);
		model.addAttribute("agency", agency);
		model.addAttribute("unitName", organization.fullUnitName(agency.getUnitId()));
		model.addAttribute("leaders", organization.leaders(agency.getId()));
		return "portal/functions";
	}

	@GetMapping("/thong-tin/co-cau-to-chuc")
	String organisation(Model model) {
		Agency agency = host(organization);
		List<Position> positions = organization.positions(agency.getId());
		model.addAttribute("agency", agency);
		model.addAttribute("unitName", organization.fullUnitName(agency.getUnitId()));
		model.addAttribute("leaders", positions.stream().filter(Position::isLeader).toList());
		model.addAttribute("branches", organization.departments(agency.getId())
			.stream()
			.map(department -> new Branch(department, positions.stream()
				.filter(p -> !p.isLeader() && Objects.equals(p.getDepartmentId(), department.getId()))
				.toList()))
			.toList());
		model.addAttribute("unassigned",
				positions.stream().filter(p -> !p.isLeader() && p.getDepartmentId() == null).toList());
		return "portal/organisation";
	}

	@GetMapping("/thong-tin/lien-he")
	String contact(Model model) {
		Agency agency = host(organization);
		model.addAttribute("agency", agency);
		model.addAttribute("unitName", organization.fullUnitName(agency.getUnitId()));
		model.addAttribute("departments", organization.departments(agency.getId()));
		return "portal/contact";
	}

	@GetMapping("/thong-tin/van-ban")
	String legalDocuments(@RequestParam(required = false) DocumentType type, @RequestParam(required = false) Integer year,
			@RequestParam(name = "q", required = false) String text, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Agency agency = host(organization);
		model.addAttribute("agency", agency);
		model.addAttribute("result", documents.page(agency.getId(), type, year, text, page, 20));
		model.addAttribute("types", documents.types());
		model.addAttribute("type", type);
		model.addAttribute("year", year);
		model.addAttribute("q", text == null ? "" : text.strip());
		int thisYear = calendar.today().getYear();
		model.addAttribute("years", IntStream.rangeClosed(0, 9).mapToObj(i -> thisYear - i).toList());
		return "portal/legal-documents";
	}

	@GetMapping("/thong-tin/van-ban/{id}/tai-ve")
	ResponseEntity<InputStreamResource> legalDocumentFile(@PathVariable long id) {
		Agency agency = host(organization);
		var document = documents.document(id)
			.filter(found -> found.agencyId() == agency.getId())
			.orElseThrow(() -> new NotFoundException("error.notFound.document"));
		String name = document.fileName() != null ? document.fileName()
				: document.notation().replace('/', '-') + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(new InputStreamResource(documents.openSigned(id)));
	}

	@GetMapping("/thong-tin/dich-vu-cong")
	String services(Model model) {
		Agency agency = host(organization);
		model.addAttribute("agency", agency);
		model.addAttribute("fields", catalog.fields());
		model.addAttribute("total", catalog.search(new CatalogQuery("", null, null, null, null, 0, 1)).total());
		model.addAttribute("fullyOnline",
				catalog.search(new CatalogQuery("", null, null, OnlineLevel.FULL, null, 0, 1)).total());
		model.addAttribute("partlyOnline",
				catalog.search(new CatalogQuery("", null, null, OnlineLevel.PARTIAL, null, 0, 1)).total());
		return "portal/services";
	}

	static Agency host(OrganizationDirectory organization) {
		return organization.hostAgency().orElseThrow(() -> new NotFoundException("error.notFound.agency"));
	}
}
