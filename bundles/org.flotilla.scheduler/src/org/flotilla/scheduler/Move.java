package org.flotilla.scheduler;

import java.util.List;

/**
 * Moving {@code taskIds} (one task, or a whole affinity group) from one node to another: the change of the
 * objective it brings (negative is better) and the loads of both nodes before and after, per resource.
 */
public record Move(List<String> taskIds, String fromNode, String toNode, double objectiveDelta, double[] fromLoadBefore,
		double[] fromLoadAfter, double[] toLoadBefore, double[] toLoadAfter) {

	public Move {
		taskIds = List.copyOf(taskIds);
	}

	@Override
	public String toString() {
		return "move " + taskIds + " " + fromNode + " -> " + toNode + " (" + objectiveDelta + ")";
	}
}
