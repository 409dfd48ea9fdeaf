package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.IsolationResponse;
import org.flotilla.model.Job;
import org.flotilla.model.JobKind;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.RestartPolicy;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.model.TaskState;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The control service against fake agents: what it sends, when jobs end, what the model says. */
class ControlServiceTest {

	private ControlHarness h = new ControlHarness();

	@AfterEach
	void close() {
		h.close();
	}

	/** Submits one task, answers its run-task and reports it running: the task runs on the node it was sent to. */
	private Task runningTask(String name, Node... nodes) {
		Task task = ControlHarness.task(name, 1, 512);
		Job job = h.control.submit(List.of(task)).get(0);
		ControlHarness.Sent run = h.awaitSent(TaskOperations.RUN, h.sent(TaskOperations.RUN).size() + 1);
		run.ok("starting");
		h.pump();
		h.report(run.node(), name, run.epoch(), TaskStatus.State.RUNNING);
		assertEquals(JobState.SUCCEEDED, job.getState(), job.getMessage());
		return task;
	}

	@Test
	void submitSendsRunTaskAtEpochOneAndTheJobSucceedsWhenTheAgentReportsRunning() {
		Node node = h.node("node-1", 4, 8192);
		h.pool.setIsolationResponse(IsolationResponse.STOP_SERVICES);
		h.pool.setRestartGraceSeconds(12);
		Task task = ControlHarness.task("web-1", 1, 512);
		task.getEnvironment().add("GREETING=hello world");
		task.setRestartPolicy(RestartPolicy.ALWAYS);

		List<Job> jobs = h.control.submit(List.of(task));

		assertEquals(1, jobs.size());
		Job job = jobs.get(0);
		assertEquals(JobKind.START, job.getKind());
		assertSame(task, job.getTask());
		assertSame(h.pool, task.eContainer(), "the task is in the pool");
		ControlHarness.Sent run = h.awaitSent(TaskOperations.RUN, 1);
		assertEquals("node-1", run.node());
		Map<String, String> a = run.arguments();
		assertEquals("web-1", a.get("task"));
		assertEquals("1", a.get("epoch"));
		assertEquals("service", a.get("kind"));
		assertEquals("/bin/sleep", a.get("command"));
		assertEquals("1", a.get("argc"));
		assertEquals("1000", a.get("arg.0"));
		assertEquals("hello world", a.get("env.GREETING"));
		assertEquals("always", a.get("restart"));
		assertEquals("512", a.get("memory"));
		assertEquals("stop", a.get("isolation"));
		assertEquals("6000", a.get("isolationGraceMillis"), "half the restart grace of 12 s");
		assertEquals("alice", a.get("onBehalfOf"));
		assertEquals(1, task.getEpoch());
		assertSame(node, task.getNode());
		assertSame(node, job.getTargetNode());
		assertEquals(TaskState.PLACED, task.getState());
		assertEquals(JobState.RUNNING, job.getState(), "sent: running");
		assertTrue(job.getStarted() != null);

		run.ok("starting");
		h.pump();
		assertEquals(JobState.RUNNING, job.getState(), "accepted, not yet running");
		h.report("node-1", "web-1", 1, TaskStatus.State.RUNNING);

		assertEquals(JobState.SUCCEEDED, job.getState(), job.getMessage());
		assertTrue(job.getFinished() != null);
		assertEquals(job.getTotalWork(), job.getWorked());
		assertEquals(TaskState.RUNNING, task.getState());
		assertEquals(4242, task.getPid());
		assertTrue(h.session.isDirty(), "the control service's changes are unsaved work");
		assertFalse(h.session.getEditingDomain().getCommandStack().canUndo(), "and no edit to undo");
	}

	@Test
	void aRefusedStartFailsTheJobNamingTheNodeAndTheAgentsReason() {
		h.node("node-1", 4, 8192);
		Task task = ControlHarness.task("web-1", 1, 512);
		Job job = h.control.submit(List.of(task)).get(0);

		h.awaitSent(TaskOperations.RUN, 1).refuse("'command' /bin/sleep: not found on PATH");
		h.pumpUntil("the job ends", () -> job.getState() == JobState.FAILED);

		assertTrue(job.getMessage().contains("node-1"), job.getMessage());
		assertTrue(job.getMessage().contains("not found on PATH"), job.getMessage());
		assertEquals(TaskState.FAILED, task.getState());
		assertTrue(task.getStateReason().contains("not found on PATH"), task.getStateReason());
		assertNull(task.getNode(), "nothing runs there");
	}

