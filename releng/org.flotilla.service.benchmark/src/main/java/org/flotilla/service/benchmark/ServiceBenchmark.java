package org.flotilla.service.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.flotilla.ingest.benchmark.LoadGenerator;
import org.flotilla.ingest.benchmark.ThreadCpu;
import org.flotilla.model.Group;
import org.flotilla.model.GroupKind;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.service.PoolServiceMain;
import org.flotilla.service.ServiceIdentity;

/**
 * The pool service benchmark (a command, not a test; issue 11): for each pool size N, the built service distribution
 * ({@code bin/flotilla-service}, its own JVM options) with N stand-in agents ({@link ServiceLoadGenerator}: the
 * ingest benchmark's load generators, one TLS listener per node on 127.0.0.1, a report a second) and K consoles
 * ({@link BenchmarkConsole}: the console's client without a window), every one a process of its own. Prints what the
 * service process cost, how late agents' reports reached each console's model, how long a console took to receive
 * the whole pool, and an edit's round trip from the first console to the others. The first size is the baseline.
 * <p>
 * The consoles connect as the service starts; once every agent has reported (as console 1's copy shows; with no
 * console, once the service holds a socket for every agent) and after a warm-up, the window is measured; then each
 * console receives the whole pool once more. What fails (the service ending, a console not answering) is recorded as
 * the run's last figure, the figures before it stand, and the next size runs.
 *
 * <pre>
 * ServiceBenchmark --service-home DIR [--nodes 1000,10000] [--seconds 30] [--warm-up 10] [--consoles 3] [--edits 50]
 *                  [--first-port 12000] [--console-heap 2g] [--service-java-opts "..."]
 * </pre>
 */
public final class ServiceBenchmark {

	static final String POOL_NAME = "Flotilla service benchmark";
	static final String SERVICE_NAME = "pool-service";
	/** As in the ingest benchmark: two file descriptors per node in a generator, under 20,000 per process. */
	static final int NODES_PER_GENERATOR = 4000;
	private static final String QUIET_LOG = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn";
	private static final String QUIET_MINA = "-Dorg.slf4j.simpleLogger.log.org.apache.mina=off";

	record Options(List<Integer> nodes, int seconds, int warmUpSeconds, int consoles, int edits, int firstPort,
			String consoleHeap, Path serviceHome, String serviceJavaOpts) {

		static Options parse(String[] args) {
			List<Integer> nodes = List.of(1000, 10000);
			int seconds = 30;
			int warmUp = 10;
			int consoles = 3;
			int edits = 50;
			int firstPort = 12000;
			String consoleHeap = "2g";
			Path serviceHome = null;
			String serviceJavaOpts = "";
			for (int i = 0; i < args.length; i++) {
				String value = i + 1 < args.length ? args[i + 1] : null;
				switch (args[i]) {
					case "--nodes" -> nodes = Stream.of(required(args[i], value).split(",")).map(String::trim).map(Integer::valueOf).toList();
					case "--seconds" -> seconds = Integer.parseInt(required(args[i], value));
					case "--warm-up" -> warmUp = Integer.parseInt(required(args[i], value));
					case "--consoles" -> consoles = Integer.parseInt(required(args[i], value));
					case "--edits" -> edits = Integer.parseInt(required(args[i], value));
					case "--first-port" -> firstPort = Integer.parseInt(required(args[i], value));
					case "--console-heap" -> consoleHeap = required(args[i], value);
					case "--service-home" -> serviceHome = Path.of(required(args[i], value));
					case "--service-java-opts" -> serviceJavaOpts = required(args[i], value);
					default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --nodes N[,N...] --seconds S"
							+ " --warm-up S --consoles K --edits E --first-port P --console-heap SIZE --service-home DIR"
							+ " --service-java-opts OPTS");
				}
				i++;
			}
			if (nodes.isEmpty() || nodes.stream().anyMatch(n -> n < 1) || seconds < 1 || warmUp < 0 || consoles < 0 || edits < 0
					|| firstPort < 1024 || firstPort + nodes.stream().mapToInt(Integer::intValue).max().getAsInt() > 65535) {
				throw new IllegalArgumentException("need N >= 1, S >= 1, K >= 0, E >= 0 and ports within 1024..65535");
			}
			if (serviceHome == null || !Files.isExecutable(serviceHome.resolve("bin/flotilla-service"))) {
				throw new IllegalArgumentException("--service-home must name the built service distribution (bin/flotilla-service): "
						+ serviceHome);
			}
			return new Options(nodes, seconds, warmUp, consoles, edits, firstPort, consoleHeap, serviceHome, serviceJavaOpts);
		}

