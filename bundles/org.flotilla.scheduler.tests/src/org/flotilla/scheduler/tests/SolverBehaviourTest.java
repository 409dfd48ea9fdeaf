package org.flotilla.scheduler.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Solver;
import org.flotilla.scheduler.SolverProgress;
import org.junit.jupiter.api.Test;

/** Determinism, anytime behaviour, progress and cancel. */
class SolverBehaviourTest {

	private static Problem pool() {
		return Checks.randomProblem(42, 60, 400);
	}

	@Test
	void sameSeedGivesTheSameAnswer() {
		Problem p = pool();
		for (Objective objective : List.of(Objective.consolidate(), Objective.spread().withMovePenalty(0.01))) {
			Placement first = Solver.builder().objective(objective).seed(7).maxSteps(100_000).build().solve(p);
			Placement second = Solver.builder().objective(objective).seed(7).maxSteps(100_000).build().solve(p);
			assertArrayEquals(first.nodeIndexes(), second.nodeIndexes());
			assertEquals(Checks.objective(p, first.nodeIndexes(), objective), Checks.objective(p, second.nodeIndexes(), objective), 0);
			assertEquals(100_000, first.steps());
		}
	}

	/**
	 * Two searches at once: the first is the one-thread search, so the answer is never worse than one thread's
	 * for the same steps, and the same seed and step limit still give the same answer.
	 */
	@Test
	void twoThreadsAreDeterministicAndNoWorseThanOne() {
		Problem p = packing();
		Placement one = Solver.builder().seed(4).maxSteps(20_000).build().solve(p);
		Placement two = Solver.builder().seed(4).maxSteps(20_000).threads(2).build().solve(p);
		Placement again = Solver.builder().seed(4).maxSteps(20_000).threads(2).build().solve(p);
		assertArrayEquals(two.nodeIndexes(), again.nodeIndexes());
		assertEquals(List.of(), Checks.violations(p, two.nodeIndexes()));
		assertTrue(Checks.usedCost(p, two.nodeIndexes()) <= Checks.usedCost(p, one.nodeIndexes()));
		assertEquals(40_000, two.steps(), "steps of both searches");
	}

	/** Heterogeneous nodes and tasks, nothing running or pinned: first-fit decreasing leaves room to improve. */
	private static Problem packing() {
		SplittableRandom random = new SplittableRandom(5);
		Problem.Builder b = Problem.builder("cpu", "memory", "network");
		for (int n = 0; n < 60; n++) {
			int size = 1 << random.nextInt(4);
			b.addNode("n" + n, 100 * size + random.nextInt(200), 6 * size, 16 * size, 6 * size);
		}
		for (int t = 0; t < 180; t++) {
			b.addTask("t" + t, 1 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(5));
		}
		return b.build();
	}

	@Test
	void searchImprovesOnTheFirstFeasibleAnswerAndReportsProgress() {
		Problem p = packing();
		Placement construction = Solver.builder().seed(1).maxSteps(0).build().solve(p);
		List<SolverProgress> progress = new ArrayList<>();
		Placement searched = Solver.builder().seed(1).maxSteps(300_000).progressListener(progress::add).build().solve(p);
		double searchedCost = Checks.usedCost(p, searched.nodeIndexes());
		double constructionCost = Checks.usedCost(p, construction.nodeIndexes());
		assertTrue(searchedCost < constructionCost, searchedCost + " should be below " + constructionCost);
		assertEquals("construction", progress.get(0).phase());
		assertEquals("done", progress.get(progress.size() - 1).phase());
		assertEquals(searchedCost, progress.get(progress.size() - 1).bestObjective(), 1e-6);
		// Construction places every task of this pool: the first feasible answer is the construction's.
		assertEquals(0, progress.get(0).unplacedTasks(), "construction placed every task");
		Duration firstFeasible = searched.timeToFirstFeasible();
		assertNotNull(firstFeasible, "a complete placement says when it was first complete");
		assertEquals(progress.get(0).firstFeasibleNanos(), firstFeasible.toNanos(), "first feasible when construction ended");
		assertTrue(!firstFeasible.isNegative() && firstFeasible.compareTo(searched.timeUsed()) <= 0,
				firstFeasible + " within the " + searched.timeUsed() + " the solve took");
	}

