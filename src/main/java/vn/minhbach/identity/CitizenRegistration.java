package vn.minhbach.identity;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.minhbach.audit.AuditLog;
import vn.minhbach.audit.AuditRecord;
import vn.minhbach.shared.BusinessRuleViolation;
import vn.minhbach.shared.CitizenId;
import vn.minhbach.shared.DataErrors;
import vn.minhbach.shared.PhoneNumber;

/** Self-registration of citizens. The citizen ID is the user name; e-mail and phone are for notifications. */
@Service
public class CitizenRegistration {

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final Clock clock;

	CitizenRegistration(Accounts accounts, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a citizen fills in to register. */
	public record RegistrationCommand(@NotBlank(message = "{error.required}") @Size(max = 200) String fullName,
			@NotBlank(message = "{error.required}") String citizenId,
			@Past(message = "{error.dateOfBirth}") LocalDate dateOfBirth,
			@NotBlank(message = "{error.required}") String phone,
			@NotBlank(message = "{error.required}") @Email(message = "{error.email}") @Size(max = 200) String email,
			@NotBlank(message = "{error.required}") String password, @NotBlank(message = "{error.required}") String passwordConfirmation,
			@NotNull(message = "{error.consent}") @AssertTrue(message = "{error.consent}") Boolean consent,
			@Size(max = 300) String address) {

		/** Without an address (it can be added on the account page). */
		public RegistrationCommand(String fullName, String citizenId, LocalDate dateOfBirth, String phone, String email,
				String password, String passwordConfirmation, Boolean consent) {
			this(fullName, citizenId, dateOfBirth, phone, email, password, passwordConfirmation, consent, null);
		}
	}

	/**
	 * Creates the account. Field-level problems are reported as {@link BusinessRuleViolation}s
	 * whose message key names the problem; the controller maps them to fields.
	 */
	@Transactional
	public Account register(RegistrationCommand command) {
		return register(command, command.citizenId().trim());
	}

	/**
	 * Registers with a chosen user name (imports, demo data); the citizen ID still logs in too.
	 */
	@Transactional
	public Account register(RegistrationCommand command, String username) {
		String citizenId = command.citizenId().trim();
		if (!CitizenId.isValid(citizenId)) {
			throw new RegistrationProblem("citizenId", "error.citizenId");
		}
		PhoneNumber phone = PhoneNumber.parseOrNull(command.phone());
		if (phone == null) {
			throw new RegistrationProblem("phone", "error.phone");
		}
		if (!command.password().equals(command.passwordConfirmation())) {
			throw new RegistrationProblem("passwordConfirmation", "error.password.mismatch");
		}
		PasswordPolicy.violation(command.password(), citizenId, command.email()).ifPresent(key -> {
			throw new RegistrationProblem("password", key);
		});
		if (accounts.citizenIdTaken(citizenId) || accounts.usernameTaken(username)) {
			throw new RegistrationProblem("citizenId", "error.citizenId.taken");
		}
		if (accounts.emailTaken(command.email().trim())) {
			throw new RegistrationProblem("email", "error.email.taken");
		}
		Account account = Account.citizen(username, command.fullName().trim(), new CitizenId(citizenId),
				passwords.encode(command.password()), clock.instant());
		account.updateContact(command.email().trim(), phone.digits(),
				command.address() == null || command.address().isBlank() ? null : command.address().strip());
		account.updateProfile(command.fullName().trim(), command.dateOfBirth(), null);
		try {
			account = accounts.save(account);
		}
		catch (RuntimeException ex) {
			if (DataErrors.isDuplicateKey(ex)) {
				throw new RegistrationProblem("citizenId", "error.citizenId.taken");
			}
			throw ex;
		}
		audit.record(AuditRecord.of("CITIZEN_REGISTERED", "identity_account", account.getId().toString())
			.by(account.getUsername()));
		return account;
	}

	/** A registration refused because of one field. */
	public static class RegistrationProblem extends BusinessRuleViolation {

		private final String field;

		RegistrationProblem(String field, String messageKey) {
			super(messageKey);
			this.field = field;
		}

		public String field() {
			return field;
		}
	}
}
