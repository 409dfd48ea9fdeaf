package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentConfig.ProbeSpec;
import org.flotilla.agent.AgentConfigException;
import org.flotilla.agent.internal.ConfigParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The configuration file: defaults, every key, and an error message for every kind of bad value. */
class AgentConfigTest {

	private static final ConfigParser.Host HOST = new ConfigParser.Host(4, 8L << 30, "build_host.example");

	@TempDir
	Path dir;

	private Path write(String content) throws IOException {
		Path file = dir.resolve("agent.properties");
		Files.writeString(file, content, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void emptyFileGivesDocumentedDefaults() throws Exception {
		Path file = write("# nothing\n");
		AgentConfig c = ConfigParser.parse(file, HOST);
		assertEquals("127.0.0.1", c.listenAddress(), "this host only unless the file says otherwise");
		assertEquals(7443, c.listenPort());
		assertEquals(dir.resolve("data").toAbsolutePath(), c.dataDir());
		assertEquals("build_host.example", c.nodeName());
		assertEquals(List.of(), c.labels());
		assertEquals(Duration.ofSeconds(1), c.reportInterval());
		assertEquals(4.0, c.allotment().cpuCores());
		assertEquals(8L << 30, c.allotment().memoryBytes());
		assertTrue(c.allotment().wholeHost(), "no allotment keys: the whole host");
		assertEquals(List.of("java", "python3", "psql"), c.probes().stream().map(ProbeSpec::name).toList());
		assertEquals(Duration.ofSeconds(5), c.probeTimeout());
		assertEquals(file.toAbsolutePath(), c.source());
		assertTrue(c.tasks().limits(), "task limits where the node allows them");
		assertEquals(null, c.tasks().cgroupRoot());
		assertEquals(512, c.tasks().maxTasks());
	}

	@Test
	void everyKeyIsRead() throws Exception {
		AgentConfig c = ConfigParser.parse(write("""
				listen.address = 127.0.0.1
				listen.port = 9000
				data.dir = /var/lib/flotilla
				node.name = web-01
				labels = ssd, rack=a1 ,, ssd, zone/east
				report.interval = 250ms
				allotment.cpu = 1.5
				allotment.memory = 2048
				probes.timeout = 2s
				probes.pg.command = psql
				probes.pg.args = --version  --no-psqlrc
				probes.pg.pattern = PostgreSQL\\\\) (\\\\d+\\\\.\\\\d+)
				probes.jdk.command = /opt/jdk/bin/java
				tasks.limits = off
				tasks.cgroup.root = /sys/fs/cgroup/flotilla
				tasks.max = 64
				"""), HOST);
		assertFalse(c.tasks().limits());
		assertEquals(Path.of("/sys/fs/cgroup/flotilla"), c.tasks().cgroupRoot());
		assertEquals(64, c.tasks().maxTasks());
		assertEquals("127.0.0.1", c.listenAddress());
		assertEquals(9000, c.listenPort());
		assertEquals(Path.of("/var/lib/flotilla"), c.dataDir());
		assertEquals("web-01", c.nodeName());
		assertEquals(List.of("ssd", "rack=a1", "zone/east"), c.labels(), "trimmed, empty and duplicates dropped");
		assertEquals(Duration.ofMillis(250), c.reportInterval());
		assertEquals(1.5, c.allotment().cpuCores());
		assertEquals(2048L << 20, c.allotment().memoryBytes());
		assertFalse(c.allotment().wholeHost());
		assertEquals(Duration.ofSeconds(2), c.probeTimeout());
		assertEquals(List.of(new ProbeSpec("jdk", "/opt/jdk/bin/java", List.of("--version"),
				ConfigParser.DEFAULT_VERSION_PATTERN),
				new ProbeSpec("pg", "psql", List.of("--version", "--no-psqlrc"), "PostgreSQL\\) (\\d+\\.\\d+)")),
				c.probes());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1000|1000", "1000ms|1000", "1s|1000", "2 s|2000", "1m|60000", "5|5" })
	void intervalForms(String written, long millis) throws Exception {
		assertEquals(Duration.ofMillis(millis),
				ConfigParser.parse(write("report.interval=" + written), HOST).reportInterval());
	}

	@Test
	void relativeDataDirIsResolvedAgainstTheFilesFolder() throws Exception {
		assertEquals(dir.resolve("state/agent").toAbsolutePath(),
				ConfigParser.parse(write("data.dir=state/agent"), HOST).dataDir());
	}

	/** Each bad value: the message names the file, the key, the value and what is wrong. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"listen.port=70000|listen.port|70000|port out of range 1..65535",
			"listen.port=0|listen.port|0|port out of range 1..65535",
			"listen.port=http|listen.port|http|not a whole number",
			"listen.address=a b|listen.address|a b|must be a host name or an IP address",
			"report.interval=0|report.interval|0|must be > 0",
			"report.interval=-5s|report.interval|-5s|must be > 0",
			"report.interval=0ms|report.interval|0ms|must be > 0",
			"report.interval=fast|report.interval|fast|not a duration",
			"report.interval=2h|report.interval|2h|not a duration",
			"report.interval=61m|report.interval|61m|at most 1h",
			"allotment.cpu=5|allotment.cpu|5|more than the host's 4 logical cores",
			"allotment.cpu=0|allotment.cpu|0|must be > 0 cores",
			"allotment.cpu=two|allotment.cpu|two|not a number of cores",
			"allotment.memory=9000|allotment.memory|9000|more than the host's 8192 MiB of memory",
			"allotment.memory=-1|allotment.memory|-1|must be > 0 MiB",
			"allotment.memory=1.5|allotment.memory|1.5|not a whole number of MiB",
			"node.name=-bad|node.name|-bad|must be 1..63 letters",
			"labels=ok, no spaces here|labels|ok, no spaces here|label 'no spaces here' must be",
			"listen.prot=7443|listen.prot|7443|unknown key",
			"probes.pg.args=--version|probes.pg.command||probe 'pg' needs a command",
			"probes.pg.command=psql\\nprobes.pg.pattern=[|probes.pg.pattern|[|not a regular expression",
			"probes.pg.command=psql\\nprobes.pg.pattern=\\\\d+|probes.pg.pattern|\\d+|needs a group",
			"probes.timeout=0|probes.timeout|0|must be > 0",
			"tasks.limits=yes|tasks.limits|yes|must be auto or off",
			"tasks.cgroup.root=cgroups|tasks.cgroup.root|cgroups|must be an absolute path",
			"tasks.max=1025|tasks.max|1025|must be 1..1024",
			"tasks.max=0|tasks.max|0|must be 1..1024",
			"tasks.max=many|tasks.max|many|not a whole number" })
	void badValuesAreNamed(String content, String key, String value, String problem) throws Exception {
		Path file = write(content.replace("\\n", "\n"));
		AgentConfigException e = assertThrows(AgentConfigException.class, () -> ConfigParser.parse(file, HOST));
		assertEquals(key, e.key());
		assertEquals(value, e.value());
		String expectedStart = "configuration " + file.toAbsolutePath() + ": key '" + key + "'"
				+ (value == null ? "" : " = '" + value + "'") + ": ";
		assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage() + "\nshould start with\n" + expectedStart);
		assertTrue(e.getMessage().contains(problem), e.getMessage() + "\nshould say " + problem);
	}

	@Test
	void tasksMaxIsAtMost1024() throws Exception {
		assertEquals(1024, ConfigParser.parse(write("tasks.max=1024"), HOST).tasks().maxTasks());
		assertThrows(IllegalArgumentException.class, () -> org.flotilla.agent.tasks.TaskSettings.DEFAULTS.withLimits(true,
				null, 1025));
	}

	@Test
	void packagesMaxArchiveIsASize() throws Exception {
		assertEquals(512L << 20, ConfigParser.parse(write("# nothing\n"), HOST).packagesMaxArchive());
		assertEquals(2L << 30, ConfigParser.parse(write("packages.max.archive = 2G"), HOST).packagesMaxArchive());
		AgentConfigException e = assertThrows(AgentConfigException.class,
				() -> ConfigParser.parse(write("packages.max.archive = lots"), HOST));
		assertEquals("packages.max.archive", e.key());
		assertTrue(e.getMessage().contains("not a size"), e.getMessage());
		assertEquals("packages.max.archive",
				assertThrows(AgentConfigException.class, () -> ConfigParser.parse(write("packages.max.archive = 12"), HOST)).key());
	}

	@Test
	void missingFileIsNamed() {
		Path file = dir.resolve("nope.properties");
		AgentConfigException e = assertThrows(AgentConfigException.class, () -> ConfigParser.parse(file, HOST));
		assertEquals("configuration " + file + ": file not found", e.getMessage());
		assertNull(e.key());
	}
	@Test
	void enrollmentKeysComeTogetherAndAreResolvedAgainstTheFile() throws Exception {
		AgentConfig none = ConfigParser.parse(write("# nothing\n"), HOST);
		assertEquals(null, none.enrollment(), "without enroll.* keys the certificate is issued by hand");
		AgentConfig c = ConfigParser.parse(write("enroll.service = pool.example:27099\nenroll.token.file = token\n"
				+ "pool.ca.file = ca/pool-ca.pem\n"), HOST);
		assertEquals("pool.example", c.enrollment().serviceHost());
		assertEquals(27099, c.enrollment().servicePort());
		assertEquals(dir.resolve("token").toAbsolutePath(), c.enrollment().tokenFile());
		assertEquals(dir.resolve("ca/pool-ca.pem").toAbsolutePath(), c.enrollment().caFile());

		AgentConfigException missing = org.junit.jupiter.api.Assertions.assertThrows(AgentConfigException.class,
				() -> ConfigParser.parse(write("enroll.service = pool.example:27099\nenroll.token.file = token\n"), HOST));
		assertTrue(missing.getMessage().contains("pool.ca.file"), missing.getMessage());
		for (String service : List.of("pool.example", "pool.example:0", "pool.example:x", ":27099", "a:b:1")) {
			AgentConfigException bad = org.junit.jupiter.api.Assertions.assertThrows(AgentConfigException.class,
					() -> ConfigParser.parse(write("enroll.service = " + service + "\nenroll.token.file = t\npool.ca.file = c\n"), HOST),
					service);
			assertTrue(bad.getMessage().contains("HOST:PORT"), bad.getMessage());
		}
	}
}