	@Test
	void aStartTheAgentReportsFailedFailsWithItsReason() {
		h.node("node-1", 4, 8192);
		Task task = ControlHarness.task("web-1", 1, 512);
		Job job = h.control.submit(List.of(task)).get(0);
		h.awaitSent(TaskOperations.RUN, 1).ok("starting");
		h.pump();
		h.control.taskReported("node-1", new TaskStatus("web-1", 1, TaskStatus.State.FAILED, 0, 127, 5, "service",
				"gave up after 5 restarts", 0));

		assertEquals(JobState.FAILED, job.getState());
		assertTrue(job.getMessage().contains("node-1") && job.getMessage().contains("gave up after 5 restarts"),
				job.getMessage());
	}

	@Test
	void aStartNotReportedRunningInTimeFails() {
		h.node("node-1", 4, 8192);
		Job job = h.control.submit(List.of(ControlHarness.task("web-1", 1, 512))).get(0);
		h.awaitSent(TaskOperations.RUN, 1).ok("starting");
		h.pump();
		h.control.tick(h.now.get() + 29_000);
		assertEquals(JobState.RUNNING, job.getState());
		h.control.tick(h.now.get() + 31_000);
		assertEquals(JobState.FAILED, job.getState());
		assertTrue(job.getMessage().contains("node-1") && job.getMessage().contains("30 s"), job.getMessage());
	}

	@Test
	void aTaskThatFitsNowhereStaysPendingWithTheReasonPerKindOfNode() {
		h.node("node-1", 4, 8192);
		h.node("node-2", 4, 8192);
		Task needsSsd = ControlHarness.task("db-1", 1, 512);
		needsSsd.getRequiredLabels().add("ssd");
		Task tooBig = ControlHarness.task("big-1", 1, 49152);

		List<Job> jobs = h.control.submit(List.of(needsSsd, tooBig));
		h.pumpUntil("both jobs end", () -> jobs.stream().allMatch(j -> j.getState() == JobState.FAILED));

		assertEquals(TaskState.PENDING, needsSsd.getState());
		assertTrue(needsSsd.getStateReason().contains("needs label ssd (none of 2 nodes has it)"), needsSsd.getStateReason());
		assertEquals(TaskState.PENDING, tooBig.getState());
		assertTrue(tooBig.getStateReason().contains("memory: needs 49152 MiB"), tooBig.getStateReason());
		assertTrue(tooBig.getStateReason().contains("8192 MiB on node-"), tooBig.getStateReason());
		assertTrue(jobs.get(0).getMessage().contains("needs label ssd"), jobs.get(0).getMessage());
		assertTrue(h.sent(TaskOperations.RUN).isEmpty(), "nothing sent");

		// The pool changes: a node with the label comes; the next tick places the task there.
		Node ssd = h.node("node-3", 4, 8192, "ssd");
		h.control.tick(h.now.addAndGet(2000));
		ControlHarness.Sent run = h.awaitSent(TaskOperations.RUN, 1);
		assertEquals("node-3", run.node());
		assertSame(ssd, needsSsd.getNode());
	}

	@Test
	void theTasksOfANodeUnreachableLongerThanTheGraceRestartElsewhereAtAHigherEpochAndTheOldCopyIsFencedOnce() {
		Node first = h.node("node-1", 4, 8192);
		runningTask("web-1");
		Task web = h.pool.getTasks().get(0);
		assertSame(first, web.getNode());
		h.node("node-2", 4, 8192);
		h.pool.setRestartGraceSeconds(10);

		first.setState(NodeState.UNREACHABLE);
		long lostAt = h.now.addAndGet(1000);
		h.control.tick(lostAt);
		h.control.tick(lostAt + 9_000);
		h.pump();
		assertEquals(1, h.sent(TaskOperations.RUN).size(), "within the grace: nothing moves");
		assertSame(first, web.getNode());

		h.now.set(lostAt + 10_001);
		h.control.tick(lostAt + 10_001);
		ControlHarness.Sent again = h.awaitSent(TaskOperations.RUN, 2);
		assertEquals("node-2", again.node());
		assertEquals(2, again.epoch(), "a higher epoch");
		Job restart = h.pool.getJobs().stream().filter(j -> j.getKind() == JobKind.RESTART_ELSEWHERE).findFirst().orElseThrow();
		assertSame(first, restart.getNode());
		again.ok("running");
		h.pump();
		assertEquals(JobState.SUCCEEDED, restart.getState(), restart.getMessage());

		// node-1 comes back; its agent still runs the copy of epoch 1.
		first.setState(NodeState.READY);
		h.report("node-1", "web-1", 1, TaskStatus.State.RUNNING);
		h.report("node-1", "web-1", 1, TaskStatus.State.RUNNING);
		h.pump();
		List<ControlHarness.Sent> stops = h.sent(TaskOperations.STOP, "node-1");
		assertEquals(1, stops.size(), "fenced once, not at every report");
		assertEquals(2, stops.get(0).epoch(), "with the task's current epoch");
		assertEquals("node-2", web.getNode().getName(), "the old copy does not take the task back");
		assertEquals(2, web.getEpoch());
	}

