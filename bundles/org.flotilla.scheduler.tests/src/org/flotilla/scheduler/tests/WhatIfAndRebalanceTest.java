package org.flotilla.scheduler.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flotilla.scheduler.Move;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Rebalancer;
import org.flotilla.scheduler.Solver;
import org.flotilla.scheduler.WhatIf;
import org.junit.jupiter.api.Test;

/** What-if agrees with a full recomputation; rebalancing only proposes feasible, improving moves. */
class WhatIfAndRebalanceTest {

	private static final Objective MIXED = new Objective(1, 500, 20, 5);

	/** A full recomputation of task {@code task} moved to {@code node} (with its affinity group). */
	private static int[] moved(Problem p, int[] nodeOf, int task, int node) {
		int[] after = nodeOf.clone();
		String group = p.task(task).affinityGroup();
		for (int t = 0; t < after.length; t++) {
			if (t == task || group != null && group.equals(p.task(t).affinityGroup())) {
				after[t] = node;
			}
		}
		return after;
	}

	private static double[] loadOf(Problem p, int[] nodeOf, int node) {
		double[] load = new double[p.resourceCount()];
		for (int t = 0; t < nodeOf.length; t++) {
			if (nodeOf[t] == node) {
				for (int r = 0; r < load.length; r++) {
					load[r] += p.demand(t, r);
				}
			}
		}
		return load;
	}

	/** Full recomputation, independent of the engine. */
	private static double objective(Problem p, int[] nodeOf, Objective objective) {
		return Checks.objective(p, nodeOf, objective);
	}

	@Test
	void whatIfAgreesWithFullRecomputationForEveryTaskAndNode() {
		for (long seed = 0; seed < 4; seed++) {
			Problem p = Checks.randomProblem(100 + seed, 15, 60);
			Placement placement = Solver.builder().objective(MIXED).seed(seed).maxSteps(2_000).build().solve(p);
			int[] nodeOf = placement.nodeIndexes();
			double before = objective(p, nodeOf, MIXED);
			WhatIf whatIf = new WhatIf(placement, MIXED);
			int feasibleCount = 0;
			for (int t = 0; t < p.tasks().size(); t++) {
				if (nodeOf[t] < 0) {
					continue;
				}
				for (int n = 0; n < p.nodes().size(); n++) {
					WhatIf.Result result = whatIf.evaluate(t, n);
					int[] after = moved(p, nodeOf, t, n);
					boolean reallyFeasible = Checks.violations(p, after).isEmpty();
					String where = "seed " + seed + " task " + p.task(t).id() + " -> " + p.node(n).id();
					assertEquals(reallyFeasible, result.feasible(), where + " " + result.explanation());
					assertEquals(reallyFeasible, result.explanation().fits(), where);
					assertEquals(objective(p, after, MIXED) - before, result.objectiveDelta(), 1e-6, where);
					assertArrayEquals(loadOf(p, after, n), result.toLoadAfter(), 1e-9, where);
					assertArrayEquals(loadOf(p, after, nodeOf[t]), result.fromLoadAfter(), 1e-9, where);
					feasibleCount += reallyFeasible ? 1 : 0;
				}
			}
			assertTrue(feasibleCount > 0);
		}
	}

	@Test
	void whatIfApplySeesEarlierMovesAndIsFast() {
		Problem p = Checks.randomProblem(7, 400, 4_000);
		Placement placement = Solver.builder().seed(1).maxSteps(0).build().solve(p);
		WhatIf whatIf = new WhatIf(placement, MIXED);
		int tasks = p.tasks().size();
		int nodes = p.nodes().size();
		long start = System.nanoTime();
		int evaluations = 200_000;
		int feasible = 0;
		for (int i = 0; i < evaluations; i++) {
			feasible += whatIf.evaluate(i % tasks, (i * 31) % nodes).feasible() ? 1 : 0;
		}
		double microsEach = (System.nanoTime() - start) / 1e3 / evaluations;
		assertTrue(microsEach < 100, "what-if took " + microsEach + " us per evaluation");
		assertTrue(feasible > 0);
		// Apply one feasible move and check the next evaluation sees it.
		for (int t = 0; t < tasks; t++) {
			for (int n = 0; n < nodes; n++) {
				if (placement.nodeIndexOf(t) >= 0 && placement.nodeIndexOf(t) != n && whatIf.evaluate(t, n).feasible()
						&& p.task(t).affinityGroup() == null) {
					whatIf.apply(t, n);
					assertEquals(n, whatIf.placement().nodeIndexOf(t));
					assertEquals(0, whatIf.evaluate(t, n).objectiveDelta(), 0);
					assertEquals(List.of(), Checks.violations(p, whatIf.placement().nodeIndexes()));
					return;
				}
			}
		}
	}

