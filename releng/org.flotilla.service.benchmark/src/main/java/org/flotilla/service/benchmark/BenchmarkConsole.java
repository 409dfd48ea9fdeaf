package org.flotilla.service.benchmark;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.flotilla.console.core.ConsoleKeystore;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.remote.PoolServiceClient;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.ingest.benchmark.ThreadCpu;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.changes.ChangeApplier;
import org.flotilla.model.changes.ChangeCodec;
import org.flotilla.model.changes.LiveSamples;
import org.flotilla.model.changes.ChangeDescriptions;
import org.flotilla.model.changes.ChangeOp;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;

/**
 * One console of the pool service benchmark, in a process of its own: the console's own client code without a
 * window (a {@link PoolSession} kept in step with the service by a {@link PoolServiceClient}, on a single "model
 * thread" standing in for the UI thread, edits through the session's command stack), driven by commands on standard
 * input, one per line, each answered on standard output.
 *
 * <p>What it measures, on its model thread, at the end of each task the client ran there (the moment a batch of the
 * service's changes is in the model):
 * <ul>
 * <li>every metric sample that arrived: its age from the load generator's stamp (the sample's disk rate, see
 * {@link ServiceLoadGenerator}) and from the service's receipt (the sample's time);</li>
 * <li>every change of the edited node's memory capacity made by another console: the edit's round trip, since the
 * value is the time (µs) at which that console executed the edit.</li>
 * </ul>
 *
 * <pre>
 * BenchmarkConsole HOST:PORT IDENTITY.p12 EDITED_NODE
 *   prints "synchronised SECONDS SAMPLES" once the first copy of the pool is in its model, then answers:
 *   await-reporting  "all-reporting SECONDS" once every node of the copy has reported and is ready
 *   measure          "measuring": latencies are counted from now
 *   edit             "edited": sets EDITED_NODE's memory capacity to the time now (µs) through the command stack
 *   stop             "RESULT name value" lines, then "stopped"
 *   connect-again    a second copy over a new connection: "RESULT connect-again-s …" lines, then "connected-again"
 *   connect-phases   the steps of receiving the pool, timed one by one: "RESULT phase-… " lines, then "phases"
 *   quit
 * </pre>
 */
public final class BenchmarkConsole {

