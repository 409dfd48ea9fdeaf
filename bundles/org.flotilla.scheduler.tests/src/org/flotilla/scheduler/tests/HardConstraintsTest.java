package org.flotilla.scheduler.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.flotilla.scheduler.NodeState;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Solver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each hard constraint: a naive answer (everything on the cheapest node, or tasks spread apart) breaks it,
 * which the independent checker confirms, and the engine's answer never does.
 */
class HardConstraintsTest {

	private static Placement solve(Problem p, Objective objective) {
		return Solver.builder().objective(objective).maxSteps(20_000).timeLimit(Duration.ofSeconds(5)).seed(1).build().solve(p);
	}

	/** The naive consolidating answer: every task on the cheapest node. */
	private static int[] allOn(Problem p, String node) {
		int[] a = new int[p.tasks().size()];
		java.util.Arrays.fill(a, p.nodeIndex(node));
		return a;
	}

	private static void assertValid(Problem p, Placement placement) {
		assertEquals(List.of(), Checks.violations(p, placement.nodeIndexes()));
	}

	@Test
	void capacityOfEveryResourceHolds() {
		Problem p = Problem.builder("cpu", "memory", "disk", "network").addNode("cheap", 1, 10, 10, 10, 10)
				.addNode("dear", 50, 10, 10, 10, 10).addTask("a", 1, 1, 6, 1).addTask("b", 1, 1, 6, 1).build();
		assertFalse(Checks.violations(p, allOn(p, "cheap")).isEmpty());
		Placement placement = solve(p, Objective.consolidate());
		assertTrue(placement.isComplete());
		assertValid(p, placement);
		assertNotEquals(placement.nodeOf("a"), placement.nodeOf("b"));
	}

	@ParameterizedTest
	@EnumSource(value = NodeState.class, names = { "UNREACHABLE", "MAINTENANCE", "DECOMMISSIONED", "ENROLLING" })
	void nothingGoesToNodesThatAreNotReady(NodeState state) {
		Problem p = Problem.builder("cpu").node("cheap").capacity(10).cost(1).state(state).add().addNode("ready", 50, 10)
				.addTask("a", 2).addTask("b", 2).build();
		assertFalse(Checks.violations(p, allOn(p, "cheap")).isEmpty());
		Placement placement = solve(p, Objective.consolidate());
		assertValid(p, placement);
		assertEquals("ready", placement.nodeOf("a"));
		assertEquals("ready", placement.nodeOf("b"));
	}

	@Test
	void requiredStackGoesWhereInstalledOrProvisionableAndIsMarked() {
		Problem p = Problem.builder("cpu").node("cheap").capacity(10).cost(1).installed("jvm", "17.0.9").add()
				.node("provisionable").capacity(10).cost(5).installed("jvm", "17").provisionable("jvm", "21.0.1").add()
				.node("installed").capacity(10).cost(50).installed("jvm", "21").add()
				.task("app").demand(2).requireStack("jvm", "21").add().build();
		assertFalse(Checks.violations(p, allOn(p, "cheap")).isEmpty());
		Placement placement = solve(p, Objective.consolidate());
		assertValid(p, placement);
		assertEquals("provisionable", placement.nodeOf("app"));
		assertTrue(placement.needsProvisioning(0));
		// With a provisioning penalty larger than the price difference, the installed node wins.
		Placement avoid = solve(p, Objective.consolidate().withProvisioningPenalty(100));
		assertEquals("installed", avoid.nodeOf("app"));
		assertFalse(avoid.needsProvisioning(0));
	}

	@Test
	void requiredLabelsHold() {
		Problem p = Problem.builder("cpu").addNode("cheap", 1, 10).node("gpu").capacity(10).cost(50).labels("gpu", "zone=a").add()
				.task("train").demand(2).requireLabels("gpu").add().addTask("web", 1).build();
		assertFalse(Checks.violations(p, allOn(p, "cheap")).isEmpty());
		Placement placement = solve(p, Objective.consolidate());
		assertValid(p, placement);
		assertEquals("gpu", placement.nodeOf("train"));
		assertEquals("gpu", placement.nodeOf("web"), "consolidation puts the free task with it");
	}

	@Test
	void antiAffinityKeepsReplicasApart() {
		Problem.Builder b = Problem.builder("cpu").addNode("big", 1, 100).addNode("n2", 10, 100).addNode("n3", 10, 100);
		for (int i = 0; i < 3; i++) {
			b.task("replica" + i).demand(1).antiAffinityGroups("db").add();
		}
		Problem p = b.build();
		assertFalse(Checks.violations(p, allOn(p, "big")).isEmpty());
		Placement placement = solve(p, Objective.consolidate());
		assertTrue(placement.isComplete());
		assertValid(p, placement);
	}

	@Test
	void antiAffinityLeavesTaskUnplacedRatherThanBreakIt() {
		Problem p = Problem.builder("cpu").addNode("only", 1, 100).task("r1").demand(1).antiAffinityGroups("db").add()
				.task("r2").demand(1).antiAffinityGroups("db").add().build();
		Placement placement = solve(p, Objective.consolidate());
		assertValid(p, placement);
		assertEquals(1, placement.unplacedTasks().size());
	}

