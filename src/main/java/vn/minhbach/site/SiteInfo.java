package vn.minhbach.site;

/**
 * What the public layout shows about the agency this installation serves.
 *
 * @param agencyId the host agency
 * @param agencyName "UBND xã Tam Anh Nam" as written in full ("Ủy ban nhân dân xã Tam Anh Nam")
 * @param unitLine the units above it ("Huyện Núi Thành – Tỉnh Quảng Nam")
 * @param address postal address
 * @param phone phone as written locally
 * @param email e-mail address
 * @param website website
 */
public record SiteInfo(Long agencyId, String agencyName, String unitLine, String address, String phone, String email,
		String website) {

	public static SiteInfo unconfigured() {
		return new SiteInfo(null, null, null, null, null, null, null);
	}

	public boolean configured() {
		return agencyId != null;
	}
}
