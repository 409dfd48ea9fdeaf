package org.flotilla.scheduler;

import java.util.ArrayList;
import java.util.List;

import org.flotilla.scheduler.internal.CompiledProblem;
import org.flotilla.scheduler.internal.SearchState;

/**
 * Proposes a bounded list of moves that improve a placement, best first: each step takes the single move
 * (one task, or one affinity group) that lowers the objective most and is feasible once the moves before it
 * are done, so the list is to be applied in order. Set a {@link Objective#movePenalty()} so that a move must
 * pay for itself. Pinned tasks never move. Cost: a cheap lower bound per task at the start (O(resources) each), then
 * for each step a fresh bound for the tasks on the two nodes the move changed, a look at the two nodes for the tasks
 * that could prefer them now, and a scan of the nodes for the few tasks whose bound comes to the top (see
 * {@code BestMoves}); no step weighs every task against every node. At 10,000 nodes x 100,000 tasks a proposal of
 * 200 moves takes about half a second of one core to consolidate, one and a half to spread.
 */
public final class Rebalancer {

	private Rebalancer() {
	}

	public static List<Move> propose(Placement current, Objective objective, int maxMoves) {
		return propose(current, objective, maxMoves, java.time.Duration.ofDays(365));
	}

	/**
	 * As {@link #propose(Placement, Objective, int)}, stopping after the step that ends past {@code budget}: the moves
	 * found so far, best first (the budget is overrun by one step at most; a step costs milliseconds at 100,000 tasks).
	 * Which moves come does not depend on the budget, only how many.
	 */
	public static List<Move> propose(Placement current, Objective objective, int maxMoves, java.time.Duration budget) {
		long deadline = System.nanoTime() + Math.min(budget.toNanos(), Long.MAX_VALUE / 4);
		Problem problem = current.problem();
		CompiledProblem cp = current.compiled();
		SearchState state = stateOf(current, cp, objective);
		BestMoves best = new BestMoves(cp, state, objective);
		List<Move> moves = new ArrayList<>();
		while (moves.size() < maxMoves && (moves.isEmpty() || System.nanoTime() < deadline)) {
			int bestUnit = best.takeBest();
			if (bestUnit < 0) {
				break;
			}
			int bestNode = best.node[bestUnit];
			int from = state.nodeOf[bestUnit];
			moves.add(move(problem, cp, state, bestUnit, bestNode, best.delta[bestUnit]));
			best.moved(bestUnit, from, bestNode);
		}
		return moves;
	}

	/**
	 * The reference for {@link #propose}: every step weighs every unit against every node afresh (O(tasks x nodes) a
	 * step). The same moves in the same order, much slower; kept so that tests and {@code releng/run-rebalance-benchmark}
	 * check and measure {@link #propose} against it.
	 */
	public static List<Move> proposeByFullPasses(Placement current, Objective objective, int maxMoves) {
		Problem problem = current.problem();
		CompiledProblem cp = current.compiled();
		SearchState state = stateOf(current, cp, objective);
		List<Move> moves = new ArrayList<>();
		while (moves.size() < maxMoves) {
			int bestUnit = -1;
			int bestNode = -1;
			double bestDelta = -1e-9;
			for (int u = 0; u < cp.units; u++) {
				if (cp.pinnedNode[u] >= 0 || state.nodeOf[u] < 0) {
					continue; // placing unplaced tasks is the solver's job; a move starts somewhere
				}
				for (int n = 0; n < cp.nodes; n++) {
					if (state.canMove(u, n)) {
						double d = state.moveObjectiveDelta(u, n);
						if (d < bestDelta) {
							bestDelta = d;
							bestUnit = u;
							bestNode = n;
						}
					}
				}
			}
			if (bestUnit < 0) {
				break;
			}
			moves.add(move(problem, cp, state, bestUnit, bestNode, bestDelta));
		}
		return moves;
	}

