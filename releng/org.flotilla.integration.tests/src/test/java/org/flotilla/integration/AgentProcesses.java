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
}
