package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.flotilla.console.core.LocalPoolAuthority;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Response.Status;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.packages.PackageOperations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agent killed with SIGKILL in the middle of an upgrade: the real agent process of the built distribution upgrades
 * a real server package (the JDK's jwebserver) from 1.0 to 2.0; its start step waits for a file the test never
 * creates, so the agent is killed after it stopped 1.0 and before 2.0 runs. The agent started again on the same data
 * directory finds the journaled transaction, rolls it back and starts 1.0 again: the package is at the old version,
 * started and healthy, and a later upgrade works.
 */
class PackageRecoveryIntegrationTest {

	@TempDir
	Path dir;

	private final List<Process> agents = new ArrayList<>();

	@AfterEach
	void stopEverything() throws InterruptedException {
		for (Process agent : agents) {
			agent.destroyForcibly();
			agent.waitFor(10, TimeUnit.SECONDS);
		}
		for (long pid : packageProcesses()) {
			ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
		}
	}

	private static final String START = """
			if [ -n "$FLOTILLA_PARAM_GATE" ]; then
			  echo "waiting for $FLOTILLA_PARAM_GATE"
			  while [ ! -f "$FLOTILLA_PARAM_GATE" ]; do sleep 0.1; done
			fi
			cd "$FLOTILLA_PACKAGE_HOME" || exit 1
			"$JAVA_HOME/bin/jwebserver" -b 127.0.0.1 -p "$FLOTILLA_PARAM_PORT" -d "$FLOTILLA_PACKAGE_HOME" \\
			    > "$FLOTILLA_PACKAGE_STATE/server.log" 2>&1 &
			echo $! > "$FLOTILLA_PACKAGE_STATE/pid"
			""";
	private static final String STOP = """
			pidfile="$FLOTILLA_PACKAGE_STATE/pid"
			[ -f "$pidfile" ] || exit 0
			pid=$(cat "$pidfile")
			kill "$pid" 2>/dev/null
			while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
			rm -f "$pidfile"
			""";

	private static byte[] web(String version) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("flotilla-package.properties", """
				name = web
				version = %s
				layer = middleware
				parameter.port.type = int
				parameter.port.min = 1024
				parameter.port.max = 65535
				parameter.gate.type = string
				parameter.gate.default =
				step.start.command = steps/start.sh
				step.start.timeout = PT10M
				step.stop.command = steps/stop.sh
				step.health.http = http://127.0.0.1:${port}/version.txt
				step.health.timeout = PT20S
				""".formatted(version));
		entries.put("payload/version.txt", "web " + version + "\n");
		entries.put("steps/start.sh", START);
		entries.put("steps/stop.sh", STOP);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void anAgentKilledMidUpgradeRollsBackToTheOldVersionStartedAndHealthy() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "packages run on Linux");
		assumeTrue(Files.isExecutable(Path.of(System.getProperty("java.home"), "bin", "jwebserver")), "the JDK has jwebserver");
		Path agentHome = AgentProcesses.home();
		LocalPoolAuthority identity = LocalPoolAuthority.openOrCreate(dir.resolve("workspace"), "integration pool");
		Path data = dir.resolve("data");
		identity.issueAgent("provisioned", data);
		int port = AgentProcesses.freePort();
		int webPort = AgentProcesses.freePort();
		Path config = data.resolve("agent.properties");
		AgentProcesses.configure(config, "provisioned", port, data, "report.interval = 1s");
		byte[] v1 = web("1.0");
		byte[] v2 = web("2.0");
		Path gate = dir.resolve("gate");

		Process first = AgentProcesses.start(agentHome, config);
		agents.add(first);
		try (ProtocolClient admin = connect(identity, port, config)) {
			send(admin, "1.0", v1);
			send(admin, "2.0", v2);
			Message.Response installed = ask(admin, PackageOperations.APPLY, apply("1.0", v1, 1, Map.of("port", "" + webPort)));
			assertEquals(Status.OK, installed.status(), installed.detail());
			assertEquals("web 1.0\n", get(webPort));

			// The upgrade stops 1.0, then its start step waits for a file that never comes...
			CompletableFuture<Message.Response> upgrade = admin.request(PackageOperations.APPLY, 0,
					apply("2.0", v2, 2, Map.of("port", "" + webPort, "gate", gate.toString())));
			Path transaction = data.resolve("packages/web/transaction.properties");
			waitUntil("the upgrade waits in 2.0's start step", () -> {
				try {
					String tx = Files.exists(transaction) ? Files.readString(transaction) : "";
					return tx.contains("phase=START") && tx.contains("step-pid=");
				} catch (IOException e) {
					return false;
				}
			}, config);
			assertNull(get(webPort), "1.0 is stopped, 2.0 not started");
			// ...and the agent is killed there.
			new ProcessBuilder("kill", "-9", Long.toString(first.pid())).inheritIO().start().waitFor();
			assertTrue(first.waitFor(30, TimeUnit.SECONDS), "the agent died");
			assertEquals(137, first.exitValue(), "killed by SIGKILL");
			assertTrue(upgrade.handle((r, e) -> e != null || r.status() != Status.OK).get(60, TimeUnit.SECONDS),
					"the console does not hear of a success");
		}

		Process second = AgentProcesses.start(agentHome, config);
		agents.add(second);
		try (ProtocolClient admin = connect(identity, port, config)) {
			String[] line = { "" };
			waitUntil("the restarted agent rolled back to 1.0, healthy", () -> {
				try {
					Message.Response status = ask(admin, PackageOperations.STATUS, Map.of());
					line[0] = status.values().getOrDefault(PackageOperations.PACKAGES, "");
					return line[0].startsWith("web\t1.0\tmiddleware\thealthy\t");
				} catch (Exception e) {
					return false;
				}
			}, config);
			assertTrue(line[0].contains("recovered: rolled back from 2.0 (the agent stopped during start)"), line[0]);
			assertEquals("web 1.0\n", get(webPort), "the old version answers again");
			assertTrue(!Files.exists(data.resolve("packages/web/transaction.properties")), "the transaction is closed");
			assertEquals(List.of(), waitingSteps(), "the start step the killed agent left is gone");
			String journal = Files.readString(data.resolve("packages/journal.log"));
			assertTrue(journal.contains("\tweb\t2\trecover\tfrom APPLY at START"), journal);

			// And it goes on: the upgrade, asked again (a newer epoch), works.
			Message.Response upgraded = ask(admin, PackageOperations.APPLY, apply("2.0", v2, 3, Map.of("port", "" + webPort)));
			assertEquals(Status.OK, upgraded.status(), upgraded.detail());
			assertEquals(PackageOperations.UPGRADED, upgraded.values().get(PackageOperations.RESULT));
			assertEquals("web 2.0\n", get(webPort));
		}
	}

	private static Map<String, String> apply(String version, byte[] archive, long epoch, Map<String, String> parameters)
			throws Exception {
		Map<String, String> a = new LinkedHashMap<>();
		a.put(PackageOperations.NAME, "web");
		a.put(PackageOperations.VERSION, version);
		a.put(PackageOperations.SHA256, sha256(archive));
		a.put(PackageOperations.EPOCH, Long.toString(epoch));
		parameters.forEach((k, v) -> a.put(PackageOperations.PARAMETER_PREFIX + k, v));
		return a;
	}

	private static void send(ProtocolClient client, String version, byte[] archive) throws Exception {
		String sha = sha256(archive);
		Message.Response offered = ask(client, PackageOperations.OFFER, Map.of(PackageOperations.NAME, "web",
				PackageOperations.VERSION, version, PackageOperations.SHA256, sha, PackageOperations.SIZE,
				Integer.toString(archive.length)));
		assertEquals(Status.OK, offered.status(), offered.detail());
		long have = Long.parseLong(offered.values().get(PackageOperations.HAVE));
		while (have < archive.length) {
			int n = (int) Math.min(PackageOperations.MAXIMUM_CHUNK_BYTES, archive.length - have);
			Message.Response r = ask(client, PackageOperations.CHUNK, Map.of(PackageOperations.SHA256, sha,
					PackageOperations.OFFSET, Long.toString(have), PackageOperations.DATA,
					Base64.getEncoder().encodeToString(Arrays.copyOfRange(archive, (int) have, (int) have + n))));
			assertEquals(Status.OK, r.status(), r.detail());
			have = Long.parseLong(r.values().get(PackageOperations.HAVE));
		}
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static Message.Response ask(ProtocolClient client, String operation, Map<String, String> arguments)
			throws Exception {
		return client.request(operation, 0, arguments).get(90, TimeUnit.SECONDS);
	}

	private static String get(int port) {
		try {
			HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/version.txt").toURL()
					.openConnection();
			c.setConnectTimeout(2000);
			c.setReadTimeout(2000);
			try {
				return c.getResponseCode() == 200 ? new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : null;
			} finally {
				c.disconnect();
			}
		} catch (IOException e) {
			return null;
		}
	}

	private ProtocolClient connect(LocalPoolAuthority identity, int port, Path config) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (true) {
			try {
				return ProtocolClient.builder(new InetSocketAddress("127.0.0.1", port), identity.consoleTls("console-it"),
						PeerKind.CONSOLE, "console-it").expectAgent("provisioned").requestTimeout(Duration.ofSeconds(90)).connect();
			} catch (Exception e) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("the agent does not answer; its log:\n" + AgentProcesses.log(config), e);
				}
				Thread.sleep(100);
			}
		}
	}

	/** Live processes of this test's packages (their FLOTILLA_PACKAGE_HOME is in its folder). */
	private List<Long> packageProcesses() {
		return AgentProcesses.withEnvironment("FLOTILLA_PACKAGE_HOME=" + dir);
	}

	/** Live start steps still waiting for the gate. */
	private List<Long> waitingSteps() {
		return AgentProcesses.withEnvironment("FLOTILLA_PARAM_GATE=" + dir.resolve("gate"));
	}

	private static void waitUntil(String what, BooleanSupplier condition, Path config) throws InterruptedException {
		AgentProcesses.waitUntil(what, condition, config, Duration.ofSeconds(60));
	}
}
