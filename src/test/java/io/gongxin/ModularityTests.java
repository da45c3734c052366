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
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			for (Path written : diagrams.toList()) {
				if (written.toString().endsWith(".puml")) {
					sortRelations(written);
				}
				else if (written.toString().endsWith(".adoc")) {
					sortCanvasLists(written);
				}
			}
		}
		assertThat(DOCS.resolve("components.puml")).content().contains("Rel(");
	}

	/**
	 * The documenter writes relations and canvas lists in hash order, which changes from
	 * run to run; sorted, the committed diagrams only change when the modules do. Order
	 * among relations does not matter to PlantUML.
	 */
	private static void sortRelations(Path diagram) throws IOException {
		List<String> lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
		List<String> sorted = new ArrayList<>(lines.size());
		List<String> relations = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(")) {
				relations.add(line);
				continue;
			}
			relations.sort(null);
			sorted.addAll(relations);
			relations.clear();
			sorted.add(line);
		}
		relations.sort(null);
		sorted.addAll(relations);
		Files.write(diagram, sorted, StandardCharsets.UTF_8);
	}

	/**
	 * A canvas lists entries as lines {@code * …}, the first of a cell's list marked
	 * {@code |* …}; each list is sorted, the cell marker stays on the first line.
	 */
	private static void sortCanvasLists(Path canvas) throws IOException {
		List<String> lines = Files.readAllLines(canvas, StandardCharsets.UTF_8);
		List<String> sorted = new ArrayList<>(lines.size());
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			String cell = line.startsWith("|* ") ? "|" : line.startsWith("* ") ? "" : null;
			if (cell == null) {
				sorted.add(line);
				i++;
				continue;
			}
			List<String> entries = new ArrayList<>();
			entries.add(line.substring(cell.length()));
			i++;
			while (i < lines.size() && lines.get(i).startsWith("* ")) {
				entries.add(lines.get(i));
				i++;
			}
			entries.sort(null);
			sorted.add(cell + entries.get(0));
			sorted.addAll(entries.subList(1, entries.size()));
		}
		Files.write(canvas, sorted, StandardCharsets.UTF_8);
	}

}
