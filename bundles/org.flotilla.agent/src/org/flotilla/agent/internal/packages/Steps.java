package org.flotilla.agent.internal.packages;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flotilla.agent.internal.tasks.OutputLog;
import org.flotilla.agent.internal.tasks.ProcFiles;

/**
 * Runs one lifecycle step: {@code setsid /bin/sh STEP_FILE} (zip keeps no modes, so a step is never exec'd), in the
 * version's directory, stdin from /dev/null, stdout and stderr appended to the step's log file (a file, not a pipe:
 * a server the start step leaves running in the background keeps no pipe of ours open). In a session of its own, as
 * tasks are ({@code TaskLauncher}): a step that runs over its timeout is ended with everything it started, and the
 * agent's death does not take down what a start step left running. HTTP health checks are done here too.
 */
public final class Steps {

	/** How a step ended. */
	public record Result(boolean ok, String outcome, String tail, long millis) {
	}

	/** The lines of a failed step's output that go into the failure message. */
	static final int TAIL_LINES = 20;

	private final String setsid;
	private final Path journal;
	private final String nodeName;

	public Steps(Path journal, String nodeName) {
		this.journal = journal;
		this.nodeName = nodeName;
		String found = null;
		for (String candidate : List.of("/usr/bin/setsid", "/bin/setsid")) {
			if (Files.isExecutable(Path.of(candidate))) {
				found = candidate;
				break;
			}
		}
		this.setsid = found;
	}