	/** The search state of the placement as it is: every placed unit on its node. */
	private static SearchState stateOf(Placement current, CompiledProblem cp, Objective objective) {
		SearchState state = new SearchState(cp, objective);
		int[] unitNode = current.unitNodes(cp);
		for (int u = 0; u < cp.units; u++) {
			if (unitNode[u] >= 0) {
				state.place(u, unitNode[u]);
			}
		}
		return state;
	}

	/** Moves unit u to node {@code to} in {@code state}: the move, with its objective change {@code delta} and both nodes' loads. */
	private static Move move(Problem problem, CompiledProblem cp, SearchState state, int u, int to, double delta) {
		int from = state.nodeOf[u];
		double[] fromBefore = state.usageOf(from);
		double[] toBefore = state.usageOf(to);
		state.move(u, to);
		List<String> ids = new ArrayList<>();
		for (int m : cp.members[u]) {
			ids.add(problem.task(m).id());
		}
		return new Move(ids, problem.node(from).id(), problem.node(to).id(), delta, fromBefore, state.usageOf(from), toBefore,
				state.usageOf(to));
	}

	/**
	 * Every unit's best move, kept up to date from one step to the next instead of weighing every unit against every
	 * node again. A unit's entry is either exact (its best target and the objective change of moving there) or
	 * <i>stale</i>: then {@code delta} is only a lower bound of its best move's change, and the unit is weighed against
	 * every node only if that bound comes to the top of the queue. The queue is ordered by (value, unit), so the unit
	 * it returns has an exact value no other unit's bound undercuts: the best move of the full pass, ties included.
	 * <p>
	 * Bounds: a unit's move splits into what leaving its node does (exact, one evaluation) and what arriving on the
	 * target does; the latter is bounded below from the pool's least utilised non-empty node per resource, its
	 * largest capacity and its cheapest empty node ({@link Bounds}), which costs O(resources) a unit and no node
	 * scan. At the start every unit gets such a bound, so the first step no longer weighs every unit against every
	 * node: in consolidation only units whose leaving empties a node (or takes them home) have a bound below zero,
	 * and in a spread the bound is close to the true value for most units.
	 * <p>
	 * After a move from A to B only A's and B's load (and who is on them) changed, and a unit's objective change
	 * depends only on its own node and its target. So units on A or B get a fresh bound; other units are weighed
	 * against A and B only (their best elsewhere did not change), and only those that can be affected (see
	 * {@link #moved}); a unit whose best target was A or B and whose move there got worse becomes stale, its old value
	 * a lower bound. The moves are the same, in the same order, as those of the full pass at every step (ties: the
	 * lowest unit, then the lowest node): {@code WhatIfAndRebalanceTest} and {@code RebalanceAtScaleTest} compare them.
	 */
	private static final class BestMoves {
		private final CompiledProblem cp;
		private final SearchState state;
		private final Bounds bounds;
		private final double cw;
		private final double sw;
		final int[] node;
		final double[] delta;
		private final boolean[] stale;
		/** Units by (delta, unit); entries whose delta no longer matches the unit's are skipped. */
		private final java.util.PriorityQueue<long[]> queue = new java.util.PriorityQueue<>(Rebalancer::byValueThenIndex);
		/** Units on each node. */
		private final IntList[] onNode;
		/** Units whose exact best target is the node (entries may be outdated: check {@code node[u]}). */
		private final IntList[] byTarget;
		/**
		 * For each unit, what leaving its node changes (exact) plus the least move penalty of arriving anywhere, set
		 * with its bound: a move of u to n changes the objective by {@code leave[u]} plus what arriving on n costs.
		 */
		private final double[] leave;
		private final double[] margin;
		/** Per unit: the spread's weight of its demand, sum over r of demand[r] / total[r] (times the spread weight). */
		private final double[] weight;
		/**
		 * Units by how much arriving may cost a move of theirs to beat their value (per unit of {@link #weight} in a
		 * spread): after a node lost load only the units at the top can have a better move to it now. Keys in
		 * {@link #budget}.
		 */
		private final java.util.TreeSet<long[]> byBudget = new java.util.TreeSet<>(Rebalancer::byValueThenIndex);
		private final double[] budget;
		private final boolean[] budgeted;
		private final int[] seen;
		private int step;
		/**
		 * In a spread (and when no node costs less than nothing): nodes by {@link #nodeKey}, the sum over resources of
		 * scale[r] x utilisation[n][r] / total[r] (scale: the units' mean demand of r), so that weighing a unit against
		 * every node can stop at the first node whose key already makes arriving there too dear: arriving on n costs
		 * at least 2 x {@link #keyFactor}[u] x key[n], the factor being the spread weight times the least of
		 * demand[u][r] / scale[r]. Null otherwise (every node is weighed, in index order).
		 */
		private final java.util.TreeSet<long[]> byUtilisation;
		private final double[] nodeKey;
		private final double[] scale;
		private final double[] keyFactor;

