package org.flotilla.integration;

import static org.flotilla.integration.TrustFixtures.ask;
import static org.flotilla.integration.TrustFixtures.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.RevocationList;
import org.flotilla.protocol.TrustOperations;
import org.flotilla.service.PoolTrust;
import org.flotilla.service.ServiceIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revocation with real processes: the pool service (its distribution) and real agent processes, over TLS on
 * loopback. The service publishes a revocation list signed by the pool CA; agents take it, keep it across a restart,
 * ask it in every handshake and drop the sessions it revokes; the service refuses revoked agents; a revoked service
 * certificate is refused by the agents.
 */
class RevocationIntegrationTest {

	private static final Duration SECONDS = Duration.ofSeconds(15);

	@TempDir
	Path dir;

	/** The list agent {@code index} holds on disk (its number), or -1. */
	private static BigInteger heldBy(ServicePool pool, int index) throws Exception {
		Path file = pool.agentConfigs.get(index).resolveSibling("tls/pool.crl");
		return Files.exists(file) ? RevocationList.numberOf(RevocationList.parse(Files.readAllBytes(file))) : BigInteger.valueOf(-1);
	}

	private static BigInteger published(ServicePool pool) throws Exception {
		return RevocationList.numberOf(RevocationList.parse(Files.readAllBytes(
				pool.dir.resolve("service-data").resolve(ServiceIdentity.CA_FOLDER).resolve(PoolTrust.CRL_FILE))));
	}

	@Test
	void aRevokedConsoleIsDroppedAndRefusedByARealAgentWhichKeepsTheListAfterARestartAndRefusesAnOlderOrForgedOne()
			throws Exception {
		try (ServicePool pool = new ServicePool(dir, 2, 2, 2048)) {
			waitFor("the service gave both agents its revocation list", SECONDS,
					() -> heldBy(pool, 0).signum() > 0 && heldBy(pool, 1).signum() > 0);
			BigInteger first = published(pool);

			try (ProtocolClient eve = TrustFixtures.toAgent(pool, 0, "eve", ConsoleRole.ADMINISTRATOR)) {
				assertEquals(Response.Status.OK, ask(eve, "ping", Map.of()).status());
				long revokedAt = System.nanoTime();
				// As an operator does it on the service's host; the running service sees it within seconds.
				assertTrue(TrustFixtures.serviceTool(pool, "revoke", "--person", "eve", "--reason", "laptop stolen").contains("Revoked"));
				eve.closed().get(20, TimeUnit.SECONDS);
				System.out.printf("revoked console's open session to a real agent closed %.1f s after the revocation%n",
						(System.nanoTime() - revokedAt) / 1e9);
			}
			assertTrue(published(pool).compareTo(first) > 0, "a new list, numbered higher");
			ProtocolException refused = assertThrows(ProtocolException.class,
					() -> TrustFixtures.toAgent(pool, 1, "eve", ConsoleRole.ADMINISTRATOR));
			assertTrue(refused.getMessage().contains("revoked"), refused.getMessage());

			// The agent holds the list on its own: with the service gone, restarted, it still refuses eve.
			pool.killService();
			TrustFixtures.restartAgent(pool, 0);
			waitFor("agent-1 listens again", SECONDS, () -> {
				try (ProtocolClient alice = TrustFixtures.toAgent(pool, 0, "alice", ConsoleRole.ADMINISTRATOR)) {
					return true;
				} catch (java.io.IOException e) {
					return false;
				}
			});
			ProtocolException afterRestart = assertThrows(ProtocolException.class,
					() -> TrustFixtures.toAgent(pool, 0, "eve", ConsoleRole.ADMINISTRATOR));
			assertTrue(afterRestart.getMessage().contains("revoked"), afterRestart.getMessage());

			// An older list (which would give eve back) and one not signed by the pool CA are refused, and audited.
			try (ProtocolClient alice = TrustFixtures.toAgent(pool, 0, "alice", ConsoleRole.ADMINISTRATOR)) {
				PoolCertificateAuthority ca = pool.identity.authority();
				String older = RevocationList.pem(ca.signRevocations(first, Map.of(), Instant.now(), Instant.now().plusSeconds(3600)));
				Response olderAnswer = ask(alice, TrustOperations.REVOCATIONS, Map.of(TrustOperations.CRL, older));
				assertEquals(Response.Status.REFUSED, olderAnswer.status());
				assertTrue(olderAnswer.detail().contains("older"), olderAnswer.detail());
				PoolCertificateAuthority impostor = PoolCertificateAuthority.openOrCreate(dir.resolve("impostor"),
						"x".toCharArray(), "service pool");
				String forged = RevocationList.pem(impostor.signRevocations(BigInteger.valueOf(1_000_000), Map.of(), Instant.now(),
						Instant.now().plusSeconds(3600)));
				Response forgedAnswer = ask(alice, TrustOperations.REVOCATIONS, Map.of(TrustOperations.CRL, forged));
				assertEquals(Response.Status.REFUSED, forgedAnswer.status());
				assertTrue(forgedAnswer.detail().contains("not signed by the pool CA"), forgedAnswer.detail());
				// A support console may not hand over a list at all.
				try (ProtocolClient sam = TrustFixtures.toAgent(pool, 0, "sam", ConsoleRole.SUPPORT)) {
					assertEquals(Response.Status.REFUSED, ask(sam, TrustOperations.REVOCATIONS, Map.of(TrustOperations.CRL, older)).status());
				}
			}
			ProtocolException stillRefused = assertThrows(ProtocolException.class,
					() -> TrustFixtures.toAgent(pool, 0, "eve", ConsoleRole.ADMINISTRATOR));
			assertTrue(stillRefused.getMessage().contains("revoked"), stillRefused.getMessage());
			String audit = Files.readString(pool.agentConfigs.get(0).resolveSibling("audit-refused.log"));
			assertTrue(audit.contains("older") && audit.contains("not signed"), audit);
		}
	}

