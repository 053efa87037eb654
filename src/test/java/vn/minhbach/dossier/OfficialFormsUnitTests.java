package vn.minhbach.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The check that keeps an edited form template from printing blanks where a field was misspelled. */
class OfficialFormsUnitTests {

	@ParameterizedTest
	@FieldSource("vn.minhbach.dossier.OfficialForms#CODES")
	void theShippedTemplatesUseOnlyKnownFields(String code) throws IOException {
		try (InputStream in = OfficialForms.class.getResourceAsStream("/dossier/forms/" + code + ".txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(OfficialForms.unknownPlaceholders(text)).as(code).isEmpty();
		}
	}

	@Test
	void findsMisspelledFieldsAndBlocksOnce() {
		assertThat(OfficialForms.unknownPlaceholders("""
				Kính gửi {{applicantName}}, mã hồ sơ {{code}}
				{{table:paper}}
				{{table:papers}}
				{{list:lyDo}}
				{{list:reason}}
				{{signatures:|Thủ trưởng cơ quan}}
				Trả lời {{applicantName}} trước {{dueDate}} {{ }}
				""")).containsExactly("{{applicantName}}", "{{table:paper}}", "{{list:lyDo}}", "{{ }}");
	}
}
