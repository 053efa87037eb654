package vn.minhbach.shared;

import java.util.regex.Pattern;

/**
 * A Vietnamese phone number, stored as digits in national form ({@code 0905123456},
 * {@code 02353592696}). Accepts spaces, dots, dashes and the {@code +84} prefix on input.
 */
public record PhoneNumber(String digits) {

	private static final Pattern NATIONAL = Pattern.compile("0\\d{9,10}");

	public PhoneNumber {
		if (digits == null || !NATIONAL.matcher(digits).matches()) {
			throw new IllegalArgumentException("Not a Vietnamese phone number: " + digits);
		}
	}

	/** Parses what a person typed; returns null when it is not a phone number. */
	public static PhoneNumber parseOrNull(String text) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replaceAll("[\\s.\\-()]", "");
		if (cleaned.startsWith("+84")) {
			cleaned = "0" + cleaned.substring(3);
		}
		else if (cleaned.startsWith("84") && cleaned.length() == 11) {
			cleaned = "0" + cleaned.substring(2);
		}
		return NATIONAL.matcher(cleaned).matches() ? new PhoneNumber(cleaned) : null;
	}

	public static boolean isValid(String text) {
		return parseOrNull(text) != null;
	}

	/** As written locally: landlines {@code 0235.3592696}, mobiles {@code 0905.123.456}. */
	public String formatted() {
		if (digits.length() == 11) {
			return digits.substring(0, 4) + "." + digits.substring(4);
		}
		return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
	}

	@Override
	public String toString() {
		return formatted();
	}
}
