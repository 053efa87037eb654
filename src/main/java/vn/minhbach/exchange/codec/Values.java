package vn.minhbach.exchange.codec;

import java.util.List;

/** Normalisation of record components: blank text is absent, text is stripped, lists are immutable. */
final class Values {

	private Values() {
	}

	static String clean(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip();
	}

	static <T> List<T> list(List<T> values) {
		return values == null ? List.of() : List.copyOf(values);
	}

	/** A list of texts without the blank ones, stripped. */
	static List<String> texts(List<String> values) {
		return values == null ? List.of() : values.stream().map(Values::clean).filter(v -> v != null).toList();
	}
}
