package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flotilla.console.core.tasks.PoolProblems;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Middleware;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.StackRequirement;
import org.flotilla.model.Task;
import org.flotilla.model.TaskState;
import org.flotilla.scheduler.ConstraintKind;
import org.flotilla.scheduler.Explanation;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.WhatIf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The pool as the engine sees it. */
class PoolProblemsTest {

	private final ControlHarness h = new ControlHarness();

	@AfterEach
	void close() {
		h.close();
	}

	private Task inPool(String name, double cpu, long memory, Node node, TaskState state) {
		Task task = ControlHarness.task(name, cpu, memory);
		task.setNode(node);
		task.setState(state);
		h.pool.getTasks().add(task);
		return task;
	}

	private static Explanation explain(PoolProblems.PoolProblem problem, Task task, Node node) {
		Placement current = problem.current();
		return current.explain(problem.idOf(task), node.getName());
	}

	@Test
	void capacitiesAreNetOfWhatRunsAndLabelsStatesAndStackDecide() {
		Node a = h.node("a", 4, 8192, "ssd");
		Node b = h.node("b", 8, 16384);
		Node down = h.node("down", 64, 65536, "ssd");
		down.setState(NodeState.MAINTENANCE);
		inPool("running", 3, 4096, a, TaskState.RUNNING);
		inPool("stopped", 4, 8192, a, TaskState.STOPPED); // holds nothing
		ControlHarness.discovered(b, "OpenJDK", "21.0.4");
		Middleware wanted = ControlHarness.discovered(a, "OpenJDK", "17.0.2");
		Middleware desiredOnly = ControlHarness.F.createMiddleware(); // desired, not there: does not count
		desiredOnly.setName("OpenJDK");
		desiredOnly.setDesiredVersion("21");
		desiredOnly.setDesired(true);
		a.getMiddleware().add(desiredOnly);
		assertNotNull(wanted);

		Task fresh = ControlHarness.task("fresh", 1, 1024);
		fresh.getRequiredLabels().add("ssd");
		StackRequirement java = ControlHarness.F.createStackRequirement();
		java.setName("OpenJDK");
		java.setMinimumVersion("21");
		fresh.getRequirements().add(java);

		PoolProblems.PoolProblem problem = PoolProblems.forPlacing(h.pool, List.of(fresh));
		Problem p = problem.problem();
		assertEquals(List.of("cpu", "memory", "disk", "network", "tasks"), p.resources());
		assertEquals(2, p.tasks().size(), "the running task and the new one; the stopped one holds nothing");
		assertTrue(p.task(problem.indexOf(h.pool.getTasks().get(0))).pinned(), "running work is held where it runs");

		Explanation onA = explain(problem, fresh, a);
		assertTrue(onA.violation(ConstraintKind.STACK) != null, "17 is not 21, and desired is not discovered: " + onA);
		assertTrue(onA.violation(ConstraintKind.CAPACITY) == null, "1 core of the 4 - 3 free: " + onA);
		Explanation onB = explain(problem, fresh, b);
		assertTrue(onB.violation(ConstraintKind.LABEL) != null, onB.toString());
		assertTrue(onB.violation(ConstraintKind.STACK) == null, onB.toString());
		Explanation onDown = explain(problem, fresh, down);
		assertTrue(onDown.violation(ConstraintKind.NODE_STATE) != null, onDown.toString());

		Task cpuHeavy = ControlHarness.task("heavy", 2, 1024);
		PoolProblems.PoolProblem second = PoolProblems.forPlacing(h.pool, List.of(cpuHeavy));
		Explanation full = explain(second, cpuHeavy, a);
		assertTrue(full.violation(ConstraintKind.CAPACITY) != null, "3 of 4 cores run there: " + full);
	}

	@Test
	void aNodeTakesNoMoreTasksThanItsAgentRuns() {
		// Tiny tasks, consolidated: without the agent's tasks.max the engine would put all of them on one node.
		Node small = h.node("small", 64, 65536);
		Node other = h.node("other", 64, 65536);
		small.setTaskSlots(2);
		other.setTaskSlots(3);
		inPool("running", 0.01, 1, small, TaskState.RUNNING);
		Task first = ControlHarness.task("first", 0.01, 1);
		Task second = ControlHarness.task("second", 0.01, 1);
		PoolProblems.PoolProblem problem = PoolProblems.forPlacing(h.pool, List.of(first, second));
		assertTrue(explain(problem, first, small).violation(ConstraintKind.CAPACITY) == null, "one slot of two is free");
		Placement placed = org.flotilla.scheduler.Solver.builder().objective(org.flotilla.scheduler.Objective.consolidate())
				.maxSteps(10_000).timeLimit(java.time.Duration.ofSeconds(5)).build().solve(problem.problem());
		assertTrue(placed.isComplete(), "both placed");
		long onSmall = java.util.stream.Stream.of(first, second).filter(t -> "small".equals(placed.nodeOf(problem.idOf(t)))).count();
		assertTrue(onSmall <= 1, "the small agent runs 2 tasks at most, one runs there already: " + onSmall);
		h.pool.getTasks().add(first);
		first.setNode(small);
		first.setState(TaskState.RUNNING);
		Task third = ControlHarness.task("third", 0.01, 1);
		Explanation full = explain(PoolProblems.forPlacing(h.pool, List.of(third)), third, small);
		assertTrue(full.violation(ConstraintKind.CAPACITY) != null && full.violation(ConstraintKind.CAPACITY).subject().equals("tasks"),
				"its slots are taken: " + full);
	}

