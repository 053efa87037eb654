package vn.minhbach.shared;

/**
 * What a person may do. A staff role is always held in an agency (except SYSTEM_ADMIN, which
 * spans the installation); CITIZEN is the role of every self-registered citizen account.
 */
public enum Role {
	/** Runs the installation: units, agencies, accounts, calendar, audit. */
	SYSTEM_ADMIN,
	/** Administers one agency: its departments, staff, catalog and templates. */
	AGENCY_ADMIN,
	/** Chairman or vice-chairman: approves, directs, signs. */
	LEADER,
	/** The one-stop desk (bộ phận một cửa): receives and returns dossiers. */
	RECEPTION,
	/** A specialist officer who processes dossiers and drafts documents. */
	SPECIALIST,
	/** The head of a department (trưởng phòng, trưởng bộ phận): reviews the drafts of official documents. */
	DEPARTMENT_HEAD,
	/** The clerk (văn thư): registers, numbers and dispatches official documents. */
	CLERK,
	/** Writes news for the public portal. */
	EDITOR,
	/** A citizen using online public services. */
	CITIZEN;

	/** Whether the role belongs to staff of an agency. */
	public boolean staff() {
		return this != CITIZEN;
	}
}
