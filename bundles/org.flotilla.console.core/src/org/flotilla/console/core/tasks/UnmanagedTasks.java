package org.flotilla.console.core.tasks;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flotilla.protocol.tasks.TaskStatus;

/**
 * Tasks agents report that the pool does not have, per node, with what the agent last said: the console leaves
 * them alone and lists them. Bounded: at most {@value #PER_NODE} per node and {@value #NODES} nodes (an agent
 * cannot make the console hold more). Model thread only.
 */
final class UnmanagedTasks {

	static final int PER_NODE = 1024;
	static final int NODES = 10_000;

	private final Map<String, LinkedHashMap<String, TaskStatus>> byNode = new HashMap<>();

	void record(String nodeName, TaskStatus status) {
		LinkedHashMap<String, TaskStatus> tasks = byNode.get(nodeName);
		if (tasks == null) {
			if (byNode.size() >= NODES) {
				return;
			}
			tasks = new LinkedHashMap<>();
			byNode.put(nodeName, tasks);
		}
		if (tasks.containsKey(status.id()) || tasks.size() < PER_NODE) {
			tasks.put(status.id(), status);
		}
	}

	void forget(String nodeName, String taskName) {
		LinkedHashMap<String, TaskStatus> tasks = byNode.get(nodeName);
		if (tasks != null && tasks.remove(taskName) != null && tasks.isEmpty()) {
			byNode.remove(nodeName);
		}
	}

	List<TaskStatus> on(String nodeName) {
		LinkedHashMap<String, TaskStatus> tasks = byNode.get(nodeName);
		return tasks == null ? List.of() : List.copyOf(tasks.values());
	}

	/** A node where a task of this name (not in the pool) runs, with its status; null when none does. */
	Map.Entry<String, TaskStatus> running(String taskName) {
		for (Map.Entry<String, LinkedHashMap<String, TaskStatus>> node : byNode.entrySet()) {
			TaskStatus status = node.getValue().get(taskName);
			if (status != null && TaskSpecs.live(status.state())) {
				return Map.entry(node.getKey(), status);
			}
		}
		return null;
	}
}
