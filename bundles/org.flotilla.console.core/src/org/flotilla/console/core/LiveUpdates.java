package org.flotilla.console.core;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.util.ECollections;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.tasks.TaskStatus;

/**
 * Carries what agents report into the pool model in batches. Connection threads {@link #offer}
 * metrics, {@link #offerInventory inventories} and {@link #offerProblems problems} as they arrive;
 * the model's thread {@link #drainInto drains} them all at once (one UI update per batch, never one
 * per message) and {@link #markSilentNodes marks} nodes whose agent went quiet as unreachable.
 *
 * <p>What waits for the model's thread is bounded: at most {@value #REPORTS_PER_NODE} metrics
 * reports per node (a node whose reports pile up, because the model's thread stalled or the agent
 * floods, loses its oldest ones, counted in {@link #droppedReports}), the latest inventory and the
 * latest problems per node, the latest status and usage of at most {@value #TASKS_PER_NODE} tasks per node
 * (handed to the {@link #setTaskControl control service}), and at most {@value #MAXIMUM_NODES} nodes.
 *
 * <p>Liveness runs on the console's clock alone: a report counts from when it was received, and a
 * node is unreachable after {@value #SILENCE_INTERVALS} of the report intervals its agent announces
 * (at least the given minimum) without one. The agent's own timestamp only tells its clock skew.
 *
 * <p>Live state changes the model directly, not through the command stack: it is not the
 * administrator's edit, so it is neither undoable nor makes the pool dirty.
 */
public final class LiveUpdates {

	/** How often the console drains queued reports into the model: one batch per interval, never one per message. */
	public static final int BATCH_INTERVAL_MS = 250;
	/** The shortest silence after which a node is unreachable (agents reporting every second: 3 s). */
	public static final long SILENCE_MS = 3000;
	/** Report intervals of silence after which a node is unreachable. */
	public static final int SILENCE_INTERVALS = 3;
	/** A node with an agent address whose agent never reported this long after connecting began is unreachable. */
	public static final long FIRST_REPORT_GRACE_MS = 15_000;
	/** The alert rules (O(nodes) on the model's thread) run once every this many batches. */
	public static final int ALERT_EVERY_BATCHES = 4;
	/** Metrics reports kept per node until the next drain; older ones are dropped first. */
	public static final int REPORTS_PER_NODE = 32;
	/**
	 * Tasks per node whose latest status and usage may wait for the next drain (an agent runs a few hundred at
	 * most); reports about further tasks of that node are dropped and counted.
	 */
	public static final int TASKS_PER_NODE = 1024;
	/** Nodes that may have reports waiting; beyond, reports of further nodes are dropped. */
	public static final int MAXIMUM_NODES = 200_000;
	/** A skew that moved less than this is not worth a model change (and a repaint). */
	static final long SKEW_RESOLUTION_MS = 100;

	/**
	 * One report of an agent with its latest sample: fractions 0..1, rates in bytes per second.
	 *
	 * @param receivedAt           when the console received it (its own clock): what liveness uses
	 * @param agentTime            when the agent sampled it (the agent's clock): only for the skew
	 * @param reportIntervalMillis how often the agent says it reports; 0 when it does not say
	 */
	public record Report(String nodeName, long receivedAt, long agentTime, double cpu, double memory, double diskRate,
			double networkRate, long uptimeSeconds, long reportIntervalMillis) {

		/** A report received at the time it was sampled (one clock), with no announced interval. */
		public Report(String nodeName, long time, double cpu, double memory, double diskRate, double networkRate,
				long uptimeSeconds) {
			this(nodeName, time, time, cpu, memory, diskRate, networkRate, uptimeSeconds, 0);
		}
	}

	/** What one drain did: metrics reports applied, reports for unknown nodes, stacks changed by inventory reports. */
	public record Batch(int applied, int unknownNodes, int stacksChanged) {
	}

	/** The reports of one node waiting for the next drain. */
	private static final class Inbox {
		final ArrayDeque<Report> reports = new ArrayDeque<>(4);
		/** Whether it is in {@link LiveUpdates#ready}. */
		boolean queued;
	}

