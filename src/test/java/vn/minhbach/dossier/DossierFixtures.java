package vn.minhbach.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.minhbach.catalog.FormAnswers;
import vn.minhbach.catalog.FormSchema;

/** Valid answers for any e-form, as a careful applicant would give them. */
public final class DossierFixtures {

	private DossierFixtures() {
	}

	public static FormAnswers validAnswers(FormSchema schema) {
		return validAnswers(schema, FormAnswers.empty());
	}

	/** Valid answers, keeping what is already entered (prefilled from the profile) where it is valid. */
	public static FormAnswers validAnswers(FormSchema schema, FormAnswers existing) {
		Map<String, List<Map<String, String>>> sections = new LinkedHashMap<>();
		for (FormSchema.Section section : schema.sections()) {
			List<Map<String, String>> items = new ArrayList<>();
			for (int i = 0; i < Math.max(1, section.minItems()); i++) {
				Map<String, String> item = new LinkedHashMap<>();
				for (FormSchema.Field field : section.fields()) {
					String current = existing.value(section.key(), i, field.key());
					boolean keep = current != null && !current.isBlank()
							&& FormSchema.fieldProblemFor(field, current, java.time.LocalDate.now()).isEmpty();
					item.put(field.key(), keep ? current : validValue(field));
				}
				items.add(item);
			}
			sections.put(section.key(), items);
		}
		return new FormAnswers(sections);
	}

	public static String validValue(FormSchema.Field field) {
		return switch (field.type()) {
			case "citizenId" -> "049090001234";
			case "phone" -> "0905123456";
			case "email" -> "congdan.demo@minhbach.local";
			case "date" -> "1990-05-12";
			case "number" -> String.valueOf(field.min() == null ? 1 : field.min().intValue() + 1);
			case "checkbox" -> "true";
			case "choice" -> field.options().get(0).value();
			case "textarea" -> "Nội dung trình bày để thử nghiệm.";
			default -> "Nguyễn Văn An";
		};
	}
}
