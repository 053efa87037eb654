package vn.minhbach.identity.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.minhbach.identity.Account;
import vn.minhbach.identity.RoleAssignment;
import vn.minhbach.identity.StaffAdministration.RoleLine;
import vn.minhbach.identity.StaffAdministration.StaffCommand;
import vn.minhbach.shared.Role;

/**
 * The staff editor's form: the roles are a grid of check boxes, one per agency and role
 * ({@code grants} holds values like {@code LEADER@12}), with a department per agency.
 */
public class StaffForm {

	@NotBlank(message = "{error.required}")
	@Size(max = 100)
	@Pattern(regexp = "^[a-z0-9._\\-]+$", message = "{error.username}")
	private String username = "";

	@NotBlank(message = "{error.required}")
	@Size(max = 200)
	private String fullName = "";

	@Email(message = "{error.email}")
	@Size(max = 200)
	private String email = "";

	@Size(max = 20)
	private String phone = "";

	private String password = "";

	private Set<String> grants = new LinkedHashSet<>();

	private Map<String, Long> departments = new HashMap<>();

	private boolean systemAdmin;

	private Integer version;

	static StaffForm of(Account account) {
		var form = new StaffForm();
		form.username = account.getUsername();
		form.fullName = account.getFullName();
		form.email = account.getEmail();
		form.phone = account.getPhone();
		form.version = account.getVersion();
		for (RoleAssignment role : account.getRoles()) {
			if (role.role() == Role.SYSTEM_ADMIN) {
				form.systemAdmin = true;
			}
			else if (role.agencyId() != null) {
				form.grants.add(role.role().name() + "@" + role.agencyId());
				if (role.departmentId() != null) {
					form.departments.put(role.agencyId().toString(), role.departmentId());
				}
			}
		}
		return form;
	}

	StaffCommand toCommand() {
		List<RoleLine> lines = new ArrayList<>();
		if (systemAdmin) {
			lines.add(new RoleLine(Role.SYSTEM_ADMIN, null, null));
		}
		for (String grant : grants) {
			String[] parts = grant.split("@", 2);
			if (parts.length != 2) {
				continue;
			}
			Long agencyId = Long.valueOf(parts[1]);
			lines.add(new RoleLine(Role.valueOf(parts[0]), agencyId, departments.get(parts[1])));
		}
		return new StaffCommand(username, fullName, email, phone, password, lines, version);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<String> getGrants() {
		return grants;
	}

	public void setGrants(Set<String> grants) {
		this.grants = grants == null ? new LinkedHashSet<>() : grants;
	}

	public Map<String, Long> getDepartments() {
		return departments;
	}

	public void setDepartments(Map<String, Long> departments) {
		this.departments = departments == null ? new HashMap<>() : departments;
	}

	public boolean isSystemAdmin() {
		return systemAdmin;
	}

	public void setSystemAdmin(boolean systemAdmin) {
		this.systemAdmin = systemAdmin;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}
}
