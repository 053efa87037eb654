package vn.minhbach.organization.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.minhbach.organization.Agency;
import vn.minhbach.organization.OrganizationDirectory;

/** Public, read-only data about agencies (their names, codes and contacts are public by law). */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Cơ quan", description = "Danh mục cơ quan, đơn vị và thông tin liên hệ")
class AgencyRestController {

	private final OrganizationDirectory directory;

	AgencyRestController(OrganizationDirectory directory) {
		this.directory = directory;
	}

	record AgencyJson(Long id, String code, String name, String shortName, String unit, String address, String phone,
			String email, String website, Double latitude, Double longitude) {
	}

	record DepartmentJson(Long id, String code, String name, boolean oneStop) {
	}

	@GetMapping
	@Operation(summary = "Danh sách cơ quan")
	List<AgencyJson> list() {
		return directory.agencies().stream().filter(Agency::isActive).map(this::json).toList();
	}

	@GetMapping("/{code}")
	@Operation(summary = "Một cơ quan theo mã định danh (ví dụ 000.00.17.H47)")
	AgencyJson one(@PathVariable String code) {
		return directory.agencyByCode(code)
			.map(this::json)
			.orElseThrow(() -> new vn.minhbach.shared.NotFoundException("error.notFound.agency"));
	}

	@GetMapping("/{code}/departments")
	@Operation(summary = "Các bộ phận của một cơ quan")
	List<DepartmentJson> departments(@PathVariable String code) {
		Agency agency = directory.agencyByCode(code)
			.orElseThrow(() -> new vn.minhbach.shared.NotFoundException("error.notFound.agency"));
		return directory.departments(agency.getId())
			.stream()
			.map(d -> new DepartmentJson(d.getId(), d.getCode(), d.getName(), d.isOneStop()))
			.toList();
	}

	private AgencyJson json(Agency agency) {
		return new AgencyJson(agency.getId(), agency.getCode(), agency.getName(), agency.getShortName(),
				directory.fullUnitName(agency.getUnitId()), agency.getAddress(), agency.getPhone(), agency.getEmail(),
				agency.getWebsite(), agency.getLatitude(), agency.getLongitude());
	}
}