		BestMoves(CompiledProblem cp, SearchState state, Objective objective) {
			this.cp = cp;
			this.state = state;
			cw = objective.consolidationWeight();
			sw = objective.spreadWeight();
			bounds = new Bounds(cp, state, objective);
			node = new int[cp.units];
			delta = new double[cp.units];
			stale = new boolean[cp.units];
			leave = new double[cp.units];
			margin = new double[cp.units];
			weight = new double[cp.units];
			budget = new double[cp.units];
			budgeted = new boolean[cp.units];
			seen = new int[cp.units];
			onNode = new IntList[cp.nodes];
			byTarget = new IntList[cp.nodes];
			for (int n = 0; n < cp.nodes; n++) {
				onNode[n] = new IntList();
				byTarget[n] = new IntList();
			}
			int R = cp.resources;
			for (int u = 0; u < cp.units; u++) {
				if (state.nodeOf[u] >= 0) {
					onNode[state.nodeOf[u]].add(u);
				}
				double w = 0;
				for (int r = 0; r < R; r++) {
					if (cp.totalCapacity[r] > 0) {
						w += cp.demand[u * R + r] / cp.totalCapacity[r];
					}
				}
				weight[u] = sw * w;
			}
			boolean nonNegativeCosts = true;
			for (int n = 0; n < cp.nodes; n++) {
				nonNegativeCosts &= cp.cost[n] >= 0;
			}
			nodeKey = new double[cp.nodes];
			scale = new double[R];
			keyFactor = new double[cp.units];
			for (int u = 0; u < cp.units; u++) {
				for (int r = 0; r < R; r++) {
					scale[r] += cp.demand[u * R + r] / cp.units;
				}
			}
			for (int u = 0; u < cp.units; u++) {
				double least = Double.POSITIVE_INFINITY;
				for (int r = 0; r < R; r++) {
					if (scale[r] > 0 && cp.totalCapacity[r] > 0) {
						least = Math.min(least, cp.demand[u * R + r] / scale[r]);
					}
				}
				keyFactor[u] = least == Double.POSITIVE_INFINITY ? 0 : sw * Math.max(0, least);
			}
			byUtilisation = sw > 0 && nonNegativeCosts ? new java.util.TreeSet<>(Rebalancer::byValueThenIndex) : null;
			if (byUtilisation != null) {
				for (int n : cp.readyNodes) {
					file(n);
				}
			}
			bounds.refresh();
			for (int u = 0; u < cp.units; u++) {
				bound(u);
				changed(u);
			}
		}

