package org.flotilla.console.core.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flotilla.scheduler.ConstraintKind;
import org.flotilla.scheduler.Explanation;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Violation;

/**
 * Why a task fits nowhere, in one line a person can act on: the engine's explanation for every node, grouped
 * by the constraint they break ("needs label ssd (none of 5 nodes has it)", "memory: needs 49152 MiB, at most
 * 32768 MiB free (node-3) on 3 nodes", "2 nodes in maintenance"). Runs off the model thread (it reads only the
 * engine's problem), O(tasks + nodes) per task.
 */
final class Unplaceable {

	private static final String[] UNITS = { "cores", "MiB", "GiB", "Mbit/s", "slots" };

	private Unplaceable() {
	}

	/** The reason task {@code taskId} of the placement's problem could not be placed. */
	static String reason(Placement placement, String taskId) {
		Problem problem = placement.problem();
		int nodes = problem.nodes().size();
		if (nodes == 0) {
			return "fits nowhere: the pool has no nodes";
		}
		/** Per kind of obstacle: how many nodes it stops, and one example (the closest for capacity). */
		Map<String, Group> groups = new LinkedHashMap<>();
		int fitting = 0;
		// One explainer for every node (explain() per node would add up the loads again for each).
		for (Explanation explanation : placement.closestNodes(taskId, nodes)) {
			if (explanation.fits()) {
				fitting++;
				continue;
			}
			for (Violation violation : explanation.violations()) {
				String key = violation.kind() + ":" + violation.subject();
				Group group = groups.computeIfAbsent(key, k -> new Group(violation));
				group.nodes++;
				if (violation.kind() == ConstraintKind.CAPACITY && violation.amount() < group.example.amount()) {
					// the node closest to holding it is the example
					group.example = violation;
					group.exampleNode = explanation.nodeId();
				} else if (group.exampleNode == null) {
					group.exampleNode = explanation.nodeId();
				}
			}
		}
		if (groups.isEmpty()) {
			return "fits nowhere as the pool is now: " + fitting + " node(s) would take it alone but not with the"
					+ " tasks that are placed or held there";
		}
		List<String> parts = new ArrayList<>();
		for (Group group : groups.values()) {
			parts.add(describe(group, nodes, problem, problem.taskIndex(taskId)));
		}
		return "fits nowhere: " + String.join("; ", parts);
	}

	private static String describe(Group group, int nodes, Problem problem, int task) {
		Violation v = group.example;
		String scope = group.nodes == nodes ? (nodes == 1 ? "the only node" : "all " + nodes + " nodes")
				: group.nodes + " of " + nodes + " nodes";
		return switch (v.kind()) {
		case LABEL -> "needs label " + v.subject() + (group.nodes == nodes
				? " (" + (nodes == 1 ? "the only node lacks it" : "none of " + nodes + " nodes has it") + ")"
				: " (" + scope + " lack it)");
		case STACK -> "needs " + v.subject() + " (" + scope + " lack it, e.g. " + group.exampleNode + ")";
		case NODE_STATE -> group.nodes + (group.nodes == 1 ? " node " : " nodes ") + v.subject().toLowerCase(Locale.ROOT)
				+ (group.nodes == 1 ? " (" + group.exampleNode + ")" : "");
		case CAPACITY -> {
			int r = problem.resources().indexOf(v.subject());
			String unit = r >= 0 && r < UNITS.length ? " " + UNITS[r] : "";
			double need = problem.demand(task, r);
			double capacity = problem.node(problem.nodeIndex(group.exampleNode)).capacity(r);
			yield v.subject() + ": needs " + number(need) + unit + ", " + (group.nodes == nodes ? "every node has" : scope + " have")
					+ " less free (most: " + number(Math.max(0, need - v.amount())) + " of " + number(capacity) + unit + " on "
					+ group.exampleNode + ")";
		}
		case ANTI_AFFINITY -> "must not share a node with its anti-affine task, which runs on " + scope;
		case AFFINITY, PINNED -> v.message() + (group.nodes > 1 ? " (" + scope + ")" : "");
		};
	}

	private static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

	private static final class Group {
		Violation example;
		String exampleNode;
		int nodes;

		Group(Violation first) {
			this.example = first;
		}
	}
}