	@Test
	void aBatchTaskThatNeverRestartsFailsWhenItsNodeIsLost() {
		Node first = h.node("node-1", 4, 8192);
		Task batch = ControlHarness.task("etl-1", 1, 512);
		batch.setKind(TaskKind.BATCH);
		batch.setRestartPolicy(RestartPolicy.NEVER);
		h.control.submit(List.of(batch));
		h.awaitSent(TaskOperations.RUN, 1).ok("running");
		h.pump();
		h.node("node-2", 4, 8192);
		first.setState(NodeState.UNREACHABLE);
		h.control.tick(h.now.get());
		h.control.tick(h.now.get() + 11_000);
		h.pump();
		assertEquals(TaskState.FAILED, batch.getState());
		assertTrue(batch.getStateReason().contains("node lost"), batch.getStateReason());
		assertEquals(1, h.sent(TaskOperations.RUN).size());
	}

	/** Makes {@code node} unreachable and ticks past the pool's grace of 10 s (its tasks are restarted elsewhere). */
	private void loseBeyondTheGrace(Node node) {
		h.pool.setRestartGraceSeconds(10);
		node.setState(NodeState.UNREACHABLE);
		long lostAt = h.now.addAndGet(1000);
		h.control.tick(lostAt);
		h.now.set(lostAt + 10_001);
		h.control.tick(lostAt + 10_001);
	}

	@Test
	void aLostNodesServicesAreRestartedElsewhereFirstAndByPriorityWhenNotEverythingFits() {
		Node first = h.node("node-1", 8, 8192);
		// Submitted (so listed in the pool) in the reverse of the order they must be restarted in.
		Task batch = ControlHarness.task("etl-1", 1, 512);
		batch.setKind(TaskKind.BATCH);
		batch.setRestartPolicy(RestartPolicy.ON_FAILURE);
		batch.setPriority(9);
		Task low = ControlHarness.task("web-low", 1, 512);
		low.setPriority(1);
		Task high = ControlHarness.task("web-high", 1, 512);
		high.setPriority(5);
		h.running(batch);
		h.running(low);
		h.running(high);
		Node second = h.node("node-2", 2, 8192); // room for two of the three

		loseBeyondTheGrace(first);
		h.awaitSent(TaskOperations.RUN, 5);
		h.pump();

		List<ControlHarness.Sent> restarts = h.sent(TaskOperations.RUN, "node-2");
		assertEquals(List.of("web-high", "web-low"), restarts.stream().map(r -> r.arguments().get("task")).toList(),
				"services first, the higher priority first; the batch (priority 9) waits");
		assertTrue(restarts.stream().allMatch(r -> r.epoch() == 2), "at a new epoch");
		assertSame(second, high.getNode());
		assertSame(second, low.getNode());
		assertEquals(TaskState.PENDING, batch.getState(), "no room left for the batch");
		assertNull(batch.getNode());
		assertTrue(batch.isDesiredRunning(), "it is placed when room comes");
		assertTrue(batch.getStateReason().contains("cpu"), batch.getStateReason());
		List<Job> restartJobs = h.pool.getJobs().stream().filter(j -> j.getKind() == JobKind.RESTART_ELSEWHERE).toList();
		assertEquals(List.of(high, low), restartJobs.stream().map(Job::getTask).toList());
		assertTrue(restartJobs.stream().allMatch(j -> j.getNode() == first && j.getTargetNode() == second));
	}