	@Test
	void aRevokedAgentIsRefusedByTheServiceAndARevokedServiceCertificateByTheAgents() throws Exception {
		try (ServicePool pool = new ServicePool(dir, 2, 2, 2048)) {
			ServicePool.Console admin = pool.console("alice", ConsoleRole.ADMINISTRATOR);
			admin.ask("sync", "synced");
			waitFor("both agents report", Duration.ofSeconds(60), () -> admin.ask("reporting", "reporting").equals("reporting 2"));

			// node-revoke, asked of the service by an administrator (not by a planner).
			try (ProtocolClient planner = TrustFixtures.toService(pool, "pat", ConsoleRole.PLANNER)) {
				Response refused = ask(planner, ServiceOperations.NODE_REVOKE, Map.of("node", "agent-2", "reason", "test"));
				assertEquals(Response.Status.REFUSED, refused.status());
				assertTrue(refused.detail().contains("administrator"), refused.detail());
			}
			try (ProtocolClient alice = TrustFixtures.toService(pool, "alice-script", ConsoleRole.ADMINISTRATOR)) {
				Response revoked = ask(alice, ServiceOperations.NODE_REVOKE, Map.of("node", "agent-2", "reason", "disk failing"));
				assertEquals(Response.Status.OK, revoked.status(), revoked.detail());
				assertEquals("1", revoked.values().get("revoked"));
			}
			// The service dropped its connection to agent-2 and refuses it since: the node says why, and goes silent.
			String problems = TrustFixtures.waitForValue(admin, "agent-2", "agentProblems", v -> v.contains("revoked"), SECONDS);
			assertTrue(problems.contains("agent-2"), problems);
			TrustFixtures.waitForValue(admin, "agent-2", "state", "unreachable"::equals, SECONDS);
			assertEquals("ready", TrustFixtures.waitForValue(admin, "agent-1", "state", v -> true, SECONDS));

			// Now the service's own certificate is revoked: every agent drops the service and refuses it.
			Path serviceKeystore = pool.dir.resolve("service-data").resolve(ServiceIdentity.SERVICE_KEYSTORE);
			IdentityKeystore serviceFiles = IdentityKeystore.beside(serviceKeystore);
			BigInteger serviceSerial = serviceFiles.load().certificate().getSerialNumber();
			TrustFixtures.serviceTool(pool, "revoke", "--serial", serviceSerial.toString(16), "--reason", "key copied");
			// (agent-2, revoked itself, is no longer talked to: the list reaches agent-1.)
			try {
				waitFor("agent-1 dropped and refused the service's revoked certificate", Duration.ofSeconds(30),
						() -> TrustFixtures.agentLog(pool, 0).lines().anyMatch(l -> l.contains("'pool-service'") && l.contains("was revoked")));
			} catch (AssertionError e) {
				throw new AssertionError(e.getMessage() + "; agent-1's log:\n" + TrustFixtures.agentLog(pool, 0) + "\nservice log:\n"
						+ Files.readString(pool.dir.resolve("service.log")), e);
			}
			// The service notices and issues itself a new certificate at once (no restart): agents let it in again.
			waitFor("the service renewed its revoked certificate", SECONDS,
					() -> !serviceFiles.load().certificate().getSerialNumber().equals(serviceSerial));
			long renewedAt = System.currentTimeMillis();
			TrustFixtures.waitForValue(admin, "agent-1", "lastHeartbeat", v -> Long.parseLong(v) > renewedAt + 1000, Duration.ofSeconds(60));
			TrustFixtures.waitForValue(admin, "agent-1", "state", "ready"::equals, Duration.ofSeconds(30));
			waitFor("alice's console is connected with the service's new certificate", SECONDS,
					() -> admin.ask("state", "state").equals("state synchronised"));
			TrustFixtures.waitForValue(admin, "agent-2", "agentProblems", v -> v.contains("revoked"), SECONDS);
		}
	}
}
