package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.flotilla.console.core.planning.PlanApplication;
import org.flotilla.console.core.planning.PlanEdits;
import org.flotilla.model.Job;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.Task;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Applying a plan through the control service (with fake agents): each move is a migration job, one after the
 * other; a move that went stale is refused and reported, and the rest continue or stop as the planner chose.
 */
class PlanApplicationTest {

	private final ControlHarness h = new ControlHarness();
	private final List<String> heard = new ArrayList<>();
	private final PlanApplication.Listener listener = new PlanApplication.Listener() {
		@Override
		public void progressed(PlanApplication application) {
			heard.add("progressed " + application.outcomes().size());
		}

		@Override
		public void finished(PlanApplication application) {
			heard.add("finished");
		}
	};

	@AfterEach
	void close() {
		h.close();
	}

	private Task runningOn(String name) {
		Task task = ControlHarness.task(name, 1, 512);
		Job job = h.control.submit(List.of(task)).get(0);
		ControlHarness.Sent run = h.awaitSent(TaskOperations.RUN, h.sent(TaskOperations.RUN).size() + 1);
		run.ok("starting");
		h.pump();
		h.report(run.node(), name, run.epoch(), TaskStatus.State.RUNNING);
		assertEquals(JobState.SUCCEEDED, job.getState(), job.getMessage());
		return task;
	}

	private void plan(Task task, Node target) {
		h.session.getEditingDomain().getCommandStack()
				.execute(PlanEdits.addMoves(h.session.getEditingDomain(), h.pool, List.of(task), target));
	}

	@Test
	void eachMoveIsAMigrationJobStartedOnTheTargetThenStoppedOnTheSourceOneAfterTheOther() {
		Node first = h.node("node-1", 4, 8192);
		Task web = runningOn("web-1");
		Task api = runningOn("api-1");
		Node second = h.node("node-2", 4, 8192);
		plan(web, second);
		plan(api, second);

		PlanApplication application = PlanApplication.start(h.control, h.session, PlanApplication.OnFailure.STOP, listener);

		ControlHarness.Sent start = h.awaitSent(TaskOperations.RUN, 3);
		assertEquals("node-2", start.node());
		assertEquals("web-1", start.arguments().get("task"));
		assertEquals(1, h.sent(TaskOperations.RUN, "node-2").size(), "one move at a time");
		start.ok("running");
		h.awaitSent(TaskOperations.STOP, 1).ok("stopped");
		ControlHarness.Sent second2 = h.awaitSent(TaskOperations.RUN, 4);
		assertEquals("api-1", second2.arguments().get("task"));
		second2.ok("running");
		h.awaitSent(TaskOperations.STOP, 2).ok("stopped");
		h.pumpUntil("the plan applied", application::isFinished);

		assertSame(second, web.getNode());
		assertSame(second, api.getNode());
		assertEquals(2, application.moved());
		assertTrue(PlanEdits.currentPlan(h.pool).getMoves().isEmpty(), "moves that were done leave the plan");
		assertEquals(List.of("progressed 1", "progressed 2", "finished"), heard);
		assertSame(first, h.pool.getJobs().stream().filter(j -> j.getTask() == web && j.getTargetNode() == second)
				.findFirst().orElseThrow().getNode());
	}

	@Test
	void aStaleMoveIsRefusedAndTheRestStopWhenThePlannerSaidSo() {
		h.node("node-1", 4, 8192);
		Task web = runningOn("web-1");
		Task api = runningOn("api-1");
		Node second = h.node("node-2", 4, 8192);
		plan(web, second);
		plan(api, second);
		web.setEpoch(web.getEpoch() + 1); // reassigned meanwhile (another console applied a plan)

		PlanApplication application = PlanApplication.start(h.control, h.session, PlanApplication.OnFailure.STOP, listener);
		h.pump();

		assertTrue(application.isFinished() && application.isStopped());
		assertEquals(2, h.sent(TaskOperations.RUN).size(), "no move was started");
		assertEquals(1, application.outcomes().size());
		PlanApplication.Outcome refused = application.outcomes().get(0);
		assertFalse(refused.moved());
		assertTrue(refused.message().startsWith("refused: web-1 was reassigned since the move was planned"), refused.message());
		assertEquals(2, PlanEdits.currentPlan(h.pool).getMoves().size(), "nothing done leaves the plan");
	}

	@Test
	void afterAFailedMoveTheRestContinueWhenThePlannerSaidSo() {
		h.node("node-1", 4, 8192);
		Task web = runningOn("web-1");
		Task api = runningOn("api-1");
		Node second = h.node("node-2", 4, 8192);
		plan(web, second);
		plan(api, second);

		PlanApplication application = PlanApplication.start(h.control, h.session, PlanApplication.OnFailure.CONTINUE,
				listener);
		h.awaitSent(TaskOperations.RUN, 3).refuse("disk full");
		ControlHarness.Sent next = h.awaitSent(TaskOperations.RUN, 4);
		assertEquals("api-1", next.arguments().get("task"));
		next.ok("running");
		h.pumpUntil("api-1 is stopped on node-1", () -> !h.sent(TaskOperations.STOP, "node-1").isEmpty());
		h.sent(TaskOperations.STOP).forEach(stop -> stop.ok("stopped"));
		h.pumpUntil("the plan applied", application::isFinished);

		assertEquals(1, application.moved());
		assertFalse(application.outcomes().get(0).moved());
		assertTrue(application.outcomes().get(0).message().contains("disk full"), application.outcomes().get(0).message());
		assertSame(second, api.getNode());
		assertEquals(1, PlanEdits.currentPlan(h.pool).getMoves().size(), "the failed move stays in the plan");
	}
}
