package org.flotilla.scheduler.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.flotilla.scheduler.Node;
import org.flotilla.scheduler.NodeState;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.StackRequirement;
import org.flotilla.scheduler.Task;

/**
 * An independent checker for the tests: recomputes every hard constraint of an assignment (node index per
 * task, -1 unplaced) straight from the problem's definition, sharing nothing with the engine.
 */
final class Checks {

	private Checks() {
	}

	/** Every broken hard constraint, as readable text; empty when the assignment is valid. */
	static List<String> violations(Problem problem, int[] nodeOf) {
		List<String> found = new ArrayList<>();
		int R = problem.resourceCount();
		double[][] load = new double[problem.nodes().size()][R];
		Map<String, Integer> affinityNode = new HashMap<>();
		Map<Integer, Set<String>> antiOnNode = new HashMap<>();
		for (int t = 0; t < nodeOf.length; t++) {
			Task task = problem.task(t);
			int n = nodeOf[t];
			if (task.pinned() && (n < 0 || !problem.node(n).id().equals(task.currentNode()))) {
				found.add("pinned " + task.id() + " moved");
			}
			if (n < 0) {
				continue;
			}
			Node node = problem.node(n);
			for (int r = 0; r < R; r++) {
				load[n][r] += problem.demand(t, r);
			}
			if (node.state() != NodeState.READY && !(task.pinned())) {
				found.add(task.id() + " on " + node.state() + " node " + node.id());
			}
			if (!node.labels().containsAll(task.requiredLabels())) {
				found.add(task.id() + " lacks labels on " + node.id());
			}
			for (StackRequirement req : task.requiredStack()) {
				if (!req.isSatisfiedBy(node.installed().get(req.component()))
						&& !req.isSatisfiedBy(node.provisionable().get(req.component()))) {
					found.add(task.id() + " lacks " + req + " on " + node.id());
				}
			}
			if (task.affinityGroup() != null) {
				Integer other = affinityNode.putIfAbsent(task.affinityGroup(), n);
				if (other != null && other != n) {
					found.add("affinity group " + task.affinityGroup() + " split");
				}
			}
			Set<String> groups = antiOnNode.computeIfAbsent(n, k -> new HashSet<>());
			for (String g : task.antiAffinityGroups()) {
				if (!groups.add(g)) {
					found.add("anti-affinity " + g + " twice on " + node.id());
				}
			}
		}
		for (int n = 0; n < load.length; n++) {
			for (int r = 0; r < R; r++) {
				if (load[n][r] > problem.node(n).capacity(r) + 1e-9) {
					found.add(problem.resources().get(r) + " over capacity on " + problem.node(n).id());
				}
			}
		}
		return found;
	}

	/**
	 * The objective of an assignment, recomputed from {@link Objective}'s documented definition without the
	 * engine's code: cost of used nodes, capacity-weighted utilisation squared (spread), moved running tasks
	 * and tasks whose stack needs provisioning.
	 */
	static double objective(Problem problem, int[] nodeOf, Objective objective) {
		int resources = problem.resourceCount();
		double[] totalCapacity = new double[resources];
		for (Node node : problem.nodes()) {
			if (node.state() == NodeState.READY) {
				for (int r = 0; r < resources; r++) {
					totalCapacity[r] += node.capacity(r);
				}
			}
		}
		Map<Integer, double[]> loadOfUsedNode = new HashMap<>();
		int moved = 0;
		int provisioned = 0;
		for (int t = 0; t < nodeOf.length; t++) {
			if (nodeOf[t] < 0) {
				continue;
			}
			Task task = problem.task(t);
			Node node = problem.node(nodeOf[t]);
			double[] load = loadOfUsedNode.computeIfAbsent(nodeOf[t], k -> new double[resources]);
			for (int r = 0; r < resources; r++) {
				load[r] += problem.demand(t, r);
			}
			if (task.currentNode() != null && !task.currentNode().equals(node.id())) {
				moved++;
			}
			boolean onlyByProvisioning = false;
			boolean possible = true;
			for (StackRequirement req : task.requiredStack()) {
				if (!req.isSatisfiedBy(node.installed().get(req.component()))) {
					onlyByProvisioning = true;
					possible &= req.isSatisfiedBy(node.provisionable().get(req.component()));
				}
			}
			if (onlyByProvisioning && possible) {
				provisioned++;
			}
		}
		double cost = 0;
		double spread = 0;
		for (Map.Entry<Integer, double[]> e : loadOfUsedNode.entrySet()) {
			Node node = problem.node(e.getKey());
			cost += node.cost();
			for (int r = 0; r < resources; r++) {
				double capacity = node.capacity(r);
				if (capacity > 0) {
					double utilisation = e.getValue()[r] / capacity;
					spread += capacity / totalCapacity[r] * utilisation * utilisation;
				}
			}
		}
		return objective.consolidationWeight() * cost + objective.spreadWeight() * spread
				+ objective.movePenalty() * moved + objective.provisioningPenalty() * provisioned;
	}

