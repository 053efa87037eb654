package vn.minhbach.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fills a PostgreSQL database with a province-sized load (issue #8): 10 agencies, 300 staff,
 * and per million dossiers 200 000 citizens, 100 000 official documents and 5 000 articles,
 * over three years. Not part of the test suite (tag {@code bench}); run
 * {@code bench/generate.sh [dossiers]}. The size and the place come from the environment:
 * {@code BENCH_DOSSIERS} (default 10 000 here, 1 000 000 from the script), {@code BENCH_DATA_DIR}
 * (default {@code bench/data/<dossiers>}); {@code SPRING_DATASOURCE_URL} selects an external
 * database instead of the embedded one.
 */
@Tag("bench")
class ProvinceDataGenerator {

	static int dossiers() {
		String value = System.getenv("BENCH_DOSSIERS");
		return value == null || value.isBlank() ? 10_000 : Integer.parseInt(value.trim());
	}

	static Path dataDir(int dossiers) {
		String value = System.getenv("BENCH_DATA_DIR");
		return Path.of(value == null || value.isBlank() ? "bench/data/" + dossiers : value.trim());
	}

	@Test
	void generate() throws Exception {
		int dossiers = dossiers();
		System.out.println(new ProvinceData(dossiers).generate(dataDir(dossiers)));
	}
}
