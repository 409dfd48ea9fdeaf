package org.flotilla.ingest.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flotilla.model.Pool;
import org.flotilla.model.persistence.PoolStore;

/**
 * The whole console instead of its headless part: the built product, in a real window, opens a pool
 * of N nodes whose agents are the load generators, and the benchmark watches it from outside
 * through /proc (Linux only): when all N connections are up, then, after a warm-up, the CPU of each
 * kind of thread over the measured window — above all the UI thread (the JVM's main thread, named
 * "java"), which drains the reports into the model and paints every part, — and the RSS. Latency
 * cannot be read from outside; the headless run measures it on the same code.
 */
final class ProductRun {

	private ProductRun() {
	}

	/**
	 * @param connected  called once every connection is up
	 * @param measuring  called when the measured window starts
	 * @param measured   called when it ends
	 */
	static Map<String, String> run(Path productScript, Path workspace, int nodes, IngestBenchmark.Options options,
			Runnable connected, Runnable measuring, Runnable measured) throws Exception {
		Pool pool = IngestConsole.generatedPool(nodes, options.firstPort());
		pool.eResource().getContents().clear(); // PoolStore saves it in a pool file resource of its own
		Path poolFile = workspace.resolve("ingest-benchmark.flotilla");
		new PoolStore().save(pool, poolFile);

		// The console holds no CA: it connects with a person's certificate in its workspace (tls/console.p12), which the
		// benchmark's pool CA issues here as an administrator would.
		org.flotilla.console.core.LocalPoolAuthority.openOrCreate(workspace, IngestBenchmark.POOL_NAME).consoleTls("console-ingest");
		ProcessBuilder builder = new ProcessBuilder(productScript.toString(), "-data", workspace.toString(), "-pool",
				poolFile.toString()).redirectErrorStream(true).redirectOutput(workspace.resolve("console.log").toFile());
		builder.environment().put("FLOTILLA_VM_ARGS", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
		Process console = builder.start(); // the script execs java: this is the JVM
		Map<String, String> results = new LinkedHashMap<>();
		try {
			long started = System.nanoTime();
			long deadline = started + TimeUnit.SECONDS.toNanos(120 + nodes / 50);
			int established;
			while ((established = establishedTo(options.firstPort(), nodes)) < nodes) {
				if (!console.isAlive()) {
					List<String> log = Files.readAllLines(workspace.resolve("console.log"));
					throw new IOException("the console exited (code " + console.exitValue() + "); the end of its log:\n"
							+ String.join("\n", log.subList(Math.max(0, log.size() - 20), log.size())));
				}
				if (System.nanoTime() > deadline) {
					throw new IOException("only " + established + " of " + nodes + " connections were up before the deadline");
				}
				Thread.sleep(200);
			}
			results.put("all-connected-s", "%.1f".formatted((System.nanoTime() - started) / 1e9));
			connected.run();
			Thread.sleep(TimeUnit.SECONDS.toMillis(options.warmUpSeconds()));
			long pid = console.pid();
			measuring.run();
			Map<String, Long> before = ThreadCpu.ticksByKind(Path.of("/proc", Long.toString(pid), "task"));
			long wallStart = System.nanoTime();
			Thread.sleep(TimeUnit.SECONDS.toMillis(options.seconds()));
			Map<String, Long> after = ThreadCpu.ticksByKind(Path.of("/proc", Long.toString(pid), "task"));
			long wall = System.nanoTime() - wallStart;
			measured.run();
			long total = after.values().stream().mapToLong(Long::longValue).sum()
					- before.values().stream().mapToLong(Long::longValue).sum();
			results.put("cpu-percent-of-core", "%.1f".formatted(100.0 * total / ThreadCpu.TICKS_PER_SECOND / (wall / 1e9)));
			results.put("ui-thread-percent-of-core", "%.1f".formatted(100.0 * (after.getOrDefault("java", 0L)
					- before.getOrDefault("java", 0L)) / ThreadCpu.TICKS_PER_SECOND / (wall / 1e9)));
			results.put("cpu-by-thread", ThreadCpu.percentByKind(before, after, wall));
			results.put("connections-open", String.valueOf(establishedTo(options.firstPort(), nodes)));
			results.put("rss-mb", "%.0f".formatted(ThreadCpu.residentMegabytes(Path.of("/proc", Long.toString(pid), "status"))));
		} finally {
			console.destroy();
			if (!console.waitFor(20, TimeUnit.SECONDS)) {
				console.destroyForcibly();
			}
		}
		return results;
	}

	/**
	 * Established TCP connections on this machine from any port to the generators' ports: the console's
	 * ends of its agent connections (/proc/net lists both ends of a loopback connection; only the
	 * console's end has the agent's port as its remote port). Java's sockets are IPv6 ones by default,
	 * even to 127.0.0.1, so both tables count.
	 */
	static int establishedTo(int firstPort, int nodes) throws IOException {
		int count = 0;
		List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of("/proc/net/tcp")));
		Path tcp6 = Path.of("/proc/net/tcp6");
		if (Files.exists(tcp6)) {
			lines.addAll(Files.readAllLines(tcp6));
		}
		for (String line : lines) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length < 4 || !fields[3].equals("01")) { // 01: ESTABLISHED
				continue;
			}
			int remotePort = Integer.parseInt(fields[2].substring(fields[2].lastIndexOf(':') + 1), 16);
			if (remotePort >= firstPort && remotePort < firstPort + nodes) {
				count++;
			}
		}
		return count;
	}
}