		/** (Re)files ready node n by its least utilisation, as it is now. */
		private void file(int n) {
			if (byUtilisation == null || !cp.ready[n]) {
				return;
			}
			byUtilisation.remove(new long[] { Double.doubleToLongBits(nodeKey[n]), n });
			double key = 0;
			for (int r = 0; r < cp.resources; r++) {
				double cap = cp.capacity[n * cp.resources + r];
				if (cap > 0 && scale[r] > 0 && cp.totalCapacity[r] > 0) {
					key += scale[r] * Math.max(0, state.usage(n, r)) / cap / cp.totalCapacity[r];
				}
			}
			nodeKey[n] = key;
			byUtilisation.add(new long[] { Double.doubleToLongBits(nodeKey[n]), n });
		}

		/** The least used/capacity of node n over the resources it has (0 when it has none). */
		private double leastUtilisation(int n) {
			double least = Double.POSITIVE_INFINITY;
			for (int r = 0; r < cp.resources; r++) {
				double cap = cp.capacity[n * cp.resources + r];
				if (cap > 0) {
					least = Math.min(least, state.usage(n, r) / cap);
				}
			}
			return least == Double.POSITIVE_INFINITY ? 0 : Math.max(0, least);
		}

		/** The unit whose move lowers the objective most (-1: no move does), its node and delta in the arrays. */
		int takeBest() {
			while (!queue.isEmpty()) {
				long[] top = queue.peek();
				int u = (int) top[1];
				if (Double.longBitsToDouble(top[0]) != delta[u] || !stale[u] && node[u] < 0) {
					queue.poll(); // superseded
					continue;
				}
				if (stale[u]) {
					queue.poll();
					weighAll(u);
					changed(u);
					continue;
				}
				return u;
			}
			return -1;
		}

		/**
		 * After unit {@code unit} moved from {@code a} to {@code b}. Only moves to a or b changed, and only for units that
		 * could go there: those on a or b (a fresh bound), those whose best was a or b, and those for which arriving
		 * on a or b may now cost less than before. Arriving on b costs no less than before unless b was empty (then
		 * its cost is no longer paid); arriving on a costs no less in consolidation unless a stayed in use (its
		 * room grew), and in a spread it costs at least twice a's least utilisation times the unit's weight: only
		 * units whose value that could beat are looked at (by {@link #byBudget}). In the other cases every unit is.
		 */
		void moved(int unit, int a, int b) {
			step++;
			onNode[a].remove(unit);
			onNode[b].add(unit);
			file(a);
			file(b);
			bounds.refresh();
			boolean aEmptied = state.unitsOnNode[a] == 0;
			boolean bWasEmpty = state.unitsOnNode[b] == 1;
			for (IntList list : new IntList[] { onNode[a], onNode[b] }) {
				for (int i = 0; i < list.size; i++) {
					int u = list.items[i];
					seen[u] = step;
					bound(u);
					changed(u);
				}
			}
			boolean everyUnit = cw > 0 && bWasEmpty || sw > 0 && aEmptied || sw == 0 && !aEmptied;
			if (everyUnit) {
				for (int u = 0; u < cp.units; u++) {
					weighOnce(u, a, b);
				}
				return;
			}
			for (int n : new int[] { a, b }) {
				int[] targeting = byTarget[n].drain();
				for (int u : targeting) {
					if (node[u] == n) {
						weighOnce(u, a, b);
					}
				}
			}
			// Who may now have a better move to a: a budget of at least what arriving on a costs at the least.
			double least;
			if (sw > 0) {
				least = 2 * leastUtilisation(a);
			} else {
				least = cw * cp.cost[a]; // a is empty now (else every unit was weighed above)
			}
			IntList due = new IntList();
			for (long[] entry : byBudget.tailSet(new long[] { Double.doubleToLongBits(least), Long.MIN_VALUE }, true)) {
				due.add((int) entry[1]);
			}
			for (int i = 0; i < due.size; i++) {
				weighOnce(due.items[i], a, b);
			}
		}

		/** {@link #weighAgainst} unless unit u was weighed in this step already (it may be in more than one list). */
		private void weighOnce(int u, int a, int b) {
			if (seen[u] != step) {
				seen[u] = step;
				weighAgainst(u, a, b);
			}
		}