		private static String required(String option, String value) {
			if (value == null) {
				throw new IllegalArgumentException(option + " needs a value");
			}
			return value;
		}
	}

	/** What one pool size measured: the service's figures and each console's RESULT lines ("c1.latency-p50-ms" …). */
	record Run(int nodes, int consoles, Map<String, String> figures) {
	}

	public static void main(String[] args) throws Exception {
		Options options;
		try {
			options = Options.parse(args);
		} catch (IllegalArgumentException e) {
			System.err.println("service benchmark: " + e.getMessage());
			System.exit(2);
			return;
		}
		System.out.printf("Flotilla pool service: %s agents (load generators, 1 s reports, TLS on 127.0.0.1), %d consoles, "
				+ "%d s measured after a %d s warm-up, %d edits (%d cores, Java %s)%n", options.nodes(), options.consoles(),
				options.seconds(), options.warmUpSeconds(), options.edits(), Runtime.getRuntime().availableProcessors(),
				Runtime.version());
		List<Run> runs = new ArrayList<>();
		for (int nodes : options.nodes()) {
			runs.add(run(nodes, options));
		}
		System.out.println();
		System.out.print(table(runs));
	}

	static Run run(int nodes, Options options) throws Exception {
		Path workspace = Files.createTempDirectory("flotilla-service-benchmark-");
		boolean keep = true; // until it worked: the logs say what went wrong
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classpath = System.getProperty("java.class.path");
		Map<String, String> figures = new LinkedHashMap<>();
		List<Process> generators = new ArrayList<>();
		List<ChildProcess> consoles = new ArrayList<>();
		ChildProcess service = null;
		try {
			// The service's data directory with its pool CA, made here first (its password outside the directory, as
			// ServiceIdentity insists): the generators' node certificates and the consoles' come from it.
			Path data = workspace.resolve("service-data");
			Path caPassword = workspace.resolve("ca.password");
			ServiceIdentity identity = ServiceIdentity.openOrCreate(data, caPassword, POOL_NAME, SERVICE_NAME);
			Path poolFile = workspace.resolve("pool.flotilla");
			new PoolStore().save(pool(nodes, options.firstPort()), poolFile);
			Path config = workspace.resolve("service.properties");
			Files.writeString(config, "pool.name = " + POOL_NAME + "\ndata.dir = " + data + "\nlisten.address = 127.0.0.1\n"
					+ "listen.port = 0\nenrollment.port = 0\npool.import = " + poolFile + "\nca.password.file = " + caPassword + "\n");
			List<Path> identities = new ArrayList<>();
			for (int c = 1; c <= options.consoles(); c++) {
				// The first console edits (an administrator); the others watch as a planner and support staff would.
				ConsoleRole role = c == 1 ? ConsoleRole.ADMINISTRATOR : c == 2 ? ConsoleRole.PLANNER : ConsoleRole.SUPPORT;
				Path keystore = workspace.resolve("identities/console-" + c + ".p12");
				identity.issueConsole("console-" + c, role, keystore, keystore.resolveSibling("console-" + c + ".password"));
				identities.add(keystore);
			}

			int generatorCount = (nodes + NODES_PER_GENERATOR - 1) / NODES_PER_GENERATOR;
			int ioThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / generatorCount);
			System.out.printf("%n== %,d agents: %d generator process(es) issuing certificates and listening on 127.0.0.1:%d-%d%n",
					nodes, generatorCount, options.firstPort(), options.firstPort() + nodes - 1);
			for (int g = 0; g < generatorCount; g++) {
				int first = g * NODES_PER_GENERATOR;
				generators.add(new ProcessBuilder(java, "-Xmx2g", QUIET_LOG, QUIET_MINA, "-cp", classpath,
						ServiceLoadGenerator.class.getName(), data.toString(), caPassword.toString(), POOL_NAME, String.valueOf(first),
						String.valueOf(Math.min(NODES_PER_GENERATOR, nodes - first)), String.valueOf(options.firstPort()),
						String.valueOf(ioThreads)).redirectError(ProcessBuilder.Redirect.INHERIT).start());
			}
			for (Process generator : generators) {
				String ready = new BufferedReader(new InputStreamReader(generator.getInputStream(), StandardCharsets.UTF_8)).readLine();
				if (!LoadGenerator.READY.equals(ready)) {
					throw new IOException("a load generator did not start (exit code "
							+ (generator.waitFor(10, TimeUnit.SECONDS) ? generator.exitValue() : "none yet") + "); see above");
				}
			}

			System.out.printf("   generators ready; starting the service (%s)%n", options.serviceHome().resolve("bin/flotilla-service"));
			ProcessBuilder serviceCommand = new ProcessBuilder(options.serviceHome().resolve("bin/flotilla-service").toString(),
					"--config", config.toString());
			serviceCommand.environment().put("JAVA_HOME", System.getProperty("java.home"));
			if (!options.serviceJavaOpts().isBlank()) {
				serviceCommand.environment().put("FLOTILLA_SERVICE_JAVA_OPTS", options.serviceJavaOpts());
			}
			long serviceStarted = System.nanoTime();
			service = new ChildProcess("the service", serviceCommand, workspace.resolve("service.log"));
			String serving = service.expect(PoolServiceMain.READY, Duration.ofMinutes(5), null);
			// "flotilla-service: serving 127.0.0.1:PORT (…)"; bin/flotilla-service execs java, so its pid is the JVM's.
			String address = serving.substring(PoolServiceMain.READY.length()).trim().split(" ")[0];

			try {
				measure(nodes, options, workspace, identities, address, service, generators, consoles, figures, serviceStarted);
				keep = figures.containsKey("receive-again-failed");
			} catch (IOException e) {
				// What failed is the finding: recorded with the figures measured before it, and the next size still runs.
				String why = service.process.isAlive() || e.getMessage().startsWith("the service ended") ? e.getMessage()
						: "the service ended (exit code " + service.process.waitFor() + "); " + e.getMessage();
				figures.put("failed", why);
				System.out.println("   failed: " + why);
			}
			figures.put("service-log-problems", String.valueOf(problems(workspace.resolve("service.log"), 5)));
			figures.forEach((name, value) -> System.out.printf("   %-32s %s%n", name, value));
			return new Run(nodes, options.consoles(), figures);
		} finally {
			for (ChildProcess console : consoles) {
				console.send("quit");
				console.stop(Duration.ofSeconds(10));
			}
			if (service != null) {
				service.stop(Duration.ofSeconds(60));
			}
			for (Process generator : generators) {
				generator.getOutputStream().close(); // a generator stops when its standard input closes
			}
			for (Process generator : generators) {
				if (!generator.waitFor(30, TimeUnit.SECONDS)) {
					generator.destroyForcibly();
				}
			}
			if (keep) {
				System.out.println("   the run failed; its logs and data are kept in " + workspace);
			} else {
				deleteTree(workspace);
			}
		}
	}

	/**
	 * The measured part of one run, from the consoles connecting to the pool received again; every figure goes into
	 * {@code figures} as soon as it is known.
	 *
	 * @throws IOException when a console or the service fails to answer: that is then the run's last figure
	 */
	private static void measure(int nodes, Options options, Path workspace, List<Path> identities, String address,
			ChildProcess service, List<Process> generators, List<ChildProcess> consoles, Map<String, String> figures,
			long serviceStarted) throws IOException, InterruptedException {
		long pid = service.process.pid();
		String editedNode = LoadGenerator.nodeName(0);
		// The consoles connect as the service starts, before the agents report: at 10,000 agents a console that
		// connects later asks for a copy of the pool the service cannot make (see docs/benchmarks.md); the time to
		// receive a grown pool is measured at the end, where a failure costs no other figure.
		System.out.printf("   service serving at %s (pid %d); %d console(s) connecting, then waiting for every agent to report%n",
				address, pid, options.consoles());
		for (int c = 1; c <= options.consoles(); c++) {
			console(c, identities.get(c - 1), address, editedNode, options, workspace, consoles);
		}
		for (int c = 1; c <= options.consoles(); c++) {
			String line = consoles.get(c - 1).expect("synchronised", Duration.ofMinutes(30), null, service);
			figures.put("c" + c + ".connect-s", line.split(" ")[1]);
		}
		Thread watch = Thread.ofPlatform().daemon().name("ramp-watch").start(() -> watchRamp(pid, serviceStarted));
		try {
			if (consoles.isEmpty()) {
				awaitAgentSockets(service, nodes, Duration.ofSeconds(300 + nodes / 10));
			} else {
				consoles.get(0).ask("await-reporting", "all-reporting", Duration.ofSeconds(300 + nodes / 10), service);
			}
		} finally {
			watch.interrupt();
		}
		figures.put("all-reporting-s", "%.1f".formatted((System.nanoTime() - serviceStarted) / 1e9));
		System.out.printf("   every agent %s after %s s; %d s warm-up, then %d s measured%n",
				consoles.isEmpty() ? "connected to the service" : "reported through the service", figures.get("all-reporting-s"),
				options.warmUpSeconds(), options.seconds());
		Thread.sleep(TimeUnit.SECONDS.toMillis(options.warmUpSeconds())); // the warm-up is the point, not a wait for luck

		long ticksStart = ProcessFigures.cpuTicks(pid);
		Map<String, Long> threadsStart = ThreadCpu.ticksByKind(ProcessFigures.taskDir(pid));
		Duration generatorsStart = cpu(generators);
		long wallStart = System.nanoTime();
		for (ChildProcess console : consoles) {
			console.ask("measure", "measuring", Duration.ofMinutes(2), service);
		}
		// Edits from console 1, seen by the others: none to see with fewer than two consoles.
		int edits = consoles.size() >= 2 ? options.edits() : 0;
		long period = TimeUnit.SECONDS.toNanos(options.seconds()) / Math.max(1, edits);
		for (int e = 0; e < edits; e++) {
			sleepUntil(wallStart + period * e + period / 2);
			consoles.get(0).ask("edit", "edited", Duration.ofMinutes(2), service);
		}
		sleepUntil(wallStart + TimeUnit.SECONDS.toNanos(options.seconds()));
		for (int c = 1; c <= consoles.size(); c++) {
			int index = c;
			consoles.get(c - 1).ask("stop", "stopped", Duration.ofMinutes(10), service).forEach((k, v) -> figures.put("c" + index + "." + k, v));
		}
		long wall = System.nanoTime() - wallStart;
		long ticks = ProcessFigures.cpuTicks(pid) - ticksStart;
		Map<String, Long> threadsEnd = ThreadCpu.ticksByKind(ProcessFigures.taskDir(pid));
		double seconds = wall / 1e9;
		double cpuSeconds = ticks / ThreadCpu.TICKS_PER_SECOND;
		figures.put("load-average", ProcessFigures.loadAverage());
		figures.put("service-cpu-percent", "%.1f".formatted(100.0 * cpuSeconds / seconds));
		figures.put("service-cpu-by-thread", ThreadCpu.percentByKind(threadsStart, threadsEnd, wall));
		figures.put("service-cpu-us-per-report", "%.1f".formatted(cpuSeconds * 1e6 / (nodes * seconds)));
		figures.put("generators-cpu-percent", "%.1f".formatted(100.0 * cpu(generators).minus(generatorsStart).toNanos() / wall));
		figures.put("edits-sent", String.valueOf(edits));
		figures.put("service-rss-mb", "%.0f".formatted(ProcessFigures.residentMegabytes(pid)));
		figures.put("service-threads", String.valueOf(ProcessFigures.threads(pid)));
		figures.put("service-heap-after-gc-mb", "%.0f".formatted(ProcessFigures.heapAfterFullGc(pid)));
		if (!consoles.isEmpty()) {
			System.out.printf("   measured; each console receives the whole pool once more%n");
			receiveAgain(consoles, service, figures);
		}
	}

	/**
	 * Without a console to watch the pool: until the service holds a socket for every agent (and its listener),
	 * i.e. every agent is connected; each reports within a second of that.
	 */
	private static void awaitAgentSockets(ChildProcess service, int nodes, Duration timeout) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		int sockets;
		while ((sockets = ProcessFigures.sockets(service.process.pid())) < nodes + 1) {
			if (!service.process.isAlive() || System.nanoTime() > deadline) {
				throw new IOException("the service held " + sockets + " sockets for " + nodes + " agents"
						+ (service.process.isAlive() ? " after " + timeout.toSeconds() + " s" : " when it ended"));
			}
			Thread.sleep(1000); // polling /proc: nothing to wait on
		}
	}

	/** While the agents connect: every 30 s, how many files (its agents' sockets) the service holds, and its heap. */
	private static void watchRamp(long pid, long serviceStarted) {
		try {
			while (true) {
				Thread.sleep(30_000);
				System.out.printf("   after %.0f s: the service holds %,d open files, heap %s%n", (System.nanoTime() - serviceStarted) / 1e9,
						ProcessFigures.openFiles(pid), ProcessFigures.heapNow(pid));
			}
		} catch (InterruptedException e) {
			// every agent reported
		}
	}

	/**
	 * Each console receives the whole pool once more over a new connection (the console's own client), then console 1
	 * once more step by step. The first failure (the service may not manage to copy a large pool) ends this part: it
	 * is recorded as the figure, and the figures measured before stand.
	 */
	private static void receiveAgain(List<ChildProcess> consoles, ChildProcess service, Map<String, String> figures)
			throws InterruptedException {
		try {
			for (int c = 1; c <= consoles.size(); c++) {
				int index = c;
				consoles.get(c - 1).ask("connect-again", "connected-again", Duration.ofMinutes(20), service)
						.forEach((k, v) -> figures.put("c" + index + "." + k, v));
			}
			// Where that time goes: the same steps one by one, timed (console 1).
			consoles.get(0).ask("connect-phases", "phases", Duration.ofMinutes(20), service).forEach((k, v) -> figures.put("c1." + k, v));
		} catch (IOException e) {
			String why = (service.process.isAlive() ? "" : "the service ended (exit code " + service.process.waitFor() + "); ")
					+ e.getMessage();
			figures.put("receive-again-failed", why);
			System.out.println("   receiving the pool again failed: " + why);
		}
	}

	private static ChildProcess console(int index, Path identity, String address, String editedNode, Options options,
			Path workspace, List<ChildProcess> consoles) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ChildProcess console = new ChildProcess("console " + index, new ProcessBuilder(java, "-Xmx" + options.consoleHeap(), QUIET_LOG,
				QUIET_MINA, "-cp", System.getProperty("java.class.path"), BenchmarkConsole.class.getName(), address,
				identity.toString(), editedNode), workspace.resolve("console-" + index + ".log"));
		consoles.add(console);
		return console;
	}

	/** Sites of 25 racks of 20 nodes (as the ingest and topology benchmarks); node i's agent listens on firstPort + i. */
	static Pool pool(int nodeCount, int firstPort) {
		PoolFactory factory = PoolFactory.eINSTANCE;
		Pool pool = factory.createPool();
		pool.setName(POOL_NAME);
		Group site = null;
		Group rack = null;
		for (int i = 0; i < nodeCount; i++) {
			if (i % 500 == 0) {
				site = factory.createGroup();
				site.setName("site-" + (i / 500 + 1));
				site.setKind(GroupKind.SITE);
				pool.getGroups().add(site);
			}
			if (i % 20 == 0) {
				rack = factory.createGroup();
				rack.setName(site.getName() + "-rack-" + (i % 500 / 20 + 1));
				rack.setKind(GroupKind.RACK);
				site.getGroups().add(rack);
			}
			Node node = factory.createNode();
			node.setName(LoadGenerator.nodeName(i));
			node.setAddress("127.0.0.1:" + (firstPort + i));
			node.setState(NodeState.READY);
			rack.getNodes().add(node);
		}
		return pool;
	}

	private static Duration cpu(List<Process> processes) {
		return processes.stream().map(p -> p.toHandle().info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO,
				Duration::plus);
	}

	private static void sleepUntil(long nanoTime) throws InterruptedException {
		long left = nanoTime - System.nanoTime();
		if (left > 0) {
			TimeUnit.NANOSECONDS.sleep(left);
		}
	}

	/** Counts the service log's warnings and errors and prints the first {@code shown} different ones. */
	private static int problems(Path log, int shown) throws IOException {
		if (!Files.exists(log)) {
			return 0;
		}
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		Set<String> different = new LinkedHashSet<>();
		int count = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.startsWith("WARNING:") || line.startsWith("SEVERE:") || line.contains(" WARN ") || line.contains(" ERROR ")
					|| line.contains("OutOfMemoryError")) {
				count++;
				different.add(line.replaceAll("\\d+", "#"));
			}
		}
		different.stream().limit(shown).forEach(line -> System.out.println("   service log: " + line));
		return count;
	}

	/** The rows of the table: a title and the figure's key; "c*" keys are shown per console, "a / b / c". */
	private static final String[][] ROWS = {
			{ "time until every agent had reported through the service (s)", "all-reporting-s" },
			{ "service CPU, % of one core", "service-cpu-percent" },
			{ "… by thread, % of one core (≥ 0.5)", "service-cpu-by-thread" },
			{ "service CPU per agent report (µs)", "service-cpu-us-per-report" },
			{ "service RSS (MB)", "service-rss-mb" },
			{ "service heap after a full GC (MB)", "service-heap-after-gc-mb" },
			{ "service threads", "service-threads" },
			{ "pool received on connecting as the service starts (s)", "c*.connect-s" },
			{ "whole pool received on connecting after the window (s)", "c*.connect-again-s" },
			{ "… … the pool's size then (million characters)", "c*.connect-again-mchars" },
			{ "… … samples in it", "c*.connect-again-samples" },
			{ "… … step by step (console 1, last): the service makes the snapshot (s)", "c1.phase-subscribe-s" },
			{ "… … … pages fetched", "c1.phase-pages" },
			{ "… … … fetching them (s)", "c1.phase-pages-s" },
			{ "… … … the pool file (million characters)", "c1.phase-file-mchars" },
			{ "… … … the live state as changes (million characters)", "c1.phase-live-mchars" },
			{ "… … … reading the pool file (s)", "c1.phase-read-file-s" },
			{ "… … … decoding the live state (s)", "c1.phase-decode-s" },
			{ "… … … applying it (s)", "c1.phase-apply-s" },
			{ "report-to-console-model latency p50 (ms)", "c*.latency-p50-ms" },
			{ "… p99 (ms)", "c*.latency-p99-ms" },
			{ "… max (ms)", "c*.latency-max-ms" },
			{ "service-receipt-to-console-model latency p50 (ms)", "c*.receipt-latency-p50-ms" },
			{ "… p99 (ms)", "c*.receipt-latency-p99-ms" },
			{ "reports into each console's model per second", "c*.reports-per-s" },
			{ "edit round trip, console 1 to the others: p50 (ms)", "c*.edit-p50-ms" },
			{ "… p99 (ms)", "c*.edit-p99-ms" },
			{ "… edits seen (of those sent)", "c*.edits-seen" },
			{ "console model thread busy with the service's changes (%)", "c*.model-busy-percent" },
			{ "… per batch, mean (ms)", "c*.model-task-mean-ms" },
			{ "… per batch, max (ms)", "c*.model-task-max-ms" },
			{ "console CPU, % of one core", "c*.cpu-percent-of-core" },
			{ "console heap after GC (MB)", "c*.heap-after-gc-mb" },
			{ "console RSS (MB)", "c*.rss-mb" },
			{ "console connections lost in the window", "c*.lost" },
			{ "… since connecting", "c*.lost-total" },
			{ "samples per node at the end of the window", "c1.samples-per-node" },
			{ "load generators' CPU, % of one core (same window)", "generators-cpu-percent" },
			{ "the machine's load average (1, 5 min) at the window's end", "load-average" },
			{ "service log warnings and errors", "service-log-problems" },
			{ "receiving the whole pool again failed", "receive-again-failed" },
			{ "the run failed", "failed" } };

	static String table(List<Run> runs) {
		StringBuilder table = new StringBuilder("| measure |");
		runs.forEach(run -> table.append(" %,d agents |".formatted(run.nodes())));
		boolean ratio = runs.size() > 1;
		table.append(ratio ? " ratio |\n" : "\n").append("|---|").append("---:|".repeat(runs.size() + (ratio ? 1 : 0))).append('\n');
		for (String[] row : ROWS) {
			List<String> cells = runs.stream().map(run -> cell(run, row[1])).toList();
			if (cells.stream().allMatch(String::isEmpty)) {
				continue;
			}
			table.append("| ").append(row[0]).append(" |");
			cells.forEach(cell -> table.append(' ').append(cell.isEmpty() ? "—" : cell).append(" |"));
			if (ratio) {
				table.append(' ').append(ratio(cells.get(0), cells.get(cells.size() - 1))).append(" |");
			}
			table.append('\n');
		}
		return table.toString();
	}

	/** A figure, or for "c*" keys the figures of every console that has one, "a / b / c". */
	private static String cell(Run run, String key) {
		if (!key.startsWith("c*.")) {
			return run.figures().getOrDefault(key, "");
		}
		String name = key.substring(3);
		return IntStream.rangeClosed(1, run.consoles()).mapToObj(c -> run.figures().get("c" + c + "." + name))
				.filter(value -> value != null).collect(Collectors.joining(" / "));
	}

	/** Last over first, of the means where a cell holds several figures; "—" for text. */
	private static String ratio(String first, String last) {
		double a = mean(first);
		double b = mean(last);
		return Double.isNaN(a) || Double.isNaN(b) || a == 0 ? "—" : "%.1f".formatted(b / a);
	}

	private static double mean(String cell) {
		try {
			return Stream.of(cell.split(" / ")).filter(value -> !value.equals("—")).mapToDouble(Double::parseDouble).average()
					.orElse(Double.NaN);
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}
}
