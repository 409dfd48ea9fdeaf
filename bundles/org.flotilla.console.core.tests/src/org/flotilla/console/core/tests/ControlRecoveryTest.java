package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flotilla.model.Group;
import org.flotilla.model.Job;
import org.flotilla.model.JobKind;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.RestartPolicy;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.model.TaskState;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The control service when things go wrong, against fake agents: stops that do not get through, epochs taken
 * back, tasks their agent stopped, silent nodes whatever their state, pools older than what agents know, starts
 * whose task went away, and what it keeps about tasks and nodes that left the pool.
 */
class ControlRecoveryTest {

	private final ControlHarness h = new ControlHarness();

	@AfterEach
	void close() {
		h.close();
	}

	private Task running(String name) {
		return h.running(ControlHarness.task(name, 1, 512));
	}

	private long stopsTo(String node, long epoch) {
		return h.sent(TaskOperations.STOP, node).stream().filter(s -> s.epoch() == epoch).count();
	}

	private Job lastJob(JobKind kind) {
		List<Job> jobs = h.pool.getJobs().stream().filter(j -> j.getKind() == kind).toList();
		return jobs.isEmpty() ? null : jobs.get(jobs.size() - 1);
	}

	// ---------------------------------------------------------------- stops count once the agent answered OK

	@Test
	void aHandOverStopThatDidNotGetThroughIsSentAgainAtTheNextReportOfTheOldCopy() {
		h.node("node-1", 4, 8192);
		Task web = running("web-1");
		Node second = h.node("node-2", 4, 8192);
		Job move = h.control.move(web, second);
		h.awaitSent(TaskOperations.RUN, 2).ok("running");
		ControlHarness.Sent stop = h.awaitSent(TaskOperations.STOP, 1);
		assertEquals("node-1", stop.node());
		stop.fail("node-1 is not connected");
		h.pumpUntil("the move ends", () -> move.getState() == JobState.FAILED);
		assertTrue(move.getMessage().contains("node-1"), move.getMessage());
		assertSame(second, web.getNode());

		// node-1 is back and still runs the old copy: it is fenced now, once while that stop is on its way.
		h.report("node-1", "web-1", 1, TaskStatus.State.RUNNING);
		h.report("node-1", "web-1", 1, TaskStatus.State.RUNNING);
		h.pump();
		assertEquals(2, stopsTo("node-1", 2), "sent again, and only once while on its way");
		h.sent(TaskOperations.STOP).get(1).ok("stopped");
		h.pump();
		h.report("node-1", "web-1", 1, TaskStatus.State.RUNNING);
		h.pump();
		assertEquals(2, stopsTo("node-1", 2), "answered OK: done");
	}

	@Test
	void aPersonsStopThatTimedOutIsSentAgainWhenTheTaskIsReportedRunning() {
		h.node("node-1", 4, 8192);
		Task web = running("web-1");
		Job stop = h.control.stop(web);
		h.awaitSent(TaskOperations.STOP, 1);
		h.control.tick(h.now.get() + 31_000); // no answer within 30 s
		assertEquals(JobState.FAILED, stop.getState());
		h.report("node-1", "web-1", 1, TaskStatus.State.RUNNING);
		h.pump();
		assertEquals(2, stopsTo("node-1", 1), "the task should be stopped, and runs: stopped again");
	}

	// ---------------------------------------------------------------- epochs: adopt only newer than any issued

