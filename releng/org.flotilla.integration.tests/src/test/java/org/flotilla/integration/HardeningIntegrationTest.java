package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.LocalPoolAuthority;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.model.Group;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes wrong on real hosts, with real agent processes of the built distribution: a disk that
 * fills up, a history that cannot be kept, an agent that falls silent without closing its
 * connection (stopped with SIGSTOP, as a frozen VM or a cut cable would leave it), and a console
 * workspace whose secrets are written on a disk that refuses the write.
 */
class HardeningIntegrationTest {

	@TempDir
	Path dir;

	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void stopProcesses() throws InterruptedException {
		for (Process process : processes) {
			process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void aFullDiskDoesNotSilenceAHealthyNode() throws Exception {
		assumeTrue(canMountTmpfs(), "needs `unshare -Urm` and tmpfs mounts (user namespaces) to fill a disk of its own");
		Path agentHome = AgentProcesses.home();
		LocalPoolAuthority identity = LocalPoolAuthority.openOrCreate(dir.resolve("workspace"), "integration pool");
		// The agent's certificate is prepared on the real disk, then copied onto a small tmpfs of the agent's own.
		Path seed = dir.resolve("seed");
		identity.issueAgent("full-disk", seed);
		Path mount = Files.createDirectories(dir.resolve("mnt"));
		int port = AgentProcesses.freePort();
		Path config = dir.resolve("agent.properties");
		AgentProcesses.configure(config, "full-disk", port, mount, "report.interval = 200ms");
		Path log = dir.resolve("agent.log");
		Path full = dir.resolve("disk-is-full");
		String script = String.join("\n", "set -e", "mount -t tmpfs -o size=8m tmpfs \"$MNT\"", "cp -a \"$SEED\"/. \"$MNT\"/",
				"\"$AGENT\" --config \"$CONFIG\" >\"$LOG\" 2>&1 &", "pid=$!",
				// Wait (bounded) until the agent listens: it has created its history files by then.
				"for i in $(seq 1 600); do grep -q 'listening on' \"$LOG\" && break; sleep 0.1; done",
				"dd if=/dev/zero of=\"$MNT/filler\" bs=64k >/dev/null 2>&1 || true", "df -k \"$MNT\" >\"$FULL\"", "wait $pid", "");
		ProcessBuilder builder = new ProcessBuilder("unshare", "-Urm", "sh", "-c", script).redirectErrorStream(true)
				.redirectOutput(dir.resolve("unshare.log").toFile());
		builder.environment().putAll(java.util.Map.of("MNT", mount.toString(), "SEED", seed.toString(), "AGENT",
				agentHome.resolve("bin/flotilla-agent").toString(), "CONFIG", config.toString(), "LOG", log.toString(), "FULL",
				full.toString(), "JAVA_HOME", System.getProperty("java.home")));
		processes.add(builder.start());

		Pool pool = pool("full-disk", port);
		Node node = pool.getAllNodes().get(0);
		LiveUpdates live = new LiveUpdates();
		try (ConnectionService connections = new ConnectionService(identity.consoleTls("console-it"), "console-it", live)) {
			connections.connect(ConnectionService.targetsOf(pool));
			waitUntil("the disk to be full", 60, () -> Files.exists(full) && sizeOf(full) > 0, log);
			String df = Files.readString(full);
			assertTrue(df.lines().skip(1).anyMatch(line -> line.split("\\s+").length > 3 && line.split("\\s+")[3].equals("0")),
					"no space left on the agent's disk:\n" + df);
			count(live, pool, node); // what came before the disk was full
			// 100 reports at 200 ms: 20 s on a full disk, longer than a sparse history file takes to need a new block.
			int[] after = { 0 };
			waitUntil("100 more reports from the node on its full disk", 60, () -> {
				after[0] += count(live, pool, node);
				return after[0] >= 100;
			}, log);
			assertEquals(NodeState.READY, node.getState());
			assertFalse(Files.readString(log).contains("sampling failed"), Files.readString(log));
			// The history is still written on the full disk: its blocks were taken at start.
			assertFalse(Files.readString(log).contains("cannot write the metrics history"), Files.readString(log));
			assertTrue(node.getAgentProblems().isEmpty(), "no agent problem: " + node.getAgentProblems());
		}
	}

	@Test
	void aHistoryThatCannotBeKeptIsAnAlertNotSilence() throws Exception {
		Path agentHome = AgentProcesses.home();
		LocalPoolAuthority identity = LocalPoolAuthority.openOrCreate(dir.resolve("workspace"), "integration pool");
		Path data = dir.resolve("data");
		identity.issueAgent("no-history", data);
		Files.writeString(data.resolve("history"), "a file where the history folder should be");
		int port = AgentProcesses.freePort();
		Path config = data.resolve("agent.properties");
		AgentProcesses.configure(config, "no-history", port, data, "report.interval = 1s");
		processes.add(AgentProcesses.start(agentHome, config));

		Pool pool = pool("no-history", port);
		Node node = pool.getAllNodes().get(0);
		LiveUpdates live = new LiveUpdates();
		org.flotilla.console.core.AlertEngine alerts = new org.flotilla.console.core.AlertEngine();
		try (ConnectionService connections = new ConnectionService(identity.consoleTls("console-it"), "console-it", live)) {
			connections.connect(ConnectionService.targetsOf(pool));
			waitUntil("the node reports and says what is wrong", 60, () -> {
				live.drainInto(pool);
				return node.getLastHeartbeat() > 0 && !node.getAgentProblems().isEmpty();
			}, config.resolveSibling("agent.log"));
			alerts.evaluate(pool, System.currentTimeMillis());
			var alert = org.flotilla.console.core.AlertEngine.activeAlerts(pool, node).stream()
					.filter(a -> a.getRule().equals(org.flotilla.console.core.AlertEngine.AGENT_PROBLEM)).findFirst()
					.orElseThrow(() -> new AssertionError("no agent problem alert: " + pool.getAlerts()));
			assertTrue(alert.getMessage().contains(data.resolve("history").toString()), alert.getMessage());
			assertEquals(NodeState.READY, node.getState(), "a node without history is still alive");
		}
	}

	@Test
	void anAgentThatFallsSilentWithoutClosingIsRedialledWhenItReturns() throws Exception {
		Path agentHome = AgentProcesses.home();
		LocalPoolAuthority identity = LocalPoolAuthority.openOrCreate(dir.resolve("workspace"), "integration pool");
		Path data = dir.resolve("data");
		identity.issueAgent("frozen", data);
		int port = AgentProcesses.freePort();
		Path config = data.resolve("agent.properties");
		AgentProcesses.configure(config, "frozen", port, data, "report.interval = 1s");
		Process agent = AgentProcesses.start(agentHome, config);
		processes.add(agent);

		Pool pool = pool("frozen", port);
		Node node = pool.getAllNodes().get(0);
		LiveUpdates live = new LiveUpdates();
		ConnectionService.Settings settings = ConnectionService.Settings.DEFAULTS
				.withRetries(Duration.ofMillis(500), Duration.ofSeconds(2)).withKeepAlive(Duration.ofSeconds(1), 2);
		try (ConnectionService connections = new ConnectionService(identity.consoleTls("console-it"), "console-it", live,
				settings, null)) {
			connections.connect(ConnectionService.targetsOf(pool));
			waitUntil("connected and reporting", 60, () -> {
				live.drainInto(pool);
				return node.getLastHeartbeat() > 0;
			}, config.resolveSibling("agent.log"));
			int attempts = connections.statuses().get("frozen").attempts();

			signal(agent, "STOP"); // the process stays, its socket stays open, nothing more comes
			waitUntil("the silent link to be closed", 30,
					() -> connections.statuses().get("frozen").state() != ConnectionService.State.CONNECTED,
					config.resolveSibling("agent.log"));
			waitUntil("the node to turn unreachable", 30, () -> {
				live.drainInto(pool);
				live.markSilentNodes(pool, System.currentTimeMillis(), LiveUpdates.SILENCE_MS);
				return node.getState() == NodeState.UNREACHABLE;
			}, config.resolveSibling("agent.log"));

			signal(agent, "CONT");
			waitUntil("redialled and reporting again", 60, () -> {
				live.drainInto(pool);
				return connections.statuses().get("frozen").state() == ConnectionService.State.CONNECTED
						&& node.getState() == NodeState.READY;
			}, config.resolveSibling("agent.log"));
			assertNotEquals(attempts, connections.statuses().get("frozen").attempts(), "a new connection, not the old one");
		}
	}

	@Test
	void secretFilesAreNeverLeftReadableByOthersEvenWhenTheirWriteFails() throws Exception {
		// A workspace on a disk that takes no byte (RLIMIT_FSIZE 0): creating files works, writing them fails.
		Path workspace = dir.resolve("workspace");
		String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String command = "ulimit -f 0; umask 022; exec \"$JAVA\" -Xshare:off -XX:-UsePerfData -cp \"$CP\" "
				+ SecretFileProbe.class.getName() + " \"$WS\"";
		// Its output goes through a pipe: the limit would stop it from writing a log file too.
		ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true);
		builder.environment().putAll(java.util.Map.of("JAVA", javaCommand, "CP", System.getProperty("java.class.path"), "WS",
				workspace.toString()));
		Process probe = builder.start();
		String output = new String(probe.getInputStream().readAllBytes());
		assertTrue(probe.waitFor(60, TimeUnit.SECONDS));
		assertNotEquals(0, probe.exitValue(), "the probe could not write its secrets: " + output);
		assertTrue(output.contains("File too large") || output.contains("EFBIG"), output);
		assertTrue(Files.isDirectory(workspace.resolve("ca")), "the CA folder was made before the first write failed");
		try (Stream<Path> files = Files.walk(workspace)) {
			// Every file left behind, and the folders made for secrets (the workspace itself is the console's).
			for (Path file : files.filter(f -> !f.equals(workspace)).toList()) {
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
				assertTrue(permissions.stream().noneMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")),
						file + " is " + java.nio.file.attribute.PosixFilePermissions.toString(permissions) + "\n" + output);
			}
		}
	}

	private static Pool pool(String nodeName, int port) {
		Pool pool = PoolFactory.eINSTANCE.createPool();
		Group rack = PoolFactory.eINSTANCE.createGroup();
		pool.getGroups().add(rack);
		Node node = PoolFactory.eINSTANCE.createNode();
		node.setName(nodeName);
		node.setAddress("127.0.0.1:" + port);
		node.setState(NodeState.READY);
		rack.getNodes().add(node);
		return pool;
	}

	/** Metrics reports applied to {@code node} in one drain. */
	private static int count(LiveUpdates live, Pool pool, Node node) {
		return live.drainInto(pool).applied();
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}

	private static void signal(Process process, String signal) throws Exception {
		Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
		assertEquals(0, kill.waitFor(), "kill -" + signal);
	}

	private static boolean canMountTmpfs() {
		try {
			Path probe = Files.createTempDirectory("flotilla-mount-probe");
			try {
				Process unshare = new ProcessBuilder("unshare", "-Urm", "sh", "-c",
						"mount -t tmpfs -o size=1m tmpfs \"$1\" && touch \"$1/x\"", "sh", probe.toString()).redirectErrorStream(true)
						.start();
				unshare.getInputStream().readAllBytes();
				return unshare.waitFor(30, TimeUnit.SECONDS) && unshare.exitValue() == 0;
			} finally {
				Files.deleteIfExists(probe);
			}
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}




	private static void waitUntil(String what, int seconds, BooleanSupplier condition, Path log) throws Exception {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + seconds + " s waiting until " + what + "; agent log:\n"
						+ (Files.exists(log) ? Files.readString(log) : "(none)"));
			}
			Thread.sleep(50);
		}
	}
}
