package vn.minhbach.organization;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A department (bộ phận, phòng, ban) of an agency. */
@Table("organization_department")
public class Department {

	@Id
	private Long id;

	private Long agencyId;

	private String code;

	private String name;

	/** Whether it is the one-stop desk (Bộ phận tiếp nhận và trả kết quả). */
	private boolean oneStop;

	private int sortOrder;

	@Version
	private Integer version;

	protected Department() {
	}

	public Department(Long agencyId, String code, String name, boolean oneStop, int sortOrder) {
		this.agencyId = agencyId;
		this.code = code;
		this.name = name;
		this.oneStop = oneStop;
		this.sortOrder = sortOrder;
	}

	public void describe(String newCode, String newName, boolean newOneStop, int newSortOrder) {
		this.code = newCode;
		this.name = newName;
		this.oneStop = newOneStop;
		this.sortOrder = newSortOrder;
	}

	public Long getId() {
		return id;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public boolean isOneStop() {
		return oneStop;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public Integer getVersion() {
		return version;
	}
}
