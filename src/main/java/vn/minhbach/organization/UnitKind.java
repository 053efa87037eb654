package vn.minhbach.organization;

/** The kind of an administrative unit (đơn vị hành chính). */
public enum UnitKind {
	PROVINCE("Tỉnh"), CENTRAL_CITY("Thành phố trực thuộc trung ương"), DISTRICT("Huyện"), TOWN("Thị xã"),
	PROVINCIAL_CITY("Thành phố thuộc tỉnh"), URBAN_DISTRICT("Quận"), COMMUNE("Xã"), WARD("Phường"),
	TOWNSHIP("Thị trấn"), SPECIAL_ZONE("Đặc khu");

	private final String vietnameseName;

	UnitKind(String vietnameseName) {
		this.vietnameseName = vietnameseName;
	}

	/** The Vietnamese word used before the unit's name ("Xã", "Huyện"). */
	public String vietnameseName() {
		return vietnameseName;
	}

	/** The message-bundle key of the kind's name. */
	public String messageKey() {
		return "unit.kind." + name();
	}
}
