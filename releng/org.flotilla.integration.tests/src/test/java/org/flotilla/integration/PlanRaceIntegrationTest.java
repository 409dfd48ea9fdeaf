package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.flotilla.console.core.planning.PlanEdits;
import org.flotilla.console.core.planning.PlanningBoard;
import org.flotilla.model.Node;
import org.flotilla.model.Plan;
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
 * "Commands to agents carry the epoch the plan was made on" (issue 12), forced as a race between two consoles: a
 * real pool service process, three real agents, and two consoles' client code (each its own TLS connection and
 * person). Bob plans a move of a running task; Alice, from her console, moves that task first; Bob's Apply, run by
 * the service on its model thread, must refuse the move as stale, with the reason, and start nothing; the agent
 * running the task must refuse a run-task and a stop-task that carry the epoch Bob's plan was made on.
 */
class PlanRaceIntegrationTest {

	@TempDir
	Path dir;

	@AfterEach
	void killTasks() {
		TaskProcesses.killAll("race-"); // tasks outlive their agents by design
	}

	@Test
	void aMovePlannedBeforeAnotherConsoleMovedTheTaskIsRefusedAsStaleAndTheAgentRefusesItsEpoch() throws Exception {
		try (ServicePool pool = new ServicePool(dir, 3, 4, 4096);
				InProcessConsole bob = new InProcessConsole(pool.servicePort, pool.identityOf("bob", ConsoleRole.PLANNER));
				InProcessConsole alice = new InProcessConsole(pool.servicePort, pool.identityOf("alice", ConsoleRole.ADMINISTRATOR))) {
			// Submitted once the service has the three agents' reports (a task submitted before waits for room; under
			// load the first reports can take a while), as a planner would see the pool before submitting.
			bob.waitUntil("the pool service's three nodes have reported", Duration.ofSeconds(90), () -> bob.session.getPool() != null
					&& bob.session.getPool().getAllNodes().size() == 3
					&& bob.session.getPool().getAllNodes().stream().allMatch(n -> n.getOperatingSystem() != null));
			bob.on(() -> {
				Task task = PoolFactory.eINSTANCE.createTask();
				task.setName("race-1");
				task.setKind(TaskKind.SERVICE);
				task.setCommand("/bin/sleep");
				task.getArguments().add("100000");
				task.setRestartPolicy(RestartPolicy.ALWAYS);
				task.setCpuDemand(0.1);
				task.setMemoryDemand(16);
				return bob.control.submit(List.of(task));
			});
			bob.waitUntil("race-1 runs", Duration.ofSeconds(90), () -> {
				Task task = task(bob);
				return task != null && task.getState() == TaskState.RUNNING && task.getNode() != null;
			});
			waitForInstances(1);
			String from = bob.on(() -> task(bob).getNode().getName());
			long plannedEpoch = bob.on(() -> task(bob).getEpoch());
			List<String> others = bob.on(() -> bob.session.getPool().getAllNodes().stream().map(Node::getName)
					.filter(n -> !n.equals(from)).sorted().toList());
			String planned = others.get(0);
			String movedTo = others.get(1);

			// Bob plans race-1 -> the first other node; the plan is the pool's, so Alice's copy shows it too.
			bob.on(() -> {
				bob.session.getEditingDomain().getCommandStack().execute(PlanEdits.addMoves(bob.session.getEditingDomain(),
						bob.session.getPool(), List.of(task(bob)), bob.node(planned)));
				return null;
			});
			alice.waitUntil("Bob's planned move reached Alice", Duration.ofSeconds(30), () -> moves(alice).equals("race-1->" + planned));
			assertEquals(plannedEpoch, (long) bob.on(() -> PlanEdits.currentPlan(bob.session.getPool()).getMoves().get(0).getPlannedEpoch()),
					"the move carries the epoch it was planned on");
			assertEquals(PlanningBoard.MoveState.OK, bob.on(() -> PlanningBoard.of(bob.session.getPool()).moves().get(0).state()));

			// Alice moves race-1 elsewhere first: a migration job through the service, to a new epoch on another agent.
			alice.on(() -> alice.control.move(task(alice), alice.node(movedTo)));
			bob.waitUntil("race-1 runs on " + movedTo + " at a new epoch", Duration.ofSeconds(60), () -> {
				Task task = task(bob);
				return task.getState() == TaskState.RUNNING && task.getNode() != null && task.getNode().getName().equals(movedTo)
						&& task.getEpoch() > plannedEpoch;
			});
			waitForInstances(1);
			long epochNow = bob.on(() -> task(bob).getEpoch());

			// Bob's board says the move is stale, and why, before he applies it.
			PlanningBoard.MoveStatus status = bob.on(() -> PlanningBoard.of(bob.session.getPool()).moves().get(0));
			assertEquals(PlanningBoard.MoveState.STALE, status.state());
			assertEquals("race-1 was reassigned since the move was planned (epoch " + plannedEpoch + ", now " + epochNow + ", on "
					+ movedTo + ")", status.reason());

			// Bob applies anyway: the service's plan application refuses the move with the reason, and starts nothing.
			String serviceLogBefore = serviceLog(pool);
			bob.on(() -> {
				bob.control.applyPlan(true);
				return null;
			});
			String applied = "plan of bob applied: 0 of 1 moved";
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!serviceLog(pool).substring(serviceLogBefore.length()).contains(applied)) {
				if (System.nanoTime() > deadline) {
					throw new AssertionError("the service did not finish Bob's plan within 60 s; its log: " + serviceLog(pool)
							+ "; Bob's refusals: " + bob.refusals);
				}
				Thread.sleep(100);
			}
			String log = serviceLog(pool).substring(serviceLogBefore.length());
			// (The line's arrow between the nodes is left out: the service's log is in its platform encoding.)
			assertTrue(log.contains("plan of bob: race-1 " + from + " "), log);
			assertTrue(log.contains(planned + ": refused: race-1 was reassigned since the move was planned (epoch " + plannedEpoch
					+ ", now " + epochNow + ")"), log);
			assertTrue(bob.refusals.isEmpty(), "the request was taken; the move was refused: " + bob.refusals);
			assertEquals("race-1->" + planned, bob.on(() -> moves(bob)), "a refused move stays in the plan");
			assertEquals(movedTo, bob.on(() -> task(bob).getNode().getName()));
			assertEquals(epochNow, (long) bob.on(() -> task(bob).getEpoch()));
			assertEquals(Map.of("race-1", 1), TaskProcesses.instances("race-"), "still one copy, where Alice put it");

			// The agent running it now refuses what carries the epoch Bob's plan was made on.
			String address = bob.on(() -> bob.node(movedTo).getAddress());
			InetSocketAddress agent = new InetSocketAddress("127.0.0.1", Integer.parseInt(address.substring(address.indexOf(':') + 1)));
			char[] password = "race-password".toCharArray();
			SSLContext desk = PoolCertificateAuthority.sslContext(
					pool.identity.authority().issueConsole("race-desk", ConsoleRole.ADMINISTRATOR, password), password);
			try (ProtocolClient client = ProtocolClient.builder(agent, desk, PeerKind.CONSOLE, "race-desk").expectAgent(movedTo)
					.connect()) {
				Message.Response stop = client.request(TaskOperations.STOP, 0,
						Map.of("task", "race-1", "epoch", Long.toString(plannedEpoch))).get(20, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.REFUSED, stop.status(), "a stop at the plan's epoch: " + stop.detail());
				TaskSpec stale = new TaskSpec("race-1", plannedEpoch, TaskSpec.TaskKind.SERVICE, "/bin/sleep", List.of("100000"),
						Map.of(), false, TaskSpec.RestartPolicy.ALWAYS, 3, 0.1, 16, TaskSpec.Isolation.KEEP, 10_000);
				Message.Response run = client.request(TaskOperations.RUN, 0, stale.toArguments("race-desk")).get(20, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.REFUSED, run.status(), "a run at the plan's epoch: " + run.detail());
				assertTrue(run.detail().contains("stale epoch " + plannedEpoch), run.detail());
			}
			assertEquals(Map.of("race-1", 1), TaskProcesses.instances("race-"), "still running, once");
			assertEquals(movedTo, bob.on(() -> task(bob).getNode().getName()));
			assertNotEquals(TaskState.STOPPED, bob.on(() -> task(bob).getState()));
		} finally {
			// Whatever the test left: no copy of race-1 outlives it (the agents stop their tasks when they end).
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!TaskProcesses.instances("race-").isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
		}
	}

	private static Task task(InProcessConsole console) {
		return console.session.getPool() == null ? null
				: console.session.getPool().getTasks().stream().filter(t -> "race-1".equals(t.getName())).findFirst().orElse(null);
	}

	/** The console's planned moves as "task->node", comma-separated (model thread). */
	private static String moves(InProcessConsole console) {
		Plan plan = PlanEdits.currentPlan(console.session.getPool());
		return plan == null ? "" : plan.getMoves().stream().map(m -> m.getTask().getName() + "->" + m.getToNode().getName())
				.collect(java.util.stream.Collectors.joining(","));
	}

	private static String serviceLog(ServicePool pool) throws Exception {
		Path log = pool.dir.resolve("service.log");
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	/** Waits until exactly {@code count} copies of race-1 run on the machine (a migration ends with one). */
	private static void waitForInstances(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (TaskProcesses.instances("race-").getOrDefault("race-1", 0) != count) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not " + count + " copy of race-1 within 60 s: " + TaskProcesses.instances("race-"));
			}
			Thread.sleep(100);
		}
	}
}
