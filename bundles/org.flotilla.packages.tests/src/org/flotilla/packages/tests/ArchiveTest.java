package org.flotilla.packages.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.flotilla.packages.PackageArchive;
import org.flotilla.packages.PackageFormatException;
import org.flotilla.packages.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {

	@TempDir
	Path dir;

	@Test
	void opensChecksAndExtracts() throws Exception {
		Path file = TestArchives.write(dir.resolve("demo-1.0.fpkg"), TestArchives.demo("demo", "1.0"));
		PackageArchive archive = PackageArchive.open(file);
		assertEquals("demo", archive.manifest().name());
		assertEquals(Layer.MIDDLEWARE, archive.manifest().layer());
		assertEquals(Files.size(file), archive.size());
		assertEquals(HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
				archive.sha256());
		Path out = dir.resolve("out");
		archive.extractTo(out);
		assertEquals("demo 1.0\n", Files.readString(out.resolve("payload/README")));
		assertEquals("x", Files.readString(out.resolve("payload/lib/demo.txt")));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("payload/README"))));
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("payload/lib"))));
	}

	private PackageFormatException refusedOpen(Map<String, String> entries) throws Exception {
		Path file = TestArchives.write(dir.resolve("bad.fpkg"), entries);
		return assertThrows(PackageFormatException.class, () -> PackageArchive.open(file));
	}

	@Test
	void missingPiecesAreNamed() throws Exception {
		Map<String, String> noManifest = TestArchives.demo("demo", "1.0");
		noManifest.remove("flotilla-package.properties");
		assertEquals("flotilla-package.properties", refusedOpen(noManifest).key());
		Map<String, String> noTemplate = TestArchives.demo("demo", "1.0");
		noTemplate.remove("templates/server.ini");
		PackageFormatException e = refusedOpen(noTemplate);
		assertEquals("templates/server.ini", e.key());
		assertTrue(e.getMessage().startsWith("bad.fpkg: templates/server.ini"), e.getMessage());
		Map<String, String> noStep = TestArchives.demo("demo", "1.0");
		noStep.remove("steps/stop.sh");
		assertEquals("steps/stop.sh", refusedOpen(noStep).key());
		Map<String, String> badTemplate = TestArchives.demo("demo", "1.0");
		badTemplate.put("templates/server.ini", "port=${port}\nname=${nmae}\n");
		PackageFormatException t = refusedOpen(badTemplate);
		assertTrue(t.getMessage().contains("bad.fpkg: templates/server.ini: line 2, column 6"), t.getMessage());
		Path notZip = Files.writeString(dir.resolve("text.fpkg"), "not a zip");
		assertTrue(assertThrows(PackageFormatException.class, () -> PackageArchive.open(notZip)).getMessage().startsWith("text.fpkg: "));
	}

	@Test
	void zipSlipAndAbsoluteEntriesAreRefused() throws Exception {
		for (String evil : new String[] { "../evil", "payload/../../evil", "/etc/evil", "payload/./x", "payload//x", "payload\\..\\x" }) {
			Map<String, String> entries = TestArchives.demo("demo", "1.0");
			entries.put(evil, "pwned");
			PackageFormatException e = refusedOpen(entries);
			assertEquals(evil, e.key(), evil);
			assertTrue(e.getMessage().contains("unsafe entry name"), e.getMessage());
		}
		assertFalse(Files.exists(dir.getParent().resolve("evil")));
		assertFalse(PackageArchive.isSafeEntryName("C:/x"));
		assertTrue(PackageArchive.isSafeEntryName("payload/a..b/c"));
	}

	/** ZipOutputStream will not write a duplicate: two names of one length are written and one is renamed in the bytes. */
	@Test
	void duplicateEntriesAreRefused() throws Exception {
		Map<String, String> entries = TestArchives.demo("demo", "1.0");
		entries.put("payload/AAAA", "one");
		entries.put("payload/BBBB", "two");
		byte[] zip = TestArchives.zip(entries);
		byte[] from = "payload/BBBB".getBytes(StandardCharsets.UTF_8);
		byte[] to = "payload/AAAA".getBytes(StandardCharsets.UTF_8);
		int replaced = 0;
		for (int i = 0; i + from.length <= zip.length; i++) {
			if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
				System.arraycopy(to, 0, zip, i, to.length);
				replaced++;
			}
		}
		assertEquals(2, replaced, "local header and central directory");
		Path file = Files.write(dir.resolve("dup.fpkg"), zip);
		PackageFormatException e = assertThrows(PackageFormatException.class, () -> PackageArchive.open(file));
		assertEquals("payload/AAAA", e.key());
		assertTrue(e.getMessage().contains("more than once"), e.getMessage());
	}

	@Test
	void fileAndDirectoryOfOneNameAreRefused() throws Exception {
		Map<String, String> entries = TestArchives.demo("demo", "1.0");
		entries.put("payload/lib", "a file where a directory is");
		assertEquals("payload/lib", refusedOpen(entries).key());
	}

	@Test
	void bombsAreRefusedByBytesWrittenAndByEntries() throws Exception {
		Map<String, String> entries = TestArchives.demo("demo", "1.0");
		Path file = dir.resolve("bomb.fpkg");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
			}
			zip.putNextEntry(new ZipEntry("payload/zeros"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 16; i++) {
				zip.write(zeros);
			}
		}
		Files.write(file, bytes.toByteArray());
		assertTrue(Files.size(file) < 100_000, "16 MiB of zeros compress to almost nothing");
		PackageArchive archive = PackageArchive.open(file);
		PackageFormatException big = assertThrows(PackageFormatException.class,
				() -> archive.extractTo(dir.resolve("big"), new PackageArchive.Limits(1000, 4 << 20)));
		assertEquals("payload/zeros", big.key());
		assertTrue(big.getMessage().contains("more than 4194304 bytes"), big.getMessage());

		Map<String, String> many = new LinkedHashMap<>(entries);
		for (int i = 0; i < 20; i++) {
			many.put("payload/f" + i, "");
		}
		PackageArchive manyFiles = PackageArchive.open(TestArchives.write(dir.resolve("many.fpkg"), many));
		PackageFormatException count = assertThrows(PackageFormatException.class,
				() -> manyFiles.extractTo(dir.resolve("many"), new PackageArchive.Limits(10, 1 << 20)));
		assertTrue(count.getMessage().contains("more than 10 entries"), count.getMessage());
	}
}
