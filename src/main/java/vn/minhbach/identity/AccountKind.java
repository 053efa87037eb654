package vn.minhbach.identity;

/** Whether an account belongs to a member of staff or to a citizen. */
public enum AccountKind {
	STAFF, CITIZEN
}
