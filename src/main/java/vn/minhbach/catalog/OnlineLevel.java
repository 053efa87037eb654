package vn.minhbach.catalog;

/**
 * How far a procedure can be done online (Decree 42/2022, which replaced the former levels 3/4).
 */
public enum OnlineLevel {
	/** Toàn trình: everything online, result online or by post (former level 4). */
	FULL,
	/** Một phần: submitted online, but some step needs the applicant in person (former level 3). */
	PARTIAL,
	/** Not offered online: in person or by post only. */
	NONE;

	public boolean online() {
		return this != NONE;
	}
}
