package vn.minhbach.organization;

import java.util.regex.Pattern;

/**
 * The electronic identification code of an agency (mã định danh điện tử, QCVN 102:2016/BTTTT):
 * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, 13 characters read from right to left — level 1 is a province
 * ({@code Hxx}) or a ministry ({@code Gxx}), then levels 2, 3 and 4. {@code 000.00.00.H47} is a
 * provincial People's Committee.
 */
public record AgencyCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{3}\\.[0-9A-Z]{2}\\.[0-9A-Z]{2}\\.[A-Z][0-9]{2}");

	public AgencyCode {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not an agency identification code: " + value);
		}
	}

	public static boolean isValid(String text) {
		return text != null && FORMAT.matcher(text).matches();
	}

	/** The level-1 part: the province ({@code H47}) or ministry ({@code G01}). */
	public String levelOne() {
		return value.substring(10);
	}

	@Override
	public String toString() {
		return value;
	}
}
