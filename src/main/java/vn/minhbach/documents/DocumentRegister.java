package vn.minhbach.documents;

/**
 * A register (sổ văn bản) of one agency for one year and direction: the general series, the
 * secret series, or one document type's series where the agency keeps registers per type.
 */
public record DocumentRegister(long id, Long agencyId, int year, OfficialDocument.Direction direction, String series,
		String name, int lastNumber) {

	public static final String GENERAL = "CHUNG";

	public static final String SECRET = "MAT";
}
