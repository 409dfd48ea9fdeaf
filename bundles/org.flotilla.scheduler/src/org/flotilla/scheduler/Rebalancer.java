package org.flotilla.scheduler;

import java.util.ArrayList;
import java.util.List;

import org.flotilla.scheduler.internal.CompiledProblem;
import org.flotilla.scheduler.internal.SearchState;

/**
 * Proposes a bounded list of moves that improve a placement, best first: each step takes the single move
 * (one task, or one affinity group) that lowers the objective most and is feasible once the moves before it
 * are done, so the list is to be applied in order. Set a {@link Objective#movePenalty()} so that a move must
 * pay for itself. Pinned tasks never move. Cost: one pass over tasks x nodes for the first step, then about two
 * evaluations per task for each further step (see {@code BestMoves}).
 */
public final class Rebalancer {

	private Rebalancer() {
	}

	public static List<Move> propose(Placement current, Objective objective, int maxMoves) {
		return propose(current, objective, maxMoves, java.time.Duration.ofDays(365));
	}

	/**
	 * As {@link #propose(Placement, Objective, int)}, stopping after the step that ends past {@code budget}: the moves
	 * found so far, best first (each step is one pass over tasks and nodes, so the budget is overrun by one step at
	 * most). Which moves come does not depend on the budget, only how many.
	 */
	public static List<Move> propose(Placement current, Objective objective, int maxMoves, java.time.Duration budget) {
		long deadline = System.nanoTime() + Math.min(budget.toNanos(), Long.MAX_VALUE / 4);
		Problem problem = current.problem();
		CompiledProblem cp = current.compiled();
		SearchState state = new SearchState(cp, objective);
		int[] unitNode = current.unitNodes(cp);
		for (int u = 0; u < cp.units; u++) {
			if (unitNode[u] >= 0) {
				state.place(u, unitNode[u]);
			}
		}
		BestMoves best = new BestMoves(cp, state);
		List<Move> moves = new ArrayList<>();
		while (moves.size() < maxMoves && (moves.isEmpty() || System.nanoTime() < deadline)) {
			int bestUnit = best.takeBest();
			if (bestUnit < 0) {
				break;
			}
			int bestNode = best.node[bestUnit];
			double bestDelta = best.delta[bestUnit];
			int from = state.nodeOf[bestUnit];
			double[] fromBefore = state.usageOf(from);
			double[] toBefore = state.usageOf(bestNode);
			state.move(bestUnit, bestNode);
			best.moved(from, bestNode);
			List<String> ids = new ArrayList<>();
			for (int m : cp.members[bestUnit]) {
				ids.add(problem.task(m).id());
			}
			moves.add(new Move(ids, problem.node(from).id(), problem.node(bestNode).id(), bestDelta, fromBefore,
					state.usageOf(from), toBefore, state.usageOf(bestNode)));
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
		SearchState state = new SearchState(cp, objective);
		int[] unitNode = current.unitNodes(cp);
		for (int u = 0; u < cp.units; u++) {
			if (unitNode[u] >= 0) {
				state.place(u, unitNode[u]);
			}
		}
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
			int from = state.nodeOf[bestUnit];
			double[] fromBefore = state.usageOf(from);
			double[] toBefore = state.usageOf(bestNode);
			state.move(bestUnit, bestNode);
			List<String> ids = new ArrayList<>();
			for (int m : cp.members[bestUnit]) {
				ids.add(problem.task(m).id());
			}
			moves.add(new Move(ids, problem.node(from).id(), problem.node(bestNode).id(), bestDelta, fromBefore,
					state.usageOf(from), toBefore, state.usageOf(bestNode)));
		}
		return moves;
	}

	/**
	 * Every unit's best move, kept up to date from one step to the next instead of weighing every unit against every
	 * node again: a move from A to B changes only A's and B's load (and who is on them), and a unit's objective change
	 * depends only on its own node and its target. So after a move: units on A or B are weighed afresh against every
	 * node; every other unit is weighed against A and B only; a unit whose best target was A or B and whose move there
	 * got worse is marked stale, its old value a lower bound, and is weighed afresh only if it comes to the top. The
	 * first step costs a full pass (on every core); later ones about two evaluations per unit. The moves are the same,
	 * in the same order, as those of the full pass at every step (ties: the lowest unit, then the lowest node).
	 */
	private static final class BestMoves {
		private final CompiledProblem cp;
		private final SearchState state;
		final int[] node;
		final double[] delta;
		private final boolean[] stale;
		/** Units by (delta, unit); entries whose delta no longer matches the unit's are skipped. */
		private final java.util.PriorityQueue<long[]> queue = new java.util.PriorityQueue<>((a, b) -> {
			int byDelta = Double.compare(Double.longBitsToDouble(a[0]), Double.longBitsToDouble(b[0]));
			return byDelta != 0 ? byDelta : Long.compare(a[1], b[1]);
		});

		BestMoves(CompiledProblem cp, SearchState state) {
			this.cp = cp;
			this.state = state;
			node = new int[cp.units];
			delta = new double[cp.units];
			stale = new boolean[cp.units];
			// Units are weighed independently of each other: on every core, the same result as one after the other.
			java.util.stream.IntStream.range(0, cp.units).parallel().forEach(this::weighAll);
			for (int u = 0; u < cp.units; u++) {
				offer(u);
			}
		}

		/** The unit whose move lowers the objective most (-1: no move does), its node and delta in the arrays. */
		int takeBest() {
			while (!queue.isEmpty()) {
				long[] top = queue.peek();
				int u = (int) top[1];
				if (node[u] < 0 || Double.longBitsToDouble(top[0]) != delta[u]) {
					queue.poll(); // superseded
					continue;
				}
				if (stale[u]) {
					queue.poll();
					weighAll(u);
					offer(u);
					continue;
				}
				return u;
			}
			return -1;
		}

		/** After a unit moved from {@code a} to {@code b}. */
		void moved(int a, int b) {
			for (int u = 0; u < cp.units; u++) {
				if (!movable(u)) {
					node[u] = -1;
					continue;
				}
				int at = state.nodeOf[u];
				if (at == a || at == b) {
					weighAll(u);
					offer(u);
					continue;
				}
				// delta[u] is exact, or (stale) a lower bound of the unit's best.
				double before = delta[u];
				int target = node[u];
				if (target == a || target == b) {
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
				if (delta[u] != before) {
					offer(u);
				}
			}
		}

		private boolean movable(int u) {
			return cp.pinnedNode[u] < 0 && state.nodeOf[u] >= 0;
		}

		/** Weighs unit u against every node: its best move strictly lowering the objective, or none. */
		private void weighAll(int u) {
			stale[u] = false;
			node[u] = -1;
			delta[u] = -1e-9;
			if (!movable(u)) {
				return;
			}
			for (int n = 0; n < cp.nodes; n++) {
				if (state.canMove(u, n)) {
					double d = state.moveObjectiveDelta(u, n);
					if (d < delta[u]) {
						delta[u] = d;
						node[u] = n;
					}
				}
			}
		}

		private void offer(int u) {
			if (node[u] >= 0 && delta[u] < -1e-9) {
				queue.add(new long[] { Double.doubleToLongBits(delta[u]), u });
			}
		}
	}
}
