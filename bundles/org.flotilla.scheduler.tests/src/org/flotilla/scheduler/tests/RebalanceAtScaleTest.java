package org.flotilla.scheduler.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.flotilla.scheduler.Move;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Rebalancer;
import org.flotilla.scheduler.Solver;
import org.flotilla.scheduler.testing.MoveCheck;
import org.flotilla.scheduler.testing.ScatteredPool;
import org.junit.jupiter.api.Test;

/**
 * The Rebalance proposal on a pool of thousands of nodes: many moves within the planner's budget, each feasible once
 * the ones before it are done (checked here from the problem's definition, not with the rebalancer's bookkeeping),
 * and the same moves for the same pool; and on small pools still exactly the moves of the full passes.
 */
class RebalanceAtScaleTest {

	private static final Objective CONSOLIDATE = Objective.consolidate().withMovePenalty(0.001);

	/**
	 * The Planning Board benchmark's scattered pool ({@link ScatteredPool}) with the constraints a planner's pool has:
	 * nodes in maintenance (their tasks stay, nothing may come), pinned tasks and an anti-affinity group.
	 */
	static Problem scatteredPool(int nodes) {
		return ScatteredPool.of(nodes).withPlannerConstraints().build();
	}

	/**
	 * 5,000 nodes x 50,000 tasks: weighing every task against every node once is 250 million evaluations, seconds on
	 * this machine's two cores, so a rebalancer that does that before its first move proposes one move within the
	 * budget. This one must propose at least 150 of the 200 asked (each empties a lone-task node), in about a tenth
	 * of the budget or less on a quiet machine.
	 */
	@Test
	void proposesManyFeasibleMovesOnALargePoolWithinTheBudget() {
		Problem p = scatteredPool(5_000);
		assertEquals(50_000, p.tasks().size());
		Placement start = Placement.current(p);
		start.explain(p.task(0).id(), p.node(1).id()); // the engine's compiled problem, built once per placement
		List<Move> moves = Rebalancer.propose(start, CONSOLIDATE, 200, Duration.ofSeconds(2));
		assertTrue(moves.size() >= 150, "only " + moves.size() + " moves within the budget");

		int[] nodeOf = start.nodeIndexes();
		double before = Checks.objective(p, nodeOf, CONSOLIDATE);
		int usedBefore = MoveCheck.nodesInUse(nodeOf);
		// The tasks on nodes in maintenance are there already (and stay): the moves add no violation to those.
		List<String> violationsBefore = Checks.violations(p, nodeOf);
		double sum = 0;
		MoveCheck.applyInOrder(p, nodeOf, moves);
		for (Move move : moves) {
			sum += move.objectiveDelta();
			assertTrue(move.objectiveDelta() < 0, move.toString());
		}
		assertEquals(violationsBefore, Checks.violations(p, nodeOf));
		assertEquals(Checks.objective(p, nodeOf, CONSOLIDATE) - before, sum, 1e-6, "the moves' effects add up to the change");
		int freed = usedBefore - MoveCheck.nodesInUse(nodeOf);
		assertTrue(freed >= 150, "only " + freed + " nodes freed");
		for (Move move : moves) {
			assertFalse(p.node(p.nodeIndex(move.fromNode())).id().isEmpty());
			for (String id : move.taskIds()) {
				assertFalse(p.task(p.taskIndex(id)).pinned(), "pinned task moved: " + move);
			}
		}
	}

	/** The same pool and objective give the same moves, in the same order, whichever run. */
	@Test
	void theSamePoolGivesTheSameMoves() {
		Problem p = scatteredPool(2_000);
		for (Objective objective : List.of(CONSOLIDATE, Objective.spread())) {
			List<Move> first = Rebalancer.propose(Placement.current(p), objective, 60);
			List<Move> second = Rebalancer.propose(Placement.current(scatteredPool(2_000)), objective, 60);
			assertEquals(60, first.size(), objective.toString());
			assertEquals(describe(first), describe(second), objective.toString());
			MoveCheck.applyInOrder(p, Placement.current(p).nodeIndexes(), first);
		}
	}

	/**
	 * On pools small enough for the full passes (each step weighs every task against every node), the proposal is
	 * exactly theirs, for more steps than {@code WhatIfAndRebalanceTest} takes: the bounds and the units left
	 * unweighed between steps change how fast, not what.
	 */
	@Test
	void longerProposalsStillEqualTheFullPasses() {
		int compared = 0;
		for (long seed = 0; seed < 4; seed++) {
			Problem p = Checks.randomProblem(500 + seed, 40, 120);
			// Construction alone, packing for one goal or the other: a spread then has many moves to make, and a
			// consolidation of the spread-out start too.
			Placement start = Solver.builder().objective(seed % 2 == 0 ? Objective.consolidate() : Objective.spread()).seed(seed)
					.maxSteps(0).build().solve(p);
			for (Objective objective : List.of(Objective.consolidate().withMovePenalty(2), Objective.spread(),
					Objective.spread().withMovePenalty(0.0005), Objective.consolidate().withSpreadWeight(50).withMovePenalty(1))) {
				List<Move> kept = Rebalancer.propose(start, objective, 120);
				List<Move> full = Rebalancer.proposeByFullPasses(start, objective, 120);
				assertEquals(describe(full), describe(kept), "seed " + seed + " " + objective);
				compared += full.size();
			}
		}
		// Unequal nodes with unequal costs, packed by construction for one goal and rebalanced for the other: many steps.
		for (long seed = 0; seed < 3; seed++) {
			java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
			Problem.Builder b = Problem.builder("cpu", "memory");
			for (int n = 0; n < 50; n++) {
				int size = 1 << random.nextInt(3);
				b.addNode("n" + n, 50 + random.nextInt(100) * size, 8 * size, 32 * size);
			}
			for (int t = 0; t < 400; t++) {
				b.addTask("t" + t, 0.2 + random.nextDouble() * 1.2, 0.5 + random.nextDouble() * 4);
			}
			Problem p = b.build();
			for (Objective objective : List.of(Objective.spread(), Objective.spread().withMovePenalty(0.0005),
					Objective.consolidate().withSpreadWeight(50).withMovePenalty(0.5), Objective.consolidate().withMovePenalty(1))) {
				Objective packing = objective.spreadWeight() > 0 && objective.consolidationWeight() == 0 ? Objective.consolidate()
						: Objective.spread();
				Placement start = Solver.builder().objective(packing).seed(seed).maxSteps(0).build().solve(p);
				List<Move> kept = Rebalancer.propose(start, objective, 120);
				List<Move> full = Rebalancer.proposeByFullPasses(start, objective, 120);
				assertEquals(describe(full), describe(kept), "unequal nodes, seed " + seed + " " + objective);
				compared += full.size();
			}
		}
		// The scattered pool too, at a size the full passes manage.
		Problem p = scatteredPool(60);
		for (Objective objective : List.of(CONSOLIDATE, Objective.spread())) {
			List<Move> kept = Rebalancer.propose(Placement.current(p), objective, 80);
			assertEquals(describe(Rebalancer.proposeByFullPasses(Placement.current(p), objective, 80)), describe(kept), objective.toString());
			compared += kept.size();
		}
		assertTrue(compared >= 400, "only " + compared + " moves compared");
	}

	private static List<String> describe(List<Move> moves) {
		return moves.stream().map(m -> m.taskIds() + " " + m.fromNode() + "->" + m.toNode() + " " + m.objectiveDelta()).toList();
	}
}