		/** A unit not on a or b: its value after a move from a to b, weighing it against a and b only. */
		private void weighAgainst(int u, int a, int b) {
			if (!movable(u)) {
				node[u] = -1;
				stale[u] = false;
				return;
			}
			// delta[u] is exact, or (stale) a lower bound of the unit's best.
			double before = delta[u];
			int target = node[u];
			if (target >= 0 && (target == a || target == b)) {
				double now = state.canMove(u, target) ? state.moveObjectiveDelta(u, target) : Double.POSITIVE_INFINITY;
				if (now > before) {
					stale[u] = true; // its best may now be elsewhere: the old value bounds it from below
				} else {
					delta[u] = now; // no other target is below the old value: this is the best (A and B aside)
					stale[u] = false;
				}
			}
			for (int n : new int[] { a, b }) {
				if (n == node[u] && !stale[u] || !state.canMove(u, n)) {
					continue;
				}
				double d = state.moveObjectiveDelta(u, n);
				if (d < delta[u] || (d == delta[u] && !stale[u] && node[u] >= 0 && n < node[u])) {
					node[u] = n;
					delta[u] = d;
					stale[u] = false;
				}
			}
			if (!stale[u] && node[u] >= 0 && (node[u] != target || target == a || target == b)) {
				byTarget[node[u]].add(u); // a's and b's lists were emptied for this step: file it again
			}
			if (delta[u] != before) {
				changed(u);
			}
		}

		private boolean movable(int u) {
			return cp.pinnedNode[u] < 0 && state.nodeOf[u] >= 0;
		}

		/** Gives unit u a lower bound of its best move's change (stale), without looking at any node in particular. */
		private void bound(int u) {
			node[u] = -1;
			if (!movable(u)) {
				stale[u] = false;
				delta[u] = -1e-9;
				return;
			}
			stale[u] = true;
			leave[u] = bounds.leaving(u);
			margin[u] = bounds.margin(u, leave[u]);
			delta[u] = bounds.of(u, leave[u], margin[u]);
		}

		/** Weighs unit u against every node it may go to: its best move strictly lowering the objective, or none. */
		private void weighAll(int u) {
			stale[u] = false;
			node[u] = -1;
			delta[u] = -1e-9;
			if (!movable(u)) {
				return;
			}
			if (byUtilisation != null) {
				weighByUtilisation(u);
				return;
			}
			int[] allowed = cp.allowedList[u]; // ascending, like the full pass's scan: the same ties
			int count = allowed == null ? cp.nodes : allowed.length;
			for (int i = 0; i < count; i++) {
				int n = allowed == null ? i : allowed[i];
				if (state.canMove(u, n)) {
					double d = state.moveObjectiveDelta(u, n);
					if (d < delta[u]) {
						delta[u] = d;
						node[u] = n;
					}
				}
			}
			if (node[u] >= 0) {
				byTarget[node[u]].add(u);
			}
		}

		/**
		 * As the full scan, visiting nodes from the least utilised: arriving on n costs at least 2 x keyFactor[u] x key[n]
		 * (nothing else is below zero), so once {@code leave[u]} plus that exceeds the best value found no node further
		 * on can match it. Ties go to the lowest node, as in the full scan.
		 */
		private void weighByUtilisation(int u) {
			int from = state.nodeOf[u];
			double floor = leave[u] - margin[u];
			for (long[] entry : byUtilisation) {
				if (floor + 2 * keyFactor[u] * Double.longBitsToDouble(entry[0]) > delta[u]) {
					break;
				}
				int n = (int) entry[1];
				if (n == from || !state.canMove(u, n)) {
					continue;
				}
				double d = state.moveObjectiveDelta(u, n);
				if (d < delta[u] || d == delta[u] && node[u] >= 0 && n < node[u]) {
					delta[u] = d;
					node[u] = n;
				}
			}
			if (node[u] >= 0) {
				byTarget[node[u]].add(u);
			}
		}

