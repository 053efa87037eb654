package vn.minhbach.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.minhbach.IntegrationTest;

@IntegrationTest
class FileStoreIntegrationTests {

	static final byte[] PDF = TestFiles.pdf("Giấy khai sinh bản sao");

	static final byte[] PNG = TestFiles.png();

	@Autowired
	FileStore files;

	@Test
	void storesByContentAndReadsBackTheSameBytes() {
		StoredFile first = files.store(new ByteArrayInputStream(PDF), "giay-chung-sinh.pdf", FilePolicy.dossierPaper());
		StoredFile again = files.store(new ByteArrayInputStream(PDF), "ban-khac.pdf", FilePolicy.dossierPaper());
		assertThat(first.sha256()).isEqualTo(again.sha256()).hasSize(64);
		assertThat(first.mediaType()).isEqualTo("application/pdf");
		assertThat(files.read(first.sha256())).isEqualTo(PDF);
		assertThat(files.mediaType(first.sha256())).contains("application/pdf");
	}

	@Test
	void sniffsTheContentInsteadOfTrustingTheName() {
		byte[] text = "Đây không phải tệp PDF".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> files.store(new ByteArrayInputStream(text), "giay-to.pdf", FilePolicy.dossierPaper()))
			.isInstanceOfSatisfying(FileRejected.class, ex -> assertThat(ex.messageKey()).isEqualTo("error.file.type"));
		assertThatThrownBy(() -> files.store(new ByteArrayInputStream(PNG), "anh.pdf", FilePolicy.dossierPaper()))
			.isInstanceOfSatisfying(FileRejected.class, ex -> assertThat(ex.messageKey()).isEqualTo("error.file.mismatch"));
		assertThat(files.store(new ByteArrayInputStream(PNG), "anh-chup.png", FilePolicy.dossierPaper()).mediaType())
			.isEqualTo("image/png");
	}

	@Test
	void refusesEmptyAndOversizedFiles() {
		assertThatThrownBy(() -> files.store(new ByteArrayInputStream(new byte[0]), "rong.pdf", FilePolicy.dossierPaper()))
			.isInstanceOfSatisfying(FileRejected.class, ex -> assertThat(ex.messageKey()).isEqualTo("error.file.empty"));
		byte[] big = new byte[11 * 1024 * 1024];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		assertThatThrownBy(() -> files.store(new ByteArrayInputStream(big), "lon.pdf", FilePolicy.dossierPaper()))
			.isInstanceOfSatisfying(FileRejected.class, ex -> assertThat(ex.messageKey()).isEqualTo("error.file.tooLarge"));
	}

	@Test
	void cleansNamesThatTryToEscape() {
		assertThat(FileStore.cleanName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
		assertThat(FileStore.cleanName("C:\\Users\\an\\giay.pdf")).isEqualTo("giay.pdf");
		assertThat(FileStore.cleanName(null)).isEqualTo("tep-dinh-kem");
	}
}