	@Test
	void anEpochThisConsoleIssuedAndTookBackIsFencedNotAdopted() {
		Node first = h.node("node-1", 4, 8192);
		Task web = running("web-1");
		h.node("node-2", 4, 8192);
		Job move = h.control.move(web, h.pool.getAllNodes().get(1));
		assertEquals(2, h.awaitSent(TaskOperations.RUN, 2).epoch());
		h.control.tick(h.now.get() + 31_000); // node-2 does not answer: the move is taken back
		h.pumpUntil("the move fails", () -> move.getState() == JobState.FAILED);
		assertSame(first, web.getNode());
		assertEquals(1, web.getEpoch());
		ControlHarness.Sent fence = h.awaitSent(TaskOperations.STOP, 1);
		assertEquals("node-2", fence.node());
		assertEquals(2, fence.epoch());
		fence.fail("node-2 did not answer");
		h.pump();

		// node-2 answers at last: it runs epoch 2, newer than the task's 1 but one this console took back.
		h.report("node-2", "web-1", 2, TaskStatus.State.RUNNING);
		h.pump();
		assertSame(first, web.getNode(), "not adopted");
		assertEquals(1, web.getEpoch());
		assertEquals(2, stopsTo("node-2", 2), "fenced (again: the first did not get through)");

		// The next assignment goes above every epoch issued.
		Job again = h.control.move(web, h.pool.getAllNodes().get(1));
		assertEquals(3, h.awaitSent(TaskOperations.RUN, 3).epoch());
		assertEquals(JobState.RUNNING, again.getState());
	}

	@Test
	void adoptingANewerEpochFromAnotherNodeFencesTheNodeTheFileNamed() {
		h.node("node-1", 4, 8192);
		Task web = running("web-1");
		Node second = h.node("node-2", 4, 8192);
		h.report("node-2", "web-1", 7, TaskStatus.State.RUNNING);
		assertEquals(7, web.getEpoch());
		assertSame(second, web.getNode());
		h.pump();
		assertEquals(1, stopsTo("node-1", 7), "the copy the file knew of is fenced with the adopted epoch");
	}

	// ---------------------------------------------------------------- a task its agent stopped

	@Test
	void aServiceItsAgentStoppedIsPlacedAgainAtANewEpoch() {
		h.node("node-1", 4, 8192);
		Task web = running("web-1");
		h.report("node-1", "web-1", 1, TaskStatus.State.STOPPED, "service", "isolated: no console for 10 s");
		assertEquals(TaskState.PENDING, web.getState());
		assertTrue(web.getStateReason().contains("isolated"), web.getStateReason());
		h.control.tick(h.now.addAndGet(2000));
		ControlHarness.Sent run = h.awaitSent(TaskOperations.RUN, 2);
		assertEquals("node-1", run.node());
		assertEquals(2, run.epoch(), "a new epoch");
		run.ok("running");
		h.pump();
		h.report("node-1", "web-1", 2, TaskStatus.State.RUNNING);
		assertEquals(TaskState.RUNNING, web.getState());
		assertEquals(JobState.SUCCEEDED, lastJob(JobKind.START).getState());
	}

	@Test
	void aBatchThatExitedAndAServiceItsAgentGaveUpOnStayAsReported() {
		h.node("node-1", 4, 8192);
		Task batch = ControlHarness.task("etl-1", 1, 512);
		batch.setKind(TaskKind.BATCH);
		h.running(batch);
		Task web = running("web-1");
		web.setRestartPolicy(RestartPolicy.ON_FAILURE);
		h.report("node-1", "etl-1", 1, TaskStatus.State.EXITED, "batch", "");
		h.report("node-1", "web-1", 1, TaskStatus.State.FAILED, "service", "gave up after 5 restarts in a row: exit code 1");
		h.control.tick(h.now.addAndGet(2000));
		h.control.tick(h.now.addAndGet(2000));
		h.pump();
		assertEquals(TaskState.EXITED, batch.getState());
		assertEquals(TaskState.FAILED, web.getState());
		assertEquals(2, h.sent(TaskOperations.RUN).size(), "nothing started again");
	}

	@Test
	void aTaskStoppedByAPersonIsNotPlacedAgainWhenItsAgentReportsItStopped() {
		h.node("node-1", 4, 8192);
		Task web = running("web-1");
		h.control.stop(web);
		h.awaitSent(TaskOperations.STOP, 1);
		h.report("node-1", "web-1", 1, TaskStatus.State.STOPPED);
		h.control.tick(h.now.addAndGet(2000));
		h.pump();
		assertEquals(TaskState.STOPPED, web.getState());
		assertEquals(1, h.sent(TaskOperations.RUN).size());
	}

