package org.flotilla.integration;

import static org.flotilla.integration.TrustFixtures.ask;
import static org.flotilla.integration.TrustFixtures.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Taking servers out of the pool through the service ("node-remove"), with a real service process and real agents
 * running a real task: refused while the task runs on the node, accepted once it was drained; kept as decommissioned
 * (and no longer dialled) or deleted; either way the node's certificate is revoked and its agent refused.
 */
class NodeRemovalIntegrationTest {

	@TempDir
	Path dir;

	@Test
	void aNodeIsRemovedOnlyOnceDrainedKeptAsDecommissionedOrDeletedAndNoLongerDialled() throws Exception {
		try (ServicePool pool = new ServicePool(dir, 3, 4, 4096)) {
			Path adminIdentity = pool.identityOf("alice", ConsoleRole.ADMINISTRATOR);
			ServicePool.Console watching = pool.console("bob", ConsoleRole.SUPPORT);
			watching.ask("sync", "synced");
			waitFor("every node reports", Duration.ofSeconds(60), () -> watching.ask("reporting", "reporting").equals("reporting 3"));
			ServicePool.CommandResult submitted = pool.flotilla(adminIdentity, "submit", "--name", "svc-rm", "--command",
					"/bin/sleep", "--arg", "100000", "--cpu", "0.1", "--memory", "32", "--count", "1", "--wait", "120");
			assertEquals(0, submitted.exitCode(), submitted.output());
			String[] task = waitForRunningTask(watching).split(":");
			String busy = task[2];

			try (ProtocolClient admin = TrustFixtures.toService(pool, "alice", ConsoleRole.ADMINISTRATOR)) {
				Response refused = ask(admin, ServiceOperations.NODE_REMOVE, Map.of("node", busy, "keep", "true"));
				assertEquals(Response.Status.REFUSED, refused.status());
				assertTrue(refused.detail().contains("svc-rm") && refused.detail().contains("drain"), refused.detail());
				assertEquals("ready", TrustFixtures.waitForValue(watching, busy, "state", v -> true, Duration.ofSeconds(5)));

				ServicePool.CommandResult drained = pool.flotilla(adminIdentity, "drain", busy, "--wait", "120");
				assertEquals(0, drained.exitCode(), drained.output());
				Response kept = ask(admin, ServiceOperations.NODE_REMOVE, Map.of("node", busy, "keep", "true"));
				assertEquals(Response.Status.OK, kept.status(), kept.detail());
				assertEquals("decommissioned", kept.values().get("state"));
				assertEquals("1", kept.values().get("revoked"), "its certificate was revoked on the way");
				TrustFixtures.waitForValue(watching, busy, "state", "decommissioned"::equals, Duration.ofSeconds(15));

				// No longer dialled: its reports stop while the others' go on, and it stays decommissioned.
				String other = busy.equals("agent-1") ? "agent-2" : "agent-1";
				Thread.sleep(2000); // a report already on its way may still arrive
				long stoppedAt = Long.parseLong(TrustFixtures.waitForValue(watching, busy, "lastHeartbeat", v -> true, Duration.ofSeconds(5)));
				long otherAt = Long.parseLong(TrustFixtures.waitForValue(watching, other, "lastHeartbeat", v -> true, Duration.ofSeconds(5)));
				TrustFixtures.waitForValue(watching, other, "lastHeartbeat", v -> Long.parseLong(v) > otherAt + 2000, Duration.ofSeconds(15));
				assertEquals(Long.toString(stoppedAt), TrustFixtures.waitForValue(watching, busy, "lastHeartbeat", v -> true, Duration.ofSeconds(5)));
				assertEquals("decommissioned", TrustFixtures.waitForValue(watching, busy, "state", v -> true, Duration.ofSeconds(5)));
				int busyIndex = Integer.parseInt(busy.substring("agent-".length())) - 1;
				// Its agent, revoked, is refused by the service; its certificate is listed as revoked.
				assertTrue(TrustFixtures.serviceTool(pool, "certificates").lines()
						.anyMatch(l -> l.contains(" " + busy + " ") && l.contains("revoked")));

				// Deleted outright: gone from every console's copy, and revoked as well.
				String gone = busy.equals("agent-3") ? "agent-2" : "agent-3";
				Response removed = ask(admin, ServiceOperations.NODE_REMOVE, Map.of("node", gone, "keep", "false"));
				assertEquals(Response.Status.OK, removed.status(), removed.detail());
				assertEquals("removed", removed.values().get("state"));
				waitFor(gone + " left the support console's copy", Duration.ofSeconds(15),
						() -> watching.ask("has " + gone, "has").equals("has false"));
				assertTrue(TrustFixtures.serviceTool(pool, "certificates").lines()
						.anyMatch(l -> l.contains(" " + gone + " ") && l.contains("revoked")));
				Response again = ask(admin, ServiceOperations.NODE_REMOVE, Map.of("node", gone, "keep", "false"));
				assertEquals(Response.Status.REFUSED, again.status());
				assertTrue(again.detail().contains("no node"), again.detail());
				// The task still runs once, elsewhere.
				assertTrue(!waitForRunningTask(watching).endsWith(":" + busy));
				assertTrue(busyIndex >= 0);
			}
			// A support console may not remove anything.
			try (ProtocolClient sam = TrustFixtures.toService(pool, "sam", ConsoleRole.SUPPORT)) {
				Response refused = ask(sam, ServiceOperations.NODE_REMOVE, Map.of("node", "agent-1", "keep", "true"));
				assertEquals(Response.Status.REFUSED, refused.status());
			} catch (ProtocolException e) {
				throw new AssertionError(e);
			}
		}
	}

	/** Waits until the console shows the one task running; returns "name:state:node". */
	private static String waitForRunningTask(ServicePool.Console console) throws Exception {
		String[] found = new String[1];
		waitFor("the task runs", Duration.ofSeconds(90), () -> {
			String tasks = console.ask("tasks", "tasks");
			for (String task : tasks.substring("tasks".length()).trim().split(" ")) {
				if (task.contains(":running:")) {
					found[0] = task;
					return true;
				}
			}
			return false;
		});
		return found[0];
	}
}
