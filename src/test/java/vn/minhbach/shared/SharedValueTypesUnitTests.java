package vn.minhbach.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SharedValueTypesUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "049090001234", "001203004567", "079185123456", "048300000001" })
	void acceptsWellFormedCitizenIds(String value) {
		assertThat(CitizenId.isValid(value)).isTrue();
		assertThat(new CitizenId(value).value()).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "04909000123", "0490900012345", "04909000123a", "999090001234", "003090001234",
			" 049090001234" })
	void refusesMalformedCitizenIds(String value) {
		assertThat(CitizenId.isValid(value)).isFalse();
		assertThatThrownBy(() -> new CitizenId(value)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageNotContaining(value.length() > 6 ? value : "§");
	}

	@Test
	void readsBirthCenturySexAndYearFromTheCitizenId() {
		CitizenId man1990 = new CitizenId("049090001234");
		assertThat(man1990.birthYear()).isEqualTo(1990);
		assertThat(man1990.female()).isFalse();
		CitizenId woman2003 = new CitizenId("001303004567");
		assertThat(woman2003.birthYear()).isEqualTo(2003);
		assertThat(woman2003.female()).isTrue();
		assertThat(woman2003.masked()).isEqualTo("001*******67").doesNotContain("3004");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "'Đăng ký khai sinh', 'dang ky khai sinh'", "'  ĐĂNG   KÝ  ', 'dang ky'",
			"'Chứng thực bản sao', 'chung thuc ban sao'", "'Tư pháp – Hộ tịch', 'tu phap – ho tich'",
			"'Tam Mỹ Đông', 'tam my dong'" })
	void foldsVietnameseForSearch(String text, String folded) {
		assertThat(VietnameseText.fold(text)).isEqualTo(folded);
	}

	@Test
	void sortsNamesTheVietnameseWay() {
		List<String> names = new ArrayList<>(List.of("Đinh", "Dương", "Ân", "An", "Bình", "Âu", "Ă"));
		names.sort(VietnameseText.collator());
		// d before đ, a before ă before â
		assertThat(names.indexOf("Dương")).isLessThan(names.indexOf("Đinh"));
		assertThat(names.indexOf("An")).isLessThan(names.indexOf("Ă"));
		assertThat(names.indexOf("Ă")).isLessThan(names.indexOf("Ân"));
		assertThat(names.indexOf("Âu")).isLessThan(names.indexOf("Bình"));
	}

	@Test
	void makesUrlSlugs() {
		assertThat(VietnameseText.slug("Tin tức – Sự kiện!")).isEqualTo("tin-tuc-su-kien");
	}

	@Test
	void masksPersonalDataForPublicPages() {
		assertThat(PersonalData.maskName("Nguyễn Văn An")).isEqualTo("N***** V** An");
		assertThat(PersonalData.maskPhone("0905123456")).isEqualTo("090****456");
		assertThat(PersonalData.maskEmail("nguyenvanan@example.vn")).isEqualTo("ng*********@example.vn");
		assertThat(PersonalData.maskMiddle("ab", 3, 2)).isEqualTo("**");
		assertThat(PersonalData.maskName(null)).isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "'0905 123 456', 0905123456, 0905.123.456", "'+84 905 123 456', 0905123456, 0905.123.456",
			"0235.3592696, 02353592696, 0235.3592696", "84905123456, 0905123456, 0905.123.456" })
	void parsesPhoneNumbersAsTyped(String typed, String digits, String formatted) {
		PhoneNumber phone = PhoneNumber.parseOrNull(typed);
		assertThat(phone).isNotNull();
		assertThat(phone.digits()).isEqualTo(digits);
		assertThat(phone.formatted()).isEqualTo(formatted);
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "1905123456", "09051234", "abc" })
	void refusesWhatIsNotAPhoneNumber(String typed) {
		assertThat(PhoneNumber.isValid(typed)).isFalse();
	}
}