	@Test
	void rebalancingProposesOnlyFeasibleImprovingMovesBestFirst() {
		int proposed = 0;
		int improvable = 0;
		for (long seed = 0; seed < 6; seed++) {
			Problem p = Checks.randomProblem(200 + seed, 20, 70);
			// A poor starting point: a short spread search, then rebalance for consolidation.
			Placement start = Solver.builder().objective(Objective.spread()).seed(seed).maxSteps(500).build().solve(p);
			Objective objective = Objective.consolidate().withMovePenalty(10).withSpreadWeight(50);
			List<Move> moves = Rebalancer.propose(start, objective, 15);
			assertTrue(moves.size() <= 15);
			proposed += moves.size();
			int[] nodeOf = start.nodeIndexes();
			for (Move move : moves) {
				int task = p.taskIndex(move.taskIds().get(0));
				int from = p.nodeIndex(move.fromNode());
				int to = p.nodeIndex(move.toNode());
				assertEquals(from, nodeOf[task]);
				assertNotEquals(from, to);
				assertArrayEquals(loadOf(p, nodeOf, from), move.fromLoadBefore(), 1e-9);
				assertArrayEquals(loadOf(p, nodeOf, to), move.toLoadBefore(), 1e-9);
				double before = objective(p, nodeOf, objective);
				// Every step (not only the first) is the best single move from where the steps before it left the pool:
				// the rebalancer keeps its best moves up to date between steps instead of weighing everything again.
				assertEquals(bestSingleMoveDelta(p, nodeOf, objective), move.objectiveDelta(), 1e-6, "seed " + seed + " " + move);
				nodeOf = moved(p, nodeOf, task, to);
				assertEquals(List.of(), Checks.violations(p, nodeOf), "seed " + seed + " " + move);
				assertEquals(objective(p, nodeOf, objective) - before, move.objectiveDelta(), 1e-6);
				assertTrue(move.objectiveDelta() < 0, move.toString());
				assertArrayEquals(loadOf(p, nodeOf, from), move.fromLoadAfter(), 1e-9);
				assertArrayEquals(loadOf(p, nodeOf, to), move.toLoadAfter(), 1e-9);
				for (String id : move.taskIds()) {
					assertFalse(p.task(p.taskIndex(id)).pinned(), "pinned task moved");
				}
			}
			// The first move is the best single move there was, found here by full recomputation of every
			// feasible single move (not by the engine's own what-if): none at all means no move may be proposed.
			double best = bestSingleMoveDelta(p, start.nodeIndexes(), objective);
			if (best < -1e-9) {
				improvable++;
				assertFalse(moves.isEmpty(), "seed " + seed + ": a move improves by " + best + " but none was proposed");
				assertEquals(best, moves.get(0).objectiveDelta(), 1e-6, "seed " + seed);
			} else {
				assertEquals(List.of(), moves, "no single move improves, seed " + seed);
			}
		}
		// These starting points leave room to improve: the checks above must really have looked at moves.
		assertTrue(improvable >= 3, "only " + improvable + " of 6 starting points could be improved (4 when written)");
		assertTrue(proposed >= 5, "only " + proposed + " moves proposed");
	}

