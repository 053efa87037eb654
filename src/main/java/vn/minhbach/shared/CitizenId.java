package vn.minhbach.shared;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Vietnamese citizen identification number (số định danh cá nhân / CCCD): 12 digits — the
 * 3-digit province code of birth registration, one digit for sex and century, two digits of the
 * birth year and six random digits. No check digit exists, so only the structure is validated.
 */
public record CitizenId(String value) {

	private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

	/** Province codes of birth registration (001 Hà Nội … 096 Cà Mau), as used before 2025. */
	private static final Set<Integer> PROVINCE_CODES = Set.of(1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22,
			24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62,
			64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96);

	public CitizenId {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid citizen ID: " + mask(value));
		}
	}

	/** Whether the text is 12 digits with a known province code and a plausible century digit. */
	public static boolean isValid(String text) {
		if (text == null || !TWELVE_DIGITS.matcher(text).matches()) {
			return false;
		}
		int province = Integer.parseInt(text.substring(0, 3));
		int centuryAndSex = text.charAt(3) - '0';
		return PROVINCE_CODES.contains(province) && centuryAndSex <= 9;
	}

	/** The century of birth encoded by the fourth digit: 0/1 → 1900s, 2/3 → 2000s, 4/5 → 2100s … */
	public int birthCentury() {
		return 1900 + ((value.charAt(3) - '0') / 2) * 100;
	}

	/** Female when the fourth digit is odd. */
	public boolean female() {
		return (value.charAt(3) - '0') % 2 == 1;
	}

	/** The year of birth encoded in digits 4–6. */
	public int birthYear() {
		return birthCentury() + Integer.parseInt(value.substring(4, 6));
	}

	/** The form shown on public pages: {@code 049*******89}. */
	public String masked() {
		return mask(value);
	}

	private static String mask(String text) {
		return PersonalData.maskMiddle(text, 3, 2);
	}

	@Override
	public String toString() {
		return masked();
	}
}
