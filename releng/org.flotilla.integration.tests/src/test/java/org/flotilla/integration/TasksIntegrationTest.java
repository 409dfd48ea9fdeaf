package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.flotilla.model.Job;
import org.flotilla.model.JobKind;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.RestartPolicy;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.model.TaskState;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.tasks.TaskOperations;
import org.flotilla.protocol.tasks.TaskSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tasks on a live pool, end to end: real agent processes of the built distribution run real task processes
 * (sleep, a CPU burner, a memory holder, a failing batch), placed by the engine through the console's
 * control service over TLS. Task processes are counted on the machine itself, whoever started them.
 */
class TasksIntegrationTest {

	@TempDir
	Path dir;

	private final List<AutoCloseable> closing = new ArrayList<>();
	private String prefix = "t";

	@AfterEach
	void cleanUp() throws Exception {
		for (AutoCloseable c : closing.reversed()) {
			c.close();
		}
		TaskProcesses.killAll(prefix); // tasks outlive their agents by design
	}

	private TaskPool pool(int agents, double cpu, long memoryMib, String... agentLines) throws Exception {
		TaskPool pool = new TaskPool(dir, agents, cpu, memoryMib, agentLines);
		closing.add(pool);
		pool.waitUntil("every agent connected and ready", Duration.ofSeconds(60),
				() -> pool.pool.getAllNodes().stream().allMatch(n -> n.getState() == NodeState.READY && n.getLastHeartbeat() > 0));
		return pool;
	}

	private static Task task(String name, TaskKind kind, double cpu, long memoryMib, String command, String... arguments) {
		Task task = PoolFactory.eINSTANCE.createTask();
		task.setName(name);
		task.setKind(kind);
		task.setCommand(command);
		task.getArguments().addAll(List.of(arguments));
		task.setCpuDemand(cpu);
		task.setMemoryDemand(memoryMib);
		task.setRestartPolicy(kind == TaskKind.SERVICE ? RestartPolicy.ALWAYS : RestartPolicy.NEVER);
		return task;
	}

