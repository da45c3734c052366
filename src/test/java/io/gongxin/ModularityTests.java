package io.gongxin;

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

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private static final Path DOCS = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(GongxinApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesTheModuleDiagramIntoDocsInAStableOrder() throws IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> written = Files.list(DOCS)) {
			for (Path file : written.toList()) {
				if (file.toString().endsWith(".puml")) {
					sortRuns(file, "Rel(");
				}
				else if (file.toString().endsWith(".adoc")) {
					sortRuns(file, "* ");
				}
			}
		}
		assertThat(DOCS.resolve("components.puml")).content().contains("Rel(");
	}

	/**
	 * The documenter writes relations (PlantUML) and list entries (canvases) in hash
	 * order, which changes from run to run; sorted, the committed files only change when
	 * the modules do. Each run of lines starting with {@code entry} is sorted; in a
	 * canvas the first entry of a cell's list also carries the cell marker {@code |},
	 * which stays on the first line. Neither PlantUML nor AsciiDoc gives the order a
	 * meaning.
	 */
	private static void sortRuns(Path file, String entry) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> sorted = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			String cell = line.startsWith("|" + entry) ? "|" : line.startsWith(entry) ? "" : null;
			if (cell == null) {
				sorted.add(line);
				i++;
				continue;
			}
			List<String> entries = new ArrayList<>();
			entries.add(line.substring(cell.length()));
			i++;
			while (i < lines.size() && lines.get(i).startsWith(entry)) {
				entries.add(lines.get(i));
				i++;
			}
			entries.sort(null);
			sorted.add(cell + entries.get(0));
			sorted.addAll(entries.subList(1, entries.size()));
		}
		Files.write(file, sorted, StandardCharsets.UTF_8);
	}

}
