package org.flotilla.scheduler.internal;

import java.util.Arrays;

import org.flotilla.scheduler.Objective;

/**
 * An assignment of units to nodes with incrementally maintained per-node usage, so that the effect of
 * moving or swapping units costs O(resources) to evaluate and to apply, without allocating.
 * <p>
 * The score the search minimises is {@code UNPLACED_PENALTY * unplaced + objective + guidance}. The objective
 * is the sum of {@link #nodeObjective} over the nodes plus per-unit move and provisioning penalties. The
 * guidance (consolidation only) rewards full nodes a little ({@code -cost * fill^2}): it turns the plateaus
 * of "cost of used nodes" into slopes that lead towards emptying nodes, and is never reported.
 * <p>
 * Capacity is a hard constraint here: nothing is ever applied that overloads a node (pinned units aside,
 * which stay even where a planner overloaded a node).
 */
public final class SearchState {

	public static final double UNPLACED_PENALTY = 1e12;
	private static final double EPS = 1e-9;

	public final CompiledProblem cp;
	private final int R;
	private final double cw;
	private final double sw;
	private final double mp;
	private final double pp;
	private final double gw;

	public final int[] nodeOf;
	public final double[] usage;
	public final int[] unitsOnNode;
	private final int[] antiCount;
	/** The units on each node as doubly linked lists (-1 ends), so that a ruin move finds a node's units without a scan. */
	private final int[] firstOn;
	private final int[] nextOn;
	private final int[] prevOn;
	private int unplaced;
	/**
	 * The score without the unplaced penalty: kept apart so that units taken off and put back (ruin and
	 * recreate) do not add and remove 10^12 and leave rounding crumbs of that size in it.
	 */
	private double score;

	public SearchState(CompiledProblem cp, Objective objective) {
		this.cp = cp;
		this.R = cp.resources;
		this.cw = objective.consolidationWeight();
		this.sw = objective.spreadWeight();
		this.mp = objective.movePenalty();
		this.pp = objective.provisioningPenalty();
		this.gw = CompiledProblem.guidanceWeight(objective);
		nodeOf = new int[cp.units];
		Arrays.fill(nodeOf, -1);
		usage = new double[cp.nodes * R];
		unitsOnNode = new int[cp.nodes];
		antiCount = new int[cp.groupCount * cp.nodes];
		firstOn = new int[cp.nodes];
		Arrays.fill(firstOn, -1);
		nextOn = new int[cp.units];
		prevOn = new int[cp.units];
		unplaced = cp.units;
		score = 0;
	}

	/** The first unit on node n, or -1; then {@link #nextOn(int)}. */
	public int firstOn(int n) {
		return firstOn[n];
	}

	/** The unit after u on u's node, or -1. */
	public int nextOn(int u) {
		return nextOn[u];
	}

	public int unplaced() {
		return unplaced;
	}

	/** Current search score (objective + guidance + unplaced penalty), maintained incrementally. */
	public double score() {
		return UNPLACED_PENALTY * unplaced + score;
	}

	/** {@link #score()} without the unplaced penalty: for {@link #restoreBaseScore}. */
	public double baseScore() {
		return score;
	}

	/**
	 * Sets the penalty-free score back to a value read before a sequence of moves that has been undone
	 * exactly (same units on the same nodes), dropping the rounding the sequence left.
	 */
	public void restoreBaseScore(double baseScore) {
		score = baseScore;
	}

	/** Contribution of node {@code n} with the given usage and unit count to the objective. */
	private double nodeTerm(int n, double[] use, int base, double[] delta, int deltaBase, double sign, int count,
			boolean withGuidance) {
		if (count == 0) {
			return 0;
		}
		double term = cw * cp.cost[n];
		if (sw == 0 && (!withGuidance || gw == 0)) {
			return term;
		}
		double fill = 0;
		double spread = 0;
		int c = n * R;
		for (int r = 0; r < R; r++) {
			double u = use[base + r] + (delta == null ? 0 : sign * delta[deltaBase + r]);
			double cap = cp.capacity[c + r];
			if (cap > 0) {
				double util = u / cap;
				fill += util;
				spread += u * util / cp.totalCapacity[r];
			}
		}
		fill /= R;
		term += sw * spread;
		if (withGuidance) {
			term -= gw * cp.cost[n] * fill * fill;
		}
		return term;
	}

	/** Objective contribution of node n as it is now (no guidance). */
	public double nodeObjective(int n) {
		return nodeTerm(n, usage, n * R, null, 0, 0, unitsOnNode[n], false);
	}

	private double nodeScore(int n) {
		return nodeTerm(n, usage, n * R, null, 0, 0, unitsOnNode[n], true);
	}

