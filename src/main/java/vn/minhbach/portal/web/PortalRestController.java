package vn.minhbach.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.PublicDocuments;
import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.organization.Position;
import vn.minhbach.portal.DisclosureCategory;
import vn.minhbach.portal.PublicDisclosures;
import vn.minhbach.portal.VisitorStatistics;

/** The public portal's information as JSON: the host agency, visitor statistics, disclosures and legal documents. */
@RestController
@RequestMapping("/api/v1/portal")
@Tag(name = "Cổng thông tin", description = "Thông tin công khai của cơ quan chủ quản cổng: giới thiệu, lãnh đạo, "
		+ "cơ cấu tổ chức, văn bản pháp luật đã ban hành, công khai ngân sách, đấu thầu, thống kê truy cập")
class PortalRestController {

	private final OrganizationDirectory organization;

	private final VisitorStatistics statistics;

	private final PublicDisclosures disclosures;

	private final PublicDocuments documents;

	PortalRestController(OrganizationDirectory organization, VisitorStatistics statistics, PublicDisclosures disclosures,
			PublicDocuments documents) {
		this.organization = organization;
		this.statistics = statistics;
		this.disclosures = disclosures;
		this.documents = documents;
	}

	record LeaderJson(String title, String name, String duties, String biography) {
	}

	record PositionJson(String title, String name) {
	}

	record DepartmentJson(Long id, String code, String name, boolean oneStop, List<PositionJson> positions) {
	}

	record AgencyJson(Long id, String code, String name, String shortName, String unit, String address, String phone,
			String email, String website, Double latitude, Double longitude, String functions, List<LeaderJson> leaders,
			List<DepartmentJson> departments) {
	}

	record DisclosureJson(Long id, DisclosureCategory category, String title, String summary, LocalDate publishedOn,
			String fileName, String mediaType, long size, String url) {
	}

	record DisclosurePage(List<DisclosureJson> items, int page, int size, long total) {
	}

	record LegalDocumentJson(long id, DocumentType type, String notation, LocalDate issuedOn, String subject,
			String signerTitle, String signerName, boolean replaced, String url) {
	}

	record LegalDocumentPage(List<LegalDocumentJson> items, int page, int size, long total) {
	}

	@GetMapping("/agency")
	@Operation(summary = "Cơ quan chủ quản cổng", description = "Thông tin liên hệ, chức năng nhiệm vụ, lãnh đạo (chức vụ, "
			+ "nhiệm vụ được phân công, tiểu sử tóm tắt) và các bộ phận với chức vụ trong từng bộ phận.")
	AgencyJson agency() {
		Agency agency = InformationController.host(organization);
		List<Position> positions = organization.positions(agency.getId());
		return new AgencyJson(agency.getId(), agency.getCode(), agency.getName(), agency.getShortName(),
				organization.fullUnitName(agency.getUnitId()), agency.getAddress(), agency.getPhone(), agency.getEmail(),
				agency.getWebsite(), agency.getLatitude(), agency.getLongitude(), agency.getFunctions(),
				positions.stream()
					.filter(Position::isLeader)
					.map(p -> new LeaderJson(p.getTitle(), p.getHolderName(), p.getDuties(), p.getBiography()))
					.toList(),
				organization.departments(agency.getId())
					.stream()
					.map(d -> new DepartmentJson(d.getId(), d.getCode(), d.getName(), d.isOneStop(), positions.stream()
						.filter(p -> !p.isLeader() && Objects.equals(p.getDepartmentId(), d.getId()))
						.map(p -> new PositionJson(p.getTitle(), p.getHolderName()))
						.toList()))
					.toList());
	}

	@GetMapping("/statistics")
	@Operation(summary = "Thống kê truy cập", description = "total: tổng lượt truy cập; today: lượt truy cập hôm nay; "
			+ "online: số khách đang truy cập (trong 5 phút qua). Một lượt truy cập là lần xem trang đầu tiên của một "
			+ "khách sau 30 phút không hoạt động; không tính máy tìm kiếm, công cụ tự động.")
	VisitorStatistics.Totals statistics() {
		return statistics.totals();
	}

	@GetMapping("/disclosures")
	@Operation(summary = "Công khai thông tin", description = "Kế hoạch, báo cáo; công khai ngân sách; đấu thầu, mua sắm "
			+ "công; thông tin khác — mới nhất trước, 20 mục một trang (page từ 0).")
	DisclosurePage disclosures(
			@Parameter(description = "PLAN_REPORT, BUDGET, PROCUREMENT, OTHER; bỏ trống: tất cả") @RequestParam(required = false) DisclosureCategory category,
			@RequestParam(defaultValue = "0") int page) {
		Agency agency = InformationController.host(organization);
		var result = disclosures.page(agency.getId(), category, page, 20);
		return new DisclosurePage(result.items()
			.stream()
			.map(d -> new DisclosureJson(d.getId(), d.getCategory(), d.getTitle(), d.getSummary(), d.getPublishedOn(),
					d.getFileName(), d.getMediaType(), d.getFileSize(), url("/thong-tin/cong-khai/" + d.getId() + "/tai-ve")))
			.toList(), result.page(), result.size(), result.total());
	}

	@GetMapping("/legal-documents")
	@Operation(summary = "Văn bản đã ban hành", description = "Văn bản quy phạm, chỉ đạo điều hành, kế hoạch, báo cáo "
			+ "cơ quan đã ban hành (không gồm văn bản mật, dự thảo, công văn); url: bản PDF có chữ ký số.")
	LegalDocumentPage legalDocuments(@RequestParam(required = false) DocumentType type,
			@RequestParam(required = false) Integer year,
			@Parameter(description = "Từ khóa trong trích yếu hoặc số, ký hiệu (có hoặc không dấu)") @RequestParam(name = "q", required = false) String text,
			@RequestParam(defaultValue = "0") int page) {
		Agency agency = InformationController.host(organization);
		var result = documents.page(agency.getId(), type, year, text, page, 20);
		return new LegalDocumentPage(result.items()
			.stream()
			.map(d -> new LegalDocumentJson(d.id(), d.type(), d.notation(), d.issuedOn(), d.subject(), d.signerTitle(),
					d.signerName(), d.replaced(), url("/thong-tin/van-ban/" + d.id() + "/tai-ve")))
			.toList(), result.page(), result.size(), result.total());
	}

	private static String url(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
	}
}