	private final ExecutorService modelThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "console-model"));
	/** What the client gets as its model thread: the same thread, with the bookkeeping after each of its tasks. */
	private final Executor measuredModelThread = this::executeMeasured;
	private final InetSocketAddress service;
	private final SSLContext tls;
	private final String name;
	private final String editedNode;
	private final PoolSession session = new PoolSession(null);
	private final PoolServiceClient client;
	private final CountDownLatch synchronised = new CountDownLatch(1);
	private final long startedNanos = System.nanoTime();

	// Model thread only.
	private Pool watched;
	private final List<MetricSample> arrivedSamples = new ArrayList<>();
	private final List<Long> arrivedEdits = new ArrayList<>();
	private boolean editing;
	private boolean measuring;
	private final LatencyHistogram fromStamp = new LatencyHistogram();
	private final LatencyHistogram fromReceipt = new LatencyHistogram();
	private final List<Long> editRoundTripsMicros = new ArrayList<>();
	private long clientTasks;
	private long clientTaskNanos;
	private long clientTaskMaxNanos;
	private int lost;
	private int lostTotal;
	private int editsMade;
	private long synchronisedNanos;

	private final AdapterImpl windowWatcher = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() != PoolPackage.Literals.METRIC_WINDOW__SAMPLES) {
				return;
			}
			if (notification.getEventType() == Notification.ADD) {
				arrivedSamples.add((MetricSample) notification.getNewValue());
			} else if (notification.getEventType() == Notification.ADD_MANY) {
				for (Object sample : (List<?>) notification.getNewValue()) {
					arrivedSamples.add((MetricSample) sample);
				}
			}
		}
	};

	private final AdapterImpl nodeWatcher = new AdapterImpl() {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() == PoolPackage.Literals.NODE__METRICS
					&& notification.getNewValue() instanceof MetricWindow window) {
				// A node's first window comes whole, with its first samples.
				window.eAdapters().add(windowWatcher);
				arrivedSamples.addAll(window.getSamples());
			} else if (notification.getFeature() == PoolPackage.Literals.NODE__MEMORY_CAPACITY && !editing
					&& notification.getEventType() == Notification.SET) {
				arrivedEdits.add(notification.getNewLongValue());
			}
		}
	};

	private BenchmarkConsole(InetSocketAddress service, Path identity, String editedNode) throws Exception {
		this.service = service;
		this.tls = ConsoleKeystore.consoleTls(identity, ConsoleKeystore.passwordFileOf(identity));
		this.name = identity.getFileName().toString().replace(".p12", "");
		this.editedNode = editedNode;
		this.client = new PoolServiceClient(service, tls, name, session, measuredModelThread, new PoolServiceClient.Listener() {
			@Override
			public void stateChanged(PoolServiceClient.State state, String detail) {
				if (state == PoolServiceClient.State.SYNCHRONISED) {
					watch(session.getPool());
					if (synchronisedNanos == 0) {
						synchronisedNanos = System.nanoTime();
						synchronised.countDown();
					}
				} else if (state == PoolServiceClient.State.LOST) {
					lostTotal++;
					if (measuring) {
						lost++;
					}
					say("state lost after " + seconds(System.nanoTime() - startedNanos) + " s: " + detail);
				}
			}
		});
	}

	/** Model thread: follows the samples and edits that reach a newly installed copy. */
	private void watch(Pool pool) {
		if (pool == watched) {
			return;
		}
		watched = pool;
		for (Node node : pool.getAllNodes()) {
			node.eAdapters().add(nodeWatcher);
			if (node.getMetrics() != null) {
				node.getMetrics().eAdapters().add(windowWatcher);
			}
		}
		arrivedSamples.clear(); // those came with the copy, not as changes
		arrivedEdits.clear();
	}

	private void executeMeasured(Runnable task) {
		modelThread.execute(() -> {
			long started = System.nanoTime();
			try {
				task.run();
			} finally {
				settle(started);
			}
		});
	}

	/** Model thread, after a task of the client: what arrived with it is in the model now. */
	private void settle(long startedNanos) {
		if (measuring && !(arrivedSamples.isEmpty() && arrivedEdits.isEmpty())) {
			long nowMillis = System.currentTimeMillis();
			long nowMicros = micros();
			for (MetricSample sample : arrivedSamples) {
				double stamp = sample.getDiskRate();
				if (stamp > 1e12) { // a generator's stamp, not a real disk rate
					fromStamp.add(nowMillis - (long) stamp);
				}
				fromReceipt.add(nowMillis - sample.getTime());
			}
			for (long sent : arrivedEdits) {
				editRoundTripsMicros.add(nowMicros - sent);
			}
		}
		arrivedSamples.clear();
		arrivedEdits.clear();
		if (measuring) {
			long took = System.nanoTime() - startedNanos;
			clientTasks++;
			clientTaskNanos += took;
			clientTaskMaxNanos = Math.max(clientTaskMaxNanos, took);
		}
	}

	private static long micros() {
		Instant now = Instant.now();
		return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
	}

	private void run() throws Exception {
		client.start();
		if (!synchronised.await(30, TimeUnit.MINUTES)) {
			throw new IllegalStateException("not synchronised within 30 minutes: " + client.state());
		}
		say("synchronised " + seconds(synchronisedNanos - startedNanos));
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuStart = 0;
		long wallStart = 0;
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String line;
		while ((line = in.readLine()) != null) {
			switch (line.trim()) {
				case "await-reporting" -> {
					while (on(this::notYetReporting) > 0) {
						Thread.sleep(200); // polling the copy: each look is a task on the model thread
					}
					say("all-reporting " + seconds(System.nanoTime() - startedNanos));
				}
				case "measure" -> {
					cpuStart = os.getProcessCpuTime();
					wallStart = System.nanoTime();
					on(() -> measuring = true);
					say("measuring");
				}
				case "edit" -> {
					on(this::edit);
					say("edited");
				}
				case "stop" -> {
					on(() -> measuring = false);
					long wall = System.nanoTime() - wallStart;
					long cpu = os.getProcessCpuTime() - cpuStart;
					report(wall, cpu);
					say("stopped");
				}
				case "connect-again" -> {
					connectAgain();
					say("connected-again");
				}
				case "connect-phases" -> {
					connectPhases();
					say("phases");
				}
				case "quit" -> {
					client.close();
					System.exit(0);
				}
				default -> say("error unknown command " + line);
			}
		}
		client.close();
		System.exit(0);
	}

	private int notYetReporting() {
		int waiting = 0;
		for (Node node : session.getPool().getAllNodes()) {
			if (node.getLastHeartbeat() <= 0 || node.getState() != NodeState.READY) {
				waiting++;
			}
		}
		return waiting;
	}

	/** Model thread: the edit a person makes in the Properties view, through the command stack. */
	private Void edit() {
		Node node = session.getPool().getAllNodes().stream().filter(n -> n.getName().equals(editedNode)).findFirst()
				.orElseThrow(() -> new IllegalStateException("no node " + editedNode));
		editing = true;
		try {
			session.getEditingDomain().getCommandStack().execute(SetCommand.create(session.getEditingDomain(), node,
					PoolPackage.Literals.NODE__MEMORY_CAPACITY, micros()));
		} finally {
			editing = false;
		}
		editsMade++;
		return null;
	}

	private void report(long wallNanos, long cpuNanos) throws Exception {
		double seconds = wallNanos / 1e9;
		result("cpu-percent-of-core", "%.1f".formatted(100.0 * cpuNanos / wallNanos));
		on(() -> {
			result("reports-per-s", "%.0f".formatted(fromReceipt.count() / seconds));
			result("latency-p50-ms", fromStamp.percentile(0.50));
			result("latency-p99-ms", fromStamp.percentile(0.99));
			result("latency-max-ms", fromStamp.percentile(1.0));
			result("receipt-latency-p50-ms", fromReceipt.percentile(0.50));
			result("receipt-latency-p99-ms", fromReceipt.percentile(0.99));
			if (editsMade == 0) { // the console that edits does not see its own edits come back
				List<Long> trips = new ArrayList<>(editRoundTripsMicros);
				Collections.sort(trips);
				result("edits-seen", trips.size());
				result("edit-p50-ms", trips.isEmpty() ? "—" : "%.1f".formatted(trips.get((trips.size() - 1) / 2) / 1000.0));
				result("edit-p99-ms", trips.isEmpty() ? "—"
						: "%.1f".formatted(trips.get((int) Math.ceil(0.99 * trips.size()) - 1) / 1000.0));
				result("edit-max-ms", trips.isEmpty() ? "—" : "%.1f".formatted(trips.get(trips.size() - 1) / 1000.0));
			}
			result("model-task-mean-ms", "%.2f".formatted(clientTaskNanos / 1e6 / Math.max(1, clientTasks)));
			result("model-task-max-ms", "%.1f".formatted(clientTaskMaxNanos / 1e6));
			result("model-busy-percent", "%.1f".formatted(100.0 * clientTaskNanos / wallNanos));
			result("lost", lost);
			result("lost-total", lostTotal);
			Pool pool = session.getPool();
			result("samples-per-node", "%.0f".formatted((double) samplesIn(pool) / Math.max(1, pool.getAllNodes().size())));
			return null;
		});
		System.gc();
		System.gc();
		result("heap-after-gc-mb", "%.0f".formatted(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0));
		result("rss-mb", "%.0f".formatted(ThreadCpu.residentMegabytes(Path.of("/proc/self/status"))));
	}

	/**
	 * A second copy of the pool over a new connection of this console (as when a console reconnects), on a model
	 * thread of its own: the time from starting the client to the copy in its model, and how big the copy was.
	 */
	private void connectAgain() throws Exception {
		ExecutorService otherThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "console-model-again"));
		PoolSession other = new PoolSession(null);
		CountDownLatch done = new CountDownLatch(1);
		long started = System.nanoTime();
		long[] took = new long[1];
		PoolServiceClient again = new PoolServiceClient(service, tls, name, other, otherThread, new PoolServiceClient.Listener() {
			@Override
			public void stateChanged(PoolServiceClient.State state, String detail) {
				if (state == PoolServiceClient.State.SYNCHRONISED && took[0] == 0) {
					took[0] = System.nanoTime() - started;
					done.countDown();
				}
			}
		}).start();
		try {
			if (!done.await(30, TimeUnit.MINUTES)) {
				throw new IllegalStateException("the second copy was not received within 30 minutes: " + again.state());
			}
			result("connect-again-s", seconds(took[0]));
			// What the service sent: the pool file, the live state as change operations and the newest sample of each
			// window (as DurablePool makes them).
			long[] size = otherThread.submit(() -> {
				Pool pool = other.getPool();
				XMLResource resource = (XMLResource) pool.eResource();
				long file = new PoolStore().serialize(pool, Path.of("again.flotilla")).length;
				long live = ChangeCodec.encode(ChangeDescriptions.liveState(pool, resource::getID)).length();
				long samples = LiveSamples.encode(LiveSamples.latest(pool, resource::getID)).length();
				return new long[] { file + live + samples, samplesIn(pool) };
			}).get(10, TimeUnit.MINUTES);
			result("connect-again-mchars", "%.1f".formatted(size[0] / 1e6));
			result("connect-again-samples", size[1]);
		} finally {
			again.close();
			otherThread.shutdown();
		}
	}

	/**
	 * Where the time of receiving the pool goes: the steps {@link PoolServiceClient} takes (subscribe, fetch every
	 * page, read the pool file, decode and apply the live state), done here one by one on a connection of their own
	 * and timed, with nothing installed anywhere.
	 */
	private void connectPhases() throws Exception {
		long started = System.nanoTime();
		try (ProtocolClient connection = ProtocolClient.builder(service, tls, PeerKind.CONSOLE, name).connectTimeout(Duration.ofSeconds(30))
				.requestTimeout(Duration.ofMinutes(10)).maximumFrameBytes(4 << 20).connect()) {
			long connected = System.nanoTime();
			Response subscribed = connection.request(ServiceOperations.SUBSCRIBE, 0, Map.of()).get(10, TimeUnit.MINUTES);
			long answered = System.nanoTime();
			int pages = Integer.parseInt(subscribed.values().get("pages"));
			StringBuilder text = new StringBuilder();
			for (int page = 0; page < pages; page++) {
				text.append(connection.request(ServiceOperations.SNAPSHOT_PAGE, 0, Map.of("page", Integer.toString(page)))
						.get(10, TimeUnit.MINUTES).values().get("text"));
			}
			long fetched = System.nanoTime();
			int fileCharacters = Integer.parseInt(subscribed.values().get("fileCharacters"));
			Pool replica = new PoolStore().load(new ResourceSetImpl(), text.substring(0, fileCharacters).getBytes(StandardCharsets.UTF_8),
					Path.of("phases.flotilla"));
			long read = System.nanoTime();
			int liveEnd = fileCharacters + Integer.parseInt(subscribed.values().get("liveCharacters"));
			List<ChangeOp> live = ChangeCodec.decode(text.substring(fileCharacters, liveEnd));
			List<LiveSamples.Sample> samples = LiveSamples.decode(text.substring(liveEnd));
			long decoded = System.nanoTime();
			XMLResource resource = (XMLResource) replica.eResource();
			new ChangeApplier(resource, PoolPackage.eINSTANCE).apply(live);
			LiveSamples.apply(samples, resource::getEObject);
			long applied = System.nanoTime();
			result("phase-connect-s", seconds(connected - started));
			result("phase-subscribe-s", seconds(answered - connected));
			result("phase-pages", pages);
			result("phase-pages-s", seconds(fetched - answered));
			result("phase-file-mchars", "%.1f".formatted(fileCharacters / 1e6));
			result("phase-live-mchars", "%.1f".formatted((text.length() - fileCharacters) / 1e6));
			result("phase-live-ops", live.size());
			result("phase-samples", samples.size());
			result("phase-read-file-s", seconds(read - fetched));
			result("phase-decode-s", seconds(decoded - read));
			result("phase-apply-s", seconds(applied - decoded));
		}
	}

	private static long samplesIn(Pool pool) {
		long samples = 0;
		for (Node node : pool.getAllNodes()) {
			samples += node.getMetrics() == null ? 0 : node.getMetrics().getSamples().size();
		}
		return samples;
	}

	private <T> T on(Callable<T> work) throws Exception {
		return modelThread.submit(work).get(10, TimeUnit.MINUTES);
	}

	private static String seconds(long nanos) {
		return "%.2f".formatted(nanos / 1e9);
	}

	private static void result(String name, Object value) {
		say("RESULT " + name + " " + value);
	}

	private static synchronized void say(String line) {
		System.out.println(line);
		System.out.flush();
	}

	public static void main(String[] args) throws Exception {
		String[] hostPort = args[0].split(":");
		new BenchmarkConsole(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), Path.of(args[1]), args[2]).run();
	}
}
