package org.flotilla.model.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails when the committed generated code of org.flotilla.model is not what the committed
 * .ecore/.genmodel produce. Fix by running {@code releng/generate-model} and committing.
 */
class GeneratedModelUpToDateTest {

	@TempDir
	Path scratch;

	@Test
	void committedGeneratedCodeMatchesTheEcore() throws IOException {
		Path bundle = Path.of(System.getProperty("flotilla.model.dir", "../../bundles/org.flotilla.model"))
				.toAbsolutePath().normalize();
		String genModel = GenerateModel.generate(bundle, scratch);

		Map<String, String> expected = read(scratch.resolve("src-gen"));
		Map<String, String> committed = read(bundle.resolve("src-gen"));
		assertTrue(expected.size() > 10, "the generator produced almost nothing: " + expected.keySet());

		List<String> problems = new ArrayList<>();
		for (String file : expected.keySet()) {
			if (!committed.containsKey(file)) {
				problems.add("missing: src-gen/" + file);
			} else if (!committed.get(file).equals(expected.get(file))) {
				problems.add("out of date: src-gen/" + file);
			}
		}
		for (String file : committed.keySet()) {
			if (!expected.containsKey(file)) {
				problems.add("no longer generated: src-gen/" + file);
			}
		}
		if (!problems.isEmpty()) {
			fail("Generated model code is out of date with model/flotilla.ecore; run releng/generate-model and commit.\n  "
					+ String.join("\n  ", problems));
		}
		assertEquals(genModel, Files.readString(bundle.resolve(GenerateModel.GENMODEL)),
				"model/flotilla.genmodel is out of date; run releng/generate-model and commit");
	}

	private static Map<String, String> read(Path root) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(root)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
				files.put(root.relativize(path).toString(), Files.readString(path));
			}
		}
		return files;
	}
}
