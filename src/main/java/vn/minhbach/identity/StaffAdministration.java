package vn.minhbach.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.organization.OrganizationDirectory;
import vn.minhbach.shared.Access;
import vn.minhbach.shared.AccessDeniedInAgency;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.ConcurrentChange;
import vn.minhbach.shared.DataErrors;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.PhoneNumber;
import vn.minhbach.shared.Role;

/**
 * Staff accounts, managed by the AGENCY_ADMIN of each agency (roles in their agency only) and
 * by the SYSTEM_ADMIN (everything). Every change is audited.
 */
@Service
@Transactional
public class StaffAdministration {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final OrganizationDirectory organization;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final SessionsAndTokens sessions;

	private final Clock clock;

	StaffAdministration(Accounts accounts, PasswordEncoder passwords, OrganizationDirectory organization, AuditLog audit,
			JdbcClient jdbc, SessionsAndTokens sessions, Clock clock) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.passwords = passwords;
		this.organization = organization;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One role line of the staff editor. */
	public record RoleLine(@NotNull(message = "{error.required}") Role role, Long agencyId, Long departmentId) {
	}

	/** Create or change a staff account. The password is required on creation only. */
	public record StaffCommand(
			@NotBlank(message = "{error.required}") @Size(max = 100)
			@Pattern(regexp = "^[a-z0-9._\\-]+$", message = "{error.username}") String username,
			@NotBlank(message = "{error.required}") @Size(max = 200) String fullName,
			@Email(message = "{error.email}") @Size(max = 200) String email, @Size(max = 20) String phone,
			String password, @Valid List<RoleLine> roles, Integer version) {

		public StaffCommand {
			roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
		}
	}

	/** The staff the current user may manage: everyone for a SYSTEM_ADMIN, else staff of their agencies. */
	@Transactional(readOnly = true)
	public List<Account> manageableStaff(Long agencyFilter) {
		if (Access.isSystemAdmin()) {
			return agencyFilter == null ? accounts.findAllStaff() : accounts.findStaffOfAgency(agencyFilter);
		}
		List<Long> agencies = new ArrayList<>(Access.agenciesWith(Role.AGENCY_ADMIN));
		if (agencyFilter != null) {
			Access.require(agencyFilter, Role.AGENCY_ADMIN);
			return accounts.findStaffOfAgency(agencyFilter);
		}
		return agencies.stream().flatMap(agency -> accounts.findStaffOfAgency(agency).stream()).distinct().toList();
	}

	@Transactional(readOnly = true)
	public Account staffMember(Long id) {
		Account account = accounts.findById(id)
			.filter(found -> found.getKind() == AccountKind.STAFF)
			.orElseThrow(() -> new NotFoundException("error.notFound.account"));
		requireManageable(account);
		return account;
	}

	public Account create(StaffCommand command) {
		if (command.password() == null || command.password().isBlank()) {
			throw new BusinessRuleViolation("error.password.required");
		}
		PasswordPolicy.violation(command.password(), command.username()).ifPresent(key -> {
			throw new BusinessRuleViolation(key);
		});
		List<RoleAssignment> assignments = checkedAssignments(command.roles());
		if (assignments.isEmpty() && !Access.isSystemAdmin()) {
			throw new BusinessRuleViolation("error.staff.noRole");
		}
		if (accounts.usernameTaken(command.username())) {
			throw new BusinessRuleViolation("error.username.taken", command.username());
		}
		Account account = Account.staff(command.username().trim(), command.fullName().trim(),
				passwords.encode(command.password()), clock.instant());
		account.updateContact(blankToNull(command.email()), normalisedPhone(command.phone()), null);
		account.replaceRoles(assignments);
		account = save(account);
		audit.record(AuditRecord.of("STAFF_CREATED", "identity_account", account.getId().toString())
			.inAgency(firstAgency(assignments))
			.detail("username", account.getUsername())
			.detail("roles", describe(assignments)));
		return account;
	}