		/** After unit u's value changed: into the queue if it may improve, and re-filed by its budget. */
		private void changed(int u) {
			if ((stale[u] || node[u] >= 0) && delta[u] < -1e-9) {
				queue.add(new long[] { Double.doubleToLongBits(delta[u]), u });
			}
			if (budgeted[u]) {
				byBudget.remove(new long[] { Double.doubleToLongBits(budget[u]), u });
				budgeted[u] = false;
			}
			if (movable(u)) {
				// A move to n changes the objective by at least leave[u] + (arriving on n) - margin[u]: it can beat
				// delta[u] (or tie with it) only if arriving costs at most delta[u] - leave[u] + 2 margin[u].
				double allowance = delta[u] - leave[u] + 2 * margin[u];
				budget[u] = sw > 0 ? (weight[u] > 0 ? allowance / weight[u] : Double.POSITIVE_INFINITY) : allowance;
				if (Double.isNaN(budget[u])) {
					budget[u] = Double.POSITIVE_INFINITY;
				}
				byBudget.add(new long[] { Double.doubleToLongBits(budget[u]), u });
				budgeted[u] = true;
			}
		}
	}

	/**
	 * The order of the entries {value as {@link Double#doubleToLongBits}, index} that the best-move queue, the budgets
	 * and the nodes by utilisation are filed in: by value, then by index (so ties go to the lowest unit or node).
	 */
	private static int byValueThenIndex(long[] a, long[] b) {
		int byValue = Double.compare(Double.longBitsToDouble(a[0]), Double.longBitsToDouble(b[0]));
		return byValue != 0 ? byValue : Long.compare(a[1], b[1]);
	}

	/** A growable list of ints, without boxing. */
	private static final class IntList {
		int[] items = new int[4];
		int size;

		void add(int value) {
			if (size == items.length) {
				items = java.util.Arrays.copyOf(items, size * 2);
			}
			items[size++] = value;
		}

		/** Removes one occurrence (order not kept). */
		void remove(int value) {
			for (int i = 0; i < size; i++) {
				if (items[i] == value) {
					items[i] = items[--size];
					return;
				}
			}
		}

		/** The items, leaving the list empty. */
		int[] drain() {
			int[] out = java.util.Arrays.copyOf(items, size);
			size = 0;
			return out;
		}
	}

	/**
	 * Lower bounds of the objective change of a unit's best move, from a few figures of the whole pool (refreshed
	 * after every move, O(nodes x resources)). The change is exact for leaving the unit's node
	 * ({@link SearchState#moveObjectiveDelta} to nowhere); arriving on a target n adds the move and provisioning
	 * penalties there (at least the move penalty of the members that cannot all be home on one other node), and for
	 * the node: nothing (consolidation) on a node already in use, or its cost on an empty one, plus, in a spread,
	 * {@code sum over r of demand[r] x (2 x used[n][r] + demand[r]) / (capacity[n][r] x total[r])}, which is at least
	 * the same with the least utilisation of any used node and the largest capacity per resource. A small margin
	 * covers rounding, so that the bound is below the value the full scan computes, never above.
	 */
	private static final class Bounds {
		private final CompiledProblem cp;
		private final SearchState state;
		private final int R;
		private final double cw;
		private final double sw;
		private final double mp;
		private final double pp;
		private final double maxCost;
		/** Per resource: the least used/capacity of a used ready node, and 1/largest capacity (both 0: no bound). */
		private final double[] minUtil;
		private final double[] minInverseCapacity;
		private boolean anyUsed;
		private double cheapestEmpty;

		Bounds(CompiledProblem cp, SearchState state, Objective objective) {
			this.cp = cp;
			this.state = state;
			R = cp.resources;
			cw = objective.consolidationWeight();
			sw = objective.spreadWeight();
			mp = objective.movePenalty();
			pp = objective.provisioningPenalty();
			double dearest = 0;
			for (int n = 0; n < cp.nodes; n++) {
				dearest = Math.max(dearest, Math.abs(cp.cost[n]));
			}
			maxCost = dearest;
			minUtil = new double[R];
			minInverseCapacity = new double[R];
		}

