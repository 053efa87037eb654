package vn.minhbach.organization;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An administrative unit: a node of the province → [district] → commune tree. */
@Table("organization_unit")
public class AdministrativeUnit {

	@Id
	private Long id;

	private Long parentId;

	private UnitKind kind;

	private String name;

	private String code;

	private String legacyCode;

	private boolean active = true;

	private Double latitude;

	private Double longitude;

	@Version
	private Integer version;

	protected AdministrativeUnit() {
	}

	public AdministrativeUnit(Long parentId, UnitKind kind, String name, String code) {
		this.parentId = parentId;
		this.kind = kind;
		this.name = name;
		this.code = code;
	}

	public void rename(UnitKind newKind, String newName, String newCode, String newLegacyCode) {
		this.kind = newKind;
		this.name = newName;
		this.code = newCode;
		this.legacyCode = newLegacyCode;
	}

	public void locate(Double newLatitude, Double newLongitude) {
		this.latitude = newLatitude;
		this.longitude = newLongitude;
	}

	public void moveUnder(Long newParentId) {
		if (id != null && id.equals(newParentId)) {
			throw new IllegalArgumentException("A unit cannot be its own parent");
		}
		this.parentId = newParentId;
	}

	public void deactivate() {
		this.active = false;
	}

	public void activate() {
		this.active = true;
	}

	/** "Xã Tam Anh Nam". */
	public String displayName() {
		return kind.vietnameseName() + " " + name;
	}

	public Long getId() {
		return id;
	}

	public Long getParentId() {
		return parentId;
	}

	public UnitKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getCode() {
		return code;
	}

	public String getLegacyCode() {
		return legacyCode;
	}

	public boolean isActive() {
		return active;
	}

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public Integer getVersion() {
		return version;
	}
}
