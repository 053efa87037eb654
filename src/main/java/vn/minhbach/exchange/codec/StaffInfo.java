package vn.minhbach.exchange.codec;

/**
 * The officer in charge of a package or a status message at the sending agency, so that the
 * other side knows whom to call.
 *
 * @param department the officer's department
 * @param staff the officer's full name
 */
public record StaffInfo(String department, String staff, String mobile, String email) {

	public StaffInfo {
		department = Values.clean(department);
		staff = Values.clean(staff);
		mobile = Values.clean(mobile);
		email = Values.clean(email);
	}
}
