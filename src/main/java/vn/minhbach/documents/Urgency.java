package vn.minhbach.documents;

/** How urgent a document is (độ khẩn): ordinary, Khẩn, Thượng khẩn, Hỏa tốc. */
public enum Urgency {
	NORMAL, KHAN, THUONG_KHAN, HOA_TOC;

	public String messageKey() {
		return "document.urgency." + name();
	}
}
