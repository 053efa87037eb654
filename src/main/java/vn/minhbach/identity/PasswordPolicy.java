package vn.minhbach.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * The rules a new password must meet: at least 8 characters, letters and digits, not the user
 * name or the citizen ID. Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	public static Optional<String> violation(String password, String... personalValues) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("error.password.tooShort");
		}
		if (password.length() > 128) {
			return Optional.of("error.password.tooLong");
		}
		boolean letter = password.codePoints().anyMatch(Character::isLetter);
		boolean digit = password.codePoints().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			return Optional.of("error.password.weak");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		for (String value : personalValues) {
			if (value != null && !value.isBlank() && lower.contains(value.toLowerCase(Locale.ROOT))) {
				return Optional.of("error.password.personal");
			}
		}
		return Optional.empty();
	}
}
