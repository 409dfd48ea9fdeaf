package org.flotilla.console.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.protocol.Message;

/**
 * Carries what agents report into the pool model in batches. Connection threads {@link #offer}
 * metrics and {@link #offerInventory inventories} as they arrive; the model's thread {@link #drainInto drains} them all at once (one UI
 * update per batch, never one per message) and {@link #markSilentNodes marks} nodes whose agent
 * went quiet as unreachable.
 *
 * <p>Live state changes the model directly, not through the command stack: it is not the
 * administrator's edit, so it is neither undoable nor makes the pool dirty.
 */
public final class LiveUpdates {

	/** How often the console drains queued reports into the model: one batch per interval, never one per message. */
	public static final int BATCH_INTERVAL_MS = 250;
	/** A node whose agent (1 s heartbeats) was silent this long is unreachable: detected within 4 s. */
	public static final long SILENCE_MS = 3000;
	/** A node with an agent address whose agent never reported this long after connecting began is unreachable. */
	public static final long FIRST_REPORT_GRACE_MS = 15_000;
	/** The alert rules (O(nodes) on the model's thread) run once every this many batches. */
	public static final int ALERT_EVERY_BATCHES = 4;

	/** One heartbeat of an agent with its latest sample: fractions 0..1, rates in bytes per second. */
	public record Report(String nodeName, long time, double cpu, double memory, double diskRate, double networkRate,
			long uptimeSeconds) {
	}

	/** What one drain did: metrics reports applied, reports for unknown nodes, stacks changed by inventory reports. */
	public record Batch(int applied, int unknownNodes, int stacksChanged) {
	}

	private final ConcurrentLinkedQueue<Report> pending = new ConcurrentLinkedQueue<>();
	/** The latest inventory report per node: an older one still waiting is superseded, never applied. */
	private final ConcurrentHashMap<String, Message.InventoryReport> pendingInventories = new ConcurrentHashMap<>();
	private Pool indexed;
	private int indexedSize = -1;
	private final Map<String, Node> byName = new HashMap<>();
	private boolean reindexedThisBatch;
	/** When each node still waiting for its agent's first report was first expected to report. */
	private final Map<Node, Long> expectedSince = new java.util.WeakHashMap<>();

	/** Queues a report; any thread, never blocks. */
	public void offer(Report report) {
		pending.add(report);
	}

	/** Queues what an agent discovered on its node; any thread, never blocks. */
	public void offerInventory(Message.InventoryReport report) {
		pendingInventories.put(report.nodeName(), report);
	}

	/** Metrics reports waiting for the next drain. */
	public int pending() {
		return pending.size();
	}

	/** Nodes whose inventory report waits for the next drain. */
	public int pendingInventories() {
		return pendingInventories.size();
	}

	/**
	 * Applies every queued report to {@code pool} (model thread): the node's metric window gets the
	 * sample, its heartbeat and uptime are updated, and an unreachable node that reports is ready
	 * again. Reports for nodes the pool does not have are dropped and counted.
	 */
	public Batch drainInto(Pool pool) {
		int applied = 0;
		int unknown = 0;
		// Once per batch, not per report: listing every node is O(nodes).
		int size = pending.isEmpty() && pendingInventories.isEmpty() ? 0 : pool.getAllNodes().size();
		reindexedThisBatch = false;
		Report report;
		while ((report = pending.poll()) != null) {
			Node node = node(pool, size, report.nodeName());
			if (node == null) {
				unknown++;
				continue;
			}
			MetricWindow window = node.getMetrics();
			if (window == null) {
				window = PoolFactory.eINSTANCE.createMetricWindow();
				node.setMetrics(window);
			}
			MetricSample sample = PoolFactory.eINSTANCE.createMetricSample();
			sample.setTime(report.time());
			sample.setCpu(report.cpu());
			sample.setMemory(report.memory());
			sample.setDiskRate(report.diskRate());
			sample.setNetworkRate(report.networkRate());
			window.add(sample);
			if (report.time() > node.getLastHeartbeat()) {
				node.setLastHeartbeat(report.time());
			}
			node.setUptimeSeconds(report.uptimeSeconds());
			if (node.getState() == NodeState.UNREACHABLE) {
				node.setState(NodeState.READY);
			}
			applied++;
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
		return new Batch(applied, unknown, stacksChanged);
	}

	/**
	 * Marks ready nodes that have reported before but not within {@code timeoutMs} of {@code now}
	 * as unreachable (model thread). Nodes in maintenance, enrolling or decommissioned keep their
	 * state: the administrator set it.
	 *
	 * @return how many nodes were marked
	 */
	public int markSilentNodes(Pool pool, long now, long timeoutMs) {
		return markSilentNodes(pool, now, timeoutMs, Set.of(), 0);
	}

	/**
	 * As {@link #markSilentNodes(Pool, long, long)}, and also marks unreachable the ready nodes named
	 * in {@code expected} (those with an agent endpoint the console connects to) that have not
	 * reported once within {@code firstReportGraceMs} of first being expected: an agent that never
	 * came up, or a wrong address, must not look ready for ever.
	 */
	public int markSilentNodes(Pool pool, long now, long timeoutMs, Set<String> expected, long firstReportGraceMs) {
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
				if (now - node.getLastHeartbeat() > timeoutMs) {
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
