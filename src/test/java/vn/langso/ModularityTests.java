package vn.langso;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> diagrams = Files.list(Path.of("docs/modules"))) {
			for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, withRelationsSorted(Files.readAllLines(diagram, StandardCharsets.UTF_8)),
						StandardCharsets.UTF_8);
			}
		}
	}

	/**
	 * The documenter writes relations in hash order, so the committed diagrams changed on every build
	 * without any change in the code. Sorting each block of relations keeps the picture and the diff quiet.
	 */
	static List<String> withRelationsSorted(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> block = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(")) {
				block.add(line);
				continue;
			}
			block.sort(null);
			sorted.addAll(block);
			block.clear();
			sorted.add(line);
		}
		block.sort(null);
		sorted.addAll(block);
		return sorted;
	}

}
