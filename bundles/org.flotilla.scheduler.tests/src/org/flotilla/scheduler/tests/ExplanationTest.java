package org.flotilla.scheduler.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.flotilla.scheduler.ConstraintKind;
import org.flotilla.scheduler.Explanation;
import org.flotilla.scheduler.NodeState;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Solver;
import org.flotilla.scheduler.Violation;
import org.junit.jupiter.api.Test;

/** Explanations name the constraint that is broken and by how much. */
class ExplanationTest {

	private final Problem problem = Problem.builder("cpu", "memory")
			.node("busy").capacity(8, 32).cost(1).add()
			.node("down").capacity(64, 64).cost(1).state(NodeState.MAINTENANCE).add()
			.node("plain").capacity(64, 64).cost(1).installed("jvm", "17").add()
			.node("gpu").capacity(64, 64).cost(1).labels("gpu").installed("jvm", "21").add()
			.task("resident").demand(5, 30).currentNode("busy").add()
			.task("replica1").demand(1, 1).antiAffinityGroups("db").currentNode("gpu").add()
			.task("job").demand(4, 4).requireLabels("gpu").requireStack("jvm", "21").antiAffinityGroups("db").add()
			.task("pinned").demand(1, 1).pinnedTo("plain").add()
			.build();
	private final Placement current = Placement.of(problem, Map.of("resident", "busy", "replica1", "gpu", "pinned", "plain"));

	@Test
	void capacityNamesResourceAndExcess() {
		Explanation e = current.explain("job", "busy");
		Violation cpu = e.violation(ConstraintKind.CAPACITY);
		assertNotNull(cpu);
		assertEquals("cpu", cpu.subject());
		assertEquals(1.0, cpu.amount(), 1e-9, "8 cpu, 5 used, 4 needed: short by 1");
		Violation memory = e.violations().stream().filter(v -> v.subject().equals("memory")).findFirst().orElseThrow();
		assertEquals(2.0, memory.amount(), 1e-9, "32 memory, 30 used, 4 needed: short by 2");
	}

	@Test
	void stateLabelStackAntiAffinityAndPinAreNamed() {
		assertNotNull(current.explain("job", "down").violation(ConstraintKind.NODE_STATE));
		Explanation plain = current.explain("job", "plain");
		assertEquals("gpu", plain.violation(ConstraintKind.LABEL).subject());
		assertEquals("jvm >= 21", plain.violation(ConstraintKind.STACK).subject());
		assertNull(plain.violation(ConstraintKind.CAPACITY));
		Explanation gpu = current.explain("job", "gpu");
		assertEquals(List.of(ConstraintKind.ANTI_AFFINITY), gpu.violations().stream().map(Violation::kind).toList());
		assertEquals("db", gpu.violation(ConstraintKind.ANTI_AFFINITY).subject());
		assertEquals(1, gpu.violation(ConstraintKind.ANTI_AFFINITY).amount(), 0);
		assertEquals("plain", current.explain("pinned", "gpu").violation(ConstraintKind.PINNED).subject());
		assertTrue(current.explain("resident", "gpu").fits());
	}

	@Test
	void unplaceableTaskGetsItsClosestNodes() {
		Problem p = Problem.builder("cpu").addNode("small", 1, 4).addNode("medium", 1, 9).node("big-but-down").capacity(100)
				.cost(1).state(NodeState.UNREACHABLE).add().addTask("huge", 10).build();
		Placement placement = Solver.builder().maxSteps(1000).build().solve(p);
		assertEquals(List.of("huge"), placement.unplacedTasks());
		List<Explanation> closest = placement.closestNodes("huge", 2);
		assertEquals("medium", closest.get(0).nodeId());
		assertEquals(1.0, closest.get(0).violation(ConstraintKind.CAPACITY).amount(), 1e-9);
		assertEquals("small", closest.get(1).nodeId());
		assertEquals(6.0, closest.get(1).violation(ConstraintKind.CAPACITY).amount(), 1e-9);
		closest.forEach(e -> assertFalse(e.fits()));
	}
}
