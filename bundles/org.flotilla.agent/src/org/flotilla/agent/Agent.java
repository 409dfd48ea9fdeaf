package org.flotilla.agent;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.flotilla.agent.internal.InventoryCollector;
import org.flotilla.agent.internal.Journal;
import org.flotilla.agent.internal.MetricsHistory;
import org.flotilla.agent.internal.MetricsSampler;
import org.flotilla.agent.packages.PackageRuntime;
import org.flotilla.agent.tasks.TaskRuntime;
import org.flotilla.agent.tasks.TaskUsage;

import oshi.SystemInfo;

/**
 * The headless agent core: journal (identity, what it installed), inventory, a sampler on one daemon thread at the
 * configured interval, and the metrics history. Networking is not here: the protocol layer registers an
 * {@link AgentListener} and calls {@link #inventory()}, {@link #history(HistoryQuery)}, {@link #recordInstalled} and
 * {@link #recordDeployed}.
 */
public final class Agent implements AutoCloseable {

	private static final System.Logger LOG = System.getLogger(Agent.class.getName());
	/** At most one status line per this many milliseconds. */
	private static final long STATUS_EVERY_MILLIS = 60_000;
	/** How often a metrics history that could not be opened is tried again. */
	private static final long HISTORY_RETRY_MILLIS = 60_000;
	/** The problem key of a metrics history that cannot be opened or written. */
	public static final String HISTORY_PROBLEM = "history";

	private final AgentConfig config;
	private final SystemInfo systemInfo;
	private final InstantSource clock;
	private final List<AgentListener> listeners = new CopyOnWriteArrayList<>();
	/** Serializes journal changes and the inventory they cause. */
	private final Object journalLock = new Object();
	private Journal journal;
	private volatile MetricsHistory history;
	private MetricsSampler sampler;
	private InventoryCollector collector;
	private ScheduledExecutorService scheduler;
	private volatile Inventory inventory;
	private volatile TaskRuntime tasks;
	/** Opened at the first package operation, or at start when there is provisioning state (to recover it). */
	private volatile PackageRuntime packages;
	private final Object packagesLock = new Object();
	private volatile MetricsSample latest;
	private long lastStatusMillis = Long.MIN_VALUE;
	private long samplesSinceStatus;
	private long failures;
	/** Problems the agent found on its node, by key (see {@link AgentListener#problemsChanged}). */
	private final Map<String, String> problems = new java.util.concurrent.ConcurrentSkipListMap<>();
	private long historyRetryAtMillis;

	public Agent(AgentConfig config, SystemInfo systemInfo, InstantSource clock) {
		this.config = config;
		this.systemInfo = systemInfo;
		this.clock = clock;
	}

