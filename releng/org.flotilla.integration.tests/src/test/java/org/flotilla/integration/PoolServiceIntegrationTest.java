package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flotilla.protocol.ConsoleRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool service as people use it: a real service process, five real agents, and consoles (administrator,
 * planner, support) as separate processes with their own identities (issue 11's tests).
 */
class PoolServiceIntegrationTest {

	@TempDir
	Path dir;

	@Test
	void consolesShareThePoolEditsReachEachOtherStaleEditsAndSupportAreRefused() throws Exception {
		try (ServicePool pool = new ServicePool(dir, 5, 4, 4096)) {
			ServicePool.Console admin = pool.console("alice", ConsoleRole.ADMINISTRATOR);
			ServicePool.Console planner = pool.console("bob", ConsoleRole.PLANNER);
			ServicePool.Console support = pool.console("sam", ConsoleRole.SUPPORT);
			assertTrue(admin.ask("sync", "synced").endsWith("administrator"));
			assertTrue(planner.ask("sync", "synced").endsWith("planner"));
			assertTrue(support.ask("sync", "synced").endsWith("support"));

			// Both see the same pool, and an edit of one reaches the others.
			assertEquals(admin.ask("get agent-3 cpuCapacity", "value"), planner.ask("get agent-3 cpuCapacity", "value"));
			admin.ask("set agent-3 cpuCapacity 6.5", "sent");
			planner.waitForValue("agent-3", "cpuCapacity", "6.5");
			support.waitForValue("agent-3", "cpuCapacity", "6.5");

			// Every agent's reports reach each console's charts (samples travel apart from the changes).
			waitForReports(admin, 5);
			waitForSamples(planner, 3);

			// A stale edit: Carol's console edits its copy while Alice's change of the same property is on its way.
			ServicePool.Console carol = pool.console("carol", ConsoleRole.ADMINISTRATOR);
			carol.ask("sync", "synced");
			// A console that connects late receives the newest sample of each node, not whole windows; then the rest.
			// (The others' windows hold 3 or more by now; one report may have come since Carol's copy was made.)
			String[] received = carol.ask("samples", "samples").split(" ");
			assertTrue(Integer.parseInt(received[1]) >= 1 && Integer.parseInt(received[2]) <= 2, String.join(" ", received));
			waitForSamples(carol, 3);
			carol.ask("hold", "held");
			carol.ask("set-async agent-2 memoryCapacity 1111", "queued");
			admin.ask("set agent-2 memoryCapacity 2222", "sent");
			support.waitForValue("agent-2", "memoryCapacity", "2222");
			carol.ask("release", "released");
			String refusals = waitForRefusal(carol);
			assertTrue(refusals.contains("stale") && refusals.contains("alice"), refusals);
			carol.waitForValue("agent-2", "memoryCapacity", "2222");
			admin.waitForValue("agent-2", "memoryCapacity", "2222");

			// A support console is refused every change, and its copy keeps the service's value.
			support.ask("set agent-1 cpuCapacity 1.5", "sent");
			assertTrue(waitForRefusal(support).contains("support"));
			support.waitForValue("agent-1", "cpuCapacity", "4.0");
			admin.waitForValue("agent-1", "cpuCapacity", "4.0");
		}
	}

	@Test
	void killedDuringABurstOfEditsTheServiceKeepsEveryAcknowledgedOneAndNoneHalfApplied() throws Exception {
		try (ServicePool pool = new ServicePool(dir, 5, 4, 4096)) {
			ServicePool.Console admin = pool.console("alice", ConsoleRole.ADMINISTRATOR);
			admin.ask("sync", "synced");
			admin.ask("burst 2000", "burst-sent", Duration.ofSeconds(120));
			// Kill -9 once some edits were acknowledged, while the rest are still on their way.
			Map<String, Integer> lastAcked = new HashMap<>();
			int acked = 0;
			while (acked < 40) {
				String[] ack = admin.expect("acked", Duration.ofSeconds(60)).split(" ");
				lastAcked.merge(ack[2], Integer.parseInt(ack[1]), Math::max);
				acked++;
			}
			pool.killService();
			String line;
			while ((line = admin.lines.poll(2, TimeUnit.SECONDS)) != null) { // acknowledgements sent before the kill
				if (line.startsWith("acked")) {
					String[] ack = line.split(" ");
					lastAcked.merge(ack[2], Integer.parseInt(ack[1]), Math::max);
					acked++;
				}
			}
			System.out.println("pool service killed with -9 after " + acked + " acknowledged edits of 2000");
			pool.startService();
			ServicePool.Console after = pool.console("dave", ConsoleRole.ADMINISTRATOR);
			after.ask("sync", "synced");
			for (int n = 1; n <= 5; n++) {
				String node = "agent-" + n;
				double cpu = Double.parseDouble(after.ask("get " + node + " cpuCapacity", "value ").substring(6));
				long memory = Long.parseLong(after.ask("get " + node + " memoryCapacity", "value ").substring(6));
				assertEquals((long) cpu * 1024, memory, node + ": an edit sets cpu and memory together; never one without the other");
				Integer last = lastAcked.get(node);
				if (last != null) {
					assertTrue(cpu >= 1000 + last, node + " lost acknowledged edit " + last + ": it has " + cpu);
				}
			}
		}
	}

	@Test
	void withNoConsoleOpenTheServiceRestartsAKilledNodesTasksElsewhere() throws Exception {
		try (ServicePool pool = new ServicePool(dir, 5, 4, 4096)) {
			ServicePool.Console admin = pool.console("alice", ConsoleRole.ADMINISTRATOR);
			admin.ask("sync", "synced");
			waitForReports(admin, 5);
			admin.ask("submit svc 10", "sent");
			String tasks = waitForTasks(admin, 10);
			admin.quit();
			pool.consoles.clear();

			// The node with the most tasks dies: agent and tasks, as when a server loses power.
			Map<String, Integer> perNode = new HashMap<>();
			for (String task : tasks.substring("tasks ".length()).split(" ")) {
				perNode.merge(task.split(":")[2], 1, Integer::sum);
			}
			String victim = perNode.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
			int index = Integer.parseInt(victim.substring("agent-".length())) - 1;
			long killed = System.nanoTime();
			pool.killAgent(index);
			for (String task : tasks.substring("tasks ".length()).split(" ")) {
				if (task.endsWith(":" + victim)) {
					TaskProcesses.kill(task.split(":")[0]);
				}
			}
			// Nobody is watching: the service alone notices and restarts them elsewhere.
			TaskPool.waitFor("every task runs once, none on " + victim, Duration.ofSeconds(90), () -> {
				Map<String, Integer> instances = TaskProcesses.instances("svc-");
				return instances.size() == 10 && instances.values().stream().allMatch(count -> count == 1);
			});
			System.out.printf("restart elsewhere with no console open: every task running again %.1f s after kill -9 of %s (%d tasks)%n",
					(System.nanoTime() - killed) / 1e9, victim, perNode.get(victim));
			ServicePool.Console later = pool.console("bob", ConsoleRole.PLANNER);
			later.ask("sync", "synced");
			String now = waitForTasks(later, 10);
			assertTrue(!now.contains(":" + victim + " ") && !now.endsWith(":" + victim), now);
		}
	}

	@Test
	void theCommandLineClientSubmitsAndDrainsAgainstTheSameService() throws Exception {
		// Four nodes: the three replicas are kept apart, so a drained node's replica needs a fourth to go to.
		try (ServicePool pool = new ServicePool(dir, 4, 4, 4096)) {
			Path planner = pool.identityOf("pat", ConsoleRole.PLANNER);
			ServicePool.Console watching = pool.console("alice", ConsoleRole.ADMINISTRATOR);
			watching.ask("sync", "synced");
			waitForReports(watching, 4);

			ServicePool.CommandResult submitted = pool.flotilla(planner, "submit", "--name", "svc-cli", "--command", "/bin/sleep",
					"--arg", "100000", "--cpu", "0.1", "--memory", "32", "--count", "3", "--wait", "120");
			assertEquals(0, submitted.exitCode(), submitted.output());
			TaskPool.waitFor("three svc-cli tasks run on the machine, once each", Duration.ofSeconds(60), () -> {
				Map<String, Integer> instances = TaskProcesses.instances("svc-cli-");
				return instances.size() == 3 && instances.values().stream().allMatch(count -> count == 1);
			});
			String tasks = waitForTasks(watching, 3); // the console sees what the script did
			String busy = tasks.substring("tasks ".length()).split(" ")[0].split(":")[2];

			ServicePool.CommandResult drained = pool.flotilla(planner, "drain", busy, "--wait", "120");
			assertEquals(0, drained.exitCode(), drained.output());
			String after = waitForTasks(watching, 3);
			assertTrue(!after.contains(":" + busy + " ") && !after.endsWith(":" + busy), busy + " was drained: " + after);
			ServicePool.CommandResult nodes = pool.flotilla(planner, "nodes", "--json");
			assertEquals(0, nodes.exitCode(), nodes.output());
			assertTrue(nodes.output().contains("\"maintenance\""), nodes.output());
			assertEquals(0, pool.flotilla(planner, "resume", busy).exitCode());

			ServicePool.CommandResult refused = pool.flotilla(pool.identityOf("sam", ConsoleRole.SUPPORT), "drain", busy);
			assertEquals(1, refused.exitCode(), refused.output());
			assertTrue(refused.output().contains("support"), refused.output());
		}
	}

	/**
	 * Waits until {@code count} nodes reported to the service (as the console's copy shows): a start sent to an agent
	 * the service is not connected to yet fails, and is not tried again.
	 */
	private static void waitForReports(ServicePool.Console console, int count) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		String reporting = "";
		while (System.nanoTime() < deadline) {
			reporting = console.ask("reporting", "reporting");
			if (reporting.equals("reporting " + count)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("not every node reported to the service: " + reporting);
	}

	/** Waits until every node's metric window in the console's copy holds at least {@code count} samples. */
	private static void waitForSamples(ServicePool.Console console, int count) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		String samples = "";
		while (System.nanoTime() < deadline) {
			samples = console.ask("samples", "samples");
			if (Integer.parseInt(samples.split(" ")[1]) >= count) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the console's windows did not fill: " + samples + " (fewest, most)");
	}

	/** Waits until the console's copy shows {@code count} tasks running; returns its "tasks" answer. */
	private static String waitForTasks(ServicePool.Console console, int count) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		String tasks = "";
		while (System.nanoTime() < deadline) {
			tasks = console.ask("tasks", "tasks");
			if (tasks.split(":running:", -1).length - 1 == count) {
				return tasks;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("not " + count + " tasks running: " + tasks + "\n" + console.ask("reasons", "reasons"));
	}

	private static String waitForRefusal(ServicePool.Console console) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (System.nanoTime() < deadline) {
			String refusals = console.ask("refusals", "refusals");
			if (!refusals.startsWith("refusals 0")) {
				return refusals;
			}
			Thread.sleep(50);
		}
		throw new AssertionError(console.person + "'s console saw no refusal");
	}
}