	/**
	 * The rebalancer keeps its best moves up to date between steps; the reference weighs everything again at every
	 * step. Both must propose the very same moves, in the same order, whatever the objective (ties included: the
	 * lowest task, then the lowest node).
	 */
	@Test
	void keepingBestMovesUpToDateProposesWhatFullPassesPropose() {
		int compared = 0;
		for (long seed = 0; seed < 8; seed++) {
			Problem p = Checks.randomProblem(300 + seed, 25, 90);
			Placement start = Solver.builder().objective(seed % 2 == 0 ? Objective.spread() : Objective.consolidate()).seed(seed)
					.maxSteps(300).build().solve(p);
			for (Objective objective : List.of(Objective.consolidate().withMovePenalty(2), Objective.spread(),
					Objective.consolidate().withSpreadWeight(50))) {
				List<Move> kept = Rebalancer.propose(start, objective, 30);
				List<Move> full = Rebalancer.proposeByFullPasses(start, objective, 30);
				assertEquals(full.size(), kept.size(), "seed " + seed + " " + objective);
				for (int i = 0; i < full.size(); i++) {
					assertEquals(full.get(i).taskIds(), kept.get(i).taskIds(), "seed " + seed + " step " + i);
					assertEquals(full.get(i).toNode(), kept.get(i).toNode(), "seed " + seed + " step " + i);
					assertEquals(full.get(i).objectiveDelta(), kept.get(i).objectiveDelta(), 0, "seed " + seed + " step " + i);
				}
				compared += full.size();
			}
		}
		assertTrue(compared >= 40, "only " + compared + " moves compared");
	}

	/** The best move empties the dear node (its task joins the one on the cheap node); after it nothing pays. */
	@Test
	void rebalancingFindsTheOneMoveThatEmptiesADearNode() {
		Problem p = Problem.builder("cpu").addNode("cheap", 10, 8).addNode("dear", 100, 8)
				.task("a").demand(2).currentNode("cheap").add()
				.task("b").demand(3).currentNode("dear").add()
				.build();
		Placement start = Placement.current(p);
		assertEquals("dear", start.nodeOf("b"));
		List<Move> moves = Rebalancer.propose(start, Objective.consolidate().withMovePenalty(5), 10);
		assertEquals(1, moves.size(), "one move, then nothing pays: " + moves);
		Move move = moves.get(0);
		assertEquals(List.of("b"), move.taskIds());
		assertEquals("dear", move.fromNode());
		assertEquals("cheap", move.toNode());
		assertEquals(-100 + 5, move.objectiveDelta(), 1e-9, "the dear node's cost saved, one move paid for");
		assertArrayEquals(new double[] { 5 }, move.toLoadAfter(), 1e-9);
		assertArrayEquals(new double[] { 0 }, move.fromLoadAfter(), 1e-9);

		// When neither node has room for both tasks, no move is feasible and none is proposed.
		Problem full = Problem.builder("cpu").addNode("cheap", 10, 4).addNode("dear", 100, 4)
				.task("a").demand(2).currentNode("cheap").add()
				.task("b").demand(3).currentNode("dear").add()
				.build();
		assertEquals(List.of(), Rebalancer.propose(Placement.current(full), Objective.consolidate().withMovePenalty(5), 10));
	}

	/** The objective change of the best feasible single move (a task with its affinity group), 0 when none improves. */
	private static double bestSingleMoveDelta(Problem p, int[] nodeOf, Objective objective) {
		double before = objective(p, nodeOf, objective);
		double best = 0;
		for (int t = 0; t < nodeOf.length; t++) {
			if (nodeOf[t] < 0 || groupPinned(p, t)) {
				continue;
			}
			for (int n = 0; n < p.nodes().size(); n++) {
				if (n == nodeOf[t]) {
					continue;
				}
				int[] after = moved(p, nodeOf, t, n);
				if (Checks.violations(p, after).isEmpty()) {
					best = Math.min(best, objective(p, after, objective) - before);
				}
			}
		}
		return best;
	}

	private static boolean groupPinned(Problem p, int task) {
		String group = p.task(task).affinityGroup();
		for (int t = 0; t < p.tasks().size(); t++) {
			if ((t == task || group != null && group.equals(p.task(t).affinityGroup())) && p.task(t).pinned()) {
				return true;
			}
		}
		return false;
	}
}
