package vn.minhbach.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import vn.minhbach.shared.CitizenId;
import vn.minhbach.shared.PhoneNumber;

/**
 * The e-form of a procedure: sections of typed fields, some repeating. Stored as JSON with the
 * procedure; rendered as pages of the online submission, validated on the server, and printed
 * as the blank form.
 *
 * <pre>
 * { "version": 1, "title": "Tờ khai …", "sections": [
 *   { "key": "requester", "title": "Người yêu cầu", "fields": [
 *     { "key": "fullName", "label": "Họ, chữ đệm, tên", "type": "text", "required": true, "prefill": "fullName" } ] },
 *   { "key": "children", "title": "Các con", "repeat": { "min": 1, "max": 5, "itemTitle": "Người con" }, "fields": [ … ] } ] }
 * </pre>
 *
 * Field types: text, textarea, date, choice (with options), citizenId, phone, email, number,
 * checkbox. Prefill keys: fullName, citizenId, dateOfBirth, gender, phone, email, address.
 */
public record FormSchema(int version, String title, List<Section> sections) {

	static final JsonMapper JSON = JsonMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public static final Set<String> TYPES = Set.of("text", "textarea", "date", "choice", "citizenId", "phone", "email",
			"number", "checkbox");

	public static final Set<String> PREFILLS = Set.of("fullName", "citizenId", "dateOfBirth", "gender", "phone", "email",
			"address");

	public FormSchema {
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	/** A group of fields shown on one page; repeating when {@code repeat} is set. */
	public record Section(String key, String title, String description, Repeat repeat, List<Field> fields) {

		public Section {
			fields = fields == null ? List.of() : List.copyOf(fields);
		}

		public boolean repeating() {
			return repeat != null;
		}

		public int minItems() {
			return repeat == null ? 1 : Math.max(0, repeat.min());
		}

		public int maxItems() {
			return repeat == null ? 1 : Math.max(1, repeat.max());
		}
	}

	/** How often a repeating section may occur. */
	public record Repeat(int min, int max, String itemTitle) {
	}

	/** One input. */
	public record Field(String key, String label, String type, boolean required, String hint, String prefill,
			List<Option> options, Integer maxLength, Double min, Double max, Boolean pastOnly) {

		public Field {
			options = options == null ? List.of() : List.copyOf(options);
		}

		public int effectiveMaxLength() {
			if (maxLength != null) {
				return maxLength;
			}
			return "textarea".equals(type) ? 2000 : 200;
		}

		/** The label of a choice value, or the value itself. */
		public String display(String value) {
			if (value == null) {
				return "";
			}
			if ("choice".equals(type)) {
				return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
			}
			if ("date".equals(type) && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return value.substring(8, 10) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4);
			}
			return value;
		}
	}

	/** A choice. */
	public record Option(String value, String label) {
	}

	public static FormSchema parse(String json) {
		try {
			FormSchema schema = JSON.readValue(json, FormSchema.class);
			List<String> problems = schema.problems();
			if (!problems.isEmpty()) {
				throw new InvalidFormSchema(String.join("; ", problems));
			}
			return schema;
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new InvalidFormSchema(ex.getOriginalMessage());
		}
	}

	public String toJson() {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
	}

	public Optional<Section> section(String key) {
		return sections.stream().filter(section -> section.key().equals(key)).findFirst();
	}

	public int fieldCount() {
		return sections.stream().mapToInt(section -> section.fields().size()).sum();
	}

