package vn.minhbach.documents;

/**
 * The kinds of administrative documents of Decree 30/2020 (Appendix III) and their abbreviations
 * in notations ({@code 15/QĐ-UBND}). A công văn and a thư công have no abbreviation: their
 * notation names the agency and the drafting unit instead ({@code 12/UBND-VP}).
 */
public enum DocumentType {
	CONG_VAN(null), NGHI_QUYET("NQ"), QUYET_DINH("QĐ"), CHI_THI("CT"), QUY_CHE("QC"), QUY_DINH("QyĐ"), THONG_CAO("TC"),
	THONG_BAO("TB"), HUONG_DAN("HD"), CHUONG_TRINH("CTr"), KE_HOACH("KH"), PHUONG_AN("PA"), DE_AN("ĐA"), DU_AN("DA"),
	BAO_CAO("BC"), BIEN_BAN("BB"), TO_TRINH("TTr"), HOP_DONG("HĐ"), CONG_DIEN("CĐ"), BAN_GHI_NHO("BGN"),
	BAN_THOA_THUAN("BTT"), GIAY_UY_QUYEN("GUQ"), GIAY_MOI("GM"), GIAY_GIOI_THIEU("GGT"), GIAY_NGHI_PHEP("GNP"),
	PHIEU_GUI("PG"), PHIEU_CHUYEN("PC"), PHIEU_BAO("PB"), THU_CONG(null);

	private final String abbreviation;

	DocumentType(String abbreviation) {
		this.abbreviation = abbreviation;
	}

	/** The abbreviation in notations, or null for a công văn or thư công. */
	public String abbreviation() {
		return abbreviation;
	}

	public String messageKey() {
		return "document.type." + name();
	}
}
