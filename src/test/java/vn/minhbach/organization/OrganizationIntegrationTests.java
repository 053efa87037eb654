package vn.minhbach.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.minhbach.IntegrationTest;
import vn.minhbach.TestUsers;
import vn.minhbach.audit.AuditLog;
import vn.minhbach.organization.Commands.AgencyCommand;
import vn.minhbach.organization.Commands.DepartmentCommand;
import vn.minhbach.organization.Commands.UnitCommand;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.SystemActor;

@IntegrationTest
class OrganizationIntegrationTests {

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog audit;

	@Test
	void holdsTheDemoTreeOfAnyDepth() {
		Agency commune = directory.agencyByCode("000.08.17.H47").orElseThrow();
		assertThat(directory.fullUnitName(commune.getUnitId())).isEqualTo("Xã Tam Anh Nam, Huyện Núi Thành, Tỉnh Quảng Nam");
		assertThat(directory.hostAgency()).map(Agency::getId).contains(commune.getId());
		assertThat(directory.departments(commune.getId())).extracting(Department::getName)
			.contains("Bộ phận tiếp nhận và trả kết quả", "Văn phòng – Thống kê", "Tư pháp – Hộ tịch");
		assertThat(directory.leaders(commune.getId())).hasSize(3).first().extracting(Position::getTitle)
			.isEqualTo("Chủ tịch UBND xã");
		assertThat(directory.flatTree()).extracting(UnitNode::depth).contains(0, 1, 2);
	}

	@Test
	void worksWithTwoLevelsAsWellAsThree() {
		AdministrativeUnit city = SystemActor.call(() -> administration
			.createUnit(new UnitCommand(null, UnitKind.CENTRAL_CITY, "Đà Nẵng", "48", null, null, null, null)));
		AdministrativeUnit tamAnh = SystemActor.call(() -> administration
			.createUnit(new UnitCommand(city.getId(), UnitKind.COMMUNE, "Tam Anh", "20983-2025", "20984", null, null, null)));
		Agency agency = SystemActor.call(() -> administration.createAgency(new AgencyCommand(tamAnh.getId(), null,
				"000.21.00.H48", "Ủy ban nhân dân xã Tam Anh", "UBND xã Tam Anh", null, null, null, null, null, null, null,
				null)));
		assertThat(directory.fullUnitName(agency.getUnitId())).isEqualTo("Xã Tam Anh, Thành phố trực thuộc trung ương Đà Nẵng");
		assertThatThrownBy(() -> SystemActor.run(() -> administration.updateUnit(city.getId(),
				new UnitCommand(tamAnh.getId(), UnitKind.CENTRAL_CITY, "Đà Nẵng", "48", null, null, null, city.getVersion()))))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void refusesDuplicateCodesAndStaleEdits() {
		Agency commune = directory.agencyByCode("000.08.17.H47").orElseThrow();
		assertThatThrownBy(() -> SystemActor.run(() -> administration.createDepartment(commune.getId(),
				new DepartmentCommand("TPHT", "Trùng mã", false, 9, null))))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					problem -> assertThat(problem.messageKey()).isEqualTo("error.department.duplicateCode"));
		Department department = directory.departments(commune.getId()).get(0);
		// the names printed on public pages are remembered, and a change through the administration is seen at once
		assertThat(directory.departmentName(department.getId())).isEqualTo(department.getName());
		Department renamed = SystemActor.call(() -> administration.updateDepartment(department.getId(),
				new DepartmentCommand(department.getCode(), department.getName() + " (mới)", department.isOneStop(),
						department.getSortOrder(), department.getVersion())));
		assertThat(directory.departmentName(department.getId())).isEqualTo(department.getName() + " (mới)");
		SystemActor.run(() -> administration.updateDepartment(department.getId(), new DepartmentCommand(
				department.getCode(), department.getName(), department.isOneStop(), department.getSortOrder(),
				renamed.getVersion())));
		assertThat(directory.departmentName(department.getId())).isEqualTo(department.getName());
		// a second officer still holding the old version is refused
		assertThatThrownBy(() -> SystemActor.run(() -> administration.updateDepartment(department.getId(),
				new DepartmentCommand(department.getCode(), "Tên cũ", true, 0, department.getVersion()))))
			.isInstanceOf(ConcurrentChange.class);
	}

	@Test
	void anAgencyAdministratorChangesOnlyContactDetailsOfTheirOwnAgency() {
		Agency commune = directory.agencyByCode("000.08.17.H47").orElseThrow();
		Agency district = directory.agencyByCode("000.00.17.H47").orElseThrow();
		Agency updated = TestUsers.as(users, "quantri.tamanhnam", () -> administration.updateAgency(commune.getId(),
				new AgencyCommand(commune.getUnitId(), null, "999.99.99.H99", "Tên bị đổi", "Đổi", commune.getAddress(),
						"02353592696", "tamanhnam@nuithanh.quangnam.gov.vn", "https://tamanhnam.example.vn", 15.5, 108.6,
						commune.getFunctions(), commune.getVersion())));
		assertThat(updated.getCode()).isEqualTo("000.08.17.H47");
		assertThat(updated.getName()).isEqualTo("Ủy ban nhân dân xã Tam Anh Nam");
		assertThat(updated.getWebsite()).isEqualTo("https://tamanhnam.example.vn");
		assertThatThrownBy(() -> TestUsers.run(users, "quantri.tamanhnam", () -> administration.updateAgency(district.getId(),
				new AgencyCommand(district.getUnitId(), null, district.getCode(), district.getName(), district.getShortName(),
						null, null, null, null, null, null, null, district.getVersion()))))
			.isInstanceOf(AccessDeniedInAgency.class);
		assertThat(audit.history("organization_agency", commune.getId().toString())).extracting(entry -> entry.actor())
			.contains("quantri.tamanhnam");
	}
}