	/** Total cost of the nodes that run at least one task. */
	static double usedCost(Problem problem, int[] nodeOf) {
		Set<Integer> used = new HashSet<>();
		for (int n : nodeOf) {
			if (n >= 0) {
				used.add(n);
			}
		}
		return used.stream().mapToDouble(n -> problem.node(n).cost()).sum();
	}

	/**
	 * A random pool with every kind of constraint: node states, labels, stacks (installed and provisionable),
	 * affinity and anti-affinity groups, running and pinned tasks. Pins respect capacity so a valid
	 * placement exists for the pinned part.
	 */
	static Problem randomProblem(long seed, int nodes, int tasks) {
		SplittableRandom random = new SplittableRandom(seed);
		Problem.Builder b = Problem.builder("cpu", "memory", "disk");
		NodeState[] states = NodeState.values();
		for (int n = 0; n < nodes; n++) {
			Problem.NodeBuilder nb = b.node("n" + n).capacity(4 + random.nextInt(13), 8 + random.nextInt(57), 50 + random.nextInt(200))
					.cost(100 + random.nextInt(900));
			nb.state(random.nextInt(6) == 0 ? states[random.nextInt(states.length)] : NodeState.READY);
			if (random.nextBoolean()) {
				nb.labels("ssd");
			}
			if (random.nextInt(3) == 0) {
				nb.labels("zone=a");
			}
			nb.installed("jvm", random.nextBoolean() ? "21.0.2" : "17");
			if (random.nextBoolean()) {
				nb.provisionable("jvm", "25");
			}
			nb.add();
		}
		Problem base = b.build();
		double[] pinnedLoad = new double[nodes * 3];
		for (int t = 0; t < tasks; t++) {
			Problem.TaskBuilder tb = b.task("t" + t).demand(1 + random.nextInt(4), 1 + random.nextInt(12), random.nextInt(40));
			int kind = random.nextInt(10);
			if (kind == 0) {
				tb.requireLabels("ssd");
			} else if (kind == 1) {
				tb.requireStack("jvm", "21");
			} else if (kind == 2) {
				tb.requireStack("jvm", "25");
			} else if (kind == 3) {
				tb.antiAffinityGroups("replicas-" + random.nextInt(3));
			} else if (kind == 4) {
				tb.affinityGroup("pair-" + random.nextInt(tasks / 6 + 1));
			}
			if (random.nextInt(4) == 0) {
				int n = random.nextInt(nodes);
				if (random.nextInt(3) == 0 && kind >= 5 && base.node(n).state() == NodeState.READY) {
					double[] d = { 1 + random.nextInt(2), 1, 1 };
					boolean fits = true;
					for (int r = 0; r < 3; r++) {
						fits &= pinnedLoad[n * 3 + r] + d[r] <= base.node(n).capacity(r);
					}
					if (fits) {
						for (int r = 0; r < 3; r++) {
							pinnedLoad[n * 3 + r] += d[r];
						}
						tb.demand(d).pinnedTo("n" + n);
					} else {
						tb.currentNode("n" + n);
					}
				} else {
					tb.currentNode("n" + n);
				}
			}
			tb.add();
		}
		return b.build();
	}
}