	/**
	 * Appends one line to the journal ({@code instant, package, epoch, event, detail}, tab separated), forced to disk:
	 * what an agent did to a package can be read back after it died.
	 */
	public synchronized void journal(String name, long epoch, String event, String detail) throws IOException {
		String line = java.time.Instant.now() + "\t" + name + "\t" + epoch + "\t" + event + "\t"
				+ detail.replace('\t', ' ').replace('\n', ' ') + "\n";
		try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(journal, java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.APPEND)) {
			c.write(java.nio.ByteBuffer.wrap(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			c.force(false);
		}
	}

	/**
	 * Runs {@code script} of package {@code name} with {@code environment} added to the agent's, for at most
	 * {@code timeout}; journaled before it starts and when it ended. {@code started} learns the step's pid (which
	 * leads its session) as soon as it runs.
	 */
	public Result run(String name, long epoch, String label, Path script, Path workDir, Map<String, String> environment,
			Duration timeout, Path log, java.util.function.LongConsumer started) throws IOException {
		journal(name, epoch, label, "starting");
		Result r = run(script, workDir, environment, timeout, log, started);
		journal(name, epoch, label, r.outcome() + " (" + r.millis() + " ms)");
		return r;
	}

	private Result run(Path script, Path workDir, Map<String, String> environment, Duration timeout, Path log,
			java.util.function.LongConsumer started) throws IOException {
		OutputLog.rotateIfFull(log); // appended to by every run: kept at about 1 MiB (and one older generation)
		long from = Files.isRegularFile(log) ? Files.size(log) : 0;
		long start = System.nanoTime();
		ProcessBuilder builder = new ProcessBuilder(setsid != null ? List.of(setsid, "/bin/sh", script.toString())
				: List.of("/bin/sh", script.toString())).directory(workDir.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).redirectErrorStream(true);
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (started != null) {
			started.accept(process.pid());
		}
		boolean ended;
		try {
			ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			killSession(process.pid());
			throw new IOException("interrupted while running " + script.getFileName());
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (!ended) {
			killSession(process.pid());
			return new Result(false, "timed out after " + timeout, tail(log, from), millis);
		}
		int code = process.exitValue();
		return code == 0 ? new Result(true, "ok", "", millis) : new Result(false, "exit code " + code, tail(log, from), millis);
	}

	/**
	 * Runs the health check until it passes or {@code timeout} ends: the script (each try bounded by what is left) or
	 * a GET of {@code url} that must answer 2xx or 3xx.
	 */
	public Result health(String name, long epoch, String label, Path script, String url, Path workDir,
			Map<String, String> environment, Duration timeout, Path log) throws IOException {
		journal(name, epoch, label, "starting");
		Result r = health(script, url, workDir, environment, timeout, log);
		journal(name, epoch, label, r.outcome() + " (" + r.millis() + " ms)");
		return r;
	}

	private Result health(Path script, String url, Path workDir, Map<String, String> environment, Duration timeout, Path log)
			throws IOException {
		long start = System.nanoTime();
		long from = script != null && Files.isRegularFile(log) ? Files.size(log) : 0;
		long deadline = start + timeout.toNanos();
		String last = "not tried";
		while (true) {
			long left = deadline - System.nanoTime();
			if (script != null) {
				Result r = run(script, workDir, environment, Duration.ofNanos(Math.max(left, 1_000_000)), log, null);
				if (r.ok()) {
					return new Result(true, "ok", "", (System.nanoTime() - start) / 1_000_000);
				}
				last = r.outcome();
			} else {
				String problem = httpProblem(url);
				if (problem == null) {
					return new Result(true, "ok", "", (System.nanoTime() - start) / 1_000_000);
				}
				last = problem;
			}
			if (System.nanoTime() - deadline >= 0) {
				long millis = (System.nanoTime() - start) / 1_000_000;
				return new Result(false, "not healthy within " + timeout + " (last: " + last + ")",
						script != null ? tail(log, from) : "GET " + url + ": " + last, millis);
			}
			try {
				Thread.sleep(Math.min(250, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted during the health check");
			}
		}
	}

	/** Null when {@code url} answers 2xx or 3xx (within 2 s), else what it did. */
	public static String httpProblem(String url) {
		try {
			HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
			c.setConnectTimeout(2000);
			c.setReadTimeout(2000);
			c.setInstanceFollowRedirects(false);
			try {
				int code = c.getResponseCode();
				return code >= 200 && code < 400 ? null : "HTTP " + code;
			} finally {
				c.disconnect();
			}
		} catch (IOException | IllegalArgumentException e) {
			return e.getClass().getSimpleName() + ": " + e.getMessage();
		}
	}

	/**
	 * Ends (SIGKILL) a step an earlier agent left running (it was killed while the step ran): only when {@code pid}
	 * still leads its own session, so that a reused pid is left alone.
	 */
	public static void killLeftover(long pid) {
		ProcFiles.Stat stat = ProcFiles.stat(pid);
		if (pid > 1 && stat != null && stat.session() == pid) {
			killSession(pid);
		}
	}

	/** Ends (SIGKILL) every process of the session {@code leader} leads, the leader too. */
	static void killSession(long leader) {
		ProcessHandle.of(leader).ifPresent(ProcessHandle::destroyForcibly);
		for (ProcFiles.Stat member : ProcFiles.sessionMembers(leader)) {
			if (member.pid() != ProcessHandle.current().pid()) {
				ProcessHandle.of(member.pid()).ifPresent(ProcessHandle::destroyForcibly);
			}
		}
	}

	/** The last {@value #TAIL_LINES} lines this run wrote to {@code log} (from byte {@code from}; at most 64 KiB read). */
	static String tail(Path log, long from) {
		try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(log, java.nio.file.StandardOpenOption.READ)) {
			long size = c.size();
			long at = Math.max(from <= size ? from : 0, size - OutputLog.TAIL_BYTES);
			java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate((int) (size - at));
			while (buffer.hasRemaining() && c.read(buffer, at + buffer.position()) > 0) {
				// read on
			}
			String text = new String(buffer.array(), 0, buffer.position(), java.nio.charset.StandardCharsets.UTF_8);
			String[] lines = text.split("\n");
			int first = Math.max(0, lines.length - TAIL_LINES);
			StringBuilder b = new StringBuilder();
			for (int i = first; i < lines.length; i++) {
				if (!(i == lines.length - 1 && lines[i].isEmpty())) {
					b.append(lines[i]).append('\n');
				}
			}
			return b.toString();
		} catch (IOException e) {
			return "(output not readable: " + e.getMessage() + ")";
		}
	}
}
