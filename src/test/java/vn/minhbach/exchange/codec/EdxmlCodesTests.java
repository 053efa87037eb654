package vn.minhbach.exchange.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.minhbach.documents.DocumentType;
import vn.minhbach.documents.Urgency;
import vn.minhbach.exchange.codec.EdxmlCodes.Steering;
import vn.minhbach.exchange.codec.EdxmlPackage.DocType;

class EdxmlCodesTests {

	final EdxmlCodes codes = EdxmlCodes.defaults();

	@Test
	void everyDocumentTypeHasItsOwnCodeAndNameBothWays() {
		Set<String> seen = new HashSet<>();
		for (DocumentType type : DocumentType.values()) {
			DocType written = codes.documentType(type);
			assertThat(written.type()).as(type.name()).matches("\\d+");
			assertThat(written.typeName()).as(type.name()).isNotBlank();
			assertThat(seen.add(written.type())).as("code of " + type + " unique").isTrue();
			assertThat(codes.documentType(written)).contains(type);
		}
		assertThat(codes.documentType(DocumentType.CONG_VAN)).isEqualTo(new DocType("1", "Công văn"));
		assertThat(codes.documentType(DocumentType.QUYET_DINH)).isEqualTo(new DocType("3", "Quyết định"));
	}

	@Test
	void aReceivedTypeIsRecognisedByNameBeforeCode() {
		assertThat(codes.documentType(new DocType("18", "Công văn"))).contains(DocumentType.CONG_VAN);
		assertThat(codes.documentType(new DocType("999", "QUYET DINH"))).contains(DocumentType.QUYET_DINH);
		assertThat(codes.documentType(new DocType("3", "Tên lạ"))).as("unknown name, known code").contains(DocumentType.QUYET_DINH);
		assertThat(codes.documentType(new DocType("999", "Nghị định"))).isEmpty();
		assertThat(codes.documentType((DocType) null)).isEmpty();
	}

	@Test
	void anInstallationOverridesSomeCodes() {
		var overrides = EdxmlCodes.read(new ByteArrayInputStream("""
				# the codes of another axis
				documentType.CONG_VAN.code=18
				documentType.HOP_DONG.code=1
				steeringType.NOT_DIRECTIVE=0
				steeringType.DIRECTIVE_REPORT=4
				""".getBytes(StandardCharsets.UTF_8)));
		EdxmlCodes other = codes.overriddenBy(overrides);
		assertThat(other.documentType(DocumentType.CONG_VAN)).isEqualTo(new DocType("18", "Công văn"));
		assertThat(other.documentType(new DocType("1", null))).contains(DocumentType.HOP_DONG);
		assertThat(other.documentType(DocumentType.QUYET_DINH).type()).isEqualTo("3");
		assertThat(other.steeringType(Steering.NOT_DIRECTIVE)).isEqualTo("0");
		assertThat(other.steering("4")).contains(Steering.DIRECTIVE_REPORT);
		assertThat(codes.documentType(DocumentType.CONG_VAN).type()).as("defaults unchanged").isEqualTo("1");
	}

	@Test
	void refusesAnIncompleteOrAmbiguousTable() {
		Properties clash = new Properties();
		clash.setProperty("documentType.QUYET_DINH.code", "1");
		assertThatThrownBy(() -> codes.overriddenBy(clash)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("code 1");
		Properties incomplete = new Properties();
		incomplete.setProperty("documentType.CONG_VAN.code", "1");
		assertThatThrownBy(() -> EdxmlCodes.of(incomplete)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("documentType.CONG_VAN.name");
	}

	@Test
	void steeringTypes() {
		assertThat(codes.steeringType(Steering.NOT_DIRECTIVE)).isEqualTo("1");
		assertThat(codes.steeringType(Steering.DIRECTIVE)).isEqualTo("2");
		assertThat(codes.steering(" 3 ")).contains(Steering.DIRECTIVE_REPORT);
		assertThat(codes.steering("0")).isEmpty();
		assertThat(codes.steering(null)).isEmpty();
	}

	@Test
	void priorityAndUrgency() {
		assertThat(EdxmlCodes.priority(Urgency.NORMAL)).isZero();
		assertThat(EdxmlCodes.priority(Urgency.KHAN)).isEqualTo(1);
		assertThat(EdxmlCodes.priority(Urgency.THUONG_KHAN)).isEqualTo(2);
		assertThat(EdxmlCodes.priority(Urgency.HOA_TOC)).isEqualTo(3);
		for (Urgency urgency : Urgency.values()) {
			assertThat(EdxmlCodes.urgency(EdxmlCodes.priority(urgency))).isEqualTo(urgency);
		}
		assertThat(EdxmlCodes.urgency(4)).as("hỏa tốc hẹn giờ").isEqualTo(Urgency.HOA_TOC);
		assertThatThrownBy(() -> EdxmlCodes.urgency(5)).isInstanceOf(IllegalArgumentException.class);
	}
}