	@Test
	void aLostNodesBatchTasksFollowTheirRestartPolicy() {
		Node first = h.node("node-1", 4, 8192);
		Task onFailure = ControlHarness.task("etl-retry", 1, 512);
		onFailure.setKind(TaskKind.BATCH);
		onFailure.setRestartPolicy(RestartPolicy.ON_FAILURE);
		onFailure.setMaxRestarts(3);
		Task always = ControlHarness.task("etl-always", 1, 512);
		always.setKind(TaskKind.BATCH);
		always.setRestartPolicy(RestartPolicy.ALWAYS);
		Task never = ControlHarness.task("etl-never", 1, 512);
		never.setKind(TaskKind.BATCH);
		never.setRestartPolicy(RestartPolicy.NEVER);
		Task done = ControlHarness.task("etl-done", 1, 512);
		done.setKind(TaskKind.BATCH);
		done.setRestartPolicy(RestartPolicy.ON_FAILURE);
		for (Task task : List.of(onFailure, always, never, done)) {
			h.running(task);
		}
		// etl-done finished before the node was lost: a batch that ended is not run again anywhere.
		h.control.taskReported("node-1", new TaskStatus("etl-done", 1, TaskStatus.State.EXITED, 0, 0, 0, "batch",
				"exited with code 0", 0));
		assertEquals(TaskState.EXITED, done.getState());
		Node second = h.node("node-2", 4, 8192);

		loseBeyondTheGrace(first);
		h.awaitSent(TaskOperations.RUN, 6);
		h.pump();

		// A batch that may be retried (on failure, always) is lost work: it runs again elsewhere, from the start.
		List<ControlHarness.Sent> restarts = h.sent(TaskOperations.RUN, "node-2");
		assertEquals(java.util.Set.of("etl-retry", "etl-always"),
				restarts.stream().map(r -> r.arguments().get("task")).collect(java.util.stream.Collectors.toSet()));
		ControlHarness.Sent retry = restarts.stream().filter(r -> r.arguments().get("task").equals("etl-retry")).findFirst()
				.orElseThrow();
		assertEquals("batch", retry.arguments().get("kind"));
		assertEquals("on-failure", retry.arguments().get("restart"), "its policy goes with it");
		assertEquals("3", retry.arguments().get("maxRestarts"));
		assertEquals(2, retry.epoch());
		for (ControlHarness.Sent run : restarts) {
			run.ok("running");
		}
		h.pump();
		h.report("node-2", "etl-retry", 2, TaskStatus.State.RUNNING, "batch", "");
		h.report("node-2", "etl-always", 2, TaskStatus.State.RUNNING, "batch", "");
		assertSame(second, onFailure.getNode());
		assertSame(second, always.getNode());
		assertEquals(TaskState.RUNNING, onFailure.getState());
		assertEquals(2, h.pool.getJobs().stream().filter(j -> j.getKind() == JobKind.RESTART_ELSEWHERE
				&& j.getState() == JobState.SUCCEEDED).count());
		// Never: failed, with the reason; done: left as it ended.
		assertEquals(TaskState.FAILED, never.getState());
		assertTrue(never.getStateReason().contains("restart policy never"), never.getStateReason());
		assertEquals(TaskState.EXITED, done.getState());
		assertEquals(0, done.getExitCode());
		assertTrue(h.sent(TaskOperations.RUN).stream().noneMatch(r -> r.epoch() > 1
				&& List.of("etl-never", "etl-done").contains(r.arguments().get("task"))), "neither runs again");
	}