	@Test
	void aBatchMovedIsStoppedThenStartedOnceItsStopIsReported() {
		h.node("node-1", 4, 8192);
		Task batch = ControlHarness.task("etl-1", 1, 512);
		batch.setKind(TaskKind.BATCH);
		h.running(batch);
		Node second = h.node("node-2", 4, 8192);
		Job move = h.control.move(batch, second);
		h.awaitSent(TaskOperations.STOP, 1).ok("stopping");
		h.pump();
		h.report("node-1", "etl-1", 1, TaskStatus.State.STOPPED, "batch", "");
		ControlHarness.Sent run = h.awaitSent(TaskOperations.RUN, 2);
		assertEquals("node-2", run.node());
		run.ok("running");
		h.pumpUntil("moved", () -> move.getState() == JobState.SUCCEEDED);
		h.control.tick(h.now.addAndGet(2000));
		h.pump();
		assertEquals(2, h.sent(TaskOperations.RUN).size(), "the stop of the move is not taken for the agent's own");
	}

	// ---------------------------------------------------------------- silence counts whatever the node's state

	@Test
	void aSilentNodeInMaintenanceHasItsTasksRestartedElsewhereAfterTheGrace() {
		Node first = h.node("node-1", 4, 8192);
		Task web = running("web-1");
		h.node("node-2", 4, 8192);
		h.pool.setRestartGraceSeconds(10);
		first.setState(NodeState.MAINTENANCE); // an administrator's doing; its agent keeps reporting for a while
		long t0 = h.now.get();
		first.setLastHeartbeat(t0);
		h.control.tick(t0 + 5_000);
		first.setLastHeartbeat(t0 + 9_000);
		h.control.tick(t0 + 10_001);
		h.pump();
		assertEquals(1, h.sent(TaskOperations.RUN).size(), "it reports: nothing moves");

		h.now.set(t0 + 19_001); // silent since t0 + 9 s, for more than the grace
		h.control.tick(t0 + 19_001);
		ControlHarness.Sent run = h.awaitSent(TaskOperations.RUN, 2);
		assertEquals("node-2", run.node());
		assertEquals(2, run.epoch());
		Job restart = lastJob(JobKind.RESTART_ELSEWHERE);
		assertNotNull(restart);
		assertSame(first, restart.getNode());
		assertSame(web, restart.getTask());
	}

	@Test
	void drainingAnUnreachableNodeDoesNotResetItsCountdown() {
		Node first = h.node("node-1", 4, 8192);
		Task web = running("web-1");
		h.pool.setRestartGraceSeconds(10);
		long t0 = h.now.get();
		first.setLastHeartbeat(t0);
		first.setState(NodeState.UNREACHABLE);
		h.control.tick(t0 + 4_000);
		h.now.set(t0 + 5_000);
		Job drain = h.control.drain(first); // nowhere to go yet: the task stays
		h.pumpUntil("the drain ends", () -> drain.getState() != JobState.RUNNING && drain.getState() != JobState.QUEUED);
		assertEquals(NodeState.MAINTENANCE, first.getState());
		h.node("node-2", 4, 8192);
		h.control.tick(t0 + 6_000);
		h.pump();
		assertEquals(1, h.sent(TaskOperations.RUN).size(), "within the grace");

		h.now.set(t0 + 10_001);
		h.control.tick(t0 + 10_001);
		ControlHarness.Sent run = h.awaitSent(TaskOperations.RUN, 2);
		assertEquals("node-2", run.node(), "10 s after its last report, not 10 s after the drain");
		assertSame(web, lastJob(JobKind.RESTART_ELSEWHERE).getTask());
	}

	// ---------------------------------------------------------------- a pool opened is reconciled with the agents