	private double unitTerm(int u, int n) {
		if (n < 0) {
			return UNPLACED_PENALTY;
		}
		return placedUnitTerm(u, n);
	}

	/** {@link #unitTerm} without the unplaced penalty (0 for an unplaced unit). */
	private double placedUnitTerm(int u, int n) {
		if (n < 0) {
			return 0;
		}
		double t = 0;
		if (mp != 0) {
			t += mp * cp.movedMembers(u, n);
		}
		if (pp != 0) {
			t += pp * cp.provisionedMembers(u, n);
		}
		return t;
	}

	/** Whether unit u would fit on node n (n != its node): allowed, capacity and anti-affinity. */
	public boolean canMove(int u, int n) {
		if (cp.pinnedNode[u] >= 0 || !cp.allowed(u, n) || nodeOf[u] == n) {
			return false;
		}
		int c = n * R;
		int d = u * R;
		for (int r = 0; r < R; r++) {
			if (usage[c + r] + cp.demand[d + r] > cp.capacity[c + r] + EPS) {
				return false;
			}
		}
		for (int g : cp.antiGroups[u]) {
			if (antiCount[g * cp.nodes + n] > 0) {
				return false;
			}
		}
		return true;
	}

	/** Score change of moving u to n (n may be -1: unplace). Does not check feasibility. */
	public double moveDelta(int u, int n) {
		int from = nodeOf[u];
		return unitTerm(u, n) - unitTerm(u, from) + nodeDelta(u, from, n);
	}

	/** The node terms' part of {@link #moveDelta}. */
	private double nodeDelta(int u, int from, int n) {
		double delta = 0;
		if (from >= 0) {
			delta += nodeTerm(from, usage, from * R, cp.demand, u * R, -1, unitsOnNode[from] - 1, true) - nodeScore(from);
		}
		if (n >= 0) {
			delta += nodeTerm(n, usage, n * R, cp.demand, u * R, +1, unitsOnNode[n] + 1, true) - nodeScore(n);
		}
		return delta;
	}

	/** Objective change (no guidance, no unplaced penalty) of moving u to n. */
	public double moveObjectiveDelta(int u, int n) {
		int from = nodeOf[u];
		double delta = (n < 0 ? 0 : unitTerm(u, n)) - (from < 0 ? 0 : unitTerm(u, from));
		if (from >= 0) {
			delta += nodeTerm(from, usage, from * R, cp.demand, u * R, -1, unitsOnNode[from] - 1, false) - nodeObjective(from);
		}
		if (n >= 0) {
			delta += nodeTerm(n, usage, n * R, cp.demand, u * R, +1, unitsOnNode[n] + 1, false) - nodeObjective(n);
		}
		return delta;
	}

	/** Moves u to n (-1: unplace), keeping usage, counts and score up to date. */
	public void move(int u, int n) {
		int from = nodeOf[u];
		score += placedUnitTerm(u, n) - placedUnitTerm(u, from) + nodeDelta(u, from, n);
		if (from >= 0) {
			detach(u, from);
		} else {
			unplaced--;
		}
		if (n >= 0) {
			attach(u, n);
		} else {
			unplaced++;
		}
		nodeOf[u] = n;
	}

	/** Places u on n without any check (pinned units, or a given placement). */
	public void place(int u, int n) {
		move(u, n);
	}

	private void attach(int u, int n) {
		int c = n * R;
		int d = u * R;
		for (int r = 0; r < R; r++) {
			usage[c + r] += cp.demand[d + r];
		}
		unitsOnNode[n]++;
		int head = firstOn[n];
		nextOn[u] = head;
		prevOn[u] = -1;
		if (head >= 0) {
			prevOn[head] = u;
		}
		firstOn[n] = u;
		for (int g : cp.antiGroups[u]) {
			antiCount[g * cp.nodes + n]++;
		}
	}

	private void detach(int u, int n) {
		int c = n * R;
		int d = u * R;
		for (int r = 0; r < R; r++) {
			usage[c + r] -= cp.demand[d + r];
		}
		if (--unitsOnNode[n] == 0) {
			// An empty node has exactly zero usage: do not let rounding leave crumbs behind.
			Arrays.fill(usage, c, c + R, 0);
		}
		int next = nextOn[u];
		int prev = prevOn[u];
		if (prev >= 0) {
			nextOn[prev] = next;
		} else {
			firstOn[n] = next;
		}
		if (next >= 0) {
			prevOn[next] = prev;
		}
		for (int g : cp.antiGroups[u]) {
			antiCount[g * cp.nodes + n]--;
		}
	}

