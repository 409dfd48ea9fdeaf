package org.flotilla.packages.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flotilla.packages.Layer;
import org.flotilla.packages.PackageArchive;
import org.flotilla.packages.PackageRepository;
import org.flotilla.packages.PackageVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTest {

	@TempDir
	Path dir;

	@Test
	void indexIsRebuiltAndServesEveryArchive() throws Exception {
		TestArchives.write(dir.resolve("demo-1.0.fpkg"), TestArchives.demo("demo", "1.0"));
		TestArchives.write(dir.resolve("demo-1.10.fpkg"), TestArchives.demo("demo", "1.10"));
		TestArchives.write(dir.resolve("demo-1.9.fpkg"), TestArchives.demo("demo", "1.9"));
		TestArchives.write(dir.resolve("other-2.fpkg"), TestArchives.demo("other", "2"));
		PackageRepository repo = new PackageRepository(dir);
		assertEquals(List.of(), repo.scan());
		assertEquals(List.of("1.0", "1.9", "1.10"), repo.versions("demo").stream().map(PackageVersion::toString).toList());
		assertEquals(4, repo.all().size());
		PackageRepository.Entry e = repo.find("demo", PackageVersion.parse("1.9")).orElseThrow();
		assertEquals(Layer.MIDDLEWARE, e.layer());
		assertEquals(PackageArchive.sha256(dir.resolve("demo-1.9.fpkg")), e.sha256());
		List<String> index = Files.readAllLines(dir.resolve(PackageRepository.INDEX)).stream().filter(l -> !l.startsWith("#")).toList();
		assertEquals(4, index.size());
		assertEquals(String.join("\t", "demo", "1.9", "middleware", Long.toString(Files.size(e.path())), e.sha256(), "demo-1.9.fpkg"),
				index.get(2));

		// The index is rebuilt: a deleted index is written again, a removed archive leaves it.
		Files.delete(dir.resolve(PackageRepository.INDEX));
		Files.delete(dir.resolve("other-2.fpkg"));
		assertEquals(List.of(), repo.scan());
		assertEquals(3, Files.readAllLines(dir.resolve(PackageRepository.INDEX)).stream().filter(l -> !l.startsWith("#")).count());
		assertTrue(repo.find("other", PackageVersion.parse("2")).isEmpty());
	}

	@Test
	void aTamperedArchiveIsReportedAndNotServed() throws Exception {
		TestArchives.write(dir.resolve("demo-1.0.fpkg"), TestArchives.demo("demo", "1.0"));
		TestArchives.write(dir.resolve("demo-2.0.fpkg"), TestArchives.demo("demo", "2.0"));
		PackageRepository repo = new PackageRepository(dir);
		repo.scan();
		String indexed = repo.find("demo", PackageVersion.parse("2.0")).orElseThrow().sha256();
		// Still a valid package, but not the one indexed (a payload changed).
		Map<String, String> changed = TestArchives.demo("demo", "2.0");
		changed.put("payload/README", "something else");
		TestArchives.write(dir.resolve("demo-2.0.fpkg"), changed);
		Files.writeString(dir.resolve("broken-1.fpkg"), "garbage");

		List<PackageRepository.Problem> problems = repo.scan();
		assertEquals(2, problems.size(), problems.toString());
		assertEquals("broken-1.fpkg", problems.get(0).fileName());
		assertEquals("demo-2.0.fpkg", problems.get(1).fileName());
		assertTrue(problems.get(1).message().contains("the index says " + indexed), problems.get(1).message());
		assertTrue(repo.find("demo", PackageVersion.parse("2.0")).isEmpty());
		assertEquals(List.of(PackageVersion.parse("1.0")), repo.versions("demo"));
		// Reported again on the next scan: the index kept what it knew.
		assertEquals(2, new PackageRepository(dir).scan().size());

		// Adding it again (a deliberate replacement) serves it.
		Path elsewhere = TestArchives.write(Files.createTempDirectory(dir.getParent(), "new").resolve("x.fpkg"), changed);
		PackageRepository.Entry added = repo.add(elsewhere);
		assertEquals("demo-2.0.fpkg", added.fileName());
		assertEquals(PackageArchive.sha256(elsewhere), repo.find("demo", PackageVersion.parse("2.0")).orElseThrow().sha256());
		assertEquals(1, new PackageRepository(dir).scan().size(), "only the broken file is left");
	}

	@Test
	void addRefusesWhatCannotBeOpened() throws IOException {
		PackageRepository repo = new PackageRepository(dir.resolve("repo"));
		Path bad = Files.writeString(dir.resolve("bad.fpkg"), "garbage");
		assertThrows(IOException.class, () -> repo.add(bad));
		assertEquals(List.of(), repo.all());
	}
}
