package org.flotilla.scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.flotilla.scheduler.internal.CompiledProblem;
import org.flotilla.scheduler.internal.Evaluation;
import org.flotilla.scheduler.internal.Explainer;

/**
 * An assignment of the tasks of a {@link Problem} to its nodes, as returned by the {@link Solver} (or built
 * from where tasks run now with {@link #current(Problem)}). A task may be unplaced when it fits nowhere;
 * {@link #closestNodes} then says where it comes closest and why it does not fit there.
 * Immutable.
 */
public final class Placement {

	private final Problem problem;
	private final int[] nodeOfTask;
	private final long steps;
	private final long elapsedNanos;
	private final long firstFeasibleNanos;
	private final boolean cancelled;
	private CompiledProblem compiled;

	/** For the solver: the assignment and how the search went. */
	Placement(Problem problem, int[] nodeOfTask, long steps, long elapsedNanos, long firstFeasibleNanos, boolean cancelled,
			CompiledProblem compiled) {
		this.problem = problem;
		this.nodeOfTask = nodeOfTask.clone();
		this.steps = steps;
		this.elapsedNanos = elapsedNanos;
		this.firstFeasibleNanos = firstFeasibleNanos;
		this.cancelled = cancelled;
		this.compiled = compiled;
	}

	/** Where the tasks run now (their current node); tasks that do not run are unplaced. */
	public static Placement current(Problem problem) {
		int[] nodes = new int[problem.tasks().size()];
		for (int t = 0; t < nodes.length; t++) {
			String current = problem.task(t).currentNode();
			nodes[t] = current == null ? -1 : problem.nodeIndex(current);
		}
		return new Placement(problem, nodes, 0, 0, -1, false, null);
	}

	/** An assignment given as task id to node id; tasks left out are unplaced. */
	public static Placement of(Problem problem, Map<String, String> nodeByTask) {
		int[] nodes = new int[problem.tasks().size()];
		Arrays.fill(nodes, -1);
		nodeByTask.forEach((task, node) -> nodes[problem.taskIndex(task)] = node == null ? -1 : problem.nodeIndex(node));
		return new Placement(problem, nodes, 0, 0, -1, false, null);
	}

	public Problem problem() {
		return problem;
	}

	/** Node index of task {@code task}, or -1 when unplaced. */
	public int nodeIndexOf(int task) {
		return nodeOfTask[task];
	}

	/** Node id of the task with id {@code taskId}, or null when unplaced. */
	public String nodeOf(String taskId) {
		int n = nodeOfTask[problem.taskIndex(taskId)];
		return n < 0 ? null : problem.node(n).id();
	}

	/** Node index of every task (-1: unplaced); a copy. */
	public int[] nodeIndexes() {
		return nodeOfTask.clone();
	}

	public List<String> unplacedTasks() {
		List<String> ids = new ArrayList<>();
		for (int t = 0; t < nodeOfTask.length; t++) {
			if (nodeOfTask[t] < 0) {
				ids.add(problem.task(t).id());
			}
		}
		return Collections.unmodifiableList(ids);
	}

	/** Every task placed (the solver never places a task where a hard constraint forbids it). */
	public boolean isComplete() {
		for (int n : nodeOfTask) {
			if (n < 0) {
				return false;
			}
		}
		return true;
	}

	/** Summed placement demand on node {@code node}, per resource, recomputed from the assignment. */
	public double[] load(int node) {
		int R = problem.resourceCount();
		return Arrays.copyOfRange(Evaluation.loads(problem, nodeOfTask), node * R, node * R + R);
	}

	/** The objective value of this placement under {@code objective}, computed from scratch. */
	public double objectiveValue(Objective objective) {
		return Evaluation.objective(problem, nodeOfTask, objective);
	}

	/** Total cost of the nodes that run at least one task. */
	public double usedNodeCost() {
		return Evaluation.objective(problem, nodeOfTask, Objective.consolidate());
	}

	/** Whether task {@code task} is placed where its stack must first be provisioned by a profile. */
	public boolean needsProvisioning(int task) {
		int n = nodeOfTask[task];
		return n >= 0 && Evaluation.needsProvisioning(problem.task(task), problem.node(n));
	}

	/** Why task {@code taskId} can or cannot go to node {@code nodeId}, given the load of this placement. */
	public Explanation explain(String taskId, String nodeId) {
		return explainer().explain(problem.taskIndex(taskId), problem.nodeIndex(nodeId));
	}

	/** The nodes (other than its own) where the task comes closest to fitting, closest first, each explained. */
	public List<Explanation> closestNodes(String taskId, int limit) {
		return explainer().closestNodes(problem.taskIndex(taskId), limit);
	}

	private Explainer explainer() {
		CompiledProblem cp = compiled();
		return new Explainer(cp, unitNodes(cp), Evaluation.loads(problem, nodeOfTask));
	}

	synchronized CompiledProblem compiled() {
		if (compiled == null) {
			compiled = new CompiledProblem(problem);
		}
		return compiled;
	}

	/** Node of each unit: that of its first member (a placement that splits an affinity group is read so). */
	int[] unitNodes(CompiledProblem cp) {
		int[] unitNode = new int[cp.units];
		for (int u = 0; u < cp.units; u++) {
			unitNode[u] = nodeOfTask[cp.members[u][0]];
		}
		return unitNode;
	}

	public long steps() {
		return steps;
	}

	/** Time the solver took. */
	public Duration timeUsed() {
		return Duration.ofNanos(elapsedNanos);
	}

	/** When the solver first had every task placed; null when it never did. */
	public Duration timeToFirstFeasible() {
		return firstFeasibleNanos < 0 ? null : Duration.ofNanos(firstFeasibleNanos);
	}

	public boolean cancelled() {
		return cancelled;
	}
}
