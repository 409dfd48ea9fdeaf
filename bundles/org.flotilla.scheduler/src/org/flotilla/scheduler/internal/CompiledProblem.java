package org.flotilla.scheduler.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.flotilla.scheduler.Node;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.StackRequirement;
import org.flotilla.scheduler.Task;

/**
 * The problem in the flat form the search works on. Tasks of one affinity group become one <i>unit</i>
 * (their demands summed, their constraints united), so that no move can ever split a group. Per-node and
 * per-unit vectors are flattened into {@code double[index * resources + r]} arrays.
 * <p>
 * Label, stack and state constraints do not change during a solve, so they are decided here once: a unit
 * either may go to every ready node ({@code allowedMask == null}) or carries a shared mask of allowed nodes
 * (units with the same labels and stack share one mask).
 */
public final class CompiledProblem {

	public final Problem problem;
	public final int resources;
	public final int nodes;
	public final int units;
	public final double[] capacity;
	public final double[] cost;
	public final boolean[] ready;
	public final int[] readyNodes;
	public final double[] totalCapacity;

	public final double[] demand;
	public final int[][] members;
	public final int[] unitOfTask;
	/** Node a unit must stay on, or -1. */
	public final int[] pinnedNode;
	/** Current node of each member task (-1: not running), for the move penalty. */
	public final int[][] memberCurrent;
	/** Null when the unit may go to any ready node; else the nodes it may go to. */
	public final boolean[][] allowedMask;
	public final int[][] allowedList;
	/** Null, or per node whether placing the unit there needs a stack to be provisioned first. */
	public final boolean[][] provisionMask;
	/** Anti-affinity group indices of each unit. */
	public final int[][] antiGroups;
	public final int groupCount;
	public final String[] groupNames;

	public CompiledProblem(Problem problem) {
		this.problem = problem;
		this.resources = problem.resourceCount();
		this.nodes = problem.nodes().size();
		int R = resources;
		capacity = new double[nodes * R];
		cost = new double[nodes];
		ready = new boolean[nodes];
		totalCapacity = new double[R];
		List<Integer> readyList = new ArrayList<>();
		for (int n = 0; n < nodes; n++) {
			Node node = problem.node(n);
			for (int r = 0; r < R; r++) {
				capacity[n * R + r] = node.capacity(r);
			}
			cost[n] = node.cost();
			ready[n] = node.state().acceptsWork();
			if (ready[n]) {
				readyList.add(n);
				for (int r = 0; r < R; r++) {
					totalCapacity[r] += node.capacity(r);
				}
			}
		}
		readyNodes = readyList.stream().mapToInt(Integer::intValue).toArray();

		// Units: one per affinity group, one per task without a group.
		List<Task> tasks = problem.tasks();
		unitOfTask = new int[tasks.size()];
		Map<String, Integer> groupUnit = new HashMap<>();
		List<List<Integer>> unitMembers = new ArrayList<>();
		for (int t = 0; t < tasks.size(); t++) {
			String group = tasks.get(t).affinityGroup();
			Integer u = group == null ? null : groupUnit.get(group);
			if (u == null) {
				u = unitMembers.size();
				unitMembers.add(new ArrayList<>(1));
				if (group != null) {
					groupUnit.put(group, u);
				}
			}
			unitMembers.get(u).add(t);
			unitOfTask[t] = u;
		}
		units = unitMembers.size();
		demand = new double[units * R];
		members = new int[units][];
		pinnedNode = new int[units];
		memberCurrent = new int[units][];
		allowedMask = new boolean[units][];
		allowedList = new int[units][];
		provisionMask = new boolean[units][];
		antiGroups = new int[units][];
		Map<String, Integer> groupIndex = new LinkedHashMap<>();
		Map<String, Object[]> masksBySignature = new HashMap<>();
		for (int u = 0; u < units; u++) {
			List<Integer> m = unitMembers.get(u);
			members[u] = m.stream().mapToInt(Integer::intValue).toArray();
			memberCurrent[u] = new int[members[u].length];
			pinnedNode[u] = -1;
			TreeSet<String> labels = new TreeSet<>();
			List<StackRequirement> stack = new ArrayList<>();
			TreeSet<Integer> anti = new TreeSet<>();
			for (int i = 0; i < members[u].length; i++) {
				int t = members[u][i];
				Task task = tasks.get(t);
				for (int r = 0; r < R; r++) {
					demand[u * R + r] += problem.demand(t, r);
				}
				int current = task.currentNode() == null ? -1 : problem.nodeIndex(task.currentNode());
				memberCurrent[u][i] = current;
				if (task.pinned()) {
					if (pinnedNode[u] >= 0 && pinnedNode[u] != current) {
						throw new IllegalArgumentException("affinity group " + task.affinityGroup()
								+ " has tasks pinned to different nodes");
					}
					pinnedNode[u] = current;
				}
				labels.addAll(task.requiredLabels());
				stack.addAll(task.requiredStack());
				for (String g : task.antiAffinityGroups()) {
					anti.add(groupIndex.computeIfAbsent(g, k -> groupIndex.size()));
				}
			}
			antiGroups[u] = anti.stream().mapToInt(Integer::intValue).toArray();
			if (!labels.isEmpty() || !stack.isEmpty()) {
				String signature = labels + "|" + stack;
				Object[] masks = masksBySignature.computeIfAbsent(signature, s -> buildMasks(labels, stack));
				allowedMask[u] = (boolean[]) masks[0];
				provisionMask[u] = (boolean[]) masks[1];
				allowedList[u] = (int[]) masks[2];
			}
		}
		groupCount = groupIndex.size();
		groupNames = groupIndex.keySet().toArray(new String[0]);
	}