	/** Changes the account; roles in agencies the current user does not administer are kept as they were. */
	public Account update(Long id, StaffCommand command) {
		Account account = staffMember(id);
		if (command.version() != null && !Objects.equals(command.version(), account.getVersion())) {
			throw new ConcurrentChange("account " + id);
		}
		List<RoleAssignment> kept = account.getRoles()
			.stream()
			.filter(existing -> !canAssign(existing.role(), existing.agencyId()))
			.toList();
		List<RoleAssignment> assignments = new ArrayList<>(kept);
		assignments.addAll(checkedAssignments(command.roles()));
		account.updateProfile(command.fullName().trim(), account.getDateOfBirth(), account.getGender());
		account.updateContact(blankToNull(command.email()), normalisedPhone(command.phone()), account.getAddress());
		account.replaceRoles(assignments);
		sessions.forget(account.getId());
		if (command.password() != null && !command.password().isBlank()) {
			PasswordPolicy.violation(command.password(), account.getUsername()).ifPresent(key -> {
				throw new BusinessRuleViolation(key);
			});
			account.changePassword(passwords.encode(command.password()), clock.instant());
			sessions.endAll(account);
		}
		account = save(account);
		audit.record(AuditRecord.of("STAFF_UPDATED", "identity_account", id.toString())
			.inAgency(firstAgency(assignments))
			.detail("username", account.getUsername())
			.detail("roles", describe(assignments))
			.detail("passwordChanged", command.password() != null && !command.password().isBlank()));
		return account;
	}

	public void unlock(Long id) {
		Account account = staffMember(id);
		account.unlock();
		accounts.save(account);
		audit.record(AuditRecord.of("ACCOUNT_UNLOCKED", "identity_account", id.toString())
			.inAgency(firstAgency(List.copyOf(account.getRoles()))));
	}

	public void setEnabled(Long id, boolean enabled) {
		Account account = staffMember(id);
		account.setEnabled(enabled);
		accounts.save(account);
		if (!enabled) {
			sessions.endAll(account);
		}
		audit.record(AuditRecord.of(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "identity_account", id.toString())
			.inAgency(firstAgency(List.copyOf(account.getRoles()))));
	}

	private void requireManageable(Account account) {
		if (Access.isSystemAdmin()) {
			return;
		}
		boolean manageable = account.getRoles()
			.stream()
			.anyMatch(role -> role.agencyId() != null && Access.has(Role.AGENCY_ADMIN, role.agencyId()));
		if (!manageable) {
			throw new AccessDeniedInAgency("account " + account.getId());
		}
	}

	private boolean canAssign(Role role, Long agencyId) {
		if (role == Role.SYSTEM_ADMIN) {
			return Access.isSystemAdmin();
		}
		return agencyId != null && Access.has(Role.AGENCY_ADMIN, agencyId);
	}

	private List<RoleAssignment> checkedAssignments(List<RoleLine> lines) {
		List<RoleAssignment> result = new ArrayList<>();
		for (RoleLine line : lines) {
			if (line == null || line.role() == null) {
				continue;
			}
			if (line.role() == Role.CITIZEN) {
				throw new BusinessRuleViolation("error.staff.citizenRole");
			}
			if (line.role() != Role.SYSTEM_ADMIN) {
				if (line.agencyId() == null) {
					throw new BusinessRuleViolation("error.staff.agencyRequired");
				}
				organization.agency(line.agencyId());
				if (line.departmentId() != null
						&& !organization.department(line.departmentId()).getAgencyId().equals(line.agencyId())) {
					throw new BusinessRuleViolation("error.department.otherAgency");
				}
			}
			if (!canAssign(line.role(), line.agencyId())) {
				throw new AccessDeniedInAgency("assign " + line.role() + " in " + line.agencyId());
			}
			RoleAssignment assignment = RoleAssignment.of(line.role(), line.agencyId(), line.departmentId());
			if (result.stream().noneMatch(existing -> existing.sameAs(assignment.role(), assignment.agencyId()))) {
				result.add(assignment);
			}
		}
		return result;
	}

	private Account save(Account account) {
		try {
			return accounts.save(account);
		}
		catch (RuntimeException ex) {
			if (DataErrors.isDuplicateKey(ex)) {
				throw new BusinessRuleViolation("error.account.duplicate");
			}
			throw ex;
		}
	}

	private static Long firstAgency(List<RoleAssignment> assignments) {
		return assignments.stream().map(RoleAssignment::agencyId).filter(Objects::nonNull).findFirst().orElse(null);
	}

	private static String describe(List<RoleAssignment> assignments) {
		return assignments.stream()
			.map(a -> a.role() + (a.agencyId() == null ? "" : "@" + a.agencyId()))
			.sorted()
			.toList()
			.toString();
	}

	private static String normalisedPhone(String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		PhoneNumber parsed = PhoneNumber.parseOrNull(phone);
		if (parsed == null) {
			throw new BusinessRuleViolation("error.phone");
		}
		return parsed.digits();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
