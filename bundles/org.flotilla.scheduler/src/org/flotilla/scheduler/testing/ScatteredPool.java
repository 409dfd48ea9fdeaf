package org.flotilla.scheduler.testing;

import org.flotilla.scheduler.NodeState;
import org.flotilla.scheduler.Problem;

/**
 * The scattered pool of the Planning Board benchmark as an engine problem, one definition for the tests and the
 * benchmarks that rebalance it ({@code RebalanceAtScaleTest}, {@code releng/run-rebalance-benchmark --pool scattered}):
 * on average {@link #tasksPerNode} tasks a node (twice that less one on nodes 0, 10, 20..., one on the lone-task nodes
 * 9, 19, 29...), every node costing 1 with 64 cores, 256 GiB and 512 task slots, every other node labelled ssd, which
 * its first task then requires; tasks of 1-3 cores, 1-4 GiB and one slot, each running where it was generated. There
 * is no randomness: the same settings give the same problem, node for node and task for task.
 * <p>
 * Exported for tests and benchmarks (a generated pool is no part of the engine's API): the console does not use it.
 */
public final class ScatteredPool {

	private final int nodes;
	private int tasksPerNode = 10;
	private boolean consoleResources;
	private boolean plannerConstraints;

	private ScatteredPool(int nodes) {
		this.nodes = nodes;
	}

	/** A pool of {@code nodes} nodes, ten tasks a node on average, resources cpu, memory and tasks, no constraints. */
	public static ScatteredPool of(int nodes) {
		if (nodes < 1) {
			throw new IllegalArgumentException("a scattered pool has at least one node, not " + nodes);
		}
		return new ScatteredPool(nodes);
	}

	/** Tasks a node on average (at least 1). */
	public ScatteredPool tasksPerNode(int tasksPerNode) {
		if (tasksPerNode < 1) {
			throw new IllegalArgumentException("at least one task a node, not " + tasksPerNode);
		}
		this.tasksPerNode = tasksPerNode;
		return this;
	}

	/**
	 * The resources the console's planning problem has ({@code PoolProblems.forPlanning}): cpu, memory, disk, network
	 * and tasks, disk and network with no capacity and no demand (the board benchmark's pool states neither).
	 */
	public ScatteredPool withConsoleResources() {
		consoleResources = true;
		return this;
	}

	/**
	 * The constraints a planner's pool has: every 50th node in maintenance (node 25, 75...: its tasks stay, nothing
	 * may come), the lone task of every 40th lone-task node pinned (nodes 399, 799...), and the lone task of every
	 * other lone-task node (19, 39...) anti-affine with the first task of every 20th node (0, 20...): group "apart".
	 */
	public ScatteredPool withPlannerConstraints() {
		plannerConstraints = true;
		return this;
	}

	public Problem build() {
		Problem.Builder b = consoleResources ? Problem.builder("cpu", "memory", "disk", "network", "tasks").predictor(null)
				: Problem.builder("cpu", "memory", "tasks").predictor(null);
		for (int i = 0; i < nodes; i++) {
			Problem.NodeBuilder nb = b.node("n" + i).cost(1)
					.capacity(consoleResources ? new double[] { 64, 262_144, 0, 0, 512 } : new double[] { 64, 262_144, 512 });
			if (i % 2 == 0) {
				nb.labels("ssd");
			}
			if (plannerConstraints && i % 50 == 25) {
				nb.state(NodeState.MAINTENANCE);
			}
			nb.add();
		}
		for (int i = 0; i < nodes; i++) {
			boolean loneTask = i % 10 == 9;
			int here = loneTask ? 1 : i % 10 == 0 ? 2 * tasksPerNode - 1 : tasksPerNode;
			for (int t = 0; t < here; t++) {
				double cores = 1 + t % 3;
				double memory = 1024 * (1 + t % 4);
				Problem.TaskBuilder tb = b.task("n" + i + "-t" + t)
						.demand(consoleResources ? new double[] { cores, memory, 0, 0, 1 } : new double[] { cores, memory, 1 });
				if (t == 0 && i % 2 == 0) {
					tb.requireLabels("ssd");
				}
				if (plannerConstraints && loneTask && i % 400 == 399) {
					tb.pinnedTo("n" + i);
				} else {
					tb.currentNode("n" + i);
				}
				if (plannerConstraints && (loneTask && i % 20 == 19 || t == 0 && i % 20 == 0)) {
					tb.antiAffinityGroups("apart");
				}
				tb.add();
			}
		}
		return b.build();
	}
}
