package vn.minhbach.organization;

import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.organization.Commands.AgencyCommand;
import vn.minhbach.organization.Commands.DepartmentCommand;
import vn.minhbach.organization.Commands.PositionCommand;
import vn.minhbach.organization.Commands.UnitCommand;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AfterCommit;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.DataErrors;
import vn.minhbach.shared.Role;

/**
 * Changes to the organisation. Units and agencies are the SYSTEM_ADMIN's; an agency's contact
 * details, departments and positions are also its AGENCY_ADMIN's. Every change is audited in
 * its own transaction and guarded against concurrent edits by the version the user saw.
 */
@Service
@Transactional
public class OrganizationAdministration {

	private final AdministrativeUnits units;

	private final Agencies agencies;

	private final Departments departments;

	private final Positions positions;

	private final OrganizationDirectory directory;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	OrganizationAdministration(AdministrativeUnits units, Agencies agencies, Departments departments, Positions positions,
			OrganizationDirectory directory, AuditLog audit, JdbcClient jdbc) {
		this.units = units;
		this.agencies = agencies;
		this.departments = departments;
		this.positions = positions;
		this.directory = directory;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	public AdministrativeUnit createUnit(UnitCommand command) {
		Access.require(null, Role.SYSTEM_ADMIN);
		if (command.parentId() != null) {
			directory.unit(command.parentId());
		}
		var unit = new AdministrativeUnit(command.parentId(), command.kind(), command.name().trim(), blankToNull(command.code()));
		unit.rename(command.kind(), command.name().trim(), blankToNull(command.code()), blankToNull(command.legacyCode()));
		unit.locate(command.latitude(), command.longitude());
		unit = saveUnit(unit);
		audit.record(AuditRecord.of("UNIT_CREATED", "organization_unit", unit.getId().toString())
			.detail("name", unit.displayName()));
		return unit;
	}

	public AdministrativeUnit updateUnit(Long id, UnitCommand command) {
		Access.require(null, Role.SYSTEM_ADMIN);
		AdministrativeUnit unit = directory.unit(id);
		checkVersion(unit.getVersion(), command.version());
		if (command.parentId() != null && isDescendantOrSelf(command.parentId(), id)) {
			throw new BusinessRuleViolation("error.unit.cycle");
		}
		unit.moveUnder(command.parentId());
		unit.rename(command.kind(), command.name().trim(), blankToNull(command.code()), blankToNull(command.legacyCode()));
		unit.locate(command.latitude(), command.longitude());
		unit = saveUnit(unit);
		audit.record(AuditRecord.of("UNIT_UPDATED", "organization_unit", id.toString()).detail("name", unit.displayName()));
		return unit;
	}

	public Agency createAgency(AgencyCommand command) {
		Access.require(null, Role.SYSTEM_ADMIN);
		directory.unit(command.unitId());
		var agency = new Agency(command.unitId(), command.parentAgencyId(), new AgencyCode(command.code()),
				command.name().trim(), command.shortName().trim());
		apply(agency, command);
		agency = saveAgency(agency);
		audit.record(AuditRecord.of("AGENCY_CREATED", "organization_agency", agency.getId().toString())
			.inAgency(agency.getId())
			.detail("code", agency.getCode())
			.detail("name", agency.getName()));
		return agency;
	}

	/** SYSTEM_ADMIN changes everything; the agency's AGENCY_ADMIN only contact details, location and functions. */
	public Agency updateAgency(Long id, AgencyCommand command) {
		Access.require(id, Role.AGENCY_ADMIN);
		Agency agency = directory.agency(id);
		checkVersion(agency.getVersion(), command.version());
		if (Access.isSystemAdmin()) {
			directory.unit(command.unitId());
			agency.describe(command.name().trim(), command.shortName().trim(), new AgencyCode(command.code()),
					command.unitId(), command.parentAgencyId());
		}
		apply(agency, command);
		agency = saveAgency(agency);
		audit.record(AuditRecord.of("AGENCY_UPDATED", "organization_agency", id.toString())
			.inAgency(id)
			.detail("name", agency.getName()));
		return agency;
	}

	public void setHostAgency(Long agencyId) {
		Access.require(null, Role.SYSTEM_ADMIN);
		directory.agency(agencyId);
		jdbc.sql("""
				insert into organization_site (id, host_agency_id) values (1, :agency)
				on conflict (id) do update set host_agency_id = excluded.host_agency_id
				""").param("agency", agencyId).update();
		AfterCommit.nowAndAfterCommit(directory::forgetHost);
		audit.record(AuditRecord.of("SITE_HOST_SET", "organization_agency", agencyId.toString()).inAgency(agencyId));
	}

	public Department createDepartment(Long agencyId, DepartmentCommand command) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		directory.agency(agencyId);
		var department = new Department(agencyId, command.code().trim(), command.name().trim(), command.isOneStop(),
				command.order());
		department = saveDepartment(department);
		audit.record(AuditRecord.of("DEPARTMENT_CREATED", "organization_department", department.getId().toString())
			.inAgency(agencyId)
			.detail("name", department.getName()));
		return department;
	}