	@Test
	void aNodeMadeReadyAfterADrainTakesNewWorkAgain() {
		Node first = h.node("node-1", 4, 8192);
		Task web = runningTask("web-1");
		Node second = h.node("node-2", 4, 8192);
		Job drain = h.control.drain(first);
		ControlHarness.Sent start = h.awaitSent(TaskOperations.RUN, 2);
		start.ok("starting");
		h.pump();
		h.report("node-2", "web-1", 2, TaskStatus.State.RUNNING);
		h.awaitSent(TaskOperations.STOP, 1).ok("stopped");
		h.pumpUntil("the drain ends", () -> drain.getState() == JobState.SUCCEEDED);
		assertSame(second, web.getNode());

		// node-2 has 3 of its 4 cores free: a task of 3.5 cores fits only on node-1, which is in maintenance.
		Task big = ControlHarness.task("big-1", 3.5, 512);
		Job bigJob = h.control.submit(List.of(big)).get(0);
		h.pumpUntil("the engine gave up for now", () -> bigJob.getState() == JobState.FAILED);
		assertEquals(TaskState.PENDING, big.getState());
		assertEquals(2, h.sent(TaskOperations.RUN).size(), "nothing goes to a node in maintenance");

		h.control.ready(first);
		assertEquals(NodeState.READY, first.getState());
		h.control.tick(h.now.addAndGet(2000));
		ControlHarness.Sent placed = h.awaitSent(TaskOperations.RUN, 3);
		assertEquals("node-1", placed.node(), "the ready node takes work again");
		assertEquals("big-1", placed.arguments().get("task"));
		assertSame(first, big.getNode());

		// And a move can go there too: the Move dialog lists it as feasible.
		Task small = h.running(ControlHarness.task("small-1", 0.25, 64));
		List<TaskControl.MoveOption> options = h.control.moveOptions(small);
		assertTrue(options.stream().anyMatch(o -> o.nodeName().equals(small.getNode() == first ? "node-2" : "node-1")
				&& o.feasible()), options.toString());
	}

	@Test
	void placementUsesThePredictedDemandOnceATaskHasEnoughHistory() throws Exception {
		Node node = h.node("node-1", 4, 8192);
		// web-1 declares 3 cores but its agent reports a quarter of one, again and again.
		Task web = runningTask("web-1");
		web.setCpuDemand(3);
		for (int i = 0; i < 20; i++) {
			h.control.taskUsage("node-1", "web-1", 1_000_000 + i * 1000L, 0.25, 256.0 * 1024 * 1024);
		}
		// A new task of 3 cores: by web-1's declared demand (3 + 3 > 4) it would fit nowhere; by its predicted p95
		// (0.25 + 3 <= 4) it fits.
		Task second = ControlHarness.task("web-2", 3, 512);
		var preview = h.control.preview(List.of(second));
		h.pumpUntil("the preview", preview::isDone);
		assertEquals("node-1", preview.get().tasks().get(0).nodeName(), preview.get().toString());
		assertTrue(web.isDemandPredicted(), "the engine's problem had web-1's predicted demand");
		assertEquals(0.25, web.getPredictedCpuDemand(), 1e-6);
		Job job = h.control.submit(List.of(second)).get(0);
		ControlHarness.Sent run = h.awaitSent(TaskOperations.RUN, 2);
		assertEquals("node-1", run.node());
		run.ok("starting");
		h.pump();
		h.report("node-1", "web-2", 1, TaskStatus.State.RUNNING);
		assertEquals(JobState.SUCCEEDED, job.getState(), job.getMessage());
		assertSame(node, second.getNode());

		// The reverse (web-2 stopped): cache-1 declares half a core but uses 3.4; a new task of 0.5 cores fits by
		// cache-1's declared demand (0.25 + 0.5 + 0.5 <= 4) and not by its predicted one (0.25 + 3.4 + 0.5 > 4).
		h.control.stop(second);
		h.awaitSent(TaskOperations.STOP, 1).ok("stopped");
		h.report("node-1", "web-2", 1, TaskStatus.State.STOPPED);
		Task cache = runningTask("cache-1");
		cache.setCpuDemand(0.5);
		cache.setMemoryDemand(512);
		for (int i = 0; i < 20; i++) {
			h.control.taskUsage("node-1", "cache-1", 1_000_000 + i * 1000L, 3.4, 256.0 * 1024 * 1024);
		}
		Task third = ControlHarness.task("web-3", 1, 512);
		third.setCpuDemand(0.5);
		var refused = h.control.preview(List.of(third));
		h.pumpUntil("the second preview", refused::isDone);
		TaskControl.TaskPreview verdict = refused.get().tasks().get(0);
		assertFalse(verdict.placed(), "by the predicted demand it does not fit: " + verdict);
		assertTrue(verdict.why().contains("cpu"), verdict.why());
		assertTrue(cache.isDemandPredicted());
		assertEquals(3.4, cache.getPredictedCpuDemand(), 1e-6);
	}

	@Test
	void aReportOfANewerEpochIsAdopted() {
		h.node("node-1", 4, 8192);
		Node second = h.node("node-2", 4, 8192);
		Task web = runningTask("web-1");
		h.report("node-2", "web-1", 7, TaskStatus.State.RUNNING);
		assertEquals(7, web.getEpoch(), "the agents know better than an old file");
		assertSame(second, web.getNode());
	}

