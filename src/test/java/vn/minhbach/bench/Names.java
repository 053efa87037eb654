package vn.minhbach.bench;

import java.util.Random;

/** Realistic Vietnamese people, places and citizen IDs for the generated province. */
final class Names {

	/** Family names weighted roughly as in the population (Nguyễn about a third). */
	private static final String[] FAMILY = { "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần",
			"Lê", "Lê", "Phạm", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
			"Trương", "Đoàn", "Lương", "Mai", "Cao", "Châu", "Đinh", "Tạ", "Lâm", "Thái", "Văn" };

	private static final String[] MIDDLE_MALE = { "Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Công", "Thành",
			"Xuân", "Ngọc", "Tấn", "Quang", "Anh", "Thanh" };

	private static final String[] MIDDLE_FEMALE = { "Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mỹ",
			"Hồng", "Bích", "Phương", "Thùy", "Minh" };

	private static final String[] GIVEN_MALE = { "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Hưng", "Khánh", "Long",
			"Minh", "Nam", "Phong", "Phúc", "Quang", "Sơn", "Tài", "Thắng", "Thịnh", "Tiến", "Toàn", "Trung", "Tuấn",
			"Việt", "Vinh", "Hiếu", "Đạt", "Lộc", "Nhân", "Tâm", "Huy", "Khoa", "Kiên", "Lâm", "Nghĩa", "Thái", "Trí" };

	private static final String[] GIVEN_FEMALE = { "Anh", "Bích", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh",
			"Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan", "Mai", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo",
			"Thu", "Thủy", "Trang", "Vân", "Yến", "Tuyết", "Hiền", "Nga", "My", "Nhi", "Trinh", "Uyên", "Vy" };

	static final String[] VILLAGES = { "Nam Định", "Phước Lộc", "Thạch Tân", "Trung Toàn", "Xuân Mỹ", "Tân Mỹ",
			"Phú Quý", "An Hải", "Đông Tây", "Vĩnh Bình", "Hòa Xuân", "Thuận An", "Bình Trung", "Mỹ Thạch" };

	/** Birth-registration province codes: mostly Quảng Nam, some neighbours and the big cities. */
	private static final String[] PROVINCES = { "049", "049", "049", "049", "049", "049", "049", "049", "048", "048",
			"051", "052", "046", "001", "079", "038", "044" };

	private Names() {
	}

	record Person(String fullName, boolean female, int birthYear, String citizenId) {
	}

	static String fullName(Random random, boolean female) {
		String family = pick(random, FAMILY);
		String middle = pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE);
		String given = pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
		if (random.nextInt(6) == 0) {
			// a second middle name ("Nguyễn Thị Thu Hà")
			return family + " " + middle + " " + pick(random, female ? GIVEN_FEMALE : GIVEN_MALE) + " " + given;
		}
		return family + " " + middle + " " + given;
	}

	/**
	 * A 12-digit citizen ID: the province of birth registration, one digit for sex and century
	 * (0/1 male/female in the 1900s, 2/3 in the 2000s), two digits of the birth year, six random digits.
	 */
	static String citizenId(Random random, boolean female, int birthYear) {
		int century = birthYear >= 2000 ? 2 : 0;
		return pick(random, PROVINCES) + (century + (female ? 1 : 0)) + String.format("%02d", birthYear % 100)
				+ String.format("%06d", random.nextInt(1_000_000));
	}

	static String phone(Random random) {
		String[] prefixes = { "090", "093", "091", "094", "098", "097", "086", "035", "036", "070", "077", "083", "088" };
		return pick(random, prefixes) + String.format("%07d", random.nextInt(10_000_000));
	}

	static String address(Random random, String commune) {
		return "Thôn " + pick(random, VILLAGES) + ", xã " + commune + ", huyện Núi Thành, tỉnh Quảng Nam";
	}

	static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}
}