	public Department updateDepartment(Long id, DepartmentCommand command) {
		Department department = directory.department(id);
		Access.require(department.getAgencyId(), Role.AGENCY_ADMIN);
		checkVersion(department.getVersion(), command.version());
		department.describe(command.code().trim(), command.name().trim(), command.isOneStop(), command.order());
		department = saveDepartment(department);
		audit.record(AuditRecord.of("DEPARTMENT_UPDATED", "organization_department", id.toString())
			.inAgency(department.getAgencyId())
			.detail("name", department.getName()));
		return department;
	}

	public Position createPosition(Long agencyId, PositionCommand command) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		directory.agency(agencyId);
		checkDepartmentBelongs(command.departmentId(), agencyId);
		var position = new Position(agencyId, command.departmentId(), command.title().trim(),
				blankToNull(command.holderName()), command.isLeader(), command.order());
		position.describe(command.departmentId(), command.title().trim(), blankToNull(command.holderName()),
				command.isLeader(), blankToNull(command.duties()), blankToNull(command.biography()), command.order());
		position = positions.save(position);
		audit.record(AuditRecord.of("POSITION_CREATED", "organization_position", position.getId().toString())
			.inAgency(agencyId)
			.detail("title", position.getTitle())
			.detail("holder", position.getHolderName()));
		return position;
	}

	public Position updatePosition(Long id, PositionCommand command) {
		Position position = directory.position(id);
		Access.require(position.getAgencyId(), Role.AGENCY_ADMIN);
		checkVersion(position.getVersion(), command.version());
		checkDepartmentBelongs(command.departmentId(), position.getAgencyId());
		position.describe(command.departmentId(), command.title().trim(), blankToNull(command.holderName()),
				command.isLeader(), blankToNull(command.duties()), blankToNull(command.biography()), command.order());
		position = positions.save(position);
		audit.record(AuditRecord.of("POSITION_UPDATED", "organization_position", id.toString())
			.inAgency(position.getAgencyId())
			.detail("title", position.getTitle())
			.detail("holder", position.getHolderName()));
		return position;
	}

	public void deletePosition(Long id) {
		Position position = directory.position(id);
		Access.require(position.getAgencyId(), Role.AGENCY_ADMIN);
		positions.delete(position);
		audit.record(AuditRecord.of("POSITION_DELETED", "organization_position", id.toString())
			.inAgency(position.getAgencyId())
			.detail("title", position.getTitle()));
	}

	private void apply(Agency agency, AgencyCommand command) {
		agency.contact(blankToNull(command.address()), blankToNull(command.phone()), blankToNull(command.email()),
				blankToNull(command.website()));
		agency.locate(command.latitude(), command.longitude());
		agency.describeFunctions(blankToNull(command.functions()));
	}

	private void checkDepartmentBelongs(Long departmentId, Long agencyId) {
		if (departmentId != null && !directory.department(departmentId).getAgencyId().equals(agencyId)) {
			throw new BusinessRuleViolation("error.department.otherAgency");
		}
	}

	private boolean isDescendantOrSelf(Long candidate, Long unitId) {
		Long current = candidate;
		int guard = 0;
		while (current != null && guard++ < 50) {
			if (current.equals(unitId)) {
				return true;
			}
			current = directory.unit(current).getParentId();
		}
		return false;
	}

	private AdministrativeUnit saveUnit(AdministrativeUnit unit) {
		try {
			return units.save(unit);
		}
		catch (RuntimeException ex) {
			throw duplicateAs(ex, "error.unit.duplicateCode", unit.getCode());
		}
	}

	private Agency saveAgency(Agency agency) {
		directory.forgetNames();
		try {
			return agencies.save(agency);
		}
		catch (RuntimeException ex) {
			throw duplicateAs(ex, "error.agency.duplicateCode", agency.getCode());
		}
	}

	private Department saveDepartment(Department department) {
		directory.forgetNames();
		try {
			return departments.save(department);
		}
		catch (RuntimeException ex) {
			throw duplicateAs(ex, "error.department.duplicateCode", department.getCode());
		}
	}

	private static RuntimeException duplicateAs(RuntimeException ex, String messageKey, String code) {
		return DataErrors.isDuplicateKey(ex) ? new BusinessRuleViolation(messageKey, code) : ex;
	}

	private static void checkVersion(Integer current, Integer seen) {
		if (seen != null && !Objects.equals(current, seen)) {
			throw new ConcurrentChange("changed since version " + seen);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
