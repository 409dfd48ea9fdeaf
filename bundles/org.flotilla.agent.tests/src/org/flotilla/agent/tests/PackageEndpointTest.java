package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.flotilla.agent.Agent;
import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentEndpoint;
import org.flotilla.agent.internal.ConfigParser;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Response.Status;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.protocol.packages.PackageOperations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import oshi.SystemInfo;

/**
 * Provisioning on a real agent behind its TLS endpoint, over loopback: archives sent in chunks (resumed after a
 * dropped connection, a wrong checksum refused), a real server package (the JDK's jwebserver) installed, upgraded,
 * rolled back from a version whose health check fails, refused to other roles and for parameters out of range, and
 * removed.
 */
class PackageEndpointTest {

	private static final char[] PASSWORD = "secret".toCharArray();
	private static final int CHUNK = PackageOperations.MAXIMUM_CHUNK_BYTES;

	@TempDir
	Path dir;

	private PoolCertificateAuthority ca;
	private Path data;

	@BeforeEach
	void agentData() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "packages run on Linux");
		assumeTrue(Files.isExecutable(Path.of(System.getProperty("java.home"), "bin", "jwebserver")), "the JDK has jwebserver");
		ca = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), PASSWORD, "test pool");
		data = dir.resolve("data");
		PoolCertificateAuthority.writeKeyStore(ca.issueAgent("node-1", PASSWORD), data.resolve(AgentEndpoint.KEYSTORE), PASSWORD);
		SecretFiles.write(data.resolve(AgentEndpoint.PASSWORD), "secret\n".getBytes(StandardCharsets.US_ASCII));
	}

	@AfterEach
	void killServers() {
		TestPackages.killAll(dir);
	}

	private AgentConfig config(String extra) throws Exception {
		Path config = dir.resolve("agent.properties");
		Files.writeString(config, "node.name = node-1\nreport.interval = 500ms\ndata.dir = " + data + "\n" + extra);
		return ConfigParser.parse(config, new ConfigParser.Host(Runtime.getRuntime().availableProcessors(),
				new SystemInfo().getHardware().getMemory().getTotal(), "unused"));
	}

	private ProtocolClient connect(AgentEndpoint endpoint, String name, ConsoleRole role, BlockingQueue<Message> pushed)
			throws Exception {
		SSLContext tls = PoolCertificateAuthority.sslContext(ca.issueConsole(name, role, PASSWORD), PASSWORD);
		return ProtocolClient.builder(endpoint.address(), tls, PeerKind.CONSOLE, name).expectAgent("node-1")
				.pushedMessages(pushed::add).requestTimeout(Duration.ofSeconds(90)).connect();
	}

	private static Message.Response ask(ProtocolClient client, String operation, Map<String, String> arguments)
			throws Exception {
		return client.request(operation, 0, arguments).get(90, TimeUnit.SECONDS);
	}

	private static Map<String, String> offer(String name, String version, byte[] archive, String sha) {
		return Map.of(PackageOperations.NAME, name, PackageOperations.VERSION, version, PackageOperations.SHA256, sha,
				PackageOperations.SIZE, Integer.toString(archive.length));
	}

	private static Message.Response chunk(ProtocolClient client, String sha, byte[] archive, long offset) throws Exception {
		int length = (int) Math.min(CHUNK, archive.length - offset);
		return ask(client, PackageOperations.CHUNK, Map.of(PackageOperations.SHA256, sha, PackageOperations.OFFSET,
				Long.toString(offset), PackageOperations.DATA,
				Base64.getEncoder().encodeToString(Arrays.copyOfRange(archive, (int) offset, (int) offset + length))));
	}

	/** Offers and sends {@code archive} from where the agent says it is. */
	static void send(ProtocolClient client, String version, byte[] archive) throws Exception {
		String sha = TestPackages.sha256(archive);
		Message.Response offered = ask(client, PackageOperations.OFFER, offer("web", version, archive, sha));
		assertEquals(Status.OK, offered.status(), offered.detail());
		long have = Long.parseLong(offered.values().get(PackageOperations.HAVE));
		while (have < archive.length) {
			Message.Response r = chunk(client, sha, archive, have);
			assertEquals(Status.OK, r.status(), r.detail());
			have = Long.parseLong(r.values().get(PackageOperations.HAVE));
		}
	}

	static Map<String, String> apply(String version, byte[] archive, long epoch, Map<String, String> parameters)
			throws Exception {
		Map<String, String> a = new LinkedHashMap<>();
		a.put(PackageOperations.NAME, "web");
		a.put(PackageOperations.VERSION, version);
		a.put(PackageOperations.SHA256, TestPackages.sha256(archive));
		a.put(PackageOperations.EPOCH, Long.toString(epoch));
		parameters.forEach((k, v) -> a.put(PackageOperations.PARAMETER_PREFIX + k, v));
		return a;
	}

	@Test
	void archivesTravelInChunksResumeAfterADroppedConnectionAndAreChecked() throws Exception {
		byte[] padding = new byte[600_000];
		new Random(14).nextBytes(padding); // incompressible: the archive is about 600 KB, three chunks
		byte[] archive = TestPackages.web("1.0", "version.txt", padding);
		String sha = TestPackages.sha256(archive);
		assertTrue(archive.length > 2 * CHUNK, "three chunks");
		try (Agent agent = new Agent(config("packages.max.archive = 1M\n"), new SystemInfo(), InstantSource.system())) {
			agent.start();
			assertNull(agent.packagesIfOpen(), "nothing of provisioning is loaded before the first package operation");
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0))) {
				try (ProtocolClient planner = connect(endpoint, "paula", ConsoleRole.PLANNER, new LinkedBlockingQueue<>());
						ProtocolClient support = connect(endpoint, "sam", ConsoleRole.SUPPORT, new LinkedBlockingQueue<>())) {
					Message.Response refused = ask(planner, PackageOperations.OFFER, offer("web", "1.0", archive, sha));
					assertEquals(Status.REFUSED, refused.status());
					assertTrue(refused.detail().contains("needs the role administrator"), refused.detail());
					assertEquals(Status.REFUSED, ask(support, PackageOperations.CHUNK, Map.of()).status());
					assertTrue(Files.readString(data.resolve("audit-refused.log")).contains("\tpaula\tplanner\tpackage-offer\tREFUSED\t"));
				}
				try (ProtocolClient admin = connect(endpoint, "ada", ConsoleRole.ADMINISTRATOR, new LinkedBlockingQueue<>())) {
					Message.Response first = ask(admin, PackageOperations.OFFER, offer("web", "1.0", archive, sha));
					assertEquals(Status.OK, first.status(), first.detail());
					assertEquals("0", first.values().get(PackageOperations.HAVE));
					Message.Response one = chunk(admin, sha, archive, 0);
					assertEquals(Status.OK, one.status(), one.detail());
					assertEquals(Integer.toString(CHUNK), one.values().get(PackageOperations.HAVE));
				} // the connection drops after one chunk
				try (ProtocolClient admin = connect(endpoint, "ada", ConsoleRole.ADMINISTRATOR, new LinkedBlockingQueue<>())) {
					Message.Response again = ask(admin, PackageOperations.OFFER, offer("web", "1.0", archive, sha));
					assertEquals(Integer.toString(CHUNK), again.values().get(PackageOperations.HAVE), "resumes where it was");
					Message.Response wrongOffset = chunk(admin, sha, archive, 0);
					assertEquals(Status.REFUSED, wrongOffset.status());
					assertTrue(wrongOffset.detail().contains("send from " + CHUNK), wrongOffset.detail());
					send(admin, "1.0", archive);
					assertEquals(Integer.toString(archive.length),
							ask(admin, PackageOperations.OFFER, offer("web", "1.0", archive, sha)).values().get(PackageOperations.HAVE),
							"cached and verified: nothing more to send");

					// A checksum the bytes do not have: the last chunk fails naming the package, and nothing is kept.
					byte[] other = TestPackages.web("1.1", "version.txt", null);
					String claimed = TestPackages.sha256("something else".getBytes(StandardCharsets.UTF_8));
					assertEquals(Status.OK, ask(admin, PackageOperations.OFFER, offer("web", "1.1", other, claimed)).status());
					Message.Response mismatch = chunk(admin, claimed, other, 0);
					assertEquals(Status.FAILED, mismatch.status());
					assertTrue(mismatch.detail().contains("node node-1: package web 1.1: the received archive's SHA-256 is "
							+ TestPackages.sha256(other) + ", not " + claimed), mismatch.detail());
					assertEquals("0", ask(admin, PackageOperations.OFFER, offer("web", "1.1", other, claimed)).values()
							.get(PackageOperations.HAVE), "the bad copy was deleted");

					// Bigger than packages.max.archive: refused before a byte is sent.
					Message.Response big = ask(admin, PackageOperations.OFFER, Map.of(PackageOperations.NAME, "web",
							PackageOperations.VERSION, "9", PackageOperations.SHA256, claimed, PackageOperations.SIZE,
							Long.toString(2L << 20)));
					assertEquals(Status.REFUSED, big.status());
					assertTrue(big.detail().contains("packages.max.archive = 1M"), big.detail());
				}
				Path cache = data.resolve("packages/cache");
				assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("packages"))));
				assertTrue(Files.isRegularFile(cache.resolve(sha + ".fpkg")));
				String audit = Files.readString(data.resolve("audit.log"));
				assertTrue(audit.contains("\tada\tadministrator\tpackage-chunk\tSTARTED\tsha256=" + sha + " offset=0 base64Chars="), audit);
				assertFalse(audit.contains(Base64.getEncoder().encodeToString(Arrays.copyOf(archive, 30))), "no data in the audit");
			}
		}
	}

	@Test
	void installUpgradeRollBackRefuseAndRemoveARealServer() throws Exception {
		int port = TestPackages.freePort();
		byte[] v1 = TestPackages.web("1.0", "version.txt", null);
		byte[] v2 = TestPackages.web("2.0", "version.txt", null);
		byte[] broken = TestPackages.web("3.0", "missing.txt", null);
		BlockingQueue<Message> pushed = new LinkedBlockingQueue<>();
		try (Agent agent = new Agent(config(""), new SystemInfo(), InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient admin = connect(endpoint, "ada", ConsoleRole.ADMINISTRATOR, pushed);
					ProtocolClient planner = connect(endpoint, "paula", ConsoleRole.PLANNER, new LinkedBlockingQueue<>());
					ProtocolClient support = connect(endpoint, "sam", ConsoleRole.SUPPORT, new LinkedBlockingQueue<>())) {
				send(admin, "1.0", v1);
				send(admin, "2.0", v2);
				send(admin, "3.0", broken);

				// Refusals change nothing: another role, a parameter out of range, an unknown parameter.
				Message.Response byPlanner = ask(planner, PackageOperations.APPLY, apply("1.0", v1, 1, Map.of("port", "" + port)));
				assertEquals(Status.REFUSED, byPlanner.status());
				assertTrue(byPlanner.detail().contains("needs the role administrator"), byPlanner.detail());
				Message.Response outOfRange = ask(admin, PackageOperations.APPLY, apply("1.0", v1, 1, Map.of("port", "80", "colour", "red")));
				assertEquals(Status.REFUSED, outOfRange.status());
				assertTrue(outOfRange.detail().contains("node node-1: web-1.0: parameter port: '80' is out of range (a whole number 1024..65535)"),
						outOfRange.detail());
				assertTrue(outOfRange.detail().contains("parameter colour: the package has no such parameter"), outOfRange.detail());
				assertTrue(Files.readString(data.resolve("audit-refused.log")).contains("\tada\tadministrator\tpackage-apply\tREFUSED\t"));

				// Install: a real server on the port the parameter says, health-checked over HTTP.
				Message.Response installed = ask(admin, PackageOperations.APPLY, apply("1.0", v1, 1,
						Map.of("port", "" + port, "greeting", "hi")));
				assertEquals(Status.OK, installed.status(), installed.detail());
				assertEquals(PackageOperations.INSTALLED, installed.values().get(PackageOperations.RESULT));
				assertEquals("", installed.values().get(PackageOperations.FROM_VERSION));
				assertEquals("1.0", installed.values().get(PackageOperations.TO_VERSION));
				String steps = installed.values().get(PackageOperations.STEPS);
				assertTrue(steps.startsWith("stage\tok\t"), steps);
				assertTrue(steps.contains("\nconfigure\tok\t") && steps.contains("\nstart\tok\t") && steps.contains("\nhealth\tok\t"), steps);
				assertEquals("web 1.0\n", TestPackages.get(port, "version.txt"));
				assertEquals("hi from port " + port + "\n", TestPackages.get(port, "greeting.txt"), "the template was rendered");
				Path rendered = data.resolve("packages/web/current/greeting.txt");
				assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(rendered)));
				assertEquals("1.0@1", Files.readSymbolicLink(data.resolve("packages/web/current")).toString());

				// A stale epoch is refused.
				Message.Response stale = ask(admin, PackageOperations.APPLY, apply("2.0", v2, 1, Map.of("port", "" + port)));
				assertEquals(Status.REFUSED, stale.status());
				assertTrue(stale.detail().contains("epoch 1 is not newer"), stale.detail());

				// Upgrade: the old one stopped, the new one started and answering on the same port.
				Message.Response upgraded = ask(admin, PackageOperations.APPLY, apply("2.0", v2, 2, Map.of("port", "" + port)));
				assertEquals(Status.OK, upgraded.status(), upgraded.detail());
				assertEquals(PackageOperations.UPGRADED, upgraded.values().get(PackageOperations.RESULT));
				assertEquals("1.0", upgraded.values().get(PackageOperations.FROM_VERSION));
				assertTrue(upgraded.values().get(PackageOperations.STEPS).contains("stop 1.0\tok\t"), upgraded.values().toString());
				assertEquals("web 2.0\n", TestPackages.get(port, "version.txt"));

				// A version whose health check fails: rolled back, and the previous version answers again.
				Message.Response failed = ask(admin, PackageOperations.APPLY, apply("3.0", broken, 3, Map.of("port", "" + port)));
				assertEquals(Status.FAILED, failed.status());
				String why = failed.detail();
				assertTrue(why.startsWith("node node-1: package web-3.0: step health failed (not healthy within PT3S (last: HTTP 404))"), why);
				assertTrue(why.contains("rolled back to 2.0 (healthy)"), why);
				assertEquals("web 2.0\n", TestPackages.get(port, "version.txt"));
				assertFalse(Files.exists(data.resolve("packages/web/3.0@3")), "the failed version's directory is gone");
				assertFalse(Files.exists(data.resolve("packages/web/transaction.properties")));

				// Status, for every role: the version, its health checked now, the last result, the parameters.
				Message.Response status = ask(support, PackageOperations.STATUS, Map.of());
				assertEquals(Status.OK, status.status(), status.detail());
				String line = status.values().get(PackageOperations.PACKAGES);
				assertTrue(line.startsWith("web\t2.0\tmiddleware\thealthy\tfailed: 3.0 health"), line);
				assertTrue(line.contains("\tport=" + port + "\t") && line.contains("\tgreeting=hello"), line);

				// The inventory shows it as middleware with its version and parameters.
				pushed.clear();
				assertEquals(Status.OK, ask(admin, "report-inventory", Map.of()).status());
				Message.StackItem item = null;
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
				while (item == null && System.nanoTime() < deadline) {
					Message m = pushed.poll(1, TimeUnit.SECONDS);
					if (m instanceof Message.InventoryReport report) {
						item = report.items().stream().filter(i -> i.name().equals("web")).findFirst().orElse(null);
					}
				}
				assertTrue(item != null, "the inventory lists the package");
				assertEquals("middleware", item.layer());
				assertEquals("2.0", item.version());
				assertEquals(Integer.toString(port), item.parameters().get("param.port"));
				assertEquals("middleware", item.parameters().get(PackageOperations.PACKAGE_FACT));

				// Remove: stopped, and its files gone.
				Message.Response removed = ask(admin, PackageOperations.REMOVE, Map.of(PackageOperations.NAME, "web",
						PackageOperations.EPOCH, "4"));
				assertEquals(Status.OK, removed.status(), removed.detail());
				assertEquals(PackageOperations.REMOVED, removed.values().get(PackageOperations.RESULT));
				assertNull(TestPackages.get(port, "version.txt"));
				assertEquals("", ask(support, PackageOperations.STATUS, Map.of()).values().get(PackageOperations.PACKAGES));
				assertEquals(List.of("epoch"), Files.list(data.resolve("packages/web")).map(p -> p.getFileName().toString()).toList());
				String journal = Files.readString(data.resolve("packages/journal.log"));
				assertTrue(journal.contains("\tweb\t3\thealth\tstarting"), journal);
				assertTrue(journal.contains("\tweb\t3\trollback\tdone"), journal);
			}
		}
	}
}
