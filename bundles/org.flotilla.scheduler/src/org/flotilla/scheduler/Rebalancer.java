package org.flotilla.scheduler;

import java.util.ArrayList;
import java.util.List;

import org.flotilla.scheduler.internal.CompiledProblem;
import org.flotilla.scheduler.internal.SearchState;

/**
 * Proposes a bounded list of moves that improve a placement, best first: each step takes the single move
 * (one task, or one affinity group) that lowers the objective most and is feasible once the moves before it
 * are done, so the list is to be applied in order. Set a {@link Objective#movePenalty()} so that a move must
 * pay for itself. Pinned tasks never move. Cost per step: O(tasks x nodes x resources).
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
		List<Move> moves = new ArrayList<>();
		while (moves.size() < maxMoves && (moves.isEmpty() || System.nanoTime() < deadline)) {
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
}
