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
}
