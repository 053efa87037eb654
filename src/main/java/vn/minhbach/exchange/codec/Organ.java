package vn.minhbach.exchange.codec;

/**
 * An agency as edXML names it, the sender ({@code From}) or a recipient ({@code To}) of a package
 * or the author of a status message. Only the identification code is required; the rest is what
 * the recipient shows until its directory knows the agency. Blank values are absent (null) and
 * values are stripped, so that a package read back equals the one written.
 *
 * @param organId the agency's electronic identification code (mã định danh điện tử,
 *        {@code 000.00.00.H53})
 * @param organizationInCharge the code of the governing agency (đơn vị chủ quản)
 * @param organName the agency's name
 * @param organAdd its address
 */
public record Organ(String organId, String organizationInCharge, String organName, String organAdd, String email,
		String telephone, String fax, String website) {

	public Organ {
		organId = Values.clean(organId);
		organizationInCharge = Values.clean(organizationInCharge);
		organName = Values.clean(organName);
		organAdd = Values.clean(organAdd);
		email = Values.clean(email);
		telephone = Values.clean(telephone);
		fax = Values.clean(fax);
		website = Values.clean(website);
	}

	/** An agency known by code and name only. */
	public static Organ of(String organId, String organName) {
		return new Organ(organId, null, organName, null, null, null, null, null);
	}
}