	@Test
	void antiAffinityAffinityAndPinsBecomeGroupsAndPins() {
		Node a = h.node("a", 8, 8192);
		Node b = h.node("b", 8, 8192);
		Task primary = inPool("db-primary", 1, 512, a, TaskState.RUNNING);
		Task replica = ControlHarness.task("db-replica", 1, 512);
		replica.getAntiAffinity().add(primary);
		Task sidecar = ControlHarness.task("db-sidecar", 1, 512);
		sidecar.getAffinity().add(primary);
		Task pinned = ControlHarness.task("pinned", 1, 512);
		pinned.setNode(b);
		pinned.setPinned(true);

		PoolProblems.PoolProblem problem = PoolProblems.forPlacing(h.pool, List.of(replica, sidecar, pinned));
		Explanation replicaOnA = explain(problem, replica, a);
		assertTrue(replicaOnA.violation(ConstraintKind.ANTI_AFFINITY) != null, replicaOnA.toString());
		assertTrue(explain(problem, replica, b).fits());
		org.flotilla.scheduler.Task sidecarTask = problem.problem().task(problem.indexOf(sidecar));
		assertNotNull(sidecarTask.affinityGroup());
		assertEquals(sidecarTask.affinityGroup(), problem.problem().task(problem.indexOf(primary)).affinityGroup());
		org.flotilla.scheduler.Task pinnedTask = problem.problem().task(problem.indexOf(pinned));
		assertTrue(pinnedTask.pinned());
		assertEquals("b", pinnedTask.currentNode());
	}

	@Test
	void planningKeepsRunningTasksMovableAndWhatIfUsesTheIndex() {
		Node a = h.node("a", 4, 8192);
		Node b = h.node("b", 4, 8192);
		Task web = inPool("web", 1, 512, a, TaskState.RUNNING);
		Task pending = inPool("later", 1, 512, null, TaskState.PENDING);

		PoolProblems.PoolProblem problem = PoolProblems.forPlanning(h.pool);
		assertFalse(problem.problem().task(problem.indexOf(web)).pinned());
		assertEquals("a", problem.problem().task(problem.indexOf(web)).currentNode());
		assertTrue(problem.indexOf(pending) >= 0, "pending work is in the plan");
		WhatIf whatIf = problem.whatIf();
		WhatIf.Result result = whatIf.evaluate(problem.indexOf(web), problem.indexOf(b));
		assertTrue(result.feasible());
		assertEquals(1, result.toLoadAfter()[0], 1e-9);
		assertEquals("a", result.fromNode());
	}

	@Test
	void enoughObservedUsagePredictsTheDemandAndSaysSo() {
		Node a = h.node("a", 4, 8192);
		Task busy = inPool("busy", 2, 4096, a, TaskState.RUNNING);
		Task fresh = inPool("fresh", 2, 4096, a, TaskState.RUNNING);
		MetricWindow window = ControlHarness.F.createMetricWindow();
		for (int i = 0; i < 30; i++) {
			MetricSample sample = ControlHarness.F.createMetricSample();
			sample.setTime(1_000_000L + i * 1000L);
			sample.setCpu(i % 10 == 0 ? 1.0 : 0.5); // cores
			sample.setMemory(1000); // MiB
			window.getSamples().add(sample);
		}
		busy.setObservedUsage(window);

		PoolProblems.PoolProblem problem = PoolProblems.forPlanning(h.pool);

		assertTrue(problem.isDemandPredicted(problem.indexOf(busy)));
		assertTrue(busy.isDemandPredicted());
		assertTrue(busy.getPredictedCpuDemand() >= 0.5 && busy.getPredictedCpuDemand() <= 1.0, "p95: " + busy.getPredictedCpuDemand());
		assertEquals(1000, busy.getPredictedMemoryDemand());
		assertFalse(fresh.isDemandPredicted(), "too few samples: the declared demand");
		assertEquals(2, fresh.getPredictedCpuDemand(), 1e-9);
	}
}
