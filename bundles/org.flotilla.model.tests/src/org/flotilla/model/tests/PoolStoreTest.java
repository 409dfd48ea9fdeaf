package org.flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.Task;
import org.flotilla.model.persistence.PoolFileException;
import org.flotilla.model.persistence.PoolStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PoolStoreTest {

	@TempDir
	Path folder;

	private final PoolStore store = new PoolStore();

	@Test
	void saveThenLoadGivesAnEqualPool() throws IOException {
		Pool original = Pools.small();
		Path file = folder.resolve("pool.flotilla");
		store.save(original, file);

		Pool loaded = store.load(file);

		assertTrue(new EcoreUtil.EqualityHelper().equals(original, loaded), "loaded pool differs from the saved one");
		Task db = loaded.getTasks().stream().filter(t -> t.getName().equals("db")).findFirst().orElseThrow();
		Node bravo = db.getNode();
		assertEquals("bravo", bravo.getName(), "cross references survive");
		assertTrue(bravo.getTasks().contains(db), "opposite reference restored");
		assertEquals("web", db.getAntiAffinity().get(0).getName());
		assertSame(loaded.getPackages().get(0).getParameters().get(0),
				loaded.getAllNodes().get(0).getOperatingSystem().getParameters().get(0).getDefinition());
		assertSame(loaded.getPackages().get(0), loaded.getProfiles().get(0).getEntries().get(0).getSoftwarePackage(),
				"a profile's entry refers to the repository's package");
	}

	@Test
	void savingTwiceKeepsOneBackupOfThePreviousContent() throws IOException {
		Path file = folder.resolve("pool.flotilla");
		Pool pool = Pools.small();
		store.save(pool, file);
		byte[] first = Files.readAllBytes(file);
		pool.setName("renamed");
		store.save(pool, file);

		assertArrayEquals(first, Files.readAllBytes(PoolStore.backupOf(file)), "backup holds the previous save");
		assertEquals("renamed", store.load(file).getName());
		pool.setName("again");
		store.save(pool, file);
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("pool.flotilla", "pool.flotilla.bak"), files.map(p -> p.getFileName().toString()).sorted().toList(),
					"exactly one backup and no temporary files are left");
		}
	}

	@Test
	void aFailureBetweenWriteAndRenameLeavesTheOldFileLoadable() throws IOException {
		Path file = folder.resolve("pool.flotilla");
		store.save(Pools.small(), file);
		byte[] before = Files.readAllBytes(file);

		Pool changed = Pools.small();
		changed.setName("never saved");
		PoolStore crashing = new PoolStore() {
			@Override
			protected void beforeReplace(Path temp, Path target) throws IOException {
				assertTrue(Files.size(temp) > 0, "new content was written before the rename");
				throw new IOException("simulated crash before rename");
			}
		};
		IOException crash = assertThrows(IOException.class, () -> crashing.save(changed, file));
		assertEquals("simulated crash before rename", crash.getMessage());

		assertArrayEquals(before, Files.readAllBytes(file), "old file untouched");
		assertEquals("test pool", store.load(file).getName(), "old file still loads");
		try (Stream<Path> files = Files.list(folder)) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file removed");
		}
	}

	@Test
	void truncatedFileNamesFileAndPositionAndIsNotChanged() throws IOException {
		Path file = folder.resolve("pool.flotilla");
		store.save(Pools.small(), file);
		byte[] full = Files.readAllBytes(file);
		byte[] half = java.util.Arrays.copyOf(full, full.length / 2);
		Files.write(file, half);

		PoolFileException error = assertThrows(PoolFileException.class, () -> store.load(file));

		assertEquals(file.toAbsolutePath(), error.getFile());
		assertTrue(error.getLine() > 1, "line of the problem is known: " + error.getMessage());
		assertTrue(error.getColumn() > 0, "column of the problem is known: " + error.getMessage());
		assertTrue(error.getMessage().contains(file.toAbsolutePath().toString()), error.getMessage());
		assertTrue(error.getMessage().contains("line " + error.getLine()), error.getMessage());
		assertArrayEquals(half, Files.readAllBytes(file), "a failed load never writes");
	}

	@Test
	void corruptFileGivesPositionOfTheDamage() throws IOException {
		Path file = folder.resolve("corrupt.flotilla");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<flotilla:Pool xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:flotilla=\"http://flotilla.org/model/pool/1.0\" name=\"p\">\n"
				+ "  <groups name=\"g\">\n"
				+ "    <nodes name=\"n\" <<garbage\n"
				+ "</flotilla:Pool>\n", StandardCharsets.UTF_8);

		PoolFileException error = assertThrows(PoolFileException.class, () -> store.load(file));

		assertEquals(4, error.getLine(), error.getMessage());
		assertTrue(error.getMessage().startsWith("Cannot read pool file " + file.toAbsolutePath() + " at line 4"),
				error.getMessage());
	}

	@Test
	void unknownContentIsAnErrorWithPosition() throws IOException {
		Path file = folder.resolve("unknown.flotilla");
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<flotilla:Pool xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:flotilla=\"http://flotilla.org/model/pool/1.0\" name=\"p\">\n"
				+ "  <groups name=\"g\">\n"
				+ "    <nodes name=\"n\" state=\"exploded\"/>\n"
				+ "  </groups>\n"
				+ "</flotilla:Pool>\n", StandardCharsets.UTF_8);

		PoolFileException error = assertThrows(PoolFileException.class, () -> store.load(file));
		assertEquals(4, error.getLine(), error.getMessage());
		assertTrue(error.getMessage().contains("exploded"), error.getMessage());
	}

	@Test
	void emptyMissingAndForeignFilesAreClearErrors() throws IOException {
		Path empty = Files.createFile(folder.resolve("empty.flotilla"));
		assertTrue(assertThrows(PoolFileException.class, () -> store.load(empty)).getMessage().endsWith("the file is empty"));

		Path missing = folder.resolve("missing.flotilla");
		assertTrue(assertThrows(PoolFileException.class, () -> store.load(missing)).getMessage()
				.contains("does not exist"));

		Path html = folder.resolve("page.flotilla");
		Files.writeString(html, "<html><body>not a pool</body></html>");
		PoolFileException foreign = assertThrows(PoolFileException.class, () -> store.load(html));
		assertTrue(foreign.getMessage().contains(html.toAbsolutePath().toString()), foreign.getMessage());
	}

	@Test
	void failedLoadLeavesTheResourceSetAsItWas() throws IOException {
		ResourceSet resourceSet = new ResourceSetImpl();
		Path file = folder.resolve("bad.flotilla");
		Files.writeString(file, "<not-closed");
		assertThrows(PoolFileException.class, () -> store.load(resourceSet, file));
		assertTrue(resourceSet.getResources().isEmpty());
	}

	@Test
	void aFileSystemWithoutAtomicRenameFailsTheSaveAndKeepsTheOldFile() throws IOException {
		Path file = folder.resolve("pool.flotilla");
		store.save(Pools.small(), file);
		byte[] before = Files.readAllBytes(file);

		Pool changed = Pools.small();
		changed.setName("never saved");
		PoolStore withoutAtomicRename = new PoolStore() {
			@Override
			protected void replace(Path temp, Path target) throws IOException {
				throw new AtomicMoveNotSupportedException(temp.toString(), target.toString(), "not on this file system");
			}
		};
		IOException refused = assertThrows(IOException.class, () -> withoutAtomicRename.save(changed, file));

		assertTrue(refused.getMessage().contains("cannot rename a file over another atomically")
				&& refused.getMessage().contains("pool.flotilla was not replaced"), refused.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "old file untouched");
		try (Stream<Path> files = Files.list(folder)) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file removed");
		}
	}

	/** A pool with one node and one task whose node reference is {@code nodeReference}, as a file would have it. */
	private static String poolWithTaskNode(String nodeReference) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<flotilla:Pool xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmlns:flotilla=\"http://flotilla.org/model/pool/1.0\" xmi:id=\"_pool\" name=\"crafted\">\n"
				+ "  <groups xmi:id=\"_rack\" name=\"rack\">\n"
				+ "    <nodes xmi:id=\"_alpha\" name=\"alpha\"/>\n"
				+ "  </groups>\n"
				+ "  <tasks xmi:id=\"_web1\" name=\"web-1\" node=\"" + nodeReference + "\"/>\n"
				+ "</flotilla:Pool>\n";
	}

	@Test
	void aReferenceToAUrlIsRefusedAndNothingIsFetched() throws Exception {
		try (ConnectionRecorder server = new ConnectionRecorder()) {
			String href = server.url("/x.flotilla#_n9");
			Path file = folder.resolve("crafted.flotilla");
			Files.writeString(file, poolWithTaskNode(href), StandardCharsets.UTF_8);

			PoolFileException refused = null;
			try {
				Pool pool = store.load(file);
				// Had it loaded, using its references is what would fetch the URL.
				pool.getTasks().forEach(Task::getNode);
				EcoreUtil.resolveAll(pool);
			} catch (PoolFileException e) {
				refused = e;
			}

			assertTrue(server.firstConnectionIsOwnProbe(), "reading the pool file made the console connect to " + href);
			assertNotNull(refused, "a pool file referring to a URL is refused");
			assertEquals("Cannot read pool file " + file.toAbsolutePath() + " at line 6: the task 'web-1' refers (node) to "
					+ href + " outside this file; pool files may only refer to objects inside themselves", refused.getMessage());
		}
	}

	@Test
	void aReferenceToAnotherPoolFileIsRefused() throws IOException {
		Path other = folder.resolve("other.flotilla");
		store.save(Pools.small(), other);
		Pool otherPool = store.load(other);
		String alphaId = ((XMLResource) otherPool.eResource()).getID(otherPool.getAllNodes().get(0));
		URI absolute = URI.createFileURI(other.toAbsolutePath().toString()).appendFragment(alphaId);

		for (String href : List.of(absolute.toString(), "other.flotilla#" + alphaId)) {
			Path file = folder.resolve("crafted.flotilla");
			Files.writeString(file, poolWithTaskNode(href), StandardCharsets.UTF_8);

			PoolFileException refused = assertThrows(PoolFileException.class, () -> store.load(file), href);

			assertEquals(6, refused.getLine(), refused.getMessage());
			assertTrue(refused.getMessage().contains("the task 'web-1' refers (node) to " + absolute + " outside this file"),
					refused.getMessage());
		}
	}

	@Test
	void aReferenceToAMissingObjectOfTheSameFileIsRefused() throws IOException {
		Path file = folder.resolve("crafted.flotilla");
		Files.writeString(file, poolWithTaskNode("crafted.flotilla#_nowhere"), StandardCharsets.UTF_8);

		PoolFileException refused = assertThrows(PoolFileException.class, () -> store.load(file));

		assertTrue(refused.getMessage().contains("the task 'web-1' refers (node) to #_nowhere, which is not in this file"),
				refused.getMessage());
	}

	@Test
	void anUnknownNamespaceIsNotFetched() throws Exception {
		try (ConnectionRecorder server = new ConnectionRecorder()) {
			String namespace = server.url("/evil.ecore");
			Path file = folder.resolve("namespace.flotilla");
			Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
					+ "<evil:Pool xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:evil=\"" + namespace
					+ "\" name=\"p\"/>\n", StandardCharsets.UTF_8);

			PoolFileException refused = null;
			try {
				store.load(file);
			} catch (PoolFileException e) {
				refused = e;
			}

			assertTrue(server.firstConnectionIsOwnProbe(), "reading the pool file fetched its namespace " + namespace);
			assertNotNull(refused, "a file of an unknown model is refused");
			assertEquals(2, refused.getLine(), refused.getMessage());
			assertTrue(refused.getMessage().contains(namespace), refused.getMessage());
		}
	}

	@Test
	void aDoctypeWithExternalEntitiesIsRefusedAndNothingIsRead() throws Exception {
		Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-42");
		try (ConnectionRecorder server = new ConnectionRecorder()) {
			Path file = folder.resolve("entities.flotilla");
			Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
					+ "<!DOCTYPE flotilla:Pool SYSTEM \"" + server.url("/pool.dtd") + "\" [\n"
					+ "  <!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n"
					+ "]>\n"
					+ "<flotilla:Pool xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
					+ " xmlns:flotilla=\"http://flotilla.org/model/pool/1.0\">\n"
					+ "  <name>&secret;</name>\n"
					+ "</flotilla:Pool>\n", StandardCharsets.UTF_8);

			PoolFileException refused = null;
			Pool loaded = null;
			try {
				loaded = store.load(file);
			} catch (PoolFileException e) {
				refused = e;
			}

			assertTrue(loaded == null || !String.valueOf(loaded.getName()).contains("TOP-SECRET"), "the entity was read into the model");
			assertTrue(server.firstConnectionIsOwnProbe(), "reading the pool file fetched its DTD");
			assertNotNull(refused, "a pool file with a DOCTYPE is refused");
			assertEquals(2, refused.getLine(), refused.getMessage());
			assertTrue(refused.getMessage().contains("it has a DOCTYPE declaration, which pool files may not have"),
					refused.getMessage());
			assertFalse(refused.getMessage().contains("TOP-SECRET"), refused.getMessage());
		}
	}

	@Test
	void referencesInsideTheFileLoadResolvedAndLeaveNothingToFetch() throws IOException {
		Path file = folder.resolve("pool.flotilla");
		store.save(Pools.small(), file);

		Pool loaded = store.load(file);

		Task web = loaded.getTasks().stream().filter(t -> t.getName().equals("web")).findFirst().orElseThrow();
		Task db = loaded.getTasks().stream().filter(t -> t.getName().equals("db")).findFirst().orElseThrow();
		assertEquals("alpha", web.getNode().getName());
		assertSame(web, db.getAntiAffinity().get(0));
		int references = 0;
		for (java.util.Iterator<EObject> all = loaded.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			for (EObject target : object.eCrossReferences()) {
				assertFalse(target.eIsProxy(), object + " refers to a proxy");
				assertSame(loaded.eResource(), target.eResource(), object + " refers outside the file");
				references++;
			}
		}
		assertTrue(references >= 5, "tasks' nodes, nodes' tasks, anti-affinity, parameter definitions: " + references);
	}
}
