package vn.minhbach.exchange.codec;

/**
 * The number and notation of a document (số, ký hiệu): {@code 15} and {@code QĐ-UBND} for
 * {@code 15/QĐ-UBND}. A package's {@code MessageHeader/Code} carries them as two elements
 * ({@code CodeNumber}, {@code CodeNotation}); a {@code ResponseFor} carries them as one text,
 * {@link #text()}.
 */
public record Code(String number, String notation) {

	public Code {
		number = Values.clean(number);
		notation = Values.clean(notation);
	}

	/** {@code number/notation}, as written in a {@code ResponseFor} and in a DocumentId. */
	public String text() {
		return number + "/" + notation;
	}

	/**
	 * Splits {@code 15/QĐ-UBND} at its first slash, so that a notation with a year
	 * ({@code 12/2026/TT-BTC}) keeps it: number {@code 12}, notation {@code 2026/TT-BTC}.
	 *
	 * @throws IllegalArgumentException when there is no number before a slash or no notation after it
	 */
	public static Code parse(String text) {
		String value = Values.clean(text);
		int slash = value == null ? -1 : value.indexOf('/');
		if (slash <= 0 || slash == value.length() - 1) {
			throw new IllegalArgumentException("not a number/notation: " + text);
		}
		return new Code(value.substring(0, slash), value.substring(slash + 1));
	}
}
