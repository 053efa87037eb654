package vn.minhbach.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.organization.Department;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.DataErrors;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.Role;

/**
 * The catalog: public reads of published procedures, and the AGENCY_ADMIN's changes to their
 * agency's procedures (each audited, each guarded by the version the editor saw).
 */
@Service
public class ProcedureCatalog {

	private final Procedures procedures;

	private final AuditLog audit;

	private final Clock clock;

	private final OrganizationDirectory organization;

	ProcedureCatalog(Procedures procedures, AuditLog audit, Clock clock, OrganizationDirectory organization) {
		this.procedures = procedures;
		this.audit = audit;
		this.clock = clock;
		this.organization = organization;
	}

	@Transactional(readOnly = true)
	public CatalogPage search(CatalogQuery query) {
		return procedures.search(query);
	}

	@Transactional(readOnly = true)
	public List<FieldCount> fields() {
		return procedures.fields();
	}

	/** A published procedure, for the public. */
	@Transactional(readOnly = true)
	public Procedure published(Long id) {
		return procedures.byId(id).filter(Procedure::isPublished)
			.orElseThrow(() -> new NotFoundException("error.notFound.procedure"));
	}

	/** A published procedure by its official code. */
	@Transactional(readOnly = true)
	public Optional<Procedure> publishedByCode(String code) {
		return procedures.byCode(code).filter(Procedure::isPublished);
	}

	/** Any procedure, published or not (other modules: a dossier keeps its procedure's id). */
	@Transactional(readOnly = true)
	public Procedure procedure(Long id) {
		return procedures.byId(id).orElseThrow(() -> new NotFoundException("error.notFound.procedure"));
	}

	/** The procedures of an agency, for its catalog administrator. */
	@Transactional(readOnly = true)
	public List<Procedure> ofAgency(Long agencyId) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		return procedures.ofAgency(agencyId);
	}

	/** A procedure for editing by its agency's administrator. */
	@Transactional(readOnly = true)
	public Procedure forEditing(Long id) {
		Procedure procedure = procedure(id);
		Access.require(procedure.getAgencyId(), Role.AGENCY_ADMIN);
		return procedure;
	}

	@Transactional
	public Procedure create(Long agencyId, ProcedureDetails details) {
		Access.require(agencyId, Role.AGENCY_ADMIN);
		Procedure saved = save(new Procedure(agencyId, details));
		audit.record(AuditRecord.of("PROCEDURE_CREATED", "catalog_procedure", saved.getId().toString())
			.inAgency(agencyId)
			.detail("code", saved.getCode())
			.detail("name", saved.getName()));
		return saved;
	}

	@Transactional
	public Procedure update(Long id, int seenVersion, ProcedureDetails details) {
		Procedure procedure = forEditing(id);
		if (procedure.getVersion() != seenVersion) {
			throw new vn.minhbach.shared.ConcurrentChange("procedure " + id);
		}
		procedure.describe(details);
		if (procedure.isPublished() && !details.formSchema().problems().isEmpty()) {
			throw new InvalidFormSchema(String.join("; ", details.formSchema().problems()));
		}
		Procedure saved = save(procedure);
		audit.record(AuditRecord.of("PROCEDURE_UPDATED", "catalog_procedure", id.toString())
			.inAgency(saved.getAgencyId())
			.detail("code", saved.getCode())
			.detail("version", saved.getVersion()));
		return saved;
	}

	@Transactional
	public Procedure publish(Long id) {
		Procedure procedure = forEditing(id);
		procedure.publish(clock.instant());
		Procedure saved = save(procedure);
		audit.record(AuditRecord.of("PROCEDURE_PUBLISHED", "catalog_procedure", id.toString()).inAgency(saved.getAgencyId()));
		return saved;
	}

	@Transactional
	public Procedure unpublish(Long id) {
		Procedure procedure = forEditing(id);
		procedure.unpublish();
		Procedure saved = save(procedure);
		audit.record(AuditRecord.of("PROCEDURE_UNPUBLISHED", "catalog_procedure", id.toString())
			.inAgency(saved.getAgencyId()));
		return saved;
	}

	/**
	 * Replaces the workflow template of a procedure (its agency's administrator); a step's
	 * department must be one of the procedure's agency. No steps: back to the default template.
	 */
	@Transactional
	public Procedure defineWorkflow(Long id, int seenVersion, List<WorkflowStep> steps) {
		Procedure procedure = forEditing(id);
		if (procedure.getVersion() != seenVersion) {
			throw new vn.minhbach.shared.ConcurrentChange("procedure " + id);
		}
		List<Long> departments = organization.departments(procedure.getAgencyId()).stream().map(Department::getId).toList();
		for (int i = 0; i < steps.size(); i++) {
			Long department = steps.get(i).departmentId();
			if (department != null && !departments.contains(department)) {
				throw new BusinessRuleViolation("error.workflow.department", i + 1);
			}
		}
		procedure.defineWorkflow(steps);
		Procedure saved = save(procedure);
		audit.record(AuditRecord.of("PROCEDURE_WORKFLOW_DEFINED", "catalog_procedure", id.toString())
			.inAgency(saved.getAgencyId())
			.detail("steps", steps.stream().map(s -> s.name() + "/" + s.role() + "/" + s.shareDays()).toList()));
		return saved;
	}

	@Transactional
	public Procedure attachBlankForm(Long id, int paperIndex, String sha256, String fileName) {
		Procedure procedure = forEditing(id);
		procedure.attachBlankForm(paperIndex, sha256, fileName);
		Procedure saved = save(procedure);
		audit.record(AuditRecord.of("PROCEDURE_BLANK_FORM_ATTACHED", "catalog_procedure", id.toString())
			.inAgency(saved.getAgencyId())
			.detail("paper", paperIndex)
			.detail("sha256", sha256));
		return saved;
	}

	Procedure save(Procedure procedure) {
		try {
			return procedures.save(procedure);
		}
		catch (RuntimeException ex) {
			if (DataErrors.isDuplicateKey(ex)) {
				throw new BusinessRuleViolation("error.procedure.duplicateCode", procedure.getCode());
			}
			throw ex;
		}
	}
}
