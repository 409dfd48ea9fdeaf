package org.flotilla.agent.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flotilla.agent.AgentConfig.ProbeSpec;
import org.flotilla.agent.Inventory.Middleware;
import org.flotilla.agent.Inventory.Source;

/**
 * Runs middleware probes: {@code command args...}, output (stdout and stderr together: {@code java -version} writes
 * to stderr) matched against the probe's version pattern. A probe that is missing, fails or hangs is reported as
 * not found with the reason; a hanging one is killed with its descendants after the timeout. Probes run in
 * parallel on short-lived daemon threads, so the whole inventory waits at most about one timeout.
 */
public final class ProbeRunner {

	private static final int MAX_OUTPUT = 64 * 1024;
	/** How long to wait for the output pipe after the probe exited (a grandchild may keep it open). */
	private static final long DRAIN_MILLIS = 1000;

	private ProbeRunner() {
	}

	public static List<Middleware> runAll(List<ProbeSpec> probes, Duration timeout) {
		if (probes.isEmpty()) {
			return List.of();
		}
		ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().name("probe-", 0)
				.factory());
		try {
			List<Future<Middleware>> futures = new ArrayList<>();
			for (ProbeSpec probe : probes) {
				futures.add(pool.submit(() -> run(probe, timeout)));
			}
			List<Middleware> found = new ArrayList<>();
			for (int i = 0; i < probes.size(); i++) {
				try {
					found.add(futures.get(i).get());
				} catch (ExecutionException e) {
					found.add(notFound(probes.get(i), null, "probe failed: " + e.getCause()));
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					found.add(notFound(probes.get(i), null, "interrupted"));
				}
			}
			return found;
		} finally {
			pool.shutdownNow();
		}
	}

	/** Runs one probe; never throws, never waits (much) longer than {@code timeout}. */
	public static Middleware run(ProbeSpec probe, Duration timeout) {
		Path executable = locate(probe.command());
		if (executable == null) {
			return notFound(probe, null, "command '" + probe.command() + "' not found"
					+ (probe.command().contains("/") ? "" : " on PATH"));
		}
		List<String> command = new ArrayList<>();
		command.add(executable.toString());
		command.addAll(probe.args());
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().close(); // a probe that reads stdin gets end of file at once
		} catch (IOException e) {
			return notFound(probe, executable, "could not start: " + e.getMessage());
		}
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		Thread reader = Thread.ofPlatform().daemon().name("probe-output-" + probe.name()).start(() -> {
			try (InputStream in = process.getInputStream()) {
				byte[] chunk = new byte[4096];
				int n;
				while ((n = in.read(chunk)) >= 0) {
					synchronized (output) {
						if (output.size() < MAX_OUTPUT) {
							output.write(chunk, 0, Math.min(n, MAX_OUTPUT - output.size()));
						}
					}
				}
			} catch (IOException e) {
				// the process was killed or closed its output: what we have is all there is
			}
		});
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				kill(process);
				return notFound(probe, executable, "timed out after " + timeout.toMillis() + " ms");
			}
			reader.join(DRAIN_MILLIS);
		} catch (InterruptedException e) {
			kill(process);
			Thread.currentThread().interrupt();
			return notFound(probe, executable, "interrupted");
		}
		String text;
		synchronized (output) {
			text = output.toString(StandardCharsets.UTF_8);
		}
		Matcher m = Pattern.compile(probe.versionPattern()).matcher(text);
		if (m.find() && m.groupCount() >= 1 && m.group(1) != null) {
			return new Middleware(probe.name(), true, m.group(1), Source.PROBE, executable.toString(),
					"exit code " + process.exitValue());
		}
		String firstLine = text.lines().findFirst().orElse("").strip();
		if (process.exitValue() != 0) {
			return notFound(probe, executable, "exit code " + process.exitValue() + (firstLine.isEmpty() ? ""
					: ": " + abbreviate(firstLine)));
		}
		return new Middleware(probe.name(), true, null, Source.PROBE, executable.toString(),
				"no version matching " + probe.versionPattern() + " in its output: " + abbreviate(firstLine));
	}

	private static void kill(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
	}

	private static String abbreviate(String s) {
		return s.length() <= 160 ? s : s.substring(0, 157) + "...";
	}

	private static Middleware notFound(ProbeSpec probe, Path executable, String reason) {
		return new Middleware(probe.name(), false, null, Source.PROBE,
				executable == null ? null : executable.toString(), reason);
	}

	/** An absolute or relative path as given, or the first executable of that name on PATH; null if none. */
	static Path locate(String command) {
		if (command.contains("/") || command.contains(File.separator)) {
			Path p = Path.of(command);
			return Files.isRegularFile(p) && Files.isExecutable(p) ? p.toAbsolutePath() : null;
		}
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String dir : path.split(File.pathSeparator)) {
			if (dir.isEmpty()) {
				continue;
			}
			Path candidate = Path.of(dir, command);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}
}
