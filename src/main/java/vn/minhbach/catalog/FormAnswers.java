package vn.minhbach.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;

/**
 * What an applicant entered in an e-form: for each section key, the list of its items (one
 * item for an ordinary section, any number for a repeating one), each a map of field key to
 * the text entered (dates as {@code yyyy-MM-dd}, check boxes as {@code true}).
 */
public record FormAnswers(Map<String, List<Map<String, String>>> sections) {

	public FormAnswers {
		var copy = new LinkedHashMap<String, List<Map<String, String>>>();
		if (sections != null) {
			sections.forEach((key, items) -> {
				List<Map<String, String>> itemsCopy = new ArrayList<>();
				for (Map<String, String> item : items) {
					itemsCopy.add(new LinkedHashMap<>(item));
				}
				copy.put(key, List.copyOf(itemsCopy));
			});
		}
		sections = java.util.Collections.unmodifiableMap(copy);
	}

	public static FormAnswers empty() {
		return new FormAnswers(Map.of());
	}

	public static FormAnswers fromJson(String json) {
		if (json == null || json.isBlank()) {
			return empty();
		}
		return new FormAnswers(FormSchema.JSON.readValue(json, new TypeReference<Map<String, List<Map<String, String>>>>() {
		}));
	}

	/** The JSON of one section's items, as stored inside the answers. */
	public static String itemsJson(List<Map<String, String>> items) {
		return FormSchema.JSON.writeValueAsString(items);
	}

	public String toJson() {
		return FormSchema.JSON.writeValueAsString(sections);
	}

	public List<Map<String, String>> items(String section) {
		return sections.getOrDefault(section, List.of());
	}

	public String value(String section, int index, String field) {
		List<Map<String, String>> items = items(section);
		return index < items.size() ? items.get(index).get(field) : null;
	}

	/** A copy with one section replaced. */
	public FormAnswers with(String section, List<Map<String, String>> items) {
		var copy = new LinkedHashMap<>(sections);
		copy.put(section, items);
		return new FormAnswers(copy);
	}

	/**
	 * The answers with every section the schema knows present (at least its minimum number of
	 * items) and prefilled fields taken from the profile where still empty.
	 */
	public FormAnswers completedFor(FormSchema schema, Map<String, String> profile) {
		var result = new LinkedHashMap<String, List<Map<String, String>>>();
		for (FormSchema.Section section : schema.sections()) {
			List<Map<String, String>> items = new ArrayList<>();
			for (Map<String, String> item : items(section.key())) {
				items.add(new LinkedHashMap<>(item));
			}
			while (items.size() < Math.max(1, section.minItems()) && items.size() < section.maxItems()) {
				items.add(new LinkedHashMap<>());
			}
			for (Map<String, String> item : items) {
				for (FormSchema.Field field : section.fields()) {
					String current = item.get(field.key());
					String known = field.prefill() == null ? null : profile.get(field.prefill());
					if ((current == null || current.isBlank()) && known != null && !known.isBlank()) {
						if ("choice".equals(field.type())) {
							field.options()
								.stream()
								.filter(o -> o.value().equalsIgnoreCase(known) || o.label().equalsIgnoreCase(known))
								.findFirst()
								.ifPresent(o -> item.put(field.key(), o.value()));
						}
						else {
							item.put(field.key(), known);
						}
					}
				}
			}
			result.put(section.key(), items);
		}
		return new FormAnswers(result);
	}
}
