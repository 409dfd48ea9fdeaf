package org.flotilla.scheduler;

import java.util.List;
import java.util.Set;

/**
 * A unit of work to place. {@code requestedDemand} is what its owner asked for; when it has a usage
 * {@code history} the problem places it by its predicted demand instead (see {@link Problem#demand(int)}).
 * {@code requiredLabels}: the node must carry all of them. {@code affinityGroup}: all tasks of one group go
 * to the same node (null: none). {@code antiAffinityGroups}: no two tasks sharing a group go to the same node.
 * {@code currentNode}: where it runs now (null: not running); {@code pinned}: it must stay there.
 */
public record Task(String id, double[] requestedDemand, Set<String> requiredLabels, List<StackRequirement> requiredStack,
		String affinityGroup, Set<String> antiAffinityGroups, String currentNode, boolean pinned, UsageHistory history) {

	public Task {
		requestedDemand = requestedDemand.clone();
		requiredLabels = Set.copyOf(requiredLabels);
		requiredStack = List.copyOf(requiredStack);
		antiAffinityGroups = Set.copyOf(antiAffinityGroups);
		if (pinned && currentNode == null) {
			throw new IllegalArgumentException("task " + id + " is pinned but has no current node");
		}
	}

	@Override
	public double[] requestedDemand() {
		return requestedDemand.clone();
	}

	public double requestedDemand(int resource) {
		return requestedDemand[resource];
	}
}
