package org.flotilla.scheduler.internal;

import org.flotilla.scheduler.Node;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.StackRequirement;
import org.flotilla.scheduler.Task;

/**
 * Computes the objective of a task-to-node assignment from scratch, straight from the {@link Problem} and
 * the definition in {@link Objective}: no units, no incremental sums. The search's bookkeeping is checked
 * against it.
 */
public final class Evaluation {

	private Evaluation() {
	}

	/** Per node and resource (flattened), the summed demand of the tasks assigned there. */
	public static double[] loads(Problem problem, int[] nodeOfTask) {
		int R = problem.resourceCount();
		double[] load = new double[problem.nodes().size() * R];
		for (int t = 0; t < nodeOfTask.length; t++) {
			int n = nodeOfTask[t];
			if (n >= 0) {
				for (int r = 0; r < R; r++) {
					load[n * R + r] += problem.demand(t, r);
				}
			}
		}
		return load;
	}

	public static double objective(Problem problem, int[] nodeOfTask, Objective objective) {
		int R = problem.resourceCount();
		int N = problem.nodes().size();
		double[] load = loads(problem, nodeOfTask);
		boolean[] used = new boolean[N];
		double moved = 0;
		double provisioned = 0;
		for (int t = 0; t < nodeOfTask.length; t++) {
			int n = nodeOfTask[t];
			if (n < 0) {
				continue;
			}
			used[n] = true;
			Task task = problem.task(t);
			if (task.currentNode() != null && !task.currentNode().equals(problem.node(n).id())) {
				moved++;
			}
			if (needsProvisioning(task, problem.node(n))) {
				provisioned++;
			}
		}
		double[] totalCapacity = new double[R];
		for (Node node : problem.nodes()) {
			if (node.state().acceptsWork()) {
				for (int r = 0; r < R; r++) {
					totalCapacity[r] += node.capacity(r);
				}
			}
		}
		double cost = 0;
		double spread = 0;
		for (int n = 0; n < N; n++) {
			if (!used[n]) {
				continue;
			}
			Node node = problem.node(n);
			cost += node.cost();
			for (int r = 0; r < R; r++) {
				if (node.capacity(r) > 0) {
					double u = load[n * R + r];
					spread += u * (u / node.capacity(r)) / totalCapacity[r];
				}
			}
		}
		return objective.consolidationWeight() * cost + objective.spreadWeight() * spread
				+ objective.movePenalty() * moved + objective.provisioningPenalty() * provisioned;
	}

	/**
	 * Whether the task's stack is complete on this node only after a profile provisions part of it: every
	 * requirement is met by what is installed or provisionable, and at least one only by provisioning.
	 */
	public static boolean needsProvisioning(Task task, Node node) {
		boolean provisioning = false;
		for (StackRequirement req : task.requiredStack()) {
			if (req.isSatisfiedBy(node.installed().get(req.component()))) {
				continue;
			}
			if (!req.isSatisfiedBy(node.provisionable().get(req.component()))) {
				return false;
			}
			provisioning = true;
		}
		return provisioning;
	}
}
