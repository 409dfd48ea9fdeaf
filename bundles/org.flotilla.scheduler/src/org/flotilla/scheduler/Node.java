package org.flotilla.scheduler;

import java.util.Map;
import java.util.Set;

/**
 * A server of the pool as the scheduler sees it: capacity per resource, the cost paid when it runs at least
 * one task, labels, installed stack (component to version), the stack a profile could provision on it
 * (component to version), and its state.
 */
public record Node(String id, double[] capacity, double cost, Set<String> labels, Map<String, String> installed,
		Map<String, String> provisionable, NodeState state) {

	public Node {
		capacity = capacity.clone();
		labels = Set.copyOf(labels);
		installed = Map.copyOf(installed);
		provisionable = Map.copyOf(provisionable);
	}

	@Override
	public double[] capacity() {
		return capacity.clone();
	}

	public double capacity(int resource) {
		return capacity[resource];
	}
}
