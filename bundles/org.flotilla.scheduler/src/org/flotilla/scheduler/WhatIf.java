package org.flotilla.scheduler;

import java.util.List;

import org.flotilla.scheduler.internal.CompiledProblem;
import org.flotilla.scheduler.internal.Explainer;
import org.flotilla.scheduler.internal.SearchState;

/**
 * The effect of moving one task to one node, for a planning board that shows it while the task is dragged.
 * Built once per placement (O(tasks)); each {@link #evaluate} then costs O(resources) when the move fits,
 * with no search and no recomputation. {@link #apply} commits a move so the next evaluations see it.
 * Not thread-safe: use it from one thread (the UI thread).
 */
public final class WhatIf {

	/** The outcome of a drag: feasible or why not, both nodes' loads after, and the objective change. */
	public record Result(boolean feasible, Explanation explanation, String fromNode, double[] fromLoadAfter,
			double[] toLoadAfter, double objectiveDelta) {
	}

	private final Problem problem;
	private final CompiledProblem cp;
	private final SearchState state;

	public WhatIf(Placement placement, Objective objective) {
		this.problem = placement.problem();
		this.cp = placement.compiled();
		this.state = new SearchState(cp, objective);
		int[] unitNode = placement.unitNodes(cp);
		for (int u = 0; u < cp.units; u++) {
			if (unitNode[u] >= 0) {
				state.place(u, unitNode[u]);
			}
		}
	}

	/** What happens if task {@code task} (with its affinity group) goes to node {@code node}. */
	public Result evaluate(int task, int node) {
		int u = cp.unitOfTask[task];
		int from = state.nodeOf[u];
		int R = cp.resources;
		double[] fromAfter = null;
		if (from >= 0 && from != node) {
			fromAfter = state.usageOf(from);
			for (int r = 0; r < R; r++) {
				fromAfter[r] -= cp.demand[u * R + r];
			}
		} else if (from == node) {
			fromAfter = state.usageOf(from);
		}
		double[] toAfter = state.usageOf(node);
		if (from != node) {
			for (int r = 0; r < R; r++) {
				toAfter[r] += cp.demand[u * R + r];
			}
		}
		double delta = from == node ? 0 : state.moveObjectiveDelta(u, node);
		String fromId = from < 0 ? null : problem.node(from).id();
		if (from == node || state.canMove(u, node)) {
			Explanation fits = new Explanation(problem.task(task).id(), problem.node(node).id(), List.of(),
					cp.needsProvisioning(u, node));
			return new Result(true, fits, fromId, fromAfter, toAfter, delta);
		}
		Explanation why = new Explainer(cp, state.nodeOf, state.usage).explain(task, node);
		return new Result(false, why, fromId, fromAfter, toAfter, delta);
	}

	public Result evaluate(String taskId, String nodeId) {
		return evaluate(problem.taskIndex(taskId), problem.nodeIndex(nodeId));
	}

	/** Commits the move of task (and its affinity group) to node; throws when it is not feasible. */
	public void apply(int task, int node) {
		int u = cp.unitOfTask[task];
		if (state.nodeOf[u] == node) {
			return;
		}
		if (!state.canMove(u, node)) {
			throw new IllegalArgumentException(evaluate(task, node).explanation().toString());
		}
		state.move(u, node);
	}

	/** The placement with every applied move. */
	public Placement placement() {
		int[] nodes = new int[problem.tasks().size()];
		for (int t = 0; t < nodes.length; t++) {
			nodes[t] = state.nodeOf[cp.unitOfTask[t]];
		}
		return new Placement(problem, nodes, 0, 0, -1, false, cp);
	}
}
