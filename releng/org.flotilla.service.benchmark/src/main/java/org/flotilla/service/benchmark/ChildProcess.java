package org.flotilla.service.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A process of the benchmark that answers in lines (a console, the service): its standard output is read into a
 * queue by a thread of its own and copied to a log file; commands go to its standard input.
 */
final class ChildProcess implements AutoCloseable {

	private static final String ENDED = "\u0000ended";

	final String name;
	final Process process;
	private final PrintWriter in;
	private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
	private final Path log;

	ChildProcess(String name, ProcessBuilder builder, Path log) throws IOException {
		this.name = name;
		this.log = log;
		this.process = builder.redirectErrorStream(true).start();
		this.in = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
		Thread pump = new Thread(() -> {
			try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
					var file = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
							StandardOpenOption.APPEND)) {
				String line;
				while ((line = out.readLine()) != null) {
					file.write(line);
					file.newLine();
					file.flush();
					if (line.startsWith("state lost")) {
						System.out.println("   " + name + ": " + line); // news while the benchmark waits for something else
					}
					lines.add(line);
				}
			} catch (IOException e) {
				// the process ended
			}
			lines.add(ENDED);
		}, name + "-output");
		pump.setDaemon(true);
		pump.start();
	}

	void send(String command) {
		in.println(command);
	}

	/**
	 * Waits for the first line starting with {@code prefix}; "RESULT name value" lines met on the way are put in
	 * {@code results} (may be null), others are ignored (they are in the log).
	 *
	 * @throws IOException when the process ends or says "error" first, or nothing comes within {@code timeout}
	 */
	String expect(String prefix, Duration timeout, Map<String, String> results) throws IOException, InterruptedException {
		return expect(prefix, timeout, results, null);
	}

	/**
	 * As {@link #expect(String, Duration, Map)}, and gives up as soon as {@code needed} (another process this one
	 * relies on, such as the service) has ended.
	 */
	String expect(String prefix, Duration timeout, Map<String, String> results, ChildProcess needed)
			throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long wait = Math.min(deadline - System.nanoTime(), TimeUnit.SECONDS.toNanos(1));
			String line = lines.poll(Math.max(1, wait), TimeUnit.NANOSECONDS);
			if (line == null) {
				if (needed != null && !needed.process.isAlive()) {
					throw new IOException(needed.name + " ended (exit code " + needed.exitCode() + ") while " + name + " had not said '"
							+ prefix + "'; its output is in " + needed.log);
				}
				if (System.nanoTime() >= deadline) {
					throw new IOException(name + " did not say '" + prefix + "' within " + timeout.toSeconds() + " s; its output is in " + log);
				}
				continue;
			}
			if (line.equals(ENDED)) {
				lines.add(ENDED);
				throw new IOException(name + " ended (exit code " + exitCode() + ") before saying '" + prefix + "'; its output is in " + log);
			}
			if (line.startsWith("error")) {
				throw new IOException(name + ": " + line);
			}
			if (line.startsWith("RESULT ") && results != null) {
				String[] parts = line.split(" ", 3);
				results.put(parts[1], parts.length > 2 ? parts[2] : "");
			}
			if (line.startsWith(prefix)) {
				return line;
			}
		}
	}

	/**
	 * Sends {@code command} and collects its RESULT lines until the line starting with {@code done}, giving up when
	 * {@code needed} (may be null) ends.
	 */
	Map<String, String> ask(String command, String done, Duration timeout, ChildProcess needed) throws IOException, InterruptedException {
		Map<String, String> results = new LinkedHashMap<>();
		send(command);
		expect(done, timeout, results, needed);
		return results;
	}

	private String exitCode() {
		try {
			return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "none yet";
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

	/** Asks it to stop (SIGTERM), then kills it after {@code grace}. */
	void stop(Duration grace) throws InterruptedException {
		in.close();
		process.destroy();
		if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop(Duration.ofSeconds(20));
	}
}
