package org.flotilla.integration;

import static org.flotilla.integration.TrustFixtures.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.ProtocolClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certificate renewal without outage, with a real service process and real agents: an agent whose certificate
 * reaches two thirds of its (here: 30 s) lifetime is renewed over the service's open connection, presents the new one
 * to new handshakes, and its node never turns unreachable, not even when the old certificate expires; an agent whose
 * certificate expired cannot connect, and its node says why.
 */
class RenewalIntegrationTest {

	@TempDir
	Path dir;

	@Test
	void anAgentIsRenewedOverTheLiveConnectionWithoutOutageAndAnExpiredOneIsRefusedWithItsReason() throws Exception {
		try (ServicePool pool = new ServicePool(dir, 2, 2, 2048)) {
			ServicePool.Console admin = pool.console("alice", ConsoleRole.ADMINISTRATOR);
			admin.ask("sync", "synced");
			waitFor("both nodes report", Duration.ofSeconds(60), () -> admin.ask("reporting", "reporting").equals("reporting 2"));

			// carol's console, a process of its own, connects with a certificate due for renewal: it renews it.
			Instant now = Instant.now();
			X509Certificate carolBefore = TrustFixtures.issueConsole(pool, "carol", ConsoleRole.PLANNER, now.minusSeconds(100),
					now.plusSeconds(50));
			ServicePool.Console carol = TrustFixtures.startConsole(pool, "carol");
			Path carolKeystore = pool.dir.resolve("identities/carol.p12");
			assertTrue(carol.ask("sync", "synced").endsWith("planner"));
			try {
				waitFor("carol's console renewed its certificate", Duration.ofSeconds(30),
						() -> !org.flotilla.protocol.IdentityKeystore.beside(carolKeystore).load().certificate().equals(carolBefore));
			} catch (AssertionError e) {
				throw new AssertionError(e.getMessage() + "; carol's console said: " + java.nio.file.Files.readString(pool.dir.resolve("carol.err"))
						+ "\nthe service: " + java.nio.file.Files.readString(pool.dir.resolve("service.log")), e);
			}
			org.flotilla.protocol.IdentityKeystore.Loaded carolAfter = org.flotilla.protocol.IdentityKeystore.beside(carolKeystore).load();
			assertEquals(org.flotilla.protocol.PeerIdentity.console("carol", ConsoleRole.PLANNER), carolAfter.identity());
			assertTrue(carolAfter.certificate().getNotAfter().after(carolBefore.getNotAfter()));
			carol.quit();

			// agent-1 gets a certificate of 30 s, due for renewal 10 s from now; agent-2 one that expired yesterday.
			now = Instant.now();
			X509Certificate shortLived = TrustFixtures.reissueAgent(pool, 0, now.minusSeconds(10), now.plusSeconds(20));
			TrustFixtures.reissueAgent(pool, 1, now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
			TrustFixtures.restartAgent(pool, 0);
			TrustFixtures.restartAgent(pool, 1);
			long restarted = System.currentTimeMillis();
			// Reports from the restarted agent (its first ones may find the node marked unreachable by the restart).
			waitFor("agent-1 reports again with its short certificate", Duration.ofSeconds(30),
					() -> "ready".equals(state(admin, "agent-1")) && heartbeat(admin, "agent-1") > restarted + 1500);
			assertEquals(shortLived, TrustFixtures.agentCertificate(pool, 0), "not renewed yet: due 10 s after it was issued");

			// From here until well after the old certificate's end, the node is watched: never unreachable.
			List<String> states = new ArrayList<>();
			BigInteger renewedSerial = null;
			long lastHeartbeat = 0;
			int heartbeatsSeen = 0;
			while (Instant.now().isBefore(shortLived.getNotAfter().toInstant().plusSeconds(6))) {
				String state = state(admin, "agent-1");
				states.add(state);
				assertEquals("ready", state, "agent-1 turned " + state + " during its renewal");
				long heartbeat = heartbeat(admin, "agent-1");
				if (heartbeat > lastHeartbeat) {
					heartbeatsSeen++;
					lastHeartbeat = heartbeat;
				}
				X509Certificate onDisk = TrustFixtures.agentCertificate(pool, 0);
				if (!onDisk.equals(shortLived)) {
					renewedSerial = onDisk.getSerialNumber();
				}
				Thread.sleep(200);
			}
			assertTrue(renewedSerial != null, "agent-1's certificate was renewed before the old one ended");
			assertTrue(heartbeatsSeen >= 15, "agent-1 kept reporting through the renewal: " + heartbeatsSeen + " new heartbeats");
			assertTrue(TrustFixtures.agentLog(pool, 0).contains("certificate renewed"), TrustFixtures.agentLog(pool, 0));
			// The old certificate has ended; a new handshake gets a renewed one (perhaps renewed once more since).
			try (ProtocolClient bob = TrustFixtures.toAgent(pool, 0, "bob", ConsoleRole.SUPPORT)) {
				X509Certificate presented = bob.serverCertificates()[0];
				assertNotEquals(shortLived.getSerialNumber(), presented.getSerialNumber());
				assertTrue(presented.getNotAfter().after(new java.util.Date()), "the presented certificate is valid now");
				assertEquals(TrustFixtures.agentCertificate(pool, 0), presented, "what it presents is what it keeps on disk");
			}
			System.out.println("agent-1 renewed over its live connection: " + states.size() + " checks, all ready; serial "
					+ shortLived.getSerialNumber().toString(16) + " -> " + renewedSerial.toString(16));

			// agent-2 cannot connect, and the node says why.
			String problems = TrustFixtures.waitForValue(admin, "agent-2", "agentProblems", v -> v.contains("expired on"),
					Duration.ofSeconds(30));
			assertTrue(problems.contains("agent-2"), problems);
			TrustFixtures.waitForValue(admin, "agent-2", "state", "unreachable"::equals, Duration.ofSeconds(15));
		}
	}

	private static long heartbeat(ServicePool.Console console, String node) throws InterruptedException {
		return Long.parseLong(console.ask("get " + node + " lastHeartbeat", "value ").substring("value ".length()));
	}

	private static String state(ServicePool.Console console, String node) throws InterruptedException {
		return console.ask("get " + node + " state", "value ").substring("value ".length());
	}
}