	@Test
	void cancelStopsTheSearchWithAValidBestAnswer() {
		Problem p = pool();
		Solver[] holder = new Solver[1];
		holder[0] = Solver.builder().seed(1).timeLimit(Duration.ofMinutes(5)).progressListener(progress -> {
			if (progress.phase().equals("construction")) {
				holder[0].cancel();
			}
		}).build();
		Placement placement = holder[0].solve(p);
		assertTrue(placement.cancelled());
		assertTrue(placement.timeUsed().compareTo(Duration.ofSeconds(30)) < 0);
		assertEquals(List.of(), Checks.violations(p, placement.nodeIndexes()));
	}

	@Test
	void timeLimitBoundsTheSearch() {
		Placement placement = Solver.builder().seed(1).timeLimit(Duration.ofMillis(200)).build().solve(pool());
		assertFalse(placement.cancelled());
		assertTrue(placement.timeUsed().toMillis() < 2_000, placement.timeUsed().toString());
		assertTrue(placement.steps() > 0);
	}

	@Test
	void spreadBalancesEqualNodes() {
		Problem.Builder b = Problem.builder("cpu");
		for (int n = 0; n < 4; n++) {
			b.addNode("n" + n, 1, 16);
		}
		for (int t = 0; t < 8; t++) {
			b.addTask("t" + t, 2);
		}
		Problem p = b.build();
		Placement placement = Solver.builder().objective(Objective.spread()).seed(1).maxSteps(10_000).build().solve(p);
		for (int n = 0; n < 4; n++) {
			assertEquals(4, placement.load(n)[0], 1e-9);
		}
	}

	/**
	 * Spread balances utilisation, not absolute load: nodes of 8 and 24 share 16 tasks 4 / 12 (both half full).
	 * A plain sum of utilisation squared would be smallest at 2 / 14 (load proportional to capacity squared).
	 */
	@Test
	void spreadEqualisesUtilisationOnUnequalNodes() {
		Problem.Builder b = Problem.builder("cpu").addNode("small", 1, 8).addNode("large", 1, 24);
		for (int t = 0; t < 16; t++) {
			b.addTask("t" + t, 1);
		}
		Problem p = b.build();
		Placement placement = Solver.builder().objective(Objective.spread()).seed(1).maxSteps(10_000).build().solve(p);
		assertEquals(4, placement.load(0)[0], 1e-9);
		assertEquals(12, placement.load(1)[0], 1e-9);
		// By the documented definition: (8/32)(4/8)^2 + (24/32)(12/24)^2 = 0.25.
		assertEquals(0.25, Checks.objective(p, placement.nodeIndexes(), Objective.spread()), 1e-12);
	}

	@Test
	void emptyPoolsAndPoolsWithoutReadyNodesAreHandled() {
		Placement empty = Solver.builder().maxSteps(100).build().solve(Problem.builder("cpu").build());
		assertTrue(empty.isComplete());
		Problem noNodes = Problem.builder("cpu").addTask("t", 1).build();
		Placement nowhere = Solver.builder().maxSteps(100).build().solve(noNodes);
		assertEquals(List.of("t"), nowhere.unplacedTasks());
		assertNull(nowhere.timeToFirstFeasible(), "never complete: no time to first feasible");
		Problem allDown = Problem.builder("cpu").node("n").capacity(10).cost(1)
				.state(org.flotilla.scheduler.NodeState.UNREACHABLE).add().addTask("t", 1).build();
		Placement placement = Solver.builder().maxSteps(100).build().solve(allDown);
		assertEquals(List.of("t"), placement.unplacedTasks());
		assertNotNull(placement.closestNodes("t", 1).get(0).violation(org.flotilla.scheduler.ConstraintKind.NODE_STATE));
	}
}
