package org.flotilla.ingest.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.flotilla.console.core.LocalPoolAuthority;

/**
 * The heartbeat ingest benchmark (a command, not a test): for each pool size N, starts
 * {@link LoadGenerator} processes standing in for N agents at 1 s heartbeats on loopback TLS, then an
 * {@link IngestConsole} process that connects to all of them with the console's connection service
 * and runs its live loop, and prints what the console process cost and how late heartbeats reached
 * its model. The first size is the baseline the others are compared with.
 *
 * <pre>
 * IngestBenchmark [--nodes 1000,10000] [--seconds 30] [--warm-up 10] [--first-port 12000] [--console-heap 2g]
 *                 [--product PATH/flotilla]
 * </pre>
 *
 * With {@code --product} the console is the built product in a real window instead (see
 * {@link ProductRun}): the UI thread's share is measured, latency is not.
 *
 * Each process gets the JVM running this one; the console process runs with the product's heap
 * limit ({@code -Xmx2g}, the console's start script and flotilla.product) unless told otherwise.
 */
public final class IngestBenchmark {

	record Options(List<Integer> nodes, int seconds, int warmUpSeconds, int firstPort, String consoleHeap, Path product) {
		static Options parse(String[] args) {
			List<Integer> nodes = List.of(1000, 10000);
			int seconds = 30;
			int warmUp = 10;
			int firstPort = 12000;
			String consoleHeap = "2g";
			Path product = null;
			for (int i = 0; i < args.length; i++) {
				String value = i + 1 < args.length ? args[i + 1] : null;
				switch (args[i]) {
				case "--nodes" -> nodes = Stream.of(required(args[i], value).split(",")).map(String::trim).map(Integer::valueOf)
						.toList();
				case "--seconds" -> seconds = Integer.parseInt(required(args[i], value));
				case "--warm-up" -> warmUp = Integer.parseInt(required(args[i], value));
				case "--first-port" -> firstPort = Integer.parseInt(required(args[i], value));
				case "--console-heap" -> consoleHeap = required(args[i], value);
				case "--product" -> product = Path.of(required(args[i], value));
				default -> throw new IllegalArgumentException("unknown option " + args[i]
						+ "; use --nodes N[,N...] --seconds S --warm-up S --first-port P --console-heap SIZE --product SCRIPT");
				}
				i++;
			}
			if (nodes.isEmpty() || nodes.stream().anyMatch(n -> n < 1) || seconds < 1 || warmUp < 0 || firstPort < 1024
					|| firstPort + nodes.stream().mapToInt(Integer::intValue).max().getAsInt() > 65535) {
				throw new IllegalArgumentException("need N >= 1, S >= 1 and ports within 1024..65535");
			}
			return new Options(nodes, seconds, warmUp, firstPort, consoleHeap, product);
		}

		private static String required(String option, String value) {
			if (value == null) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return value;
		}
	}

	static final String POOL_NAME = "Flotilla ingest benchmark";
	/**
	 * A generator holds two file descriptors per node (its listener and the accepted connection);
	 * this many nodes per process keeps each under common per-process limits (20,000 here) with room.
	 */
	static final int NODES_PER_GENERATOR = 4000;

	/** Connections closing at the end of a run are logged at INFO by the protocol handlers: not news here. */
	private static final String QUIET_LOG = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn";

	/** A stand-in agent's transport errors (a console process ending resets its connections) are no news either. */
	private static final String QUIET_MINA = "-Dorg.slf4j.simpleLogger.log.org.apache.mina=off";

	/** What one pool size measured: the console's RESULT lines and the generator's CPU over the same window. */
	record Run(int nodes, Map<String, String> console, double generatorCpuPercent) {
	}

	public static void main(String[] args) throws Exception {
		Options options;
		try {
			options = Options.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println("ingest benchmark: " + e.getMessage());
			System.exit(2);
			return;
		}
		System.out.printf("Flotilla heartbeat ingest: %s nodes at 1 s heartbeats over loopback TLS, %d s measured after "
				+ "all report and a %d s warm-up (%d cores, Java %s)%n", options.nodes(), options.seconds(), options.warmUpSeconds(),
				Runtime.getRuntime().availableProcessors(), Runtime.version());
		List<Run> runs = new ArrayList<>();
		for (int nodes : options.nodes()) {
			runs.add(run(nodes, options));
		}
		System.out.println();
		System.out.print(table(runs));
	}

