package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starting real agent processes of the built distribution, as the integration tests do. */
final class AgentProcesses {

	private AgentProcesses() {
	}

	/** The agent distribution this reactor built (system property {@code flotilla.agent.home}). */
	static Path home() {
		Path agentHome = Path.of(System.getProperty("flotilla.agent.home"));
		assertTrue(Files.isExecutable(agentHome.resolve("bin/flotilla-agent")), "the agent distribution is built: " + agentHome);
		return agentHome;
	}

	/** Starts {@code bin/flotilla-agent --config config}, its output in {@code agent.log} beside the configuration. */
	static Process start(Path agentHome, Path config) throws Exception {
		return start(List.of(), agentHome, config);
	}

	/** As {@link #start(Path, Path)}, run through {@code prefix} (e.g. {@code ip netns exec NAME}). */
	static Process start(List<String> prefix, Path agentHome, Path config) throws Exception {
		List<String> command = new ArrayList<>(prefix);
		command.addAll(List.of(agentHome.resolve("bin/flotilla-agent").toString(), "--config", config.toString()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(config.resolveSibling("agent.log").toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		return builder.start();
	}

	/**
	 * Writes an agent configuration for node {@code name} listening on 127.0.0.1:{@code port}, with its data in
	 * {@code data}, plus {@code more} lines (e.g. {@code "report.interval = 1s"}).
	 */
	static void configure(Path config, String name, int port, Path data, String... more) throws Exception {
		StringBuilder text = new StringBuilder("node.name = " + name + "\nlisten.port = " + port + "\ndata.dir = " + data + "\n");
		if (java.util.Arrays.stream(more).noneMatch(line -> line.startsWith("listen.address"))) {
			text.append("listen.address = 127.0.0.1\n");
		}
		for (String line : more) {
			text.append(line).append('\n');
		}
		Files.writeString(config, text);
	}

	/** A loopback port nothing listens on right now. */
	static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** The log of the agent whose configuration is {@code config} (beside it), for a failure's message. */
	static String log(Path config) {
		try {
			Path log = config.resolveSibling("agent.log");
			return Files.exists(log) ? Files.readString(log) : "(none)";
		} catch (java.io.IOException e) {
			return e.toString();
		}
	}

	/** Waits until {@code condition} holds, at most {@code timeout}; the failure says what and shows the agent's log. */
	static void waitUntil(String what, java.util.function.BooleanSupplier condition, Path config, java.time.Duration timeout)
			throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting until " + what + "; agent log:\n" + log(config));
			}
			Thread.sleep(50);
		}
	}

	/** Live processes (not zombies) whose environment holds {@code entry} ("NAME=value", or its beginning). */
	static List<Long> withEnvironment(String entry) {
		List<Long> pids = new ArrayList<>();
		try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc"))) {
			for (Path process : entries) {
				String name = process.getFileName().toString();
				if (!name.chars().allMatch(Character::isDigit)) {
					continue;
				}
				try {
					String stat = Files.readString(process.resolve("stat"));
					String environ = new String(Files.readAllBytes(process.resolve("environ")), java.nio.charset.StandardCharsets.UTF_8);
					if (!stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z") && ("\0" + environ).contains("\0" + entry)) {
						pids.add(Long.parseLong(name));
					}
				} catch (java.io.IOException | RuntimeException e) {
					// gone meanwhile
				}
			}
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
		return pids;
	}
}
