package vn.minhbach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold: no module reaches into another's internals or outside its allowed dependencies. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

	@Test
	void verifiesModuleBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDiagramsForTheReadme() throws Exception {
		var documenter = new Documenter(MODULES);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		Path overview = Path.of("target", "spring-modulith-docs", "components.puml");
		assertThat(overview).exists();
		assertThat(Files.readString(overview)).contains("Identity", "Organization", "Calendar", "Audit", "Platform");
	}
}
