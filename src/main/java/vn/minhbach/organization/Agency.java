package vn.minhbach.organization;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A state agency (cơ quan) — e.g. the People's Committee of a commune — in an administrative unit. */
@Table("organization_agency")
public class Agency {

	@Id
	private Long id;

	private Long unitId;

	private Long parentAgencyId;

	private String code;

	private String name;

	private String shortName;

	private String address;

	private String phone;

	private String email;

	private String website;

	private Double latitude;

	private Double longitude;

	private String functions;

	private boolean active = true;

	@Version
	private Integer version;

	protected Agency() {
	}

	public Agency(Long unitId, Long parentAgencyId, AgencyCode code, String name, String shortName) {
		this.unitId = unitId;
		this.parentAgencyId = parentAgencyId;
		this.code = code.value();
		this.name = name;
		this.shortName = shortName;
	}

	public void describe(String newName, String newShortName, AgencyCode newCode, Long newUnitId, Long newParentAgencyId) {
		if (id != null && id.equals(newParentAgencyId)) {
			throw new IllegalArgumentException("An agency cannot be its own parent");
		}
		this.name = newName;
		this.shortName = newShortName;
		this.code = newCode.value();
		this.unitId = newUnitId;
		this.parentAgencyId = newParentAgencyId;
	}

	public void contact(String newAddress, String newPhone, String newEmail, String newWebsite) {
		this.address = newAddress;
		this.phone = newPhone;
		this.email = newEmail;
		this.website = newWebsite;
	}

	public void locate(Double newLatitude, Double newLongitude) {
		this.latitude = newLatitude;
		this.longitude = newLongitude;
	}

	public void describeFunctions(String text) {
		this.functions = text;
	}

	public void setActive(boolean value) {
		this.active = value;
	}

	public AgencyCode agencyCode() {
		return new AgencyCode(code);
	}

	public Long getId() {
		return id;
	}

	public Long getUnitId() {
		return unitId;
	}

	public Long getParentAgencyId() {
		return parentAgencyId;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public String getAddress() {
		return address;
	}

	public String getPhone() {
		return phone;
	}

	public String getEmail() {
		return email;
	}

	public String getWebsite() {
		return website;
	}

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public String getFunctions() {
		return functions;
	}

	public boolean isActive() {
		return active;
	}

	public Integer getVersion() {
		return version;
	}
}
