package org.flotilla.scheduler.testing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flotilla.scheduler.Move;
import org.flotilla.scheduler.Node;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Task;

/**
 * Checks a list of moves from the problem's definition alone, not with the engine's bookkeeping, so that tests and
 * benchmarks can hold the rebalancer to it. Exported for tests and benchmarks, as {@link ScatteredPool}.
 */
public final class MoveCheck {

	private MoveCheck() {
	}

	/**
	 * Applies the moves to {@code nodeOf} (a node index per task, -1: not running) in order, failing with an
	 * {@link AssertionError} on the first that is not feasible where the moves before it left the pool: its tasks must
	 * be on its source and not pinned, and its target must accept work, carry their labels, have room for them and
	 * hold none of their anti-affinity groups.
	 */
	public static void applyInOrder(Problem p, int[] nodeOf, List<Move> moves) {
		int R = p.resourceCount();
		double[][] load = new double[p.nodes().size()][R];
		Map<Integer, Set<String>> groupsOn = new HashMap<>();
		for (int t = 0; t < nodeOf.length; t++) {
			if (nodeOf[t] >= 0) {
				for (int r = 0; r < R; r++) {
					load[nodeOf[t]][r] += p.demand(t, r);
				}
				groupsOn.computeIfAbsent(nodeOf[t], k -> new HashSet<>()).addAll(p.task(t).antiAffinityGroups());
			}
		}
		int step = 0;
		for (Move move : moves) {
			step++;
			int from = p.nodeIndex(move.fromNode());
			int to = p.nodeIndex(move.toNode());
			Node target = p.node(to);
			check(target.state().acceptsWork(), step, move, "its target takes no work (" + target.state() + ")");
			boolean groupsMoved = false;
			for (String id : move.taskIds()) {
				int t = p.taskIndex(id);
				Task task = p.task(t);
				check(nodeOf[t] == from, step, move, id + " is not on " + move.fromNode());
				check(!task.pinned(), step, move, id + " is pinned");
				check(target.labels().containsAll(task.requiredLabels()), step, move,
						move.toNode() + " lacks a label " + id + " requires: " + task.requiredLabels());
				for (String g : task.antiAffinityGroups()) {
					check(!groupsOn.getOrDefault(to, Set.of()).contains(g), step, move, move.toNode() + " holds anti-affinity group " + g);
				}
				groupsMoved |= !task.antiAffinityGroups().isEmpty();
			}
			for (String id : move.taskIds()) {
				int t = p.taskIndex(id);
				nodeOf[t] = to;
				for (int r = 0; r < R; r++) {
					load[from][r] -= p.demand(t, r);
					load[to][r] += p.demand(t, r);
				}
			}
			if (groupsMoved) { // only then did the groups on the two nodes change
				groupsOn.put(from, groupsOf(p, nodeOf, from));
				groupsOn.put(to, groupsOf(p, nodeOf, to));
			}
			for (int r = 0; r < R; r++) {
				check(load[to][r] <= target.capacity(r) + 1e-9, step, move, "it overloads " + move.toNode() + " in " + p.resources().get(r));
			}
		}
	}

	/** How many nodes run at least one task. */
	public static int nodesInUse(int[] nodeOf) {
		Set<Integer> used = new HashSet<>();
		for (int n : nodeOf) {
			if (n >= 0) {
				used.add(n);
			}
		}
		return used.size();
	}

	private static void check(boolean holds, int step, Move move, String otherwise) {
		if (!holds) {
			throw new AssertionError("move " + step + " (" + move + "): " + otherwise);
		}
	}

	private static Set<String> groupsOf(Problem p, int[] nodeOf, int node) {
		Set<String> groups = new HashSet<>();
		for (int t = 0; t < nodeOf.length; t++) {
			if (nodeOf[t] == node) {
				groups.addAll(p.task(t).antiAffinityGroups());
			}
		}
		return groups;
	}
}
