package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starting the built pool service distribution as real processes: the service itself, and its subcommands. */
final class ServiceProcesses {

	private ServiceProcesses() {
	}

	/** What a finished {@code bin/flotilla-service} said: its exit code and its output (stdout and stderr). */
	record Finished(int exitCode, String output) {
	}

	/** The service distribution this reactor built (system property {@code flotilla.service.home}). */
	static Path home() {
		Path serviceHome = Path.of(System.getProperty("flotilla.service.home"));
		assertTrue(Files.isExecutable(serviceHome.resolve("bin/flotilla-service")), "the service distribution is built: " + serviceHome);
		return serviceHome;
	}

	/**
	 * Writes a service configuration: data in {@code data}, listening on 127.0.0.1:{@code port}, plus {@code more}
	 * lines (e.g. {@code "pool.import = /path/pool.flotilla"}). The CA password goes beside the file (the default).
	 */
	static void configure(Path config, Path data, int port, String... more) throws Exception {
		StringBuilder text = new StringBuilder("data.dir = " + data + "\nlisten.address = 127.0.0.1\nlisten.port = " + port + "\nenrollment.port = 0\n");
		for (String line : more) {
			text.append(line).append('\n');
		}
		Files.createDirectories(config.getParent());
		Files.writeString(config, text);
	}

	/** Starts {@code bin/flotilla-service --config config}, its output in {@code service.log} beside the configuration. */
	static Process start(Path serviceHome, Path config) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(serviceHome.resolve("bin/flotilla-service").toString(), "--config", config.toString())
				.redirectErrorStream(true).redirectOutput(config.resolveSibling("service.log").toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		return builder.start();
	}

	/** Runs {@code bin/flotilla-service --config config ARGS...} to its end (at most 60 s). */
	static Finished run(Path serviceHome, Path config, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(serviceHome.resolve("bin/flotilla-service").toString(), "--config", config.toString()));
		command.addAll(List.of(args));
		Path output = Files.createTempFile(config.getParent(), "flotilla-service-", ".out");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process process = builder.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(command + " did not finish within 60 s; it said:\n" + Files.readString(output));
		}
		return new Finished(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
	}
}
