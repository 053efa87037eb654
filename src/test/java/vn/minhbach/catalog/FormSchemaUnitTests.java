package vn.minhbach.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormSchemaUnitTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	static final String SCHEMA = """
			{ "version": 1, "title": "Tờ khai thử", "sections": [
			  { "key": "requester", "title": "Người yêu cầu", "fields": [
			    { "key": "fullName", "label": "Họ và tên", "type": "text", "required": true, "prefill": "fullName", "maxLength": 50 },
			    { "key": "citizenId", "label": "Số định danh", "type": "citizenId", "required": true, "prefill": "citizenId" },
			    { "key": "phone", "label": "Điện thoại", "type": "phone", "required": true, "prefill": "phone" },
			    { "key": "email", "label": "Thư điện tử", "type": "email" },
			    { "key": "gender", "label": "Giới tính", "type": "choice", "prefill": "gender",
			      "options": [ { "value": "NAM", "label": "Nam" }, { "value": "NU", "label": "Nữ" } ] },
			    { "key": "born", "label": "Ngày sinh", "type": "date", "pastOnly": true } ] },
			  { "key": "children", "title": "Các con", "repeat": { "min": 1, "max": 2, "itemTitle": "Người con" }, "fields": [
			    { "key": "name", "label": "Họ tên", "type": "text", "required": true },
			    { "key": "age", "label": "Tuổi", "type": "number", "min": 0, "max": 18 } ] },
			  { "key": "declaration", "title": "Cam đoan", "fields": [
			    { "key": "truthful", "label": "Tôi cam đoan", "type": "checkbox", "required": true } ] } ] }
			""";

	@Test
	void parsesAValidSchema() {
		FormSchema schema = FormSchema.parse(SCHEMA);
		assertThat(schema.sections()).extracting(FormSchema.Section::key).containsExactly("requester", "children", "declaration");
		assertThat(schema.section("children").orElseThrow().repeating()).isTrue();
		assertThat(schema.fieldCount()).isEqualTo(9);
		assertThat(FormSchema.parse(schema.toJson())).isEqualTo(schema);
	}

	@Test
	void explainsWhatIsWrongWithASchema() {
		assertThatThrownBy(() -> FormSchema.parse("{ not json")).isInstanceOf(InvalidFormSchema.class);
		String duplicate = SCHEMA.replace("\"key\": \"phone\"", "\"key\": \"fullName\"");
		assertThatThrownBy(() -> FormSchema.parse(duplicate)).isInstanceOfSatisfying(InvalidFormSchema.class,
				ex -> assertThat(ex.details()).contains("requester.fullName", "twice"));
		String badType = SCHEMA.replace("\"type\": \"number\"", "\"type\": \"slider\"");
		assertThatThrownBy(() -> FormSchema.parse(badType)).isInstanceOfSatisfying(InvalidFormSchema.class,
				ex -> assertThat(ex.details()).contains("unknown type 'slider'"));
		String oneOption = SCHEMA.replace(", { \"value\": \"NU\", \"label\": \"Nữ\" }", "");
		assertThatThrownBy(() -> FormSchema.parse(oneOption)).isInstanceOf(InvalidFormSchema.class);
	}

	@Test
	void validatesAnswersFieldByField() {
		FormSchema schema = FormSchema.parse(SCHEMA);
		FormAnswers answers = new FormAnswers(Map.of(
				"requester", List.of(Map.of("fullName", "", "citizenId", "12345", "phone", "0905 111 222", "email", "khong-phai-email",
						"gender", "KHAC", "born", "2030-01-01")),
				"children", List.of(Map.of("name", "Bé Na", "age", "19")),
				"declaration", List.of(Map.of("truthful", ""))));
		Map<String, String> errors = schema.validate(answers, null, TODAY);
		assertThat(errors).containsEntry("requester.0.fullName", "error.required")
			.containsEntry("requester.0.citizenId", "error.citizenId")
			.doesNotContainKey("requester.0.phone")
			.containsEntry("requester.0.email", "error.email")
			.containsEntry("requester.0.gender", "error.form.choice")
			.containsEntry("requester.0.born", "error.form.futureDate")
			.containsEntry("children.0.age", "error.form.range")
			.containsEntry("declaration.0.truthful", "error.form.mustCheck");
		assertThat(schema.validate(answers, "children", TODAY)).containsOnlyKeys("children.0.age");
	}

	@Test
	void enforcesTheNumberOfItemsOfARepeatingSection() {
		FormSchema schema = FormSchema.parse(SCHEMA);
		var none = new FormAnswers(Map.of("children", List.of()));
		assertThat(schema.validate(none, "children", TODAY)).containsEntry("children", "error.form.tooFewItems");
		var three = new FormAnswers(Map.of("children", List.of(Map.of("name", "A"), Map.of("name", "B"), Map.of("name", "C"))));
		assertThat(schema.validate(three, "children", TODAY)).containsEntry("children", "error.form.tooManyItems");
	}

	@Test
	void prefillsFromTheProfileWithoutOverwritingAnswers() {
		FormSchema schema = FormSchema.parse(SCHEMA);
		var profile = Map.of("fullName", "Nguyễn Văn An", "citizenId", "049090001234", "phone", "0905123456", "gender", "Nam");
		FormAnswers filled = FormAnswers.empty().completedFor(schema, profile);
		assertThat(filled.value("requester", 0, "fullName")).isEqualTo("Nguyễn Văn An");
		assertThat(filled.value("requester", 0, "gender")).isEqualTo("NAM");
		assertThat(filled.items("children")).hasSize(1);
		var typed = new FormAnswers(Map.of("requester", List.of(Map.of("fullName", "Trần Thị Bích"))));
		assertThat(typed.completedFor(schema, profile).value("requester", 0, "fullName")).isEqualTo("Trần Thị Bích");
		assertThat(FormAnswers.fromJson(filled.toJson())).isEqualTo(filled);
	}

	@Test
	void displaysChoicesAndDatesAsPeopleReadThem() {
		FormSchema schema = FormSchema.parse(SCHEMA);
		var gender = schema.section("requester").orElseThrow().fields().get(4);
		assertThat(gender.display("NU")).isEqualTo("Nữ");
		var born = schema.section("requester").orElseThrow().fields().get(5);
		assertThat(born.display("1990-05-12")).isEqualTo("12/05/1990");
	}
}
