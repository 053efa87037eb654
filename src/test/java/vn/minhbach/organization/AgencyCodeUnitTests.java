package vn.minhbach.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeUnitTests {

	@ParameterizedTest
	@ValueSource(strings = { "000.00.00.H47", "000.00.14.H20", "000.08.17.H47", "G01.01.00.G12" })
	void acceptsCodesOfTheNationalRegulation(String code) {
		assertThat(new AgencyCode(code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "000.00.00.47", "000.00.00.H4", "00.00.00.H47", "000-00-00-H47", "000.00.00.h47" })
	void refusesMalformedCodes(String code) {
		assertThat(AgencyCode.isValid(code)).isFalse();
		assertThatThrownBy(() -> new AgencyCode(code)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "000.00.00.H47" })
	void readsTheProvinceLevel(String code) {
		assertThat(new AgencyCode(code).levelOne()).isEqualTo("H47");
	}
}
