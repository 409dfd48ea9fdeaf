package org.flotilla.console.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.flotilla.model.Alert;
import org.flotilla.model.AlertSeverity;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;

/**
 * Raises and clears threshold alerts from what the pool knows now: the nodes' states and their
 * recent metric windows. Alerts are live state: they change the model directly (not through the
 * command stack, so they are not undoable) and are never saved.
 *
 * <p>Rules: CPU above 90 % for 2 minutes (every sample of the last 2 minutes, and the window
 * covers them); memory above 95 % (latest sample); node unreachable; a problem the node's agent
 * reports about itself (a metrics history it cannot write, say). Nodes in maintenance (being drained, or
 * worked on) are muted: no alert is raised for them and their active ones are cleared. Call {@link #evaluate} on the
 * model thread after each batch of reports.
 */
public final class AlertEngine {

	/**
	 * A rule: its name (shown and used as the alert's key), severity, condition and message. A rule
	 * whose message says what is wrong (not a measurement that moves every second) keeps an active
	 * alert's message up to date with {@code updateMessage}.
	 */
	public record Rule(String name, AlertSeverity severity, Condition condition, Function<Node, String> message,
			boolean updateMessage) {

		public Rule(String name, AlertSeverity severity, Condition condition, Function<Node, String> message) {
			this(name, severity, condition, message, false);
		}
	}

	/** Whether a rule fires for a node at a time. */
	@FunctionalInterface
	public interface Condition {
		boolean firing(Node node, long now);
	}

	public static final String CPU_HIGH = "CPU high";
	public static final String MEMORY_HIGH = "Memory high";
	public static final String UNREACHABLE = "Unreachable";
	public static final String AGENT_PROBLEM = "Agent problem";

	/** How many cleared alerts are kept for the Alerts list, newest first. */
	static final int CLEARED_HISTORY = 200;

	private final List<Rule> rules;

	/** The default rules: CPU above 90 % for 2 minutes, memory above 95 %, unreachable. */
	public AlertEngine() {
		this(0.90, 120_000L, 0.95);
	}

	public AlertEngine(double cpuThreshold, long cpuDurationMs, double memoryThreshold) {
		rules = List.of(
				new Rule(CPU_HIGH, AlertSeverity.WARNING, (node, now) -> cpuAbove(node, now, cpuThreshold, cpuDurationMs),
						node -> "CPU above " + percent(cpuThreshold) + " for " + cpuDurationMs / 60_000 + " minutes ("
								+ percent(latest(node).getCpu()) + " now)"),
				new Rule(MEMORY_HIGH, AlertSeverity.CRITICAL, (node, now) -> {
					MetricSample last = latest(node);
					return last != null && last.getMemory() > memoryThreshold;
				}, node -> "Memory above " + percent(memoryThreshold) + " (" + percent(latest(node).getMemory()) + ")"),
				new Rule(UNREACHABLE, AlertSeverity.CRITICAL, (node, now) -> node.getState() == NodeState.UNREACHABLE,
						node -> "No heartbeat from " + node.getName() + (node.getAddress() == null ? "" : " at " + node.getAddress())),
				new Rule(AGENT_PROBLEM, AlertSeverity.WARNING, (node, now) -> !node.getAgentProblems().isEmpty(),
						node -> "The agent of " + node.getName() + " reports: " + String.join("; ", node.getAgentProblems()),
						true));
	}

	public List<Rule> rules() {
		return rules;
	}

	/**
	 * Brings the pool's alerts up to date for the time {@code now}.
	 *
	 * @return whether any alert was raised or cleared
	 */
	public boolean evaluate(Pool pool, long now) {
		EList<Alert> alerts = pool.getAlerts();
		Map<Key, Alert> active = new HashMap<>();
		for (Alert alert : alerts) {
			if (alert.getCleared() == 0) {
				active.put(new Key(alert.getNode(), alert.getRule()), alert);
			}
		}
		boolean changed = false;
		for (Node node : pool.getAllNodes()) {
			if (node.getState() == NodeState.DECOMMISSIONED || node.getState() == NodeState.MAINTENANCE) {
				continue; // a node in maintenance is muted: its active alerts end below, none is raised
			}
			for (Rule rule : rules) {
				Alert current = active.remove(new Key(node, rule.name()));
				boolean firing = rule.condition().firing(node, now);
				if (firing && current == null) {
					Alert alert = PoolFactory.eINSTANCE.createAlert();
					alert.setRule(rule.name());
					alert.setSeverity(rule.severity());
					alert.setNode(node);
					alert.setMessage(rule.message().apply(node));
					alert.setRaised(now);
					alerts.add(0, alert);
					changed = true;
				} else if (!firing && current != null) {
					current.setCleared(now);
					changed = true;
				} else if (firing && rule.updateMessage()) {
					String message = rule.message().apply(node);
					if (!message.equals(current.getMessage())) {
						current.setMessage(message);
						changed = true;
					}
				}
			}
		}
		// Alerts of nodes that left the pool, were decommissioned or went into maintenance end too.
		for (Alert orphan : active.values()) {
			orphan.setCleared(now);
			changed = true;
		}
		if (changed) {
			trimHistory(alerts);
		}
		return changed;
	}

	/** Active alerts by node, in one pass over the alerts (for views that show every node). */
	public static Map<Node, List<Alert>> activeAlertsByNode(Pool pool) {
		Map<Node, List<Alert>> byNode = new HashMap<>();
		for (Alert alert : pool.getAlerts()) {
			if (alert.getCleared() == 0 && alert.getNode() != null) {
				byNode.computeIfAbsent(alert.getNode(), node -> new java.util.ArrayList<>()).add(alert);
			}
		}
		return byNode;
	}

	/** Active alerts of one node. */
	public static List<Alert> activeAlerts(Pool pool, Node node) {
		return pool.getAlerts().stream().filter(a -> a.getNode() == node && a.getCleared() == 0).toList();
	}

	private static void trimHistory(EList<Alert> alerts) {
		int cleared = 0;
		for (int i = 0; i < alerts.size(); i++) {
			if (alerts.get(i).getCleared() != 0 && ++cleared > CLEARED_HISTORY) {
				alerts.remove(i--);
			}
		}
	}

	private static boolean cpuAbove(Node node, long now, double threshold, long duration) {
		MetricWindow window = node.getMetrics();
		if (window == null || window.getSamples().isEmpty()) {
			return false;
		}
		List<MetricSample> samples = window.getSamples();
		long since = now - duration;
		if (samples.get(0).getTime() > since) {
			return false; // the window does not reach back far enough to say "for 2 minutes"
		}
		boolean any = false;
		for (int i = samples.size() - 1; i >= 0 && samples.get(i).getTime() >= since; i--) {
			if (samples.get(i).getCpu() <= threshold) {
				return false;
			}
			any = true;
		}
		return any;
	}

	private static MetricSample latest(Node node) {
		MetricWindow window = node.getMetrics();
		return window == null || window.getSamples().isEmpty() ? null : window.getSamples().get(window.getSamples().size() - 1);
	}

	private static String percent(double fraction) {
		return Math.round(fraction * 100) + " %";
	}

	private record Key(Node node, String rule) {
	}
}