	@Test
	void affinityKeepsGroupTogetherEvenWhenSpreading() {
		Problem p = Problem.builder("cpu").addNode("a", 1, 10).addNode("b", 1, 10).addNode("c", 1, 10)
				.task("web").demand(2).affinityGroup("shop").add().task("cache").demand(2).affinityGroup("shop").add()
				.addTask("other", 2).build();
		int[] spreadApart = { 0, 1, 2 };
		assertFalse(Checks.violations(p, spreadApart).isEmpty());
		Placement placement = solve(p, Objective.spread());
		assertValid(p, placement);
		assertEquals(placement.nodeOf("web"), placement.nodeOf("cache"));
		assertNotEquals(placement.nodeOf("web"), placement.nodeOf("other"), "spread still balances the rest");
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void pinnedTasksStayWhereTheyAre(boolean spread) {
		Problem p = Problem.builder("cpu").addNode("cheap", 1, 10).addNode("dear", 100, 10).task("pinned").demand(1)
				.pinnedTo("dear").add().task("running").demand(1).currentNode("dear").add().addTask("new", 1).build();
		Placement placement = solve(p, spread ? Objective.spread() : Objective.consolidate());
		assertValid(p, placement);
		assertEquals("dear", placement.nodeOf("pinned"));
		if (!spread) {
			assertEquals("dear", placement.nodeOf("running"), "consolidating: join the node that must stay used");
			assertEquals("dear", placement.nodeOf("new"));
		}
	}

	@Test
	void randomPoolsWithEveryConstraintNeverGetAnInvalidAnswer() {
		for (long seed = 0; seed < 30; seed++) {
			Problem p = Checks.randomProblem(seed, 12 + (int) seed, 40 + 3 * (int) seed);
			for (Objective objective : List.of(Objective.consolidate(), Objective.spread(),
					Objective.consolidate().withMovePenalty(50).withSpreadWeight(100))) {
				Placement placement = Solver.builder().objective(objective).maxSteps(5_000).seed(seed).build().solve(p);
				assertEquals(List.of(), Checks.violations(p, placement.nodeIndexes()), "seed " + seed + " " + objective);
				for (String unplaced : placement.unplacedTasks()) {
					placement.closestNodes(unplaced, 3).forEach(e -> assertFalse(e.fits(), "unplaced " + unplaced + " but " + e));
				}
			}
		}
	}

	/**
	 * 3computers-9processes of the cloud-balancing benchmark (optimum 5,460, proven by an exact MIP): first-fit
	 * decreasing alone uses all three computers (6,140); only the search finds that the two small ones can
	 * take everything.
	 */
	@Test
	void consolidationFindsTheOptimumOfACloudBalancingInstanceThatConstructionMisses() {
		Problem p = Problem.builder("cpu", "memory", "network").addNode("0", 4800, 24, 96, 16).addNode("1", 660, 6, 4, 6)
				.addNode("2", 680, 6, 16, 4).addTask("0", 1, 1, 1).addTask("1", 1, 1, 1).addTask("2", 1, 8, 1)
				.addTask("3", 1, 5, 1).addTask("4", 3, 1, 3).addTask("5", 1, 1, 3).addTask("6", 1, 6, 6).addTask("7", 1, 27, 1)
				.addTask("8", 5, 4, 4).build();
		Placement construction = Solver.builder().maxSteps(0).seed(1).build().solve(p);
		assertEquals(6140, Checks.usedCost(p, construction.nodeIndexes()), 1e-9, "this test needs construction to miss the optimum");
		Placement placement = solve(p, Objective.consolidate());
		assertValid(p, placement);
		assertTrue(placement.isComplete());
		assertEquals(5460, Checks.usedCost(p, placement.nodeIndexes()), 1e-9);
	}

	/**
	 * Eight tasks of 5, 5, 4, 4, 3, 3, 3, 3 on equal nodes of 10: first-fit decreasing opens four nodes
	 * (5+5, 4+4, 3+3+3, 3); three suffice (5+5, 4+3+3, 4+3+3), and fewer cannot hold a demand of 30.
	 */
	@Test
	void consolidationEmptiesANodeThatFirstFitDecreasingUses() {
		Problem.Builder b = Problem.builder("cpu");
		for (int n = 0; n < 8; n++) {
			b.addNode("n" + n, 100, 10);
		}
		int[] sizes = { 5, 5, 4, 4, 3, 3, 3, 3 };
		for (int t = 0; t < sizes.length; t++) {
			b.addTask("t" + t, sizes[t]);
		}
		Problem p = b.build();
		Placement construction = Solver.builder().maxSteps(0).seed(3).build().solve(p);
		assertEquals(400, Checks.usedCost(p, construction.nodeIndexes()), 1e-9, "this test needs construction to use four nodes");
		Placement placement = Solver.builder().maxSteps(20_000).seed(3).build().solve(p);
		assertValid(p, placement);
		assertTrue(placement.isComplete());
		assertEquals(300, Checks.usedCost(p, placement.nodeIndexes()), 1e-9);
	}
}