	static Run run(int nodes, Options options) throws Exception {
		Path workspace = Files.createTempDirectory("flotilla-ingest-");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classpath = System.getProperty("java.class.path");
		// The pool CA, made once here: the generators and the console all open it.
		LocalPoolAuthority.openOrCreate(workspace, POOL_NAME);
		int generatorCount = (nodes + NODES_PER_GENERATOR - 1) / NODES_PER_GENERATOR;
		int ioThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / generatorCount);
		System.out.printf("%n== %,d nodes: %d generator process(es) issuing certificates and listening on 127.0.0.1:%d-%d%n",
				nodes, generatorCount, options.firstPort(), options.firstPort() + nodes - 1);
		List<Process> generators = new ArrayList<>();
		try {
			for (int g = 0; g < generatorCount; g++) {
				int first = g * NODES_PER_GENERATOR;
				generators.add(new ProcessBuilder(java, "-Xmx2g", QUIET_LOG, QUIET_MINA, "-cp", classpath, LoadGenerator.class.getName(),
						workspace.toString(), String.valueOf(first), String.valueOf(Math.min(NODES_PER_GENERATOR, nodes - first)),
						String.valueOf(options.firstPort()), String.valueOf(ioThreads))
						.redirectError(ProcessBuilder.Redirect.INHERIT).start());
			}
			for (Process generator : generators) {
				String ready = new BufferedReader(new InputStreamReader(generator.getInputStream(), StandardCharsets.UTF_8)).readLine();
				if (!LoadGenerator.READY.equals(ready)) {
					throw new IOException("a load generator did not start (exit code "
							+ (generator.waitFor(10, TimeUnit.SECONDS) ? generator.exitValue() : "none yet") + "); see above");
				}
			}
			System.out.printf("   generators ready; console connecting%n");
			if (options.product() != null) {
				return productRun(nodes, options, workspace, generators);
			}
			Process console = new ProcessBuilder(java, "-Xmx" + options.consoleHeap(), QUIET_LOG, "-cp", classpath,
					IngestConsole.class.getName(), workspace.toString(), String.valueOf(nodes),
					String.valueOf(options.firstPort()), String.valueOf(options.seconds()), String.valueOf(options.warmUpSeconds()))
					.redirectError(ProcessBuilder.Redirect.INHERIT).start();
			Map<String, String> results = new LinkedHashMap<>();
			CpuWindow generatorCpu = new CpuWindow(generators);
			try (BufferedReader consoleOut = new BufferedReader(new InputStreamReader(console.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = consoleOut.readLine()) != null) {
					if (line.equals("PHASE measuring")) {
						System.out.printf("   every node reported; measuring for %d s%n", options.seconds());
						generatorCpu.start();
					} else if (line.equals("PHASE measured")) {
						generatorCpu.stop();
					} else if (line.startsWith("RESULT ")) {
						String[] parts = line.split(" ", 3);
						results.put(parts[1], parts[2]);
					} else {
						System.out.println("   console: " + line);
					}
				}
			}
			if (console.waitFor() != 0 || results.isEmpty()) {
				throw new IOException("the console process failed (exit code " + console.exitValue() + "); see above");
			}
			results.forEach((name, value) -> System.out.printf("   %-24s %s%n", name, value));
			return new Run(nodes, results, generatorCpu.percentOfCore());
		} finally {
			for (Process generator : generators) {
				generator.getOutputStream().close(); // a generator stops when its standard input closes
			}
			for (Process generator : generators) {
				if (!generator.waitFor(30, TimeUnit.SECONDS)) {
					generator.destroyForcibly();
				}
			}
			deleteTree(workspace);
		}
	}

	/** The real console product against the generators (see {@link ProductRun}). */
	private static Run productRun(int nodes, Options options, Path workspace, List<Process> generators) throws Exception {
		CpuWindow generatorCpu = new CpuWindow(generators);
		Map<String, String> results = ProductRun.run(options.product(), workspace, nodes, options,
				() -> System.out.printf("   every connection is up; measuring for %d s after a %d s warm-up%n",
						options.seconds(), options.warmUpSeconds()),
				generatorCpu::start, generatorCpu::stop);
		results.forEach((name, value) -> System.out.printf("   %-24s %s%n", name, value));
		return new Run(nodes, results, generatorCpu.percentOfCore());
	}

	/** The CPU some processes (the generators) used between {@link #start} and {@link #stop}, as % of one core. */
	private static final class CpuWindow {
		private final List<Process> processes;
		private Duration cpuAtStart = Duration.ZERO;
		private long wallAtStart;
		private double percent = Double.NaN;

		CpuWindow(List<Process> processes) {
			this.processes = processes;
		}

		void start() {
			cpuAtStart = cpu();
			wallAtStart = System.nanoTime();
		}

		void stop() {
			percent = 100.0 * cpu().minus(cpuAtStart).toNanos() / (System.nanoTime() - wallAtStart);
		}

		double percentOfCore() {
			return percent;
		}

		private Duration cpu() {
			return processes.stream().map(p -> p.toHandle().info().totalCpuDuration().orElse(Duration.ZERO))
					.reduce(Duration.ZERO, Duration::plus);
		}
	}

	static String table(List<Run> runs) {
		String[][] rows = {
				{ "time until every node had reported (s)", "all-reporting-s" },
				{ "time until every connection was up (s)", "all-connected-s" },
				{ "console CPU, % of one core", "cpu-percent-of-core" },
				{ "… the UI thread, % of one core", "ui-thread-percent-of-core" },
				{ "… by thread, % of one core (≥ 0.5)", "cpu-by-thread" },
				{ "console CPU per report (µs)", "cpu-us-per-report" },
				{ "reports into the model per second", "reports-per-s" },
				{ "receipt-to-model latency p50 (ms)", "latency-p50-ms" },
				{ "latency p95 (ms)", "latency-p95-ms" },
				{ "latency p99 (ms)", "latency-p99-ms" },
				{ "latency max (ms)", "latency-max-ms" },
				{ "model thread per batch, mean (ms)", "batch-mean-ms" },
				{ "model thread per batch, max (ms)", "batch-max-ms" },
				{ "console GC pauses, % of the time", "gc-pause-percent" },
				{ "console GC pauses", "gc-pauses" },
				{ "nodes wrongly marked unreachable", "marked-unreachable" },
				{ "connection attempts retried", "connection-retries" },
				{ "console heap after GC (MB)", "heap-after-gc-mb" },
				{ "console RSS (MB)", "rss-mb" },
				{ "console threads", "threads" },
				{ "closing every connection (s)", "close-s" } };
		StringBuilder table = new StringBuilder("| measure |");
		runs.forEach(run -> table.append(" %,d nodes |".formatted(run.nodes())));
		boolean ratio = runs.size() > 1;
		table.append(ratio ? " ratio |\n" : "\n").append("|---|").append("---:|".repeat(runs.size() + (ratio ? 1 : 0))).append('\n');
		for (String[] row : rows) {
			if (runs.stream().noneMatch(run -> run.console().containsKey(row[1]))) {
				continue; // measured by the other kind of run (headless console or product)
			}
			table.append("| ").append(row[0]).append(" |");
			runs.forEach(run -> table.append(' ').append(run.console().getOrDefault(row[1], "—")).append(" |"));
			if (ratio) {
				table.append(' ').append(ratio(runs.get(0).console().get(row[1]), runs.get(runs.size() - 1).console().get(row[1])))
						.append(" |");
			}
			table.append('\n');
		}
		table.append("| load generators' CPU, % of one core (same window) |");
		runs.forEach(run -> table.append(" %.1f |".formatted(run.generatorCpuPercent())));
		table.append(ratio ? " |\n" : "\n");
		return table.toString();
	}

	private static String ratio(String base, String last) {
		try {
			double b = Double.parseDouble(base);
			double l = Double.parseDouble(last);
			return b == 0 ? "—" : "%.1f".formatted(l / b);
		} catch (NullPointerException | NumberFormatException e) {
			return "—";
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}
}