	private final ConcurrentHashMap<String, Inbox> inboxes = new ConcurrentHashMap<>();
	/** Inboxes with reports, each once, in the order they first got one. */
	private final ConcurrentLinkedQueue<Inbox> ready = new ConcurrentLinkedQueue<>();
	private final AtomicInteger pending = new AtomicInteger();
	private final AtomicLong dropped = new AtomicLong();
	/** The latest inventory report per node: an older one still waiting is superseded, never applied. */
	private final ConcurrentHashMap<String, Message.InventoryReport> pendingInventories = new ConcurrentHashMap<>();
	/** The latest problems per node, likewise. */
	private final ConcurrentHashMap<String, List<String>> pendingProblems = new ConcurrentHashMap<>();
	/** Per node, the latest status and usage of each of its tasks waiting for the next drain. */
	private final ConcurrentHashMap<String, TaskInbox> taskInboxes = new ConcurrentHashMap<>();
	private final AtomicLong droppedTaskReports = new AtomicLong();
	private volatile TaskControl taskControl;
	private Pool indexed;
	private int indexedSize = -1;
	private final Map<String, Node> byName = new HashMap<>();
	private boolean reindexedThisBatch;
	/** When each node still waiting for its agent's first report was first expected to report. */
	private final Map<Node, Long> expectedSince = new java.util.WeakHashMap<>();

	/** Queues a report; any thread, never blocks, never holds more than {@value #REPORTS_PER_NODE} per node. */
	public void offer(Report report) {
		Inbox inbox = inboxes.get(report.nodeName());
		if (inbox == null) {
			if (inboxes.size() >= MAXIMUM_NODES) {
				dropped.incrementAndGet();
				return;
			}
			inbox = inboxes.computeIfAbsent(report.nodeName(), name -> new Inbox());
		}
		boolean enqueue;
		synchronized (inbox) {
			if (inbox.reports.size() == REPORTS_PER_NODE) {
				inbox.reports.pollFirst();
				dropped.incrementAndGet();
			} else {
				pending.incrementAndGet();
			}
			inbox.reports.addLast(report);
			enqueue = !inbox.queued;
			inbox.queued = true;
		}
		if (enqueue) {
			ready.add(inbox);
		}
	}

	/** Queues what an agent discovered on its node; any thread, never blocks. */
	public void offerInventory(Message.InventoryReport report) {
		pendingInventories.put(report.nodeName(), report);
	}

	/** Queues what an agent reports wrong on its node (all of it: an empty list means all is well). */
	public void offerProblems(String nodeName, List<String> problems) {
		pendingProblems.put(nodeName, List.copyOf(problems));
	}

	/** A task's usage from a metrics report: cores, and bytes of memory. */
	public record TaskUsage(String taskName, long time, double cpuCores, double memoryBytes) {
	}

	/** The task reports of one node waiting for the next drain: only the latest per task matters. */
	private static final class TaskInbox {
		final LinkedHashMap<String, TaskStatus> statuses = new LinkedHashMap<>();
		final LinkedHashMap<String, TaskUsage> usages = new LinkedHashMap<>();
	}

	/**
	 * Who hears what agents say about tasks, on the model thread during {@link #drainInto} (the control
	 * service); null: nobody (task reports are then dropped at the drain).
	 */
	public void setTaskControl(TaskControl control) {
		this.taskControl = control;
	}

	/**
	 * Queues what an agent said about one of its tasks (a {@code task} event, an entry of a {@code task-status}
	 * answer); any thread, never blocks. A newer status of the same task replaces a waiting one; at most
	 * {@value #TASKS_PER_NODE} tasks per node wait.
	 */
	public void offerTaskStatus(String nodeName, TaskStatus status) {
		TaskInbox inbox = taskInbox(nodeName);
		if (inbox == null) {
			return;
		}
		synchronized (inbox) {
			if (inbox.statuses.size() >= TASKS_PER_NODE && !inbox.statuses.containsKey(status.id())) {
				droppedTaskReports.incrementAndGet();
				return;
			}
			inbox.statuses.put(status.id(), status);
		}
	}

	/** Queues a task's usage from a metrics report, like {@link #offerTaskStatus}: the latest per task. */
	public void offerTaskUsage(String nodeName, TaskUsage usage) {
		TaskInbox inbox = taskInbox(nodeName);
		if (inbox == null) {
			return;
		}
		synchronized (inbox) {
			if (inbox.usages.size() >= TASKS_PER_NODE && !inbox.usages.containsKey(usage.taskName())) {
				droppedTaskReports.incrementAndGet();
				return;
			}
			inbox.usages.put(usage.taskName(), usage);
		}
	}

	private TaskInbox taskInbox(String nodeName) {
		TaskInbox inbox = taskInboxes.get(nodeName);
		if (inbox == null) {
			if (taskInboxes.size() >= MAXIMUM_NODES) {
				droppedTaskReports.incrementAndGet();
				return null;
			}
			inbox = taskInboxes.computeIfAbsent(nodeName, name -> new TaskInbox());
		}
		return inbox;
	}

