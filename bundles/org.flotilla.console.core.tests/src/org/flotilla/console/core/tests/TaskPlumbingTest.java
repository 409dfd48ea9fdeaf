package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.flotilla.console.core.AlertEngine;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.Job;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.Task;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskStatus;
import org.junit.jupiter.api.Test;

/** How agents' task reports reach the control service: connection, live updates; and maintenance muting alerts. */
class TaskPlumbingTest {

	/** Records what the live updates hand over. */
	private static final class Recorder implements TaskControl {
		final List<String> heard = new ArrayList<>();

		@Override
		public void taskReported(String nodeName, TaskStatus status) {
			heard.add(nodeName + ":" + status.id() + ":" + status.state().wireName() + ":" + status.epoch());
		}

		@Override
		public void taskUsage(String nodeName, String taskName, long time, double cpuCores, double memoryBytes) {
			heard.add(nodeName + ":" + taskName + ":usage:" + cpuCores + ":" + (long) memoryBytes);
		}

		@Override
		public ConsoleRole role() {
			return ConsoleRole.SUPPORT;
		}

		@Override
		public CompletableFuture<Preview> preview(List<Task> newTasks) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Job> submit(List<Task> newTasks) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Job start(Task task) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Job stop(Task task) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<MoveOption> moveOptions(Task task) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Job move(Task task, Node target) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Job drain(Node node) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void ready(Node node) {
			throw new UnsupportedOperationException();
		}

		@Override
		public boolean cancel(Job job) {
			return false;
		}

		@Override
		public CompletableFuture<String> log(Task task, int lines) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<TaskStatus> unmanagedTasks(String nodeName) {
			return List.of();
		}

		@Override
		public void tick(long now) {
		}

		@Override
		public void close() {
		}
	}

	private static TaskStatus status(String id, long epoch, TaskStatus.State state) {
		return new TaskStatus(id, epoch, state, 1, null, 0, "service", "", 0);
	}

	@Test
	void taskReportsWaitBoundedPerNodeAndOnlyTheLatestOfATaskIsDelivered() {
		LiveUpdates live = new LiveUpdates();
		Recorder recorder = new Recorder();
		live.setTaskControl(recorder);
		live.offerTaskStatus("node-1", status("web-1", 1, TaskStatus.State.STARTING));
		live.offerTaskStatus("node-1", status("web-1", 1, TaskStatus.State.RUNNING));
		for (int i = 0; i < LiveUpdates.TASKS_PER_NODE + 500; i++) {
			live.offerTaskStatus("node-2", status("t-" + i, 1, TaskStatus.State.RUNNING));
		}
		live.offerTaskUsage("node-1", new LiveUpdates.TaskUsage("web-1", 5, 0.5, 1e6));
		live.offerTaskUsage("node-1", new LiveUpdates.TaskUsage("web-1", 6, 0.75, 2e6));

		assertEquals(1 + LiveUpdates.TASKS_PER_NODE + 1, live.pendingTaskReports());
		assertEquals(500, live.droppedTaskReports());
		live.drainInto(ControlHarness.F.createPool());

		assertTrue(recorder.heard.contains("node-1:web-1:running:1"), recorder.heard.subList(0, 3).toString());
		assertTrue(!recorder.heard.contains("node-1:web-1:starting:1"), "superseded");
		assertTrue(recorder.heard.contains("node-1:web-1:usage:0.75:2000000"));
		assertEquals(1 + LiveUpdates.TASKS_PER_NODE + 1, recorder.heard.size());
		assertEquals(0, live.pendingTaskReports());
	}

	@Test
	void theConnectionForwardsTaskEventsAndPerTaskSamples() {
		LiveUpdates live = new LiveUpdates();
		Recorder recorder = new Recorder();
		live.setTaskControl(recorder);
		ConnectionService.deliver("node-1", status("web-1", 3, TaskStatus.State.RESTARTING).toEvent(10), live, 100);
		ConnectionService.deliver("node-1", new Message.Event(TaskStatus.EVENT, 10, Map.of("task", "bad name!")), live, 100);
		ConnectionService.deliver("node-1", new Message.MetricsReport("node-1", 10, List.of(
				new Message.MetricSample("", "host.cpu", 0.5),
				new Message.MetricSample("web-1", TaskOperations.METRIC_CPU, 1.5),
				new Message.MetricSample("web-1", TaskOperations.METRIC_MEMORY, 3e6),
				new Message.MetricSample("web-1", TaskOperations.METRIC_IO_READ, 7))), live, 100);
		ConnectionService.deliver("node-1", new Message.MetricsReport("node-2", 10, List.of(
				new Message.MetricSample("web-9", TaskOperations.METRIC_CPU, 9))), live, 100); // names another node

		assertEquals(1, live.pending(), "the node's own metrics report");
		live.drainInto(ControlHarness.F.createPool());
		assertEquals(List.of("node-1:web-1:restarting:3", "node-1:web-1:usage:1.5:3000000"), recorder.heard);
	}

	@Test
	void aNodeInMaintenanceRaisesNoAlertsAndItsActiveOnesClear() {
		Pool pool = ControlHarness.F.createPool();
		org.flotilla.model.Group group = ControlHarness.F.createGroup();
		pool.getGroups().add(group);
		Node node = ControlHarness.F.createNode();
		node.setName("node-1");
		node.setState(NodeState.UNREACHABLE);
		group.getNodes().add(node);
		AlertEngine engine = new AlertEngine();
		engine.evaluate(pool, 1000);
		assertEquals(1, AlertEngine.activeAlerts(pool, node).size());

		node.setState(NodeState.MAINTENANCE);
		node.getAgentProblems().add("history not writable");
		engine.evaluate(pool, 2000);
		assertTrue(AlertEngine.activeAlerts(pool, node).isEmpty(), "muted");

		node.setState(NodeState.READY);
		engine.evaluate(pool, 3000);
		assertEquals(1, AlertEngine.activeAlerts(pool, node).size(), "back: its problem shows again");
	}
}