	/** Whether units a and b (on different nodes, both placed and movable) can exchange nodes. */
	public boolean canSwap(int a, int b) {
		int na = nodeOf[a];
		int nb = nodeOf[b];
		if (na < 0 || nb < 0 || na == nb || cp.pinnedNode[a] >= 0 || cp.pinnedNode[b] >= 0 || !cp.allowed(a, nb)
				|| !cp.allowed(b, na)) {
			return false;
		}
		int ca = na * R;
		int cb = nb * R;
		int da = a * R;
		int db = b * R;
		for (int r = 0; r < R; r++) {
			double diff = cp.demand[da + r] - cp.demand[db + r];
			if (usage[cb + r] + diff > cp.capacity[cb + r] + EPS || usage[ca + r] - diff > cp.capacity[ca + r] + EPS) {
				return false;
			}
		}
		return antiFree(a, nb, b) && antiFree(b, na, a);
	}

	/** Whether u can join node n once {@code leaving} has left it, as far as anti-affinity goes. */
	private boolean antiFree(int u, int n, int leaving) {
		for (int g : cp.antiGroups[u]) {
			int count = antiCount[g * cp.nodes + n];
			for (int h : cp.antiGroups[leaving]) {
				if (h == g) {
					count--;
				}
			}
			if (count > 0) {
				return false;
			}
		}
		return true;
	}

	/** Score change of swapping a and b. Does not check feasibility. */
	public double swapDelta(int a, int b) {
		int na = nodeOf[a];
		int nb = nodeOf[b];
		double delta = unitTerm(a, nb) + unitTerm(b, na) - unitTerm(a, na) - unitTerm(b, nb);
		delta += swapNodeTerm(na, b, a, true) - nodeScore(na);
		delta += swapNodeTerm(nb, a, b, true) - nodeScore(nb);
		return delta;
	}

	/** Objective change (no guidance) of swapping a and b. */
	public double swapObjectiveDelta(int a, int b) {
		int na = nodeOf[a];
		int nb = nodeOf[b];
		double delta = unitTerm(a, nb) + unitTerm(b, na) - unitTerm(a, na) - unitTerm(b, nb);
		delta += swapNodeTerm(na, b, a, false) - nodeObjective(na);
		delta += swapNodeTerm(nb, a, b, false) - nodeObjective(nb);
		return delta;
	}

	/** Score of node n after {@code leaving} leaves and {@code arriving} arrives. */
	private double swapNodeTerm(int n, int arriving, int leaving, boolean withGuidance) {
		if (sw == 0 && (gw == 0 || !withGuidance)) {
			return withGuidance ? nodeScore(n) : nodeObjective(n);
		}
		double term = cw * cp.cost[n];
		double fill = 0;
		double spread = 0;
		int c = n * R;
		for (int r = 0; r < R; r++) {
			double u = usage[c + r] + cp.demand[arriving * R + r] - cp.demand[leaving * R + r];
			double cap = cp.capacity[c + r];
			if (cap > 0) {
				double util = u / cap;
				fill += util;
				spread += u * util / cp.totalCapacity[r];
			}
		}
		fill /= R;
		return term + sw * spread - (withGuidance ? gw * cp.cost[n] * fill * fill : 0);
	}

	public void swap(int a, int b) {
		score += swapDelta(a, b);
		int na = nodeOf[a];
		int nb = nodeOf[b];
		detach(a, na);
		detach(b, nb);
		attach(a, nb);
		attach(b, na);
		nodeOf[a] = nb;
		nodeOf[b] = na;
	}

	/** The objective of the current assignment, recomputed from scratch (no guidance, no unplaced penalty). */
	public double objective() {
		double sum = 0;
		for (int n = 0; n < cp.nodes; n++) {
			sum += nodeObjective(n);
		}
		for (int u = 0; u < cp.units; u++) {
			if (nodeOf[u] >= 0) {
				sum += unitTerm(u, nodeOf[u]);
			}
		}
		return sum;
	}

	/** Recomputes the score from scratch, dropping accumulated rounding. */
	public void refreshScore() {
		double sum = 0;
		for (int n = 0; n < cp.nodes; n++) {
			sum += nodeScore(n);
		}
		for (int u = 0; u < cp.units; u++) {
			if (nodeOf[u] >= 0) {
				sum += placedUnitTerm(u, nodeOf[u]);
			}
		}
		score = sum;
	}

	/** Usage of node n, resource r. */
	public double usage(int n, int r) {
		return usage[n * R + r];
	}

	public double[] usageOf(int n) {
		return Arrays.copyOfRange(usage, n * R, n * R + R);
	}
}