	/** Task statuses and usages waiting for the next drain. */
	public int pendingTaskReports() {
		int count = 0;
		for (TaskInbox inbox : taskInboxes.values()) {
			synchronized (inbox) {
				count += inbox.statuses.size() + inbox.usages.size();
			}
		}
		return count;
	}

	/** Task reports dropped since start because their node had {@value #TASKS_PER_NODE} other tasks waiting. */
	public long droppedTaskReports() {
		return droppedTaskReports.get();
	}

	/** Metrics reports waiting for the next drain. */
	public int pending() {
		return pending.get();
	}

	/** Metrics reports dropped since start because their node had {@value #REPORTS_PER_NODE} waiting already. */
	public long droppedReports() {
		return dropped.get();
	}

	/** Nodes whose inventory report waits for the next drain. */
	public int pendingInventories() {
		return pendingInventories.size();
	}

	/**
	 * Applies every queued report to {@code pool} (model thread): the node's metric window gets the
	 * sample, its heartbeat (when it was received), uptime, clock skew and report interval are
	 * updated, and an unreachable node that reports is ready again. Reports for nodes the pool does
	 * not have are dropped and counted.
	 */
	public Batch drainInto(Pool pool) {
		int applied = 0;
		int unknown = 0;
		// Once per batch, not per report: listing every node is O(nodes).
		int size = ready.isEmpty() && pendingInventories.isEmpty() && pendingProblems.isEmpty() ? 0
				: pool.getAllNodes().size();
		reindexedThisBatch = false;
		Inbox inbox;
		while ((inbox = ready.poll()) != null) {
			Report[] reports;
			synchronized (inbox) {
				reports = inbox.reports.toArray(Report[]::new);
				inbox.reports.clear();
				inbox.queued = false;
			}
			pending.addAndGet(-reports.length);
			if (reports.length == 0) {
				continue;
			}
			Node node = node(pool, size, reports[0].nodeName());
			if (node == null) {
				unknown += reports.length;
				inboxes.remove(reports[0].nodeName(), inbox); // names that never resolve do not accumulate
				continue;
			}
			for (Report report : reports) {
				apply(node, report);
			}
			applied += reports.length;
		}
		int stacksChanged = 0;
		for (String name : List.copyOf(pendingInventories.keySet())) {
			Message.InventoryReport inventory = pendingInventories.remove(name);
			Node node = inventory == null ? null : node(pool, size, name);
			if (node == null) {
				unknown += inventory == null ? 0 : 1;
			} else if (DiscoveredStack.apply(node, inventory)) {
				stacksChanged++;
			}
		}
		for (String name : List.copyOf(pendingProblems.keySet())) {
			List<String> problems = pendingProblems.remove(name);
			Node node = problems == null ? null : node(pool, size, name);
			if (node != null && !node.getAgentProblems().equals(problems)) {
				ECollections.setEList(node.getAgentProblems(), problems);
			}
		}
		deliverTaskReports();
		return new Batch(applied, unknown, stacksChanged);
	}

	/** Hands the waiting task reports to the control service: statuses first (they say where a task runs). */
	private void deliverTaskReports() {
		TaskControl control = taskControl;
		for (Map.Entry<String, TaskInbox> entry : taskInboxes.entrySet()) {
			TaskInbox inbox = entry.getValue();
			List<TaskStatus> statuses;
			List<TaskUsage> usages;
			synchronized (inbox) {
				if (inbox.statuses.isEmpty() && inbox.usages.isEmpty()) {
					continue;
				}
				statuses = List.copyOf(inbox.statuses.values());
				usages = List.copyOf(inbox.usages.values());
				inbox.statuses.clear();
				inbox.usages.clear();
			}
			if (control == null) {
				continue;
			}
			for (TaskStatus status : statuses) {
				control.taskReported(entry.getKey(), status);
			}
			for (TaskUsage usage : usages) {
				control.taskUsage(entry.getKey(), usage.taskName(), usage.time(), usage.cpuCores(), usage.memoryBytes());
			}
		}
	}

