package org.flotilla.agent.internal.tasks;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flotilla.agent.HistoryQuery;
import org.flotilla.agent.HistoryResult;
import org.flotilla.agent.MetricsSample;
import org.flotilla.agent.internal.MetricsHistory;
import org.flotilla.agent.tasks.TaskUsage;

/**
 * Each task's usage history on disk, {@code DATA/tasks/ID/history}: the node's {@link MetricsHistory} ring files (1 s
 * for an hour, 1 min for a day, 15 min for 30 days; about 2 MB per task, taken when the task first runs), with the
 * task's figures in the sample's fields: {@code hostCpu} = cores, {@code memoryUsedBytes} = resident bytes,
 * {@code diskRead/WriteBytesPerSec} = its storage I/O. A history is open while its task runs, and is opened for a
 * query of a task that does not.
 */
public final class TaskHistories {

	private static final System.Logger LOG = System.getLogger(TaskHistories.class.getName());
	/** A history that could not be opened is tried again after this long. */
	private static final long RETRY_MILLIS = 60_000;

	private final TaskStore store;
	private final InstantSource clock;
	private final Map<String, MetricsHistory> open = new HashMap<>();
	private final Map<String, Long> failedUntil = new HashMap<>();

	public TaskHistories(TaskStore store, InstantSource clock) {
		this.store = store;
		this.clock = clock;
	}

	/** Adds one measurement of every running task (the sampler's thread). */
	public synchronized void record(List<TaskUsage> usage) {
		long now = clock.millis();
		java.util.Set<String> running = new java.util.HashSet<>();
		usage.forEach(u -> running.add(u.taskId()));
		for (String taskId : List.copyOf(open.keySet())) {
			if (!running.contains(taskId)) {
				close(taskId); // its task no longer runs
			}
		}
		for (TaskUsage u : usage) {
			MetricsHistory history = open.get(u.taskId());
			if (history == null) {
				Long until = failedUntil.get(u.taskId());
				if (until != null && now < until) {
					continue;
				}
				if (!Files.isRegularFile(store.folder(u.taskId()).resolve(TaskStore.RECORD))) {
					// Measured while it ran, forgotten since (see forget): its folder must not come back.
					continue;
				}
				try {
					history = MetricsHistory.open(store.history(u.taskId()), clock);
					open.put(u.taskId(), history);
					failedUntil.remove(u.taskId());
				} catch (IOException | RuntimeException e) {
					failedUntil.put(u.taskId(), now + RETRY_MILLIS);
					LOG.log(Level.WARNING, "cannot keep the usage history of task '" + u.taskId() + "' in "
							+ store.history(u.taskId()) + ": " + e.getMessage());
					continue;
				}
			}
			try {
				history.record(toSample(u));
			} catch (IOException | RuntimeException e) {
				LOG.log(Level.WARNING, "cannot write the usage history of task '" + u.taskId() + "': " + e.getMessage());
				close(u.taskId());
				failedUntil.put(u.taskId(), now + RETRY_MILLIS);
			}
		}
	}

	static MetricsSample toSample(TaskUsage u) {
		return new MetricsSample(u.timestampMillis(), u.cpuCores(), 0, 0, 0, u.memoryBytes(), 0,
				finite(u.ioReadBytesPerSec()), finite(u.ioWriteBytesPerSec()), 0, 0, 0, 0, 0, 0, 0);
	}

	private static double finite(double v) {
		return Double.isFinite(v) ? v : 0;
	}

	/** A task's history; empty when it never ran here. */
	public HistoryResult query(String taskId, HistoryQuery query) throws IOException {
		MetricsHistory history;
		synchronized (this) {
			history = open.get(taskId);
			if (history != null) {
				return history.query(query);
			}
		}
		if (!Files.isDirectory(store.history(taskId))) {
			return new HistoryResult(query.resolution() != null ? query.resolution() : org.flotilla.agent.Resolution.SECOND,
					List.of());
		}
		synchronized (this) {
			try (MetricsHistory closed = MetricsHistory.open(store.history(taskId), clock)) {
				return closed.query(query);
			}
		}
	}

	/** Closes a task's history (its task ended, or it is forgotten). */
	public synchronized void close(String taskId) {
		MetricsHistory history = open.remove(taskId);
		if (history != null) {
			try {
				history.close();
			} catch (IOException e) {
				LOG.log(Level.WARNING, "closing the usage history of task '" + taskId + "' failed: " + e.getMessage());
			}
		}
	}

	/**
	 * Forgets a task: closes its history and deletes its folder (everything the agent kept of it), under this lock, so
	 * that a measurement taken before cannot make its history, and so its folder, again.
	 */
	public synchronized void forget(String taskId) throws IOException {
		close(taskId);
		failedUntil.remove(taskId);
		store.delete(taskId);
	}

	public synchronized void closeAll() {
		for (String taskId : List.copyOf(open.keySet())) {
			close(taskId);
		}
	}
}
