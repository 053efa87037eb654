package vn.minhbach.organization;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A position (chức vụ) in an agency and the person holding it; leaders are published on the portal. */
@Table("organization_position")
public class Position {

	@Id
	private Long id;

	private Long agencyId;

	private Long departmentId;

	private String title;

	private String holderName;

	private Long accountId;

	private boolean leader;

	private String duties;

	private String biography;

	private int sortOrder;

	@Version
	private Integer version;

	protected Position() {
	}

	public Position(Long agencyId, Long departmentId, String title, String holderName, boolean leader, int sortOrder) {
		this.agencyId = agencyId;
		this.departmentId = departmentId;
		this.title = title;
		this.holderName = holderName;
		this.leader = leader;
		this.sortOrder = sortOrder;
	}

	public void describe(Long newDepartmentId, String newTitle, String newHolderName, boolean newLeader, String newDuties,
			String newBiography, int newSortOrder) {
		this.departmentId = newDepartmentId;
		this.title = newTitle;
		this.holderName = newHolderName;
		this.leader = newLeader;
		this.duties = newDuties;
		this.biography = newBiography;
		this.sortOrder = newSortOrder;
	}

	public void heldBy(Long newAccountId) {
		this.accountId = newAccountId;
	}

	public Long getId() {
		return id;
	}

	public Long getAgencyId() {
		return agencyId;
	}

	public Long getDepartmentId() {
		return departmentId;
	}

	public String getTitle() {
		return title;
	}

	public String getHolderName() {
		return holderName;
	}

	public Long getAccountId() {
		return accountId;
	}

	public boolean isLeader() {
		return leader;
	}

	public String getDuties() {
		return duties;
	}

	/** A short biography of the holder (published on the portal for leaders), or null. */
	public String getBiography() {
		return biography;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public Integer getVersion() {
		return version;
	}
}