	private Object[] buildMasks(TreeSet<String> labels, List<StackRequirement> stack) {
		boolean[] allowed = new boolean[nodes];
		boolean[] provision = new boolean[nodes];
		List<Integer> list = new ArrayList<>();
		for (int n = 0; n < nodes; n++) {
			Node node = problem.node(n);
			boolean ok = true;
			boolean needsProvisioning = false;
			for (StackRequirement req : stack) {
				if (req.isSatisfiedBy(node.installed().get(req.component()))) {
					continue;
				}
				if (req.isSatisfiedBy(node.provisionable().get(req.component()))) {
					needsProvisioning = true;
				} else {
					ok = false;
					break;
				}
			}
			// Provisioning is recorded even where the node is not allowed, so that the objective of any
			// assignment (what-if on a forbidden node included) is defined the same way as Evaluation does.
			provision[n] = ok && needsProvisioning;
			if (ok && ready[n] && node.labels().containsAll(labels)) {
				allowed[n] = true;
				list.add(n);
			}
		}
		return new Object[] { allowed, provision, list.stream().mapToInt(Integer::intValue).toArray() };
	}

	/** Whether label, stack and state constraints let unit {@code u} go to node {@code n} (capacity aside). */
	public boolean allowed(int u, int n) {
		boolean[] mask = allowedMask[u];
		return mask == null ? ready[n] : mask[n];
	}

	public boolean needsProvisioning(int u, int n) {
		boolean[] mask = provisionMask[u];
		return mask != null && mask[n];
	}

	/** Number of member tasks of {@code u} that run now and would not run on {@code n}. */
	public int movedMembers(int u, int n) {
		int moved = 0;
		for (int c : memberCurrent[u]) {
			if (c >= 0 && c != n) {
				moved++;
			}
		}
		return moved;
	}

	/** Tasks that need provisioning when unit {@code u} is on {@code n}. */
	public int provisionedMembers(int u, int n) {
		if (n < 0 || !needsProvisioning(u, n)) {
			return 0;
		}
		if (members[u].length == 1) {
			return 1;
		}
		int count = 0; // an affinity group: count the members whose own stack needs provisioning there
		for (int t : members[u]) {
			if (Evaluation.needsProvisioning(problem.task(t), problem.node(n))) {
				count++;
			}
		}
		return count;
	}

	/** Weights of the search; the guidance term only steers consolidation and is not part of the objective. */
	public static double guidanceWeight(Objective objective) {
		return objective.consolidationWeight() * 0.3;
	}
}
