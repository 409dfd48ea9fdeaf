package org.flotilla.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceConfigTest {

	@TempDir
	Path dir;

	private Path write(String... lines) throws Exception {
		Path conf = dir.resolve("conf");
		Files.createDirectories(conf);
		Path file = conf.resolve("service.properties");
		Files.writeString(file, String.join("\n", lines) + "\n");
		return file;
	}

	@Test
	void onlyTheDataDirectoryIsRequiredAndRelativePathsResolveAgainstTheFilesFolder() throws Exception {
		Path file = write("data.dir = ../data");
		ServiceConfig config = ServiceConfig.read(file);
		assertEquals(file.toAbsolutePath(), config.source());
		assertEquals("Flotilla pool", config.poolName());
		assertEquals(dir.resolve("data").toAbsolutePath(), config.dataDir());
		assertEquals("127.0.0.1", config.listenAddress());
		assertEquals(27100, config.listenPort());
		assertEquals(Optional.empty(), config.poolImport());
		assertEquals("pool-service", config.serviceName());
		assertEquals(64, config.consolesMax());
		assertEquals(dir.resolve("conf/ca.password").toAbsolutePath(), config.caPasswordFile());
	}

	@Test
	void readsEveryKey() throws Exception {
		Path file = write("pool.name = Rack room 2", "data.dir = /var/lib/flotilla", "listen.address = 0.0.0.0", "listen.port = 0",
				"pool.import = pools/demo.flotilla", "service.name = pool-a.example", "consoles.max = 3",
				"ca.password.file = /etc/flotilla/ca.password");
		ServiceConfig config = ServiceConfig.read(file);
		assertEquals("Rack room 2", config.poolName());
		assertEquals(Path.of("/var/lib/flotilla"), config.dataDir());
		assertEquals("0.0.0.0", config.listenAddress());
		assertEquals(0, config.listenPort());
		assertEquals(Optional.of(dir.resolve("conf/pools/demo.flotilla").toAbsolutePath()), config.poolImport());
		assertEquals("pool-a.example", config.serviceName());
		assertEquals(3, config.consolesMax());
		assertEquals(Path.of("/etc/flotilla/ca.password"), config.caPasswordFile());
		assertEquals(0, config.listenSocketAddress().getPort());
	}

	@Test
	void aMissingDataDirectoryIsNamed() throws Exception {
		Path file = write("pool.name = p");
		ServiceConfigException e = assertThrows(ServiceConfigException.class, () -> ServiceConfig.read(file));
		assertEquals("data.dir", e.key());
		assertTrue(e.getMessage().startsWith("configuration " + file.toAbsolutePath() + ": key 'data.dir': missing"),
				e.getMessage());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			"listen.port     | seven     | not a whole number", //
			"listen.port     | 65536     | out of range 0..65535", //
			"listen.port     | -1        | out of range 0..65535", //
			"consoles.max    | 0         | out of range 1..10000", //
			"consoles.max    | 10001     | out of range 1..10000", //
			"service.name    | two words | must be 1..64 letters", //
			"service.name    | -lead     | must be 1..64 letters", //
			"listen.address  | a b       | must be a host name or an IP address", //
			"pool.import     | ''        | must not be empty", //
			"data.dir        | ''        | must not be empty", //
			"colour          | blue      | unknown key", //
	})
	void aBadValueIsRefusedNamingFileKeyAndValue(String key, String value, String problem) throws Exception {
		Path file = key.equals("data.dir") ? write("data.dir = " + value) : write("data.dir = data", key + " = " + value);
		ServiceConfigException e = assertThrows(ServiceConfigException.class, () -> ServiceConfig.read(file));
		assertEquals(file.toAbsolutePath(), e.file());
		assertEquals(key, e.key());
		assertEquals(value, e.value());
		assertTrue(e.getMessage().startsWith("configuration " + file.toAbsolutePath() + ": key '" + key + "' = '" + value + "': "
				+ problem), e.getMessage());
	}

	@Test
	void anEmptyOrControlCharacterPoolNameIsRefused() throws Exception {
		for (String name : new String[] { "", "tab\\there", "x".repeat(101) }) {
			Path file = write("data.dir = data", "pool.name = " + name);
			ServiceConfigException e = assertThrows(ServiceConfigException.class, () -> ServiceConfig.read(file), name);
			assertEquals("pool.name", e.key());
		}
	}

	@Test
	void theCaPasswordIsNeverKeptInsideTheDataDirectory() throws Exception {
		Path file = write("data.dir = state", "ca.password.file = state/ca/ca.password");
		ServiceConfigException e = assertThrows(ServiceConfigException.class, () -> ServiceConfig.read(file));
		assertEquals("ca.password.file", e.key());
		assertTrue(e.getMessage().contains("inside data.dir"), e.getMessage());

		// Nor by default, when the data directory is the configuration's own folder.
		Path beside = write("data.dir = .");
		ServiceConfigException byDefault = assertThrows(ServiceConfigException.class, () -> ServiceConfig.read(beside));
		assertEquals("ca.password.file", byDefault.key());
	}

	@Test
	void aMissingOrUnreadableFileIsNamed() throws Exception {
		Path missing = dir.resolve("nowhere.properties");
		ServiceConfigException e = assertThrows(ServiceConfigException.class, () -> ServiceConfig.read(missing));
		assertNull(e.key());
		assertEquals("configuration " + missing.toAbsolutePath() + ": file not found", e.getMessage());

		Path malformed = write("data.dir = data", "pool.name = bad \\uZZZZ escape");
		ServiceConfigException unreadable = assertThrows(ServiceConfigException.class, () -> ServiceConfig.read(malformed));
		assertTrue(unreadable.getMessage().contains(": cannot be read: "), unreadable.getMessage());
	}
	@Test
	void theEnrollmentListenerIsOnByDefaultBesideTheConsolesAndCanBeMovedOrTurnedOff() throws Exception {
		ServiceConfig defaults = ServiceConfig.read(write("data.dir = ../data", "listen.address = 10.0.0.5"));
		assertEquals(new ServiceConfig.EnrollmentListener("10.0.0.5", 27099, Optional.empty()), defaults.enrollment().orElseThrow());
		ServiceConfig moved = ServiceConfig.read(write("data.dir = ../data", "enrollment.port = 0", "enrollment.address = 0.0.0.0",
				"enrollment.host = pool.example.org"));
		assertEquals(new ServiceConfig.EnrollmentListener("0.0.0.0", 0, Optional.of("pool.example.org")), moved.enrollment().orElseThrow());
		assertEquals(Optional.empty(), ServiceConfig.read(write("data.dir = ../data", "enrollment.port = off")).enrollment());
		for (String[] bad : new String[][] { { "enrollment.port = 27100" }, { "enrollment.port = 70000" },
				{ "enrollment.host = not a host" }, { "enrollment.address = " } }) {
			ServiceConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ServiceConfigException.class,
					() -> ServiceConfig.read(write("data.dir = ../data", bad[0])), bad[0]);
			assertTrue(e.getMessage().contains(bad[0].substring(0, bad[0].indexOf(' '))), e.getMessage());
		}
	}
}