	@Test
	void aTaskNotInThePoolIsLeftAloneAndListed() {
		h.node("node-1", 4, 8192);
		h.report("node-1", "someone-elses", 3, TaskStatus.State.RUNNING);
		h.pump();
		assertTrue(h.sent.isEmpty(), "never stopped");
		assertEquals(List.of("someone-elses"), h.control.unmanagedTasks("node-1").stream().map(TaskStatus::id).toList());
		IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
				() -> h.control.submit(List.of(ControlHarness.task("someone-elses", 1, 1))));
		assertTrue(taken.getMessage().contains("runs on node-1"), taken.getMessage());
	}

	@Test
	void drainStartsServicesElsewhereBeforeStoppingThemAndPinnedTasksStay() {
		Node first = h.node("node-1", 4, 8192);
		Task web = runningTask("web-1");
		Task pinned = runningTask("cache-1");
		pinned.setPinned(true);
		Node second = h.node("node-2", 4, 8192);

		Job drain = h.control.drain(first);

		assertEquals(NodeState.MAINTENANCE, first.getState());
		assertEquals(JobKind.DRAIN, drain.getKind());
		ControlHarness.Sent start = h.awaitSent(TaskOperations.RUN, 3);
		assertEquals("node-2", start.node());
		assertEquals("web-1", start.arguments().get("task"));
		assertEquals(2, start.epoch());
		h.pump();
		assertTrue(h.sent(TaskOperations.STOP).isEmpty(), "nothing stopped before it runs elsewhere");
		start.ok("starting");
		h.pump();
		assertTrue(h.sent(TaskOperations.STOP).isEmpty(), "accepted is not running");
		h.report("node-1", "web-1", 1, TaskStatus.State.RUNNING); // the old copy still reports: expected, not fenced
		h.report("node-2", "web-1", 2, TaskStatus.State.RUNNING);
		ControlHarness.Sent stop = h.awaitSent(TaskOperations.STOP, 1);
		assertEquals("node-1", stop.node());
		assertEquals(2, stop.epoch(), "the stop fences the old epoch");
		assertEquals(1, h.sent(TaskOperations.STOP).size());
		stop.ok("stopped");
		h.pumpUntil("the drain ends", () -> drain.getState() != JobState.RUNNING);

		assertEquals(JobState.SUCCEEDED, drain.getState(), drain.getMessage());
		assertTrue(drain.getMessage().contains("cache-1") && drain.getMessage().contains("pinned"), drain.getMessage());
		assertSame(second, web.getNode());
		assertSame(first, pinned.getNode(), "a pinned task stays");
	}

	@Test
	void stopSendsStopTaskAndTheTaskStaysStopped() {
		h.node("node-1", 4, 8192);
		Task web = runningTask("web-1");
		Job stop = h.control.stop(web);
		ControlHarness.Sent sent = h.awaitSent(TaskOperations.STOP, 1);
		assertEquals("node-1", sent.node());
		assertEquals("1", sent.arguments().get("epoch"));
		assertEquals("alice", sent.arguments().get("onBehalfOf"));
		sent.ok("stopped");
		h.pumpUntil("stopped", () -> stop.getState() == JobState.SUCCEEDED);
		assertEquals(TaskState.STOPPED, web.getState());
		assertFalse(web.isDesiredRunning());
		h.control.tick(h.now.addAndGet(5000));
		h.pump();
		assertEquals(1, h.sent(TaskOperations.RUN).size(), "a stopped task is not placed again");
	}

	@Test
	void moveStartsOnTheTargetThenStopsOnTheSource() {
		Node first = h.node("node-1", 4, 8192);
		Task web = runningTask("web-1");
		Node second = h.node("node-2", 4, 8192);

		List<TaskControl.MoveOption> options = h.control.moveOptions(web);
		assertEquals(List.of("node-2"), options.stream().map(TaskControl.MoveOption::nodeName).toList());
		assertTrue(options.get(0).feasible());
		assertTrue(options.get(0).effect().contains("CPU 1 of 4 cores"), options.get(0).effect());

		Job move = h.control.move(web, second);
		assertEquals(JobKind.MIGRATION, move.getKind());
		ControlHarness.Sent start = h.awaitSent(TaskOperations.RUN, 2);
		assertEquals("node-2", start.node());
		start.ok("running");
		ControlHarness.Sent stop = h.awaitSent(TaskOperations.STOP, 1);
		assertEquals("node-1", stop.node());
		stop.ok("stopped");
		h.pumpUntil("moved", () -> move.getState() == JobState.SUCCEEDED);
		assertSame(second, web.getNode());
		assertSame(first, move.getNode());
		assertEquals(2, web.getEpoch());
	}

	@Test
	void aMoveWhoseStartFailsLeavesTheTaskWhereItWas() {
		Node first = h.node("node-1", 4, 8192);
		Task web = runningTask("web-1");
		Node second = h.node("node-2", 4, 8192);
		Job move = h.control.move(web, second);
		h.awaitSent(TaskOperations.RUN, 2).refuse("disk full");
		h.pumpUntil("failed", () -> move.getState() == JobState.FAILED);
		assertTrue(move.getMessage().contains("disk full") && move.getMessage().contains("stays on node-1"), move.getMessage());
		assertSame(first, web.getNode());
		assertEquals(1, web.getEpoch());
		assertTrue(h.sent(TaskOperations.STOP, "node-1").isEmpty(), "the source copy keeps running");
	}

	@Test
	void aQueuedJobCanBeCancelledARunningOneCannot() {
		h.close();
		h = new ControlHarness(ControlHarness.settings(1), ConsoleRole.ADMINISTRATOR);
		h.node("node-1", 8, 8192);
		Task one = ControlHarness.task("web-1", 1, 512);
		Task two = ControlHarness.task("web-2", 1, 512);
		List<Job> jobs = h.control.submit(List.of(one, two));
		h.awaitSent(TaskOperations.RUN, 1);
		h.pumpUntil("both placed", () -> one.getState() == TaskState.PLACED && two.getState() == TaskState.PLACED);
		Job sent = jobs.stream().filter(j -> j.getState() == JobState.RUNNING).findFirst().orElseThrow();
		Job queued = jobs.stream().filter(j -> j.getState() == JobState.QUEUED).findFirst().orElseThrow();

		assertFalse(h.control.cancel(sent), "under way");
		assertTrue(h.control.cancel(queued));
		assertEquals(JobState.CANCELLED, queued.getState());
		assertEquals(TaskState.STOPPED, queued.getTask().getState());
		assertFalse(queued.getTask().isDesiredRunning());
		h.sent(TaskOperations.RUN).get(0).ok("running");
		h.pump();
		assertEquals(1, h.sent(TaskOperations.RUN).size(), "the cancelled start is never sent");
	}

	@Test
	void aThousandTasksAreSentAtMostSixtyFourAtATime() {
		for (int i = 1; i <= 10; i++) {
			h.node("node-" + i, 400, 1_000_000);
		}
		List<Task> tasks = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			tasks.add(ControlHarness.task("job-" + i, 0.1, 64));
		}
		List<Job> jobs = h.control.submit(tasks);
		h.awaitSent(TaskOperations.RUN, 64);
		h.pump();
		assertEquals(64, h.sent(TaskOperations.RUN).size(), "no more before answers come back");
		assertEquals(64, h.control.requestsInFlight());
		assertEquals(936, h.control.requestsQueued());
		int answered = 0;
		while (answered < 1000) {
			List<ControlHarness.Sent> all = h.sent(TaskOperations.RUN);
			for (; answered < all.size(); answered++) {
				all.get(answered).ok("running");
			}
			h.pumpUntil("more requests", () -> h.sent(TaskOperations.RUN).size() > all.size() || all.size() == 1000);
			assertTrue(h.control.requestsInFlight() <= 64);
		}
		h.pumpUntil("every job ends", () -> jobs.stream().allMatch(j -> j.getState() == JobState.SUCCEEDED));
		assertEquals(64, h.control.mostRequestsInFlight());
		assertTrue(h.pool.getJobs().size() <= 500, "bounded job history: " + h.pool.getJobs().size());
	}

	@Test
	void submitRefusesBadNamesBeforeAddingAnything() {
		h.node("node-1", 4, 8192);
		runningTask("web-1");
		IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
				() -> h.control.submit(List.of(ControlHarness.task("web-2", 1, 1), ControlHarness.task("web-1", 1, 1))));
		assertTrue(taken.getMessage().contains("'web-1' is already used"), taken.getMessage());
		IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
				() -> h.control.submit(List.of(ControlHarness.task("web 3", 1, 1))));
		assertTrue(bad.getMessage().contains("'web 3'"), bad.getMessage());
		assertEquals(1, h.pool.getTasks().size(), "nothing added");
	}

	@Test
	void aSupportConsoleMayNotControl() {
		h.close();
		h = new ControlHarness(ControlHarness.settings(64), ConsoleRole.SUPPORT);
		h.node("node-1", 4, 8192);
		assertFalse(h.control.mayControl());
		IllegalStateException refused = assertThrows(IllegalStateException.class,
				() -> h.control.submit(List.of(ControlHarness.task("web-1", 1, 1))));
		assertTrue(refused.getMessage().contains("support"), refused.getMessage());
	}

	@Test
	void previewSaysWhereNewTasksWouldGoWithoutAddingThem() throws Exception {
		h.node("node-1", 4, 8192);
		Task fits = ControlHarness.task("web-1", 1, 512);
		Task tooBig = ControlHarness.task("big-1", 1, 100_000);
		var preview = h.control.preview(List.of(fits, tooBig));
		h.pumpUntil("the preview", preview::isDone);
		List<TaskControl.TaskPreview> tasks = preview.get().tasks();
		assertEquals("node-1", tasks.get(0).nodeName());
		assertFalse(tasks.get(1).placed());
		assertTrue(tasks.get(1).why().contains("memory"), tasks.get(1).why());
		assertTrue(h.pool.getTasks().isEmpty());
	}

	@Test
	void usageReportsFillTheTasksWindowAndPredictionUsesIt() {
		h.node("node-1", 4, 8192);
		Task web = runningTask("web-1");
		for (int i = 0; i < 20; i++) {
			h.control.taskUsage("node-1", "web-1", 1_000_000 + i * 1000L, 0.25, 256.0 * 1024 * 1024);
		}
		h.control.taskUsage("node-2", "web-1", 1_000_000, 3, 3e9); // not where it runs: ignored
		assertEquals(0.25, web.getCpuUsage(), 1e-9);
		assertEquals(256, web.getMemoryUsage());
		assertEquals(20, web.getObservedUsage().getSamples().size());
		h.control.moveOptions(web); // adapts the pool: predicted demand written to the task
		assertTrue(web.isDemandPredicted());
		assertEquals(0.25, web.getPredictedCpuDemand(), 1e-6);
		assertEquals(256, web.getPredictedMemoryDemand());
	}

	@Test
	void nodesWithoutAnAgentEndpointRunNothingOfOurs() {
		h.session.newSamplePool(); // its addresses are descriptions, not host:port
		org.flotilla.model.Pool sample = h.session.getPool();
		List<Task> pending = sample.getTasks().stream().filter(t -> t.getState() == TaskState.PENDING).toList();
		List<Task> placedBefore = sample.getTasks().stream().filter(t -> t.getNode() != null).toList();
		assertFalse(pending.isEmpty());
		Node unreachable = sample.getAllNodes().stream().filter(n -> n.getState() == NodeState.UNREACHABLE).findFirst()
				.orElseThrow();
		h.control.tick(h.now.get());
		h.pumpUntil("every pending task explained", () -> pending.stream().allMatch(t -> t.getStateReason() != null
				&& t.getStateReason().contains("no node has an agent this console connects to")));
		h.control.tick(h.now.addAndGet(60_000));
		h.pump();
		assertTrue(h.sent.isEmpty(), "nothing sent: " + h.sent);
		assertTrue(placedBefore.stream().allMatch(t -> t.getNode() != null), "the lost node's tasks are not ours to restart");
		assertEquals(NodeState.UNREACHABLE, unreachable.getState());

		// A node that has an agent takes what fits.
		Node real = h.node("real-1", 64, 262_144);
		sample.getGroups().get(0).getNodes().add(real);
		h.control.tick(h.now.addAndGet(2000));
		ControlHarness.Sent run = h.awaitSent(TaskOperations.RUN, 1);
		assertEquals("real-1", run.node());
	}

	@Test
	void controlChangesMakeThePoolDirtyUntilSaved(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		h.node("node-1", 4, 8192);
		h.session.saveAs(dir.resolve("pool.flotilla"));
		assertFalse(h.session.isDirty());
		runningTask("web-1");
		assertTrue(h.session.isDirty());
		h.session.saveAs(dir.resolve("pool.flotilla"));
		assertFalse(h.session.isDirty());
		h.control.stop(h.pool.getTasks().get(0));
		assertTrue(h.session.isDirty());
	}
}
