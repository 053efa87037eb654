package vn.minhbach.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.NotFoundException;
import vn.minhbach.shared.PhoneNumber;
import vn.minhbach.shared.Role;

/** Accounts as other modules and the account page see them, and the changes a person makes to their own account. */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final SessionsAndTokens sessions;

	private final Clock clock;

	AccountDirectory(Accounts accounts, PasswordEncoder passwords, AuditLog audit, JdbcClient jdbc,
			SessionsAndTokens sessions, Clock clock) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Account> find(Long id) {
		return accounts.findById(id);
	}

	public Optional<Account> findByUsername(String username) {
		return accounts.findByUsername(username);
	}

	/** The logged-in person's account. */
	public Account current() {
		return currentPrincipal().flatMap(principal -> accounts.findById(principal.accountId()))
			.orElseThrow(() -> new NotFoundException("error.notFound.account"));
	}

	/**
	 * The roles the logged-in person holds now, read without the rest of the account (the lists
	 * and checks of every request need only these).
	 */
	public List<RoleAssignment> currentRoles() {
		AccountPrincipal principal = currentPrincipal()
			.orElseThrow(() -> new NotFoundException("error.notFound.account"));
		return jdbc.sql("select role, agency_id, department_id from identity_role_assignment where account_id = :id")
			.param("id", principal.accountId())
			.query((rs, n) -> new RoleAssignment(Role.valueOf(rs.getString(1)), rs.getObject(2, Long.class),
					rs.getObject(3, Long.class)))
			.list();
	}

	public static Optional<AccountPrincipal> currentPrincipal() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal);
		}
		return Optional.empty();
	}

	/** Staff holding a role in an agency (any role when {@code role} is null), sorted by name. */
	public List<Account> staffOf(Long agencyId, Role role) {
		return accounts.findStaffOfAgency(agencyId)
			.stream()
			.filter(account -> role == null || account.holds(role, agencyId))
			.toList();
	}

	/** What a person may change of their own profile. */
	public record ContactCommand(@Email(message = "{error.email}") @Size(max = 200) String email,
			@Size(max = 20) String phone, @Size(max = 300) String address, LocalDate dateOfBirth, String gender) {
	}

	/** A password change by the person themselves. */
	public record PasswordChangeCommand(@NotBlank(message = "{error.required}") String currentPassword,
			@NotBlank(message = "{error.required}") String newPassword,
			@NotBlank(message = "{error.required}") String confirmation) {
	}

	@Transactional
	public void updateOwnContact(ContactCommand command) {
		Account account = current();
		String phone = null;
		if (command.phone() != null && !command.phone().isBlank()) {
			PhoneNumber parsed = PhoneNumber.parseOrNull(command.phone());
			if (parsed == null) {
				throw new BusinessRuleViolation("error.phone");
			}
			phone = parsed.digits();
		}
		String email = command.email() == null || command.email().isBlank() ? null : command.email().trim();
		if (email != null && !email.equalsIgnoreCase(account.getEmail()) && accounts.emailTaken(email)) {
			throw new BusinessRuleViolation("error.email.taken");
		}
		account.updateContact(email, phone, blank(command.address()));
		account.updateProfile(account.getFullName(), command.dateOfBirth(), blank(command.gender()));
		accounts.save(account);
		audit.record(AuditRecord.of("PROFILE_UPDATED", "identity_account", account.getId().toString()));
	}

	@Transactional
	public void changeOwnPassword(PasswordChangeCommand command) {
		Account account = current();
		if (!passwords.matches(command.currentPassword(), account.getPasswordHash())) {
			throw new BusinessRuleViolation("error.password.current");
		}
		if (!command.newPassword().equals(command.confirmation())) {
			throw new BusinessRuleViolation("error.password.mismatch");
		}
		PasswordPolicy.violation(command.newPassword(), account.getUsername(), account.getCitizenId())
			.ifPresent(key -> {
				throw new BusinessRuleViolation(key);
			});
		account.changePassword(passwords.encode(command.newPassword()), clock.instant());
		accounts.save(account);
		sessions.revokeTokens(account);
		audit.record(AuditRecord.of("PASSWORD_CHANGED", "identity_account", account.getId().toString()));
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