	/** What is wrong with the schema itself, in plain words for the catalog administrator; empty when it is usable. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (sections.isEmpty()) {
			problems.add("schema has no section");
		}
		Set<String> sectionKeys = new HashSet<>();
		for (Section section : sections) {
			if (section.key() == null || !KEY.matcher(section.key()).matches()) {
				problems.add("section key '" + section.key() + "' must be lowerCamelCase letters and digits");
			}
			else if (!sectionKeys.add(section.key())) {
				problems.add("section key '" + section.key() + "' is used twice");
			}
			if (section.title() == null || section.title().isBlank()) {
				problems.add("section '" + section.key() + "' has no title");
			}
			if (section.repeat() != null && (section.repeat().max() < 1 || section.repeat().min() > section.repeat().max())) {
				problems.add("section '" + section.key() + "' repeats between " + section.repeat().min() + " and "
						+ section.repeat().max());
			}
			if (section.fields().isEmpty()) {
				problems.add("section '" + section.key() + "' has no field");
			}
			Set<String> fieldKeys = new HashSet<>();
			for (Field field : section.fields()) {
				String where = section.key() + "." + field.key();
				if (field.key() == null || !KEY.matcher(field.key()).matches()) {
					problems.add("field key '" + where + "' must be lowerCamelCase letters and digits");
				}
				else if (!fieldKeys.add(field.key())) {
					problems.add("field key '" + where + "' is used twice");
				}
				if (!TYPES.contains(field.type())) {
					problems.add("field '" + where + "' has unknown type '" + field.type() + "'");
				}
				if (field.label() == null || field.label().isBlank()) {
					problems.add("field '" + where + "' has no label");
				}
				if ("choice".equals(field.type()) && field.options().size() < 2) {
					problems.add("choice field '" + where + "' needs at least two options");
				}
				if (field.prefill() != null && !PREFILLS.contains(field.prefill())) {
					problems.add("field '" + where + "' has unknown prefill '" + field.prefill() + "'");
				}
			}
		}
		return problems;
	}

	/**
	 * Checks answers against the schema. Returns the message key of the problem for each field
	 * path ({@code section.index.field}), in form order; empty when everything is valid.
	 *
	 * @param onlySection check one section only (a page of the form), or null for all
	 */
	public Map<String, String> validate(FormAnswers answers, String onlySection, LocalDate today) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Section section : sections) {
			if (onlySection != null && !section.key().equals(onlySection)) {
				continue;
			}
			List<Map<String, String>> items = answers.items(section.key());
			if (items.size() < section.minItems()) {
				errors.put(section.key(), "error.form.tooFewItems");
			}
			if (items.size() > section.maxItems()) {
				errors.put(section.key(), "error.form.tooManyItems");
			}
			for (int i = 0; i < items.size(); i++) {
				Map<String, String> item = items.get(i);
				int index = i;
				for (Field field : section.fields()) {
					String value = item.get(field.key());
					fieldProblem(field, value, today)
						.ifPresent(problem -> errors.put(section.key() + "." + index + "." + field.key(), problem));
				}
			}
		}
		return errors;
	}

	/** The message key of what is wrong with one value of a field, if anything. */
	public static Optional<String> fieldProblemFor(Field field, String value, LocalDate today) {
		return fieldProblem(field, value, today);
	}

	static Optional<String> fieldProblem(Field field, String raw, LocalDate today) {
		String value = raw == null ? "" : raw.trim();
		if (value.isEmpty() || ("checkbox".equals(field.type()) && !"true".equals(value))) {
			return field.required() ? Optional.of("checkbox".equals(field.type()) ? "error.form.mustCheck" : "error.required")
					: Optional.empty();
		}
		if (value.length() > field.effectiveMaxLength()) {
			return Optional.of("error.form.tooLong");
		}
		return switch (field.type()) {
			case "citizenId" -> CitizenId.isValid(value) ? Optional.empty() : Optional.of("error.citizenId");
			case "phone" -> PhoneNumber.isValid(value) ? Optional.empty() : Optional.of("error.phone");
			case "email" -> EMAIL.matcher(value).matches() ? Optional.empty() : Optional.of("error.email");
			case "choice" -> field.options().stream().anyMatch(o -> o.value().equals(value)) ? Optional.empty()
					: Optional.of("error.form.choice");
			case "number" -> numberProblem(field, value);
			case "date" -> dateProblem(field, value, today);
			default -> Optional.empty();
		};
	}

	private static Optional<String> numberProblem(Field field, String value) {
		try {
			double number = Double.parseDouble(value.replace(',', '.'));
			if ((field.min() != null && number < field.min()) || (field.max() != null && number > field.max())) {
				return Optional.of("error.form.range");
			}
			return Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.of("error.form.number");
		}
	}

	private static Optional<String> dateProblem(Field field, String value, LocalDate today) {
		try {
			LocalDate date = LocalDate.parse(value);
			if (Boolean.TRUE.equals(field.pastOnly()) && date.isAfter(today)) {
				return Optional.of("error.form.futureDate");
			}
			if (date.getYear() < 1900) {
				return Optional.of("error.form.date");
			}
			return Optional.empty();
		}
		catch (DateTimeParseException ex) {
			return Optional.of("error.form.date");
		}
	}
}