	@Test
	void anOpenedPoolIsReconciledAndATaskItsAgentDoesNotKnowIsPlacedAgain() {
		Pool opened = ControlHarness.F.createPool();
		opened.setName("older file");
		Group rack = ControlHarness.F.createGroup();
		rack.setName("rack");
		opened.getGroups().add(rack);
		Node node = ControlHarness.F.createNode();
		node.setName("node-1");
		node.setAddress("127.0.0.1:27100");
		node.setState(NodeState.READY);
		node.setCpuCapacity(4);
		node.setMemoryCapacity(8192);
		node.setDiskCapacity(100);
		node.setNetworkCapacity(1000);
		rack.getNodes().add(node);
		Task placed = ControlHarness.task("web-1", 1, 512); // saved while placed: its run-task never got there
		placed.setDesiredRunning(true);
		placed.setState(TaskState.PLACED);
		placed.setEpoch(3);
		placed.setNode(node);
		Task api = ControlHarness.task("api-1", 1, 512);
		api.setDesiredRunning(true);
		api.setState(TaskState.RUNNING);
		api.setEpoch(2);
		api.setNode(node);
		opened.getTasks().addAll(List.of(placed, api));

		h.session.opened(opened, null);
		ControlHarness.Sent status = h.awaitSent(TaskOperations.STATUS, 1);
		assertEquals("node-1", status.node());
		status.fail("node-1 is not connected");
		h.pump();
		h.control.tick(h.now.addAndGet(1000));
		h.pump();
		assertEquals(1, h.sent(TaskOperations.STATUS).size(), "not asked again before it is heard from");
		node.setLastHeartbeat(h.now.get());
		h.control.tick(h.now.addAndGet(1000));
		ControlHarness.Sent again = h.awaitSent(TaskOperations.STATUS, 2);
		again.ok(TaskStatus.toValues(List.of(ControlHarness.status("api-1", 2, TaskStatus.State.RUNNING, "service", ""))));
		h.pump();

		assertEquals(TaskState.RUNNING, api.getState(), "listed: as reported");
		assertEquals(TaskState.PENDING, placed.getState(), "not listed: pending");
		assertTrue(placed.getStateReason().contains("does not know web-1"), placed.getStateReason());
		h.control.tick(h.now.addAndGet(2000));
		ControlHarness.Sent run = h.awaitSent(TaskOperations.RUN, 1);
		assertEquals("web-1", run.arguments().get("task"));
		assertEquals(4, run.epoch(), "placed again at a new epoch");
	}

	// ---------------------------------------------------------------- a start whose task changed during the solve

	@Test
	void aStartJobEndsWhenItsTaskIsRemovedWhileTheEngineWorks() {
		h.node("node-1", 4, 8192);
		Task web = ControlHarness.task("web-1", 1, 512);
		Job job = h.control.submit(List.of(web)).get(0);
		h.pool.getTasks().remove(web);
		h.pumpUntil("the job ends", () -> job.getState() != JobState.QUEUED);
		assertEquals(JobState.CANCELLED, job.getState(), job.getMessage());
		assertTrue(job.getMessage().contains("removed"), job.getMessage());
		assertTrue(h.sent(TaskOperations.RUN).isEmpty());
	}

	@Test
	void aStartJobSucceedsWhenItsAgentReportsTheTaskRunningWhileTheEngineWorks() {
		Node node = h.node("node-1", 4, 8192);
		Task web = ControlHarness.task("web-1", 1, 512);
		Job job = h.control.submit(List.of(web)).get(0);
		h.report("node-1", "web-1", 5, TaskStatus.State.RUNNING); // a newer epoch than any of this console's
		assertEquals(JobState.SUCCEEDED, job.getState(), job.getMessage());
		assertSame(node, web.getNode());
		h.control.tick(h.now.addAndGet(2000));
		h.pump();
		assertTrue(h.sent(TaskOperations.RUN).isEmpty(), "it runs: nothing to start");
	}

	// ---------------------------------------------------------------- what leaves the pool is forgotten

	@Test
	void whatLeavesThePoolIsForgotten() {
		h.node("node-1", 4, 8192);
		Node second = h.node("node-2", 4, 8192);
		Task web = running("web-1");
		Task api = running("api-1");
		second.setState(NodeState.MAINTENANCE);
		h.control.tick(h.now.addAndGet(1000));
		assertTrue(h.control.remembered() >= 3, "epochs issued, the node in maintenance: " + h.control.remembered());

		h.pool.getTasks().removeAll(List.of(web, api));
		h.group.getNodes().remove(second);
		h.control.tick(h.now.addAndGet(1000));
		assertEquals(0, h.control.remembered());
	}
}
