package org.flotilla.ingest.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.LocalPoolAuthority;
import org.flotilla.console.core.LiveLoop;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.model.Group;
import org.flotilla.model.GroupKind;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;

/**
 * The console's side of the ingest benchmark, in a process of its own so that its CPU and memory
 * are its own: the console's real connection service (one TLS connection per node, shared I/O
 * threads) and live updates, and a "model thread" standing in for the UI thread that runs the
 * console's {@link LiveLoop} every {@value LiveUpdates#BATCH_INTERVAL_MS} ms. What the UI then
 * paints is measured by the topology benchmark and by the benchmark's {@code --product} mode.
 * <p>
 * Measures, after every node has reported once and a warm-up: the process's CPU, receipt-to-model
 * latency of every report (from the moment the console's connection received it, the time the
 * model's samples carry since liveness runs on the console's clock, to the moment its batch was in
 * the model; the generator-to-console part on loopback is not in it), the model thread's time per
 * batch, heap and RSS. Prints
 * {@code RESULT name value} lines for the benchmark to collect.
 */
public final class IngestConsole {

	private static final int MAX_LATENCY_MS = 60_000;
	private static final Path OWN_THREADS = Path.of("/proc/self/task");

	private final Pool pool;
	private final Node[] nodes;
	private final long[] lastSeenSample;
	private final LiveUpdates live = new LiveUpdates();
	private final LiveLoop liveLoop = new LiveLoop(live);
	private final ScheduledExecutorService modelThread = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().name("model").factory());
	private final Set<String> expected;

	// Written and read on the model thread only.
	private int reporting;
	private boolean measuring;
	private final long[] latencyCounts = new long[MAX_LATENCY_MS + 1];
	private long latencies;
	private long reportsApplied;
	private long markedUnreachable;
	private long batchNanosTotal;
	private long batchNanosMax;
	private long batches;

	IngestConsole(int nodeCount, int firstPort) {
		pool = generatedPool(nodeCount, firstPort);
		nodes = pool.getAllNodes().toArray(Node[]::new);
		lastSeenSample = new long[nodes.length];
		expected = ConnectionService.targetsOf(pool).stream().map(ConnectionService.Target::nodeName)
				.collect(Collectors.toUnmodifiableSet());
	}

	/** Sites of 25 racks of 20 nodes, as the topology benchmark draws them; node i listens on firstPort + i. */
	static Pool generatedPool(int nodeCount, int firstPort) {
		PoolFactory factory = PoolFactory.eINSTANCE;
		Pool pool = factory.createPool();
		pool.setName("Ingest benchmark");
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
		// In a resource, as the console's pool always is (LiveUpdates treats a node outside one as removed).
		new ResourceImpl(URI.createURI("memory:/ingest-benchmark.flotilla")).getContents().add(pool);
		return pool;
	}

	/** One tick of the console's live loop, plus the latency bookkeeping. */
	private void tick() {
		long started = System.nanoTime();
		long now = System.currentTimeMillis();
		LiveLoop.Tick tick = liveLoop.tick(pool, now, expected);
		long inModel = System.currentTimeMillis();
		long elapsed = System.nanoTime() - started;
		int nowReporting = 0;
		for (int i = 0; i < nodes.length; i++) {
			MetricWindow window = nodes[i].getMetrics();
			if (window == null || window.getSamples().isEmpty()) {
				continue;
			}
			nowReporting++;
			List<MetricSample> samples = window.getSamples();
			long newest = lastSeenSample[i];
			for (int s = samples.size() - 1; s >= 0 && samples.get(s).getTime() > lastSeenSample[i]; s--) {
				long time = samples.get(s).getTime();
				newest = Math.max(newest, time);
				if (measuring) {
					latencyCounts[(int) Math.clamp(inModel - time, 0, MAX_LATENCY_MS)]++;
					latencies++;
				}
			}
			lastSeenSample[i] = newest;
		}
		reporting = nowReporting;
		if (measuring) {
			reportsApplied += tick.batch().applied();
			markedUnreachable += tick.markedUnreachable();
			batchNanosTotal += elapsed;
			batchNanosMax = Math.max(batchNanosMax, elapsed);
			batches++;
		}
	}

	private <T> T onModelThread(java.util.concurrent.Callable<T> question) throws Exception {
		return modelThread.submit(question).get();
	}

	Map<String, String> run(Path workspace, int seconds, int warmUpSeconds) throws Exception {
		Map<String, String> results = new LinkedHashMap<>();
		var identity = LocalPoolAuthority.openOrCreate(workspace, IngestBenchmark.POOL_NAME);
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		modelThread.scheduleWithFixedDelay(this::tick, LiveUpdates.BATCH_INTERVAL_MS, LiveUpdates.BATCH_INTERVAL_MS,
				TimeUnit.MILLISECONDS);
		long connectStarted = System.nanoTime();
		try (ConnectionService connections = new ConnectionService(identity.consoleTls("console-benchmark"),
				"console-benchmark", live)) {
			connections.connect(ConnectionService.targetsOf(pool));
			long deadline = connectStarted + TimeUnit.SECONDS.toNanos(60 + nodes.length / 50);
			while (onModelThread(() -> reporting) < nodes.length) {
				if (System.nanoTime() > deadline) {
					Map<ConnectionService.State, Long> states = connections.statuses().values().stream()
							.collect(Collectors.groupingBy(ConnectionService.Status::state, Collectors.counting()));
					throw new IllegalStateException("only " + onModelThread(() -> reporting) + " of " + nodes.length
							+ " nodes reported before the deadline; connections: " + states + "; a detail: "
							+ connections.statuses().values().stream().filter(s -> !s.detail().isEmpty()).findFirst());
				}
				Thread.sleep(100);
			}
			results.put("all-reporting-s", "%.1f".formatted((System.nanoTime() - connectStarted) / 1e9));
			Thread.sleep(TimeUnit.SECONDS.toMillis(warmUpSeconds));

			System.out.println("PHASE measuring");
			System.out.flush();
			long cpuStart = os.getProcessCpuTime();
			long[] gcStart = garbageCollection();
			Map<String, Long> threadsStart = ThreadCpu.ticksByKind(OWN_THREADS);
			long wallStart = System.nanoTime();
			onModelThread(() -> measuring = true);
			Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
			onModelThread(() -> measuring = false);
			long cpuUsed = os.getProcessCpuTime() - cpuStart;
			long wall = System.nanoTime() - wallStart;
			long[] gcEnd = garbageCollection();
			Map<String, Long> threadsEnd = ThreadCpu.ticksByKind(OWN_THREADS);
			System.out.println("PHASE measured");
			System.out.flush();

			results.put("cpu-percent-of-core", "%.1f".formatted(100.0 * cpuUsed / wall));
			results.put("cpu-us-per-report", "%.1f".formatted(cpuUsed / 1e3 / Math.max(1, reportsApplied)));
			results.put("reports-per-s", "%.0f".formatted(reportsApplied / (wall / 1e9)));
			results.put("reports-expected-per-s", String.valueOf(nodes.length));
			results.put("latency-p50-ms", String.valueOf(percentile(0.50)));
			results.put("latency-p95-ms", String.valueOf(percentile(0.95)));
			results.put("latency-p99-ms", String.valueOf(percentile(0.99)));
			results.put("latency-max-ms", String.valueOf(percentile(1.0)));
			results.put("latency-samples", String.valueOf(latencies));
			results.put("batch-mean-ms", "%.2f".formatted(batchNanosTotal / 1e6 / Math.max(1, batches)));
			results.put("batch-max-ms", "%.2f".formatted(batchNanosMax / 1e6));
			results.put("cpu-by-thread", ThreadCpu.percentByKind(threadsStart, threadsEnd, wall));
			results.put("gc-pause-percent", "%.1f".formatted(100.0 * (gcEnd[1] - gcStart[1]) * 1e6 / wall));
			results.put("gc-pauses", String.valueOf(gcEnd[0] - gcStart[0]));
			results.put("marked-unreachable", String.valueOf(markedUnreachable));
			// Every attempt after a link's first, since the start: handshakes that failed or timed out.
			results.put("connection-retries", String.valueOf(connections.statuses().values().stream()
					.mapToLong(status -> Math.max(0, status.attempts() - 1)).sum()));
			results.put("connections-open", String.valueOf(connections.statuses().values().stream()
					.filter(status -> status.state() == ConnectionService.State.CONNECTED).count()));
			results.put("threads", String.valueOf(ManagementFactory.getThreadMXBean().getThreadCount()));
			System.gc();
			System.gc();
			results.put("heap-after-gc-mb", "%.0f".formatted(
					ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0));
			results.put("rss-mb", "%.0f".formatted(ThreadCpu.residentMegabytes(Path.of("/proc/self/status"))));
			long closing = System.nanoTime();
			connections.close();
			results.put("close-s", "%.1f".formatted((System.nanoTime() - closing) / 1e9));
		} finally {
			modelThread.shutdownNow();
		}
		return results;
	}

	/**
	 * Collection pauses so far and the milliseconds they took (G1's young and old collectors; its
	 * "Concurrent GC" bean is left out: that time runs beside the application, not instead of it).
	 */
	private static long[] garbageCollection() {
		long count = 0;
		long millis = 0;
		for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector.getName().contains("Concurrent")) {
				continue;
			}
			count += Math.max(0, collector.getCollectionCount());
			millis += Math.max(0, collector.getCollectionTime());
		}
		return new long[] { count, millis };
	}

	private long percentile(double fraction) {
		long wanted = Math.max(1, (long) Math.ceil(fraction * latencies));
		long seen = 0;
		for (int ms = 0; ms <= MAX_LATENCY_MS; ms++) {
			seen += latencyCounts[ms];
			if (seen >= wanted) {
				return ms;
			}
		}
		return MAX_LATENCY_MS;
	}

	/** {@code IngestConsole WORKSPACE NODES FIRST_PORT SECONDS WARM_UP_SECONDS}; see the class comment. */
	public static void main(String[] args) throws Exception {
		int nodes = Integer.parseInt(args[1]);
		IngestConsole console = new IngestConsole(nodes, Integer.parseInt(args[2]));
		Map<String, String> results = console.run(Path.of(args[0]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
		results.forEach((name, value) -> System.out.println("RESULT " + name + " " + value));
		System.out.flush();
		System.exit(0);
	}
}
