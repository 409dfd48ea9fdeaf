package org.flotilla.scheduler.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.flotilla.scheduler.ConstraintKind;
import org.flotilla.scheduler.Explanation;
import org.flotilla.scheduler.Node;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.StackRequirement;
import org.flotilla.scheduler.Task;
import org.flotilla.scheduler.Violation;

/**
 * Says why a task cannot go to a node given the load of an assignment: every hard constraint is checked
 * separately (not stopping at the first) so the answer names all of them, with amounts. A task moves with
 * its affinity group, so capacity is checked for the whole group's demand.
 */
public final class Explainer {

	private static final double EPS = 1e-9;

	private final CompiledProblem cp;
	private final Problem problem;
	private final int[] unitNode;
	/** Load per node and resource (flattened). */
	private final double[] load;
	private final java.util.Map<Integer, int[]> groupCounts = new java.util.HashMap<>();

	public Explainer(CompiledProblem cp, int[] unitNode, double[] load) {
		this.cp = cp;
		this.problem = cp.problem;
		this.unitNode = unitNode;
		this.load = load;
	}

	public Explanation explain(int task, int node) {
		int R = cp.resources;
		int u = cp.unitOfTask[task];
		Task t = problem.task(task);
		Node n = problem.node(node);
		List<Violation> violations = new ArrayList<>();
		if (!n.state().acceptsWork()) {
			violations.add(new Violation(ConstraintKind.NODE_STATE, n.state().name(), 1,
					"node " + n.id() + " is " + n.state().name().toLowerCase() + ", not ready"));
		}
		if (cp.pinnedNode[u] >= 0 && cp.pinnedNode[u] != node) {
			String pin = problem.node(cp.pinnedNode[u]).id();
			violations.add(new Violation(ConstraintKind.PINNED, pin, 1, t.pinned() ? "task " + t.id() + " is pinned to " + pin
					: "task " + t.id() + " must stay with its affinity group " + t.affinityGroup() + ", pinned to " + pin));
		}
		boolean provisioning = false;
		for (int m : cp.members[u]) {
			Task member = problem.task(m);
			for (String label : member.requiredLabels()) {
				if (!n.labels().contains(label)) {
					violations.add(new Violation(ConstraintKind.LABEL, label, 1,
							"task " + member.id() + " requires label " + label + ", which node " + n.id() + " lacks"));
				}
			}
			for (StackRequirement req : member.requiredStack()) {
				String have = n.installed().get(req.component());
				if (req.isSatisfiedBy(have)) {
					continue;
				}
				String could = n.provisionable().get(req.component());
				if (req.isSatisfiedBy(could)) {
					provisioning = true;
				} else {
					violations.add(new Violation(ConstraintKind.STACK, req.toString(), 1, "task " + member.id() + " needs "
							+ req + "; node " + n.id() + " has " + (have == null ? "none" : have)
							+ (could == null ? " and no profile provides it" : " and could only get " + could)));
				}
			}
		}
		boolean there = unitNode[u] == node;
		for (int r = 0; r < R; r++) {
			double others = load[node * R + r] - (there ? cp.demand[u * R + r] : 0);
			double need = cp.demand[u * R + r];
			double capacity = n.capacity(r);
			double excess = others + need - capacity;
			if (excess > EPS) {
				String resource = problem.resources().get(r);
				violations.add(new Violation(ConstraintKind.CAPACITY, resource, excess,
						resource + ": needs " + fmt(need) + (cp.members[u].length > 1 ? " (with its affinity group)" : "")
								+ ", node " + n.id() + " has " + fmt(Math.max(0, capacity - others)) + " free of "
								+ fmt(capacity) + ": short by " + fmt(excess)));
			}
		}
		for (int g : cp.antiGroups[u]) {
			int[] counts = groupCounts(g);
			int count = counts[node] - (there ? 1 : 0);
			if (count > 0) {
				String group = cp.groupNames[g];
				violations.add(new Violation(ConstraintKind.ANTI_AFFINITY, group, count, "anti-affinity group " + group
						+ ": node " + n.id() + " already runs " + count + " task(s) of it (e.g. " + example(g, node, u) + ")"));
			}
		}
		return new Explanation(t.id(), n.id(), violations, provisioning && violations.isEmpty());
	}

	/** The {@code limit} nodes where the task comes closest to fitting: fewest fixed obstacles, then smallest shortfall. */
	public List<Explanation> closestNodes(int task, int limit) {
		int R = cp.resources;
		List<Explanation> all = new ArrayList<>();
		List<double[]> keys = new ArrayList<>();
		for (int n = 0; n < cp.nodes; n++) {
			if (unitNode[cp.unitOfTask[task]] == n) {
				continue;
			}
			Explanation e = explain(task, n);
			double hard = 0;
			double shortfall = 0;
			for (Violation v : e.violations()) {
				if (v.kind() == ConstraintKind.CAPACITY) {
					int r = problem.resources().indexOf(v.subject());
					shortfall += v.amount() / Math.max(EPS, cp.capacity[n * R + r]);
				} else {
					hard++;
				}
			}
			all.add(e);
			keys.add(new double[] { hard, shortfall, n });
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.<Integer>comparingDouble(i -> keys.get(i)[0]).thenComparingDouble(i -> keys.get(i)[1])
				.thenComparingDouble(i -> keys.get(i)[2]));
		List<Explanation> result = new ArrayList<>();
		for (int i = 0; i < Math.min(limit, order.size()); i++) {
			result.add(all.get(order.get(i)));
		}
		return result;
	}

	/** Per node, how many units of anti-affinity group g run there; computed once per group and explainer. */
	private int[] groupCounts(int g) {
		return groupCounts.computeIfAbsent(g, k -> {
			int[] counts = new int[cp.nodes];
			for (int v = 0; v < cp.units; v++) {
				if (unitNode[v] >= 0 && contains(cp.antiGroups[v], g)) {
					counts[unitNode[v]]++;
				}
			}
			return counts;
		});
	}

	private String example(int g, int node, int except) {
		for (int v = 0; v < cp.units; v++) {
			if (v != except && unitNode[v] == node && contains(cp.antiGroups[v], g)) {
				return problem.task(cp.members[v][0]).id();
			}
		}
		return "?";
	}

	private static boolean contains(int[] a, int x) {
		for (int v : a) {
			if (v == x) {
				return true;
			}
		}
		return false;
	}

	static String fmt(double v) {
		return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.3f", v);
	}
}

