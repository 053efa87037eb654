package vn.minhbach.shared;

/**
 * Masking of personal data for pages whose readers must not see it in full (public tracking,
 * lists visible to other officers). Masking keeps enough to recognise one's own data.
 */
public final class PersonalData {

	private PersonalData() {
	}

	/** Keeps {@code head} characters at the start and {@code tail} at the end, stars in between. */
	public static String maskMiddle(String text, int head, int tail) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		if (text.length() <= head + tail) {
			return "*".repeat(text.length());
		}
		return text.substring(0, head) + "*".repeat(text.length() - head - tail) + text.substring(text.length() - tail);
	}

	/** "Nguyễn Văn An" → "N*** V** An": initials of every word but the given name. */
	public static String maskName(String fullName) {
		if (fullName == null || fullName.isBlank()) {
			return "";
		}
		String[] words = fullName.trim().split("\\s+");
		var masked = new StringBuilder();
		for (int i = 0; i < words.length; i++) {
			if (i > 0) {
				masked.append(' ');
			}
			String word = words[i];
			if (i == words.length - 1) {
				masked.append(word);
			}
			else {
				int first = word.offsetByCodePoints(0, 1);
				masked.append(word, 0, first).append("*".repeat(Math.max(1, word.codePointCount(first, word.length()))));
			}
		}
		return masked.toString();
	}

	/** "nguyenvanan@example.vn" → "ng*********@example.vn". */
	public static String maskEmail(String email) {
		if (email == null || !email.contains("@")) {
			return maskMiddle(email, 2, 0);
		}
		int at = email.indexOf('@');
		return maskMiddle(email.substring(0, at), Math.min(2, at), 0) + email.substring(at);
	}

	/** "0905123456" → "090****456". */
	public static String maskPhone(String phone) {
		return maskMiddle(phone, 3, 3);
	}
}
