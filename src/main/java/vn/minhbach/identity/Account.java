package vn.minhbach.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import vn.minhbach.shared.CitizenId;
import vn.minhbach.shared.Role;

/**
 * A person's account: a member of staff with roles held in agencies, or a citizen. Guards its
 * own login state: failed attempts lock it for a while; a successful login or an
 * administrator's unlock clears them.
 */
@Table("identity_account")
public class Account {

	@Id
	private Long id;

	private String username;

	private AccountKind kind;

	private String fullName;

	private String email;

	private String phone;

	private String citizenId;

	private LocalDate dateOfBirth;

	private String gender;

	private String address;

	private String passwordHash;

	private boolean enabled = true;

	private int failedAttempts;

	private Instant lockedUntil;

	private Instant createdAt;

	private Instant passwordChangedAt;

	private Instant lastLoginAt;

	@Version
	private Integer version;

	@MappedCollection(idColumn = "account_id")
	private Set<RoleAssignment> roles = new LinkedHashSet<>();

	protected Account() {
	}

	private Account(String username, AccountKind kind, String fullName, String passwordHash, Instant now) {
		this.username = username;
		this.kind = kind;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	public static Account staff(String username, String fullName, String passwordHash, Instant now) {
		return new Account(username, AccountKind.STAFF, fullName, passwordHash, now);
	}

	public static Account citizen(String username, String fullName, CitizenId citizenId, String passwordHash, Instant now) {
		var account = new Account(username, AccountKind.CITIZEN, fullName, passwordHash, now);
		account.citizenId = citizenId.value();
		account.roles.add(RoleAssignment.of(Role.CITIZEN, null, null));
		return account;
	}

	/** Whether a login at {@code now} is refused because of earlier failures. */
	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a failed login; the {@code threshold}-th failure in a row locks the account for {@code lockDuration}. */
	public boolean recordFailedLogin(Instant now, int threshold, Duration lockDuration) {
		if (lockedAt(now)) {
			return false;
		}
		failedAttempts++;
		if (failedAttempts >= threshold) {
			lockedUntil = now.plus(lockDuration);
			failedAttempts = 0;
			return true;
		}
		return false;
	}

	public void recordSuccessfulLogin(Instant now) {
		failedAttempts = 0;
		lockedUntil = null;
		lastLoginAt = now;
	}

	public void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	public void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
	}

	public void updateContact(String newEmail, String newPhone, String newAddress) {
		this.email = newEmail;
		this.phone = newPhone;
		this.address = newAddress;
	}

	public void updateProfile(String newFullName, LocalDate newDateOfBirth, String newGender) {
		this.fullName = newFullName;
		this.dateOfBirth = newDateOfBirth;
		this.gender = newGender;
	}

	public void setEnabled(boolean value) {
		this.enabled = value;
	}

	/** Grants a role in an agency (no-op when already held); staff accounts only. */
	public void grant(Role role, Long agencyId, Long departmentId) {
		if (kind != AccountKind.STAFF || !role.staff()) {
			throw new IllegalArgumentException("Only staff accounts hold staff roles");
		}
		roles.removeIf(existing -> existing.sameAs(role, agencyId));
		roles.add(RoleAssignment.of(role, agencyId, departmentId));
	}

	public void revoke(Role role, Long agencyId) {
		roles.removeIf(existing -> existing.sameAs(role, agencyId));
	}

	/** Replaces all staff roles at once (the staff editor's form). */
	public void replaceRoles(List<RoleAssignment> assignments) {
		if (kind != AccountKind.STAFF) {
			throw new IllegalArgumentException("Only staff accounts hold staff roles");
		}
		roles.clear();
		roles.addAll(assignments);
	}

	public boolean holds(Role role, Long agencyId) {
		return roles.stream().anyMatch(existing -> existing.sameAs(role, agencyId));
	}

	public CitizenId citizenIdentity() {
		return citizenId == null ? null : new CitizenId(citizenId);
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	public AccountKind getKind() {
		return kind;
	}

	public String getFullName() {
		return fullName;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getCitizenId() {
		return citizenId;
	}

	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public String getGender() {
		return gender;
	}

	public String getAddress() {
		return address;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int getFailedAttempts() {
		return failedAttempts;
	}

	public Instant getLockedUntil() {
		return lockedUntil;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getPasswordChangedAt() {
		return passwordChangedAt;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public Integer getVersion() {
		return version;
	}

	public Set<RoleAssignment> getRoles() {
		return Set.copyOf(roles);
	}
}
