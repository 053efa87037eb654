package vn.minhbach.portal.web;

import java.nio.charset.StandardCharsets;

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

import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.portal.Disclosure;
import vn.minhbach.portal.DisclosureCategory;
import vn.minhbach.portal.PublicDisclosures;
import vn.minhbach.shared.NotFoundException;

/**
 * The host agency's public disclosures (công khai): all of them, or one category at
 * {@code /thong-tin/cong-khai/ngan-sach} and the like, and their files for anyone to download.
 */
@Controller
class DisclosureController {

	private final PublicDisclosures disclosures;

	private final OrganizationDirectory organization;

	DisclosureController(PublicDisclosures disclosures, OrganizationDirectory organization) {
		this.disclosures = disclosures;
		this.organization = organization;
	}

	@GetMapping("/thong-tin/cong-khai")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		return page(null, page, model);
	}

	@GetMapping("/thong-tin/cong-khai/{slug:[a-z-]+}")
	String category(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Model model) {
		DisclosureCategory category = DisclosureCategory.ofSlug(slug)
			.orElseThrow(() -> new NotFoundException("error.notFound.disclosure"));
		return page(category, page, model);
	}

	@GetMapping("/thong-tin/cong-khai/{id:\\d+}/tai-ve")
	ResponseEntity<InputStreamResource> file(@PathVariable Long id) {
		Agency agency = InformationController.host(organization);
		Disclosure disclosure = disclosures.published(id)
			.filter(found -> found.getAgencyId().equals(agency.getId()))
			.orElseThrow(() -> new NotFoundException("error.notFound.disclosure"));
		return download(disclosure, disclosures);
	}

	private String page(DisclosureCategory category, int page, Model model) {
		Agency agency = InformationController.host(organization);
		model.addAttribute("agency", agency);
		model.addAttribute("categories", DisclosureCategory.values());
		model.addAttribute("category", category);
		model.addAttribute("result", disclosures.page(agency.getId(), category, page, 20));
		return "portal/disclosures";
	}

	static ResponseEntity<InputStreamResource> download(Disclosure disclosure, PublicDisclosures disclosures) {
		ContentDisposition disposition = MediaType.APPLICATION_PDF_VALUE.equals(disclosure.getMediaType())
				? ContentDisposition.inline().filename(disclosure.getFileName(), StandardCharsets.UTF_8).build()
				: ContentDisposition.attachment().filename(disclosure.getFileName(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(disclosure.getMediaType()))
			.contentLength(disclosure.getFileSize())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(new InputStreamResource(disclosures.open(disclosure)));
	}
}
