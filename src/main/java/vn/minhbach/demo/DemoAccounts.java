package vn.minhbach.demo;

import java.util.List;

/** The demo logins, all with the password {@value #PASSWORD}. Later issues add to these, never rename them. */
public final class DemoAccounts {

	public static final String PASSWORD = "Demo@2026";

	/** The suffixes of the two demo agencies: UBND xã Tam Anh Nam and UBND huyện Núi Thành. */
	public static final List<String> AGENCY_SUFFIXES = List.of("tamanhnam", "nuithanh");

	/** Staff user names without the agency suffix, and their role. */
	public static final List<String[]> STAFF = List.of(new String[] { "quantri", "AGENCY_ADMIN" },
			new String[] { "lanhdao", "LEADER" }, new String[] { "motcua", "RECEPTION" },
			new String[] { "chuyenvien", "SPECIALIST" }, new String[] { "truongphong", "DEPARTMENT_HEAD" },
			new String[] { "vanthu", "CLERK" },
			new String[] { "bientap", "EDITOR" });

	public static final List<String> CITIZENS = List.of("congdan.demo", "congdan2.demo");

	private DemoAccounts() {
	}
}
