package vn.langso;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module rules of ARCHITECTURE.md, verified: no cycles, other modules reached only through their
 * API packages, and the module picture in docs/modules regenerated from the code on every build.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LangsoApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