	private static List<Task> sleepers(String prefix, int count) {
		List<Task> tasks = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			tasks.add(task(prefix + i, TaskKind.SERVICE, 0.05, 16, "sleep", "100000"));
		}
		return tasks;
	}

	private static boolean allRunning(TaskPool pool, String prefix) {
		return pool.pool.getTasks().stream().filter(t -> t.getName().startsWith(prefix))
				.allMatch(t -> t.getState() == TaskState.RUNNING && t.getNode() != null);
	}

	@Test
	void aHundredTasksRunWithinCapacityAndTheirUsageReachesTheModel() throws Exception {
		prefix = "hundred-";
		TaskPool pool = pool(5, 2, 1024);
		List<Task> tasks = new ArrayList<>(sleepers("hundred-sleep-", 89));
		for (int i = 1; i <= 4; i++) {
			Task burner = task("hundred-burn-" + i, TaskKind.SERVICE, 0.25, 16, "while :; do :; done");
			burner.setShell(true);
			tasks.add(burner);
		}
		for (int i = 1; i <= 6; i++) {
			// Holds 32 MiB; its limit (128 MiB) leaves room for perl itself and the copy it makes while building the string.
			tasks.add(task("hundred-mem-" + i, TaskKind.SERVICE, 0.05, 128, "perl", "-e",
					"my $x = 'x' x (32 * 1024 * 1024); sleep 100000;"));
		}
		Task batch = task("hundred-batch", TaskKind.BATCH, 0.05, 16, "sh", "-c", "exit 3");
		tasks.add(batch);
		assertEquals(100, tasks.size());
		List<Job> jobs = pool.onModel(() -> pool.control.submit(tasks));
		assertEquals(100, jobs.size(), "a start job per task");

		pool.waitUntil("every service running", Duration.ofSeconds(90), () -> pool.pool.getTasks().stream()
				.filter(t -> t.getKind() == TaskKind.SERVICE).allMatch(t -> t.getState() == TaskState.RUNNING));
		pool.waitUntil("the batch task exited with its code", Duration.ofSeconds(30),
				() -> batch.getState() == TaskState.EXITED && Integer.valueOf(3).equals(batch.getExitCode()));

		pool.onModel(() -> {
			for (Node node : pool.pool.getAllNodes()) {
				double cpu = node.getTasks().stream().mapToDouble(Task::getCpuDemand).sum();
				long memory = node.getTasks().stream().mapToLong(Task::getMemoryDemand).sum();
				assertTrue(cpu <= node.getCpuCapacity() + 1e-9, node.getName() + " within its CPU: " + cpu);
				assertTrue(memory <= node.getMemoryCapacity(), node.getName() + " within its memory: " + memory);
			}
			return null;
		});
		Map<String, Integer> instances = TaskProcesses.instances("hundred-");
		for (Task t : tasks) {
			if (t.getKind() == TaskKind.SERVICE) {
				assertEquals(1, instances.getOrDefault(t.getName(), 0), t.getName() + " runs exactly once: " + instances);
			}
		}
		pool.waitUntil("per-task usage reached the model", Duration.ofSeconds(30), () -> tasks.stream()
				.filter(t -> t.getName().startsWith("hundred-burn-")).allMatch(t -> t.getCpuUsage() > 0.05)
				&& tasks.stream().filter(t -> t.getName().startsWith("hundred-mem-")).allMatch(t -> t.getMemoryUsage() >= 30));
		assertTrue(pool.onModel(() -> jobs.stream().allMatch(j -> j.getState() == JobState.SUCCEEDED)),
				() -> "every start job succeeded");
		// Whether each node holds its tasks to their limits is never left unsaid.
		pool.waitUntil("every node says whether it enforces task limits", Duration.ofSeconds(30), () -> pool.pool.getAllNodes()
				.stream().allMatch(n -> n.getTaskLimits() != null
						&& (n.getTaskLimits().startsWith("cgroup v") || n.getTaskLimits().startsWith("not enforced: "))));
	}

	/** The tail of a task's output from its agent (TaskControl.log), asked on the model thread. */
	private static String log(TaskPool pool, Task task, int lines) throws Exception {
		return pool.onModel(() -> pool.control.log(task, lines)).get(30, TimeUnit.SECONDS);
	}

	/** Waits until the task's log tail satisfies {@code condition}; returns that tail. */
	private static String awaitLog(TaskPool pool, Task task, int lines, String what,
			java.util.function.Predicate<String> condition) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		String tail = log(pool, task, lines);
		while (!condition.test(tail)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after 30 s waiting until the log of " + task.getName() + " " + what
						+ "; last tail:\n" + tail);
			}
			Thread.sleep(100);
			tail = log(pool, task, lines);
		}
		return tail;
	}

	@Test
	void aStoppedTaskIsStartedAgainByItsAgentAndShowLogIsItsRealOutput() throws Exception {
		prefix = "again-";
		TaskPool pool = pool(1, 2, 1024);
		// Each line names the epoch the agent started this copy at (the agent sets FLOTILLA_TASK_EPOCH).
		Task chatty = task("again-chatty", TaskKind.SERVICE, 0.05, 16,
				"i=0; while :; do i=$((i+1)); echo \"line $i at epoch $FLOTILLA_TASK_EPOCH\"; sleep 0.05; done");
		chatty.setShell(true);
		pool.onModel(() -> pool.control.submit(List.of(chatty)));
		pool.waitUntil("the task running", Duration.ofSeconds(60), () -> chatty.getState() == TaskState.RUNNING && chatty.getPid() > 0);
		long firstPid = pool.onModel(chatty::getPid);

		// Show Log: the last lines the process really wrote, in order, and only as many as asked for.
		String older = "[older lines left out]";
		String tail = awaitLog(pool, chatty, 3, "holds the last 3 of more lines",
				t -> t.startsWith(older + "\n") && t.lines().count() == 4);
		List<String> lines = tail.lines().skip(1).toList();
		int first = Integer.parseInt(lines.get(0).split(" ")[1]);
		for (int i = 0; i < 3; i++) {
			assertEquals("line " + (first + i) + " at epoch 1", lines.get(i), "the output's tail: " + tail);
		}

		Job stop = pool.onModel(() -> pool.control.stop(chatty));
		pool.waitUntil("the stop finished", Duration.ofSeconds(30), () -> stop.getState() == JobState.SUCCEEDED
				|| stop.getState() == JobState.FAILED);
		assertEquals(JobState.SUCCEEDED, pool.onModel(stop::getState), () -> "stop: " + stop.getMessage());
		assertEquals(TaskState.STOPPED, pool.onModel(chatty::getState));
		TaskPool.waitFor("no process of the task left", Duration.ofSeconds(20), () -> TaskProcesses.instances("again-").isEmpty());

		// Start: the agent runs it again, at a new epoch; running is what the agent reports (a new pid), not a hope.
		Job start = pool.onModel(() -> pool.control.start(chatty));
		assertEquals(JobKind.START, pool.onModel(start::getKind));
		pool.waitUntil("the start finished", Duration.ofSeconds(30), () -> start.getState() == JobState.SUCCEEDED
				|| start.getState() == JobState.FAILED);
		assertEquals(JobState.SUCCEEDED, pool.onModel(start::getState), () -> "start: " + start.getMessage());
		pool.waitUntil("reported running under a new pid", Duration.ofSeconds(30), () -> chatty.getState() == TaskState.RUNNING
				&& chatty.getPid() > 0 && chatty.getPid() != firstPid);
		assertEquals(2L, (long) pool.onModel(chatty::getEpoch), "started again at a new epoch");
		assertTrue(pool.onModel(chatty::isDesiredRunning));
		assertEquals(Map.of("again-chatty", 1), TaskProcesses.instances("again-"), "one copy runs");
		long pid = pool.onModel(chatty::getPid);
		assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the reported pid is a live process: " + pid);
		// The log's tail is now the new copy's output.
		awaitLog(pool, chatty, 2, "comes from the copy of epoch 2",
				t -> t.lines().filter(l -> !l.equals(older)).count() == 2
						&& t.lines().filter(l -> !l.equals(older)).allMatch(l -> l.endsWith(" at epoch 2")));

		// A task without a node has no log to show: the future fails saying so, nothing is asked.
		Task nowhere = task("again-nowhere", TaskKind.SERVICE, 0.05, 16, "sleep", "1");
		java.util.concurrent.ExecutionException noLog = org.junit.jupiter.api.Assertions.assertThrows(
				java.util.concurrent.ExecutionException.class, () -> log(pool, nowhere, 5));
		assertTrue(noLog.getCause().getMessage().contains("has no node"), noLog.getCause().getMessage());
	}

	@Test
	void aTasksHistoryForTheLastHourComesFromTheAgentItRunsOn() throws Exception {
		prefix = "history-";
		TaskPool pool = pool(1, 2, 1024);
		Task burner = task("history-burn", TaskKind.SERVICE, 0.5, 64, "while :; do :; done");
		burner.setShell(true);
		pool.onModel(() -> pool.control.submit(List.of(burner)));
		pool.waitUntil("the burner running", Duration.ofSeconds(60), () -> burner.getState() == TaskState.RUNNING);
		// What the Load part asks for a selected task and the "Last hour" range (LoadPart's history job).
		org.flotilla.console.core.AgentHistory history = new org.flotilla.console.core.AgentHistory(pool.connections::request);
		org.flotilla.protocol.HistorySeries[] series = new org.flotilla.protocol.HistorySeries[1];
		TaskPool.waitFor("the agent kept a few seconds of the burner's history", Duration.ofSeconds(30), () -> {
			try {
				series[0] = history.fetchTask("agent-1", "history-burn", org.flotilla.console.core.AgentHistory.Range.LAST_HOUR,
						java.time.Instant.now()).get(20, TimeUnit.SECONDS);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
			return java.util.Arrays.stream(series[0].cpuMax()).filter(c -> c > 0.3).count() >= 3;
		});
		org.flotilla.protocol.HistorySeries s = series[0];
		long now = System.currentTimeMillis();
		assertTrue(s.size() >= 3, "points: " + s.size());
		assertTrue(java.util.Arrays.stream(s.times()).allMatch(t -> t > now - Duration.ofHours(1).toMillis() - 60_000 && t <= now + 1000),
				"every point in the last hour");
		assertTrue(java.util.Arrays.stream(s.memory()).anyMatch(m -> m > 100_000), "the task's resident bytes");
		assertTrue(java.util.Arrays.stream(s.memory()).allMatch(m -> m < 512.0 * 1024 * 1024),
				"a shell loop's own bytes, not its node's memory in use");
		assertTrue(java.util.Arrays.stream(s.cpuMax()).allMatch(c -> c < 1.5), "the burner's own cores, not the node's: one burner "
				+ "uses one core at most");

		// A task the agent has no history of: the failure names the task and the node.
		java.util.concurrent.ExecutionException unknown = org.junit.jupiter.api.Assertions.assertThrows(
				java.util.concurrent.ExecutionException.class, () -> history.fetchTask("agent-1", "history-none",
						org.flotilla.console.core.AgentHistory.Range.LAST_HOUR, java.time.Instant.now()).get(20, TimeUnit.SECONDS));
		assertTrue(unknown.getCause().getMessage().contains("history of task 'history-none' from agent-1"),
				unknown.getCause().getMessage());
		assertTrue(unknown.getCause().getMessage().contains("no task 'history-none' on this agent"),
				unknown.getCause().getMessage());
	}

	@Test
	void aKilledAgentsServicesRunElsewhereInTimeAndNoneRunsTwiceWhenItReturns() throws Exception {
		prefix = "moved-";
		TaskPool pool = pool(4, 4, 4096);
		List<Task> tasks = sleepers("moved-", 24);
		pool.onModel(() -> pool.control.submit(tasks));
		pool.waitUntil("every task running", Duration.ofSeconds(60), () -> allRunning(pool, "moved-"));

		// The node with the most tasks dies.
		Node victim = pool.onModel(() -> pool.pool.getAllNodes().stream().max(Comparator.comparingInt(n -> n.getTasks().size())).orElseThrow());
		int index = pool.onModel(() -> pool.pool.getAllNodes().indexOf(victim));
		List<Task> lost = pool.onModel(() -> List.copyOf(victim.getTasks()));
		assertFalse(lost.isEmpty());
		pool.kill(index);
		long killed = System.nanoTime();
		pool.waitUntil("the killed node is unreachable", Duration.ofSeconds(10), () -> victim.getState() == NodeState.UNREACHABLE);
		long detected = System.nanoTime();
		pool.waitUntil("its tasks run elsewhere", Duration.ofSeconds(20), () -> lost.stream()
				.allMatch(t -> t.getState() == TaskState.RUNNING && t.getNode() != null && t.getNode() != victim));
		long elsewhere = System.nanoTime();
		long detectionMs = (detected - killed) / 1_000_000;
		long restartMs = (elsewhere - detected) / 1_000_000;
		System.out.println("restart elsewhere: detected after " + detectionMs + " ms, running elsewhere " + restartMs
				+ " ms after detection (" + lost.size() + " tasks)");
		assertTrue(detectionMs <= 5000, "detected within 5 s: " + detectionMs + " ms");
		assertTrue(restartMs <= 10000, "running elsewhere within 10 s of detection: " + restartMs + " ms");
		assertTrue(pool.onModel(() -> lost.stream().allMatch(t -> t.getEpoch() >= 2)), "each lost task got a new epoch");

		// The old copies kept running while their agent was dead; when it returns they are fenced.
		pool.restart(index);
		pool.waitUntil("the node is back", Duration.ofSeconds(60), () -> victim.getState() == NodeState.READY);
		TaskPool.waitFor("no task runs twice", Duration.ofSeconds(30), () -> {
			Map<String, Integer> instances = TaskProcesses.instances("moved-");
			return tasks.stream().allMatch(t -> instances.getOrDefault(t.getName(), 0) == 1);
		});
		assertTrue(pool.onModel(() -> allRunning(pool, "moved-")), "and every task still runs");
	}

	@Test
	void anAgentKilledAndRestartedReadoptsItsTasksNoneDuplicatedNoneLost() throws Exception {
		prefix = "adopt-";
		TaskPool pool = pool(2, 4, 4096);
		pool.onModel(() -> {
			pool.pool.setRestartGraceSeconds(600); // this test is about the agent coming back, not about moving
			return null;
		});
		List<Task> tasks = sleepers("adopt-", 8);
		pool.onModel(() -> pool.control.submit(tasks));
		pool.waitUntil("every task running", Duration.ofSeconds(60), () -> allRunning(pool, "adopt-"));
		Node first = pool.node("agent-1");
		List<Task> onFirst = pool.onModel(() -> List.copyOf(first.getTasks()));
		assertFalse(onFirst.isEmpty(), "agent-1 runs some tasks");
		Map<String, Long> pids = new HashMap<>();
		for (Task t : onFirst) {
			pids.put(t.getName(), pool.onModel(t::getPid));
		}

		pool.kill(0);
		// While the agent is down, one of its tasks dies too (its whole process tree).
		Task dying = onFirst.get(0);
		TaskProcesses.kill(dying.getName());
		pool.restart(0);

		// The agent comes back before the console notices it was gone: what the model says is only new once the task
		// that died runs again under a new pid.
		long died = pids.get(dying.getName());
		pool.waitUntil("the task that died while its agent was down runs again", Duration.ofSeconds(60),
				() -> dying.getState() == TaskState.RUNNING && dying.getPid() > 0 && dying.getPid() != died);
		pool.waitUntil("agent-1 back with its tasks", Duration.ofSeconds(60), () -> first.getState() == NodeState.READY
				&& onFirst.stream().allMatch(t -> t.getState() == TaskState.RUNNING && t.getNode() == first && t.getPid() > 0));
		for (Task t : onFirst) {
			long pid = pool.onModel(t::getPid);
			if (t == dying) {
				assertNotEquals(pids.get(t.getName()), pid, "the task that died while the agent was down was started again");
			} else {
				assertEquals(pids.get(t.getName()), pid, t.getName() + " was re-adopted, not started again");
			}
		}
		Map<String, Integer> instances = TaskProcesses.instances("adopt-");
		for (Task t : tasks) {
			assertEquals(1, instances.getOrDefault(t.getName(), 0), t.getName() + " runs exactly once: " + instances);
		}
	}

	@Test
	void drainingANodeMovesEverythingOffItAndTheOthersRunEverything() throws Exception {
		prefix = "drain-";
		TaskPool pool = pool(3, 4, 4096);
		List<Task> tasks = sleepers("drain-", 12);
		pool.onModel(() -> pool.control.submit(tasks));
		pool.waitUntil("every task running", Duration.ofSeconds(60), () -> allRunning(pool, "drain-"));
		Node busiest = pool.onModel(() -> pool.pool.getAllNodes().stream().max(Comparator.comparingInt(n -> n.getTasks().size())).orElseThrow());
		Job drain = pool.onModel(() -> pool.control.drain(busiest));
		pool.waitUntil("the drain finished", Duration.ofSeconds(60),
				() -> drain.getState() == JobState.SUCCEEDED || drain.getState() == JobState.FAILED);
		assertEquals(JobState.SUCCEEDED, pool.onModel(drain::getState), () -> "drain: " + drain.getMessage());
		assertEquals(NodeState.MAINTENANCE, pool.onModel(busiest::getState));
		assertEquals(0, (int) pool.onModel(() -> busiest.getTasks().size()), "the drained node runs nothing");
		pool.waitUntil("the others run everything", Duration.ofSeconds(30), () -> allRunning(pool, "drain-"));
		TaskPool.waitFor("every task exactly once", Duration.ofSeconds(20), () -> {
			Map<String, Integer> instances = TaskProcesses.instances("drain-");
			return tasks.stream().allMatch(t -> instances.getOrDefault(t.getName(), 0) == 1);
		});

		// One task of 3.5 cores per node: each node takes one at most, so while the drained node is in maintenance at
		// least one waits (and none goes there); once that node is made ready it takes one.
		List<Task> bigs = List.of(task("drain-big-1", TaskKind.SERVICE, 3.5, 16, "sleep", "100000"),
				task("drain-big-2", TaskKind.SERVICE, 3.5, 16, "sleep", "100000"),
				task("drain-big-3", TaskKind.SERVICE, 3.5, 16, "sleep", "100000"));
		List<Job> bigStarts = pool.onModel(() -> pool.control.submit(bigs));
		pool.waitUntil("each big task running or found no room", Duration.ofSeconds(30), () -> bigStarts.stream()
				.allMatch(j -> j.getState() == JobState.SUCCEEDED || j.getState() == JobState.FAILED));
		assertTrue(pool.onModel(() -> bigs.stream().noneMatch(t -> t.getNode() == busiest)), "nothing goes to a node in maintenance");
		List<Task> waiting = pool.onModel(() -> bigs.stream().filter(t -> t.getState() == TaskState.PENDING).toList());
		assertFalse(waiting.isEmpty(), () -> "a big task waits for room: " + pool.describe());
		pool.onModel(() -> {
			pool.control.ready(busiest);
			return null;
		});
		assertEquals(NodeState.READY, pool.onModel(busiest::getState));
		pool.waitUntil("the node made ready runs a waiting task", Duration.ofSeconds(30),
				() -> waiting.stream().anyMatch(t -> t.getNode() == busiest && t.getState() == TaskState.RUNNING));
		assertEquals(1, pool.onModel(() -> busiest.getTasks().size()), "one of 3.5 cores on its 4");
		Map<String, Integer> bigInstances = TaskProcesses.instances("drain-big-");
		assertTrue(bigInstances.values().stream().allMatch(n -> n == 1), bigInstances.toString());
	}

	@Test
	void aSupportCertificateIsRefusedRunTaskAndAStaleEpochIsRefused() throws Exception {
		prefix = "fence-";
		TaskPool pool = pool(1, 2, 1024);
		Node node = pool.node("agent-1");
		String address = pool.onModel(node::getAddress);
		InetSocketAddress agent = new InetSocketAddress("127.0.0.1", Integer.parseInt(address.substring(address.indexOf(':') + 1)));
		char[] password = "it-password".toCharArray();
		SSLContext support = PoolCertificateAuthority.sslContext(
				pool.identity.authority().issueConsole("support-desk", ConsoleRole.SUPPORT, password), password);
		TaskSpec spec = new TaskSpec("fence-1", 5, TaskSpec.TaskKind.SERVICE, "sleep", List.of("100000"), Map.of(), false,
				TaskSpec.RestartPolicy.ALWAYS, 3, 0.1, 16, TaskSpec.Isolation.KEEP, 10_000);
		try (ProtocolClient client = ProtocolClient.builder(agent, support, PeerKind.CONSOLE, "support-desk")
				.expectAgent("agent-1").connect()) {
			Message.Response refused = client.request(TaskOperations.RUN, 0, spec.toArguments(null)).get(20, TimeUnit.SECONDS);
			assertEquals(Message.Response.Status.REFUSED, refused.status());
			assertTrue(refused.detail().contains("role"), refused.detail());
			Message.Response status = client.request(TaskOperations.STATUS, 0, Map.of()).get(20, TimeUnit.SECONDS);
			assertEquals(Message.Response.Status.OK, status.status(), "support may read the task status");
		}
		assertTrue(TaskProcesses.instances("fence-").isEmpty(), "nothing was started for support");

		Message.Response started = pool.connections.request("agent-1", TaskOperations.RUN, spec.toArguments("it"))
				.get(20, TimeUnit.SECONDS);
		assertEquals(Message.Response.Status.OK, started.status(), started.detail());
		TaskSpec stale = new TaskSpec("fence-1", 3, TaskSpec.TaskKind.SERVICE, "sleep", List.of("100000"), Map.of(), false,
				TaskSpec.RestartPolicy.ALWAYS, 3, 0.1, 16, TaskSpec.Isolation.KEEP, 10_000);
		Message.Response refused = pool.connections.request("agent-1", TaskOperations.RUN, stale.toArguments("it"))
				.get(20, TimeUnit.SECONDS);
		assertEquals(Message.Response.Status.REFUSED, refused.status());
		assertTrue(refused.detail().contains("stale epoch 3"), refused.detail());
		Message.Response staleStop = pool.connections.request("agent-1", TaskOperations.STOP,
				Map.of("task", "fence-1", "epoch", "4")).get(20, TimeUnit.SECONDS);
		assertEquals(Message.Response.Status.REFUSED, staleStop.status(), "a stop of an older epoch does not stop it");
		assertEquals(1, TaskProcesses.instances("fence-").getOrDefault("fence-1", 0), "still running, once");
	}
}