	private static void apply(Node node, Report report) {
		MetricWindow window = node.getMetrics();
		if (window == null) {
			window = PoolFactory.eINSTANCE.createMetricWindow();
			node.setMetrics(window);
		}
		MetricSample sample = PoolFactory.eINSTANCE.createMetricSample();
		// On the console's clock, like every other node's: charts line nodes up whatever their clocks say.
		sample.setTime(report.receivedAt());
		sample.setCpu(report.cpu());
		sample.setMemory(report.memory());
		sample.setDiskRate(report.diskRate());
		sample.setNetworkRate(report.networkRate());
		window.add(sample);
		if (report.receivedAt() > node.getLastHeartbeat()) {
			node.setLastHeartbeat(report.receivedAt());
		}
		node.setUptimeSeconds(report.uptimeSeconds());
		long skew = saturatedDifference(report.agentTime(), report.receivedAt());
		if (Math.abs(saturatedDifference(skew, node.getClockSkewMillis())) >= SKEW_RESOLUTION_MS
				|| (skew == 0) != (node.getClockSkewMillis() == 0)) {
			node.setClockSkewMillis(skew);
		}
		if (report.reportIntervalMillis() > 0 && report.reportIntervalMillis() != node.getReportIntervalMillis()) {
			node.setReportIntervalMillis(report.reportIntervalMillis());
		}
		if (node.getState() == NodeState.UNREACHABLE) {
			node.setState(NodeState.READY);
		}
	}

	/** {@code a - b}, clamped to the long range: an agent may send any timestamp at all. */
	private static long saturatedDifference(long a, long b) {
		long difference = a - b;
		// Overflow only when the operands' signs differ and the result's sign differs from a's.
		if (((a ^ b) & (a ^ difference)) < 0) {
			return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
		}
		return difference;
	}

	/**
	 * How long {@code node} may be silent before it is unreachable: {@value #SILENCE_INTERVALS} of
	 * its agent's report intervals, and at least {@code minimumMs}.
	 */
	public static long silenceWindow(Node node, long minimumMs) {
		long interval = node.getReportIntervalMillis();
		return interval > 0 && interval <= Long.MAX_VALUE / SILENCE_INTERVALS
				? Math.max(minimumMs, interval * SILENCE_INTERVALS) : minimumMs;
	}

	/**
	 * Marks ready nodes that have reported before but not within their silence window (see
	 * {@link #silenceWindow}, at least {@code minimumSilenceMs}) of {@code now} as unreachable
	 * (model thread). Nodes in maintenance, enrolling or decommissioned keep their state: the
	 * administrator set it.
	 *
	 * @return how many nodes were marked
	 */
	public int markSilentNodes(Pool pool, long now, long minimumSilenceMs) {
		return markSilentNodes(pool, now, minimumSilenceMs, Set.of(), 0);
	}

	/**
	 * As {@link #markSilentNodes(Pool, long, long)}, and also marks unreachable the ready nodes named
	 * in {@code expected} (those with an agent endpoint the console connects to) that have not
	 * reported once within {@code firstReportGraceMs} of first being expected: an agent that never
	 * came up, or a wrong address, must not look ready for ever.
	 */
	public int markSilentNodes(Pool pool, long now, long minimumSilenceMs, Set<String> expected, long firstReportGraceMs) {
		int marked = 0;
		for (Node node : pool.getAllNodes()) {
			boolean awaited = expected.contains(node.getName());
			if (!awaited || node.getLastHeartbeat() > 0) {
				expectedSince.remove(node);
			}
			if (node.getState() != NodeState.READY) {
				continue;
			}
			if (node.getLastHeartbeat() > 0) {
				if (now - node.getLastHeartbeat() > silenceWindow(node, minimumSilenceMs)) {
					node.setState(NodeState.UNREACHABLE);
					marked++;
				}
			} else if (awaited && now - expectedSince.computeIfAbsent(node, n -> now) > firstReportGraceMs) {
				node.setState(NodeState.UNREACHABLE);
				marked++;
			}
		}
		return marked;
	}

	private Node node(Pool pool, int size, String name) {
		// Re-index when the pool or its size changed; a rename is caught by the check below.
		if (pool != indexed || size != indexedSize) {
			reindex(pool, size);
		}
		Node node = byName.get(name);
		if (node == null || node.eResource() == null || !name.equals(node.getName())) {
			// Unknown, removed or renamed since the index was built: look once more, at most once per batch.
			if (!reindexedThisBatch) {
				reindex(pool, size);
				reindexedThisBatch = true;
				node = byName.get(name);
			} else if (node != null && !name.equals(node.getName())) {
				node = null;
			}
		}
		return node;
	}

	private void reindex(Pool pool, int size) {
		byName.clear();
		for (Node node : pool.getAllNodes()) {
			byName.putIfAbsent(node.getName(), node);
		}
		indexed = pool;
		indexedSize = size;
	}
}
