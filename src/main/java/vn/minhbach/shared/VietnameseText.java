package vn.minhbach.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text handling: folding diacritics for search ("Đăng ký khai sinh" and
 * "dang ky khai sinh" fold to the same text) and sorting with a Vietnamese collator.
 */
public final class VietnameseText {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private VietnameseText() {
	}

	/** Lower case, without diacritics, đ → d, runs of spaces collapsed. Null becomes "". */
	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return SPACES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/** A comparator that sorts Vietnamese names as a Vietnamese reader expects (a, ă, â, b, … đ after d). */
	public static Comparator<String> collator() {
		Collator collator = Collator.getInstance(VIETNAMESE);
		collator.setStrength(Collator.SECONDARY);
		return collator::compare;
	}

	/** Turns a title into a URL slug: "Tin tức – Sự kiện" → "tin-tuc-su-kien". */
	public static String slug(String text) {
		return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}
}
