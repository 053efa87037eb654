package vn.minhbach.catalog.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.minhbach.catalog.AgencyLevel;
import vn.minhbach.catalog.CatalogPage;
import vn.minhbach.catalog.CatalogQuery;
import vn.minhbach.catalog.Channel;
import vn.minhbach.catalog.Fee;
import vn.minhbach.catalog.FormSchema;
import vn.minhbach.catalog.OnlineLevel;
import vn.minhbach.catalog.Paper;
import vn.minhbach.catalog.Procedure;
import vn.minhbach.catalog.ProcedureCatalog;
import vn.minhbach.catalog.ProcessingTime;
import vn.minhbach.shared.NotFoundException;

/** The public catalog as JSON. */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Thủ tục hành chính", description = "Danh mục thủ tục hành chính công khai, tìm kiếm có dấu hoặc không dấu")
class ProcedureRestController {

	private final ProcedureCatalog catalog;

	ProcedureRestController(ProcedureCatalog catalog) {
		this.catalog = catalog;
	}

	record ProcedureSummary(Long id, String code, String name, String field, AgencyLevel level, OnlineLevel onlineLevel,
			ProcessingTime processingTime, Long onlineFeeVnd) {
	}

	record ProcedureJson(Long id, String code, String name, String field, AgencyLevel level, Long agencyId,
			String implementingAgency, ProcessingTime processingTime, OnlineLevel onlineLevel, List<Channel> channels,
			List<Fee> fees, List<Paper> papers, String result, String conditions, List<String> legalBasis,
			FormSchema formSchema) {
	}

	record Page(List<ProcedureSummary> items, int page, int size, long total) {
	}

	@GetMapping
	@Operation(summary = "Tìm thủ tục", description = "q: từ khóa có dấu hoặc không dấu (sai một chữ cái vẫn tìm được) hoặc mã thủ tục; "
			+ "size tối đa 200.")
	Page search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String field,
			@RequestParam(required = false) AgencyLevel level,
			@Parameter(description = "FULL (toàn trình), PARTIAL (một phần), NONE") @RequestParam(required = false) OnlineLevel online,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		CatalogPage result = catalog.search(new CatalogQuery(q, field, level, online, null, page, size));
		return new Page(result.items()
			.stream()
			.map(p -> new ProcedureSummary(p.getId(), p.getCode(), p.getName(), p.getField(), p.getLevel(),
					p.getOnlineLevel(), p.getProcessingTime(), p.onlineFee().orElse(null)))
			.toList(), result.page(), result.size(), result.total());
	}

	@GetMapping("/{code}")
	@Operation(summary = "Một thủ tục theo mã (hoặc theo số hiệu nội bộ)")
	ProcedureJson one(@PathVariable String code) {
		Procedure p = catalog.publishedByCode(code)
			.or(() -> code.matches("\\d{1,9}") ? java.util.Optional.of(catalog.published(Long.valueOf(code)))
					: java.util.Optional.empty())
			.orElseThrow(() -> new NotFoundException("error.notFound.procedure"));
		return new ProcedureJson(p.getId(), p.getCode(), p.getName(), p.getField(), p.getLevel(), p.getAgencyId(),
				p.getImplementingAgency(), p.getProcessingTime(), p.getOnlineLevel(),
				p.getChannels().stream().sorted().toList(), p.getFees(), p.getPapers(), p.getResult(), p.getConditions(),
				p.getLegalBasis(), p.getFormSchema());
	}
}
