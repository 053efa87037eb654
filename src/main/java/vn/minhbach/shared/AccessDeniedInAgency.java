package vn.minhbach.shared;

/**
 * The user is authenticated but does not hold the needed role in the agency that owns the
 * object; shown as 403. Thrown by application services, which check the agency as well as the role.
 */
public class AccessDeniedInAgency extends RuntimeException {

	public AccessDeniedInAgency(String what) {
		super(what);
	}
}