		/** Reads the pool's figures as the state is now. */
		void refresh() {
			anyUsed = false;
			cheapestEmpty = Double.POSITIVE_INFINITY;
			java.util.Arrays.fill(minUtil, Double.POSITIVE_INFINITY);
			double[] maxCapacity = new double[R];
			boolean[] noBound = new boolean[R];
			for (int n : cp.readyNodes) {
				if (state.unitsOnNode[n] == 0) {
					cheapestEmpty = Math.min(cheapestEmpty, cp.cost[n]);
				} else {
					anyUsed = true;
				}
				for (int r = 0; r < R; r++) {
					double cap = cp.capacity[n * R + r];
					if (!(cap > 0)) {
						noBound[r] = true; // the spread leaves this resource out on such a node: bound its term by 0
						continue;
					}
					maxCapacity[r] = Math.max(maxCapacity[r], cap);
					if (state.unitsOnNode[n] > 0) {
						minUtil[r] = Math.min(minUtil[r], state.usage(n, r) / cap);
					}
				}
			}
			for (int r = 0; r < R; r++) {
				if (noBound[r] || !(maxCapacity[r] > 0) || !(cp.totalCapacity[r] > 0)) {
					minUtil[r] = 0;
					minInverseCapacity[r] = 0;
				} else {
					minUtil[r] = anyUsed ? Math.max(0, minUtil[r]) : 0;
					minInverseCapacity[r] = 1 / maxCapacity[r];
				}
			}
		}

		/**
		 * What leaving its node changes for unit u (exact, with the move penalty it pays now) plus the least move
		 * penalty it pays on any other node.
		 */
		double leaving(int u) {
			return state.moveObjectiveDelta(u, -1) + mp * movedAtLeast(u, state.nodeOf[u]);
		}

		/** What covers rounding for unit u: the full scan's value is never below the bound by more. */
		double margin(int u, double leaving) {
			return 1e-12 * (1 + Math.abs(leaving) + cw * (Math.abs(cp.cost[state.nodeOf[u]]) + maxCost) + sw * R
					+ (mp + pp) * cp.members[u].length);
		}

		/** A lower bound of the objective change of unit u's best move, as the state is now (u placed, movable). */
		double of(int u, double leaving, double margin) {
			double used = 0;
			double empty = 0;
			if (sw != 0) {
				for (int r = 0; r < R; r++) {
					double d = cp.demand[u * R + r];
					if (minInverseCapacity[r] > 0 && d > 0) {
						double t = cp.totalCapacity[r];
						used += d * (2 * minUtil[r] + d * minInverseCapacity[r]) / t;
						empty += d * d * minInverseCapacity[r] / t;
					}
				}
				used *= sw;
				empty *= sw;
			}
			double arrive = Math.min(anyUsed ? used : Double.POSITIVE_INFINITY,
					cheapestEmpty == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY : cw * cheapestEmpty + empty);
			if (arrive == Double.POSITIVE_INFINITY) {
				return Double.POSITIVE_INFINITY; // no ready node at all
			}
			return leaving + arrive - margin;
		}

		/** The fewest members of u that run now and would not run on some node other than {@code from}. */
		private static int movedAtLeastOf(int[] current, int from) {
			int running = 0;
			int home = 0;
			for (int c : current) {
				if (c < 0) {
					continue;
				}
				running++;
				if (c == from) {
					continue;
				}
				int together = 0;
				for (int other : current) {
					if (other == c) {
						together++;
					}
				}
				home = Math.max(home, together);
			}
			return running - home;
		}

		private int movedAtLeast(int u, int from) {
			return movedAtLeastOf(cp.memberCurrent[u], from);
		}
	}
}