	/** Opens the journal and history, collects the inventory, and starts sampling. */
	public synchronized void start() throws IOException {
		if (scheduler != null) {
			throw new IllegalStateException("agent already started");
		}
		try {
			journal = Journal.open(config.dataDir(), config.nodeName(), clock);
			openHistory();
			collector = new InventoryCollector(systemInfo);
			sampler = new MetricsSampler(systemInfo, config.allotment(), clock);
			// The first sample only sets the baseline for deltas (its rates are 0): take it now, keep it out of the
			// history, and let the first real sample come one interval later.
			sampler.sample();
			inventory = collectInventory();
			// Tasks after the journal (the agent's cgroup is named by its node id), before anyone can ask.
			tasks = TaskRuntime.start(config.dataDir(), config.tasks(), "flotilla-" + journal.identity().nodeId(), clock);
			tasks.addListener(status -> {
				for (AgentListener l : listeners) {
					try {
						l.taskChanged(status);
					} catch (RuntimeException e) {
						LOG.log(Level.WARNING, "listener " + l + " failed on a task change", e);
					}
				}
			});
			if (PackageRuntime.hasState(config.dataDir())) {
				// A transaction an earlier agent left (killed mid-apply) is finished or rolled back now, in the
				// background: the node reports and answers meanwhile; that package's operations wait for it.
				PackageRuntime opened = openPackages();
				Thread.ofPlatform().daemon().name("flotilla-packages-recovery").start(opened::recover);
			}
		} catch (IOException | RuntimeException e) {
			closeFiles();
			throw e;
		}
		Identity id = journal.identity();
		LOG.log(Level.INFO, String.format(
				"agent %s (%s) started: %d logical cores, %d MiB, allotment %s cores / %d MiB%s, sampling every %d ms, "
						+ "data in %s",
				id.nodeName(), id.nodeId(), inventory.hardware().logicalCores(),
				inventory.hardware().memoryBytes() >> 20, config.allotment().cpuCores(),
				config.allotment().memoryBytes() >> 20, config.allotment().wholeHost() ? " (whole host)" : "",
				config.reportInterval().toMillis(), config.dataDir()));
		scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "flotilla-agent-sampler");
			t.setDaemon(true);
			return t;
		});
		long interval = config.reportInterval().toMillis();
		scheduler.scheduleAtFixedRate(this::tick, interval, interval, TimeUnit.MILLISECONDS);
	}

	/**
	 * Opens the metrics history; when that fails (a full disk, a file in the way) the node goes on sampling and
	 * reporting without it, says so as a problem, and tries again every minute.
	 */
	private void openHistory() {
		try {
			history = MetricsHistory.open(config.dataDir().resolve("history"), clock);
			if (problems.remove(HISTORY_PROBLEM) != null) {
				LOG.log(Level.INFO, "metrics history kept again in " + config.dataDir().resolve("history"));
				problemsChanged();
			}
		} catch (IOException | RuntimeException e) {
			historyRetryAtMillis = clock.millis() + HISTORY_RETRY_MILLIS;
			historyFailed("cannot open the metrics history in " + config.dataDir().resolve("history") + ": "
					+ reason(e, config.dataDir().resolve("history")));
		}
	}

	/**
	 * What went wrong, for a person: a file system exception's message is often just the path.
	 *
	 * @param where the file or folder the message already names
	 */
	static String reason(Exception e, java.nio.file.Path where) {
		if (e instanceof java.nio.file.FileAlreadyExistsException f) {
			return (where.toString().equals(f.getFile()) ? "a file" : f.getFile()) + " is in the way there";
		}
		if (e instanceof java.nio.file.AccessDeniedException f) {
			return "permission denied on " + f.getFile();
		}
		if (e instanceof java.nio.file.NoSuchFileException f) {
			return f.getFile() + " does not exist";
		}
		if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
			return f.getReason() + (f.getFile() != null ? " (" + f.getFile() + ")" : "");
		}
		return e.getMessage() != null ? e.getMessage() : e.toString();
	}

	private void historyFailed(String message) {
		String before = problems.put(HISTORY_PROBLEM, message + "; live reports go on, history is not kept");
		if (before == null) {
			LOG.log(Level.WARNING, message + "; live reports go on, history is not kept");
		}
		if (!message.equals(before)) {
			problemsChanged();
		}
	}

	private void problemsChanged() {
		Map<String, String> now = Map.copyOf(problems);
		for (AgentListener l : listeners) {
			try {
				l.problemsChanged(now);
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "listener " + l + " failed on a problem change", e);
			}
		}
	}

	/** What the agent found wrong on its node, by key; empty when all is well. */
	public Map<String, String> problems() {
		return Map.copyOf(problems);
	}

	private void closeFiles() {
		synchronized (packagesLock) {
			if (packages != null) {
				packages.close(); // installed packages go on running
				packages = null;
			}
		}
		if (tasks != null) {
			tasks.close(); // the tasks go on running: the next agent re-adopts them
			tasks = null;
		}
		if (history != null) {
			try {
				history.close();
			} catch (IOException e) {
				LOG.log(Level.WARNING, "closing the metrics history failed", e);
			}
			history = null;
		}
		if (journal != null) {
			try {
				journal.close();
			} catch (IOException e) {
				LOG.log(Level.WARNING, "closing the journal failed", e);
			}
		}
	}

	private Inventory collectInventory() {
		return collector.collect(journal.identity(), config.labels(), config.probes(), config.probeTimeout(),
				journal.entries(), clock.instant());
	}

	private void tick() {
		// Never let anything escape, not even an Error (an OutOfMemoryError, say): a periodic task that throws is
		// never run again, and the node would fall silent for good.
		try {
			MetricsSample sample = sampler.sample();
			latest = sample;
			List<TaskUsage> usage = sampleTasks();
			// Report first: a disk that fails must not make a healthy node look dead.
			for (AgentListener l : listeners) {
				try {
					l.sampled(sample, usage);
				} catch (RuntimeException e) {
					LOG.log(Level.WARNING, "listener " + l + " failed on a sample", e);
				}
			}
			recordHistory(sample);
			samplesSinceStatus++;
			long now = sample.timestampMillis();
			if (lastStatusMillis == Long.MIN_VALUE) {
				lastStatusMillis = now;
			} else if (now - lastStatusMillis >= STATUS_EVERY_MILLIS) {
				LOG.log(Level.INFO, String.format(
						"%d samples; host cpu %.0f%%, load %.2f, memory %d/%d MiB; node cpu %.2f%% of allotment, "
								+ "rss %d MiB; %d failures",
						samplesSinceStatus, sample.hostCpu() * 100, sample.load1(), sample.memoryUsedBytes() >> 20,
						sample.memoryTotalBytes() >> 20, sample.nodeCpuShare() * 100, sample.nodeMemoryBytes() >> 20,
						failures));
				lastStatusMillis = now;
				samplesSinceStatus = 0;
			}
		} catch (Throwable e) {
			failures++;
			if (failures == 1 || failures % 60 == 0) {
				LOG.log(Level.WARNING, "sampling failed (" + failures + " times so far)", e);
			}
		}
	}

	private List<TaskUsage> sampleTasks() {
		TaskRuntime t = tasks;
		if (t == null) {
			return List.of();
		}
		try {
			return t.sample();
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "measuring the tasks failed", e);
			return List.of();
		}
	}

	private void recordHistory(MetricsSample sample) {
		MetricsHistory h = history;
		if (h == null) {
			if (clock.millis() >= historyRetryAtMillis) {
				openHistory();
			}
			return;
		}
		try {
			h.record(sample);
			if (problems.remove(HISTORY_PROBLEM) != null) {
				LOG.log(Level.INFO, "metrics history written again");
				problemsChanged();
			}
		} catch (IOException | RuntimeException e) {
			historyFailed("cannot write the metrics history in " + config.dataDir().resolve("history") + ": "
					+ reason(e, config.dataDir().resolve("history")));
		}
	}

	/** Stops sampling, waits for a running sample to finish, and closes the files. Idempotent. */
	public synchronized void stop() {
		if (scheduler == null) {
			return;
		}
		// shutdown, not shutdownNow: interrupting a sample in the middle of a FileChannel write closes the
		// channel (ClosedByInterruptException) and can tear the record being written into the history.
		scheduler.shutdown();
		try {
			if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
				LOG.log(Level.WARNING, "the sampler did not stop within 10 s; interrupting it");
				scheduler.shutdownNow();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		scheduler = null;
		closeFiles();
		LOG.log(Level.INFO, "agent stopped");
	}

	@Override
	public void close() {
		stop();
	}

	public synchronized boolean isRunning() {
		return scheduler != null;
	}

	public void addListener(AgentListener listener) {
		listeners.add(listener);
		Inventory current = inventory;
		if (current != null) {
			listener.inventoryChanged(current);
		}
		if (!problems.isEmpty()) {
			listener.problemsChanged(Map.copyOf(problems));
		}
	}

	public void removeListener(AgentListener listener) {
		listeners.remove(listener);
	}

	public AgentConfig config() {
		return config;
	}

	public synchronized Identity identity() {
		return journal.identity();
	}

	/**
	 * The provisioning runtime (package-offer, -chunk, -apply, -remove, -status), opened on first use: an agent that
	 * is never asked to provision loads none of it.
	 */
	public PackageRuntime packages() throws IOException {
		if (!isRunning()) {
			throw new IllegalStateException("the agent is not running");
		}
		synchronized (packagesLock) {
			if (packages == null) {
				openPackages().recover();
			}
			return packages;
		}
	}

	/** The provisioning runtime if it is open (null when no package operation came yet and none is installed). */
	public PackageRuntime packagesIfOpen() {
		return packages;
	}

	private PackageRuntime openPackages() throws IOException {
		synchronized (packagesLock) {
			PackageRuntime opened = PackageRuntime.open(config.dataDir(), config.packagesMaxArchive(), config.nodeName());
			opened.addListener(() -> {
				Inventory now = inventory;
				for (AgentListener l : listeners) {
					try {
						l.inventoryChanged(now); // the endpoint adds the installed packages to the report
					} catch (RuntimeException e) {
						LOG.log(Level.WARNING, "listener " + l + " failed on a package change", e);
					}
				}
			});
			packages = opened;
			return opened;
		}
	}

	/** The tasks this agent runs; null while it is not running. */
	public TaskRuntime tasks() {
		return tasks;
	}

	/** The inventory as last collected. */
	public Inventory inventory() {
		return inventory;
	}

	/** The most recent sample, or null before the first one. */
	public MetricsSample latestSample() {
		return latest;
	}

	/**
	 * Metrics history of a time range; only while the agent runs.
	 *
	 * @throws IOException the history cannot be read, or is not kept (the message says why)
	 */
	public HistoryResult history(HistoryQuery query) throws IOException {
		MetricsHistory h;
		synchronized (this) {
			if (scheduler == null) {
				throw new IllegalStateException("the agent is not running");
			}
			h = history;
		}
		if (h == null) {
			throw new IOException(problems.getOrDefault(HISTORY_PROBLEM, "the metrics history is not open"));
		}
		return h.query(query);
	}

	/**
	 * Collects the inventory again (runs the probes) and tells the listeners when it changed: for
	 * software installed on the host by other means than this agent.
	 *
	 * @return whether anything changed
	 */
	public boolean rescanInventory() {
		Inventory updated;
		synchronized (journalLock) {
			if (!isRunning()) {
				throw new IllegalStateException("the agent is not running");
			}
			Inventory before = inventory;
			updated = collectInventory();
			inventory = updated;
			if (sameContent(before, updated)) {
				return false;
			}
		}
		for (AgentListener l : listeners) {
			l.inventoryChanged(updated);
		}
		return true;
	}

	/** Equal but for when they were collected. */
	private static boolean sameContent(Inventory a, Inventory b) {
		return a != null && a.equals(new Inventory(b.nodeId(), b.nodeName(), b.labels(), a.collectedAt(), b.hardware(),
				b.operatingSystem(), b.middleware(), b.applications()));
	}

	/** Records in the journal that this agent installed a middleware component, and refreshes the inventory. */
	public void recordInstalled(String name, String version, String location) throws IOException {
		record(Journal.INSTALLED, name, version, location);
	}

	/** Records in the journal that this agent deployed an application, and refreshes the inventory. */
	public void recordDeployed(String name, String version, String location) throws IOException {
		record(Journal.DEPLOYED, name, version, location);
	}

	private void record(String type, String name, String version, String location) throws IOException {
		Inventory updated;
		// Not the agent's own lock: the probes may take seconds, and history queries must not wait for them.
		synchronized (journalLock) {
			if (!isRunning()) {
				throw new IllegalStateException("the agent is not running");
			}
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("name", name);
			fields.put("version", version == null ? "" : version);
			fields.put("location", location == null ? "" : location);
			fields.put("at", clock.instant().toString());
			journal.append(type, fields);
			updated = collectInventory();
			inventory = updated;
		}
		for (AgentListener l : listeners) {
			l.inventoryChanged(updated);
		}
	}
}
