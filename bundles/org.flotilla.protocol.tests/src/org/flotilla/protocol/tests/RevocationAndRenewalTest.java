package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.flotilla.protocol.CertificateRenewal;
import org.flotilla.protocol.CertificateRequests;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.RenewableIdentity;
import org.flotilla.protocol.RevocationList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool's revocation list (signed by the pool CA, numbered, kept in a file, asked in real TLS handshakes on
 * loopback, both ways), renewal of a certificate while its holder serves (new handshakes get the new one, the open
 * connection stays), and refusals of expired certificates that say so.
 */
class RevocationAndRenewalTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);
	private static final char[] PASSWORD = TestPki.PASSWORD;

	@TempDir
	static Path folder;
	static PoolCertificateAuthority authority;
	static PoolCertificateAuthority otherPool;

	@BeforeAll
	static void createPool() throws IOException, GeneralSecurityException {
		authority = PoolCertificateAuthority.openOrCreate(folder.resolve("ca"), PASSWORD, "test");
		// Same name, other key: a list it signs names the right issuer, and must still be refused.
		otherPool = PoolCertificateAuthority.openOrCreate(folder.resolve("impostor-ca"), PASSWORD, "test");
	}

	private static X509Certificate certificateOf(KeyStore store) throws GeneralSecurityException {
		return (X509Certificate) store.getCertificate(PoolCertificateAuthority.IDENTITY_ALIAS);
	}

	private static X509CRL list(PoolCertificateAuthority ca, long number, X509Certificate... revoked) throws Exception {
		Map<BigInteger, Instant> entries = new java.util.LinkedHashMap<>();
		for (X509Certificate certificate : revoked) {
			entries.put(certificate.getSerialNumber(), Instant.now());
		}
		return ca.signRevocations(BigInteger.valueOf(number), entries, Instant.now(), Instant.now().plus(Duration.ofDays(7)));
	}

	@Test
	void newPeerCertificatesLiveNinetyDaysAndAreDueAtTwoThirds() throws Exception {
		X509Certificate certificate = certificateOf(authority.issueAgent("node-9", PASSWORD));
		Duration lifetime = Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
		assertTrue(lifetime.compareTo(Duration.ofDays(90)) >= 0 && lifetime.compareTo(Duration.ofDays(90).plusHours(2)) < 0,
				"lifetime " + lifetime);
		assertFalse(CertificateRenewal.isDue(certificate, Instant.now()));
		assertFalse(CertificateRenewal.isDue(certificate, Instant.now().plus(Duration.ofDays(59))));
		assertTrue(CertificateRenewal.isDue(certificate, Instant.now().plus(Duration.ofDays(61))));
	}

	@Test
	void aListIsTakenOnlyWhenThePoolCaSignedItAndItIsNewerAndItHoldsAfterARestart() throws Exception {
		X509Certificate alice = certificateOf(authority.issueConsole("alice", ConsoleRole.ADMINISTRATOR, PASSWORD));
		X509Certificate bob = certificateOf(authority.issueConsole("bob", ConsoleRole.PLANNER, PASSWORD));
		Path file = folder.resolve("agent/tls/pool.crl");
		RevocationList held = RevocationList.open(authority.certificate(), file);
		assertNull(held.refusal(alice), "nothing is revoked before a list arrives");

		assertTrue(held.offer(RevocationList.pem(list(authority, 5, alice))));
		assertTrue(held.refusal(alice).contains("revoked"), held.refusal(alice));
		assertNull(held.refusal(bob));
		assertFalse(held.offer(list(authority, 5, alice).getEncoded()), "the same number again changes nothing");

		GeneralSecurityException older = assertThrows(GeneralSecurityException.class,
				() -> held.offer(RevocationList.pem(list(authority, 4))));
		assertTrue(older.getMessage().contains("older"), older.getMessage());
		GeneralSecurityException forged = assertThrows(GeneralSecurityException.class,
				() -> held.offer(RevocationList.pem(list(otherPool, 99))));
		assertTrue(forged.getMessage().contains("not signed by the pool CA"), forged.getMessage());
		GeneralSecurityException garbage = assertThrows(GeneralSecurityException.class, () -> held.offer("not a list"));
		assertTrue(garbage.getMessage().contains("not a revocation list"), garbage.getMessage());
		assertTrue(held.refusal(alice) != null && held.number().equals(BigInteger.valueOf(5)), "refused lists changed nothing");

		// base64 of DER as well as PEM; the file holds the newest, readable by its owner only.
		assertTrue(held.offer(java.util.Base64.getEncoder().encodeToString(list(authority, 6, alice, bob).getEncoded())));
		assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		RevocationList restarted = RevocationList.open(authority.certificate(), file);
		assertEquals(BigInteger.valueOf(6), restarted.number());
		assertTrue(restarted.refusal(bob) != null && restarted.refusal(alice) != null);
		assertThrows(GeneralSecurityException.class, () -> restarted.offer(RevocationList.pem(list(authority, 5))));

		// A damaged file is not used (and says why); the next list replaces it.
		Files.writeString(file, RevocationList.pem(list(otherPool, 50)));
		RevocationList damaged = RevocationList.open(authority.certificate(), file);
		assertNull(damaged.current());
		assertTrue(damaged.warning().contains("not signed by the pool CA"), damaged.warning());
		assertTrue(damaged.offer(RevocationList.pem(list(authority, 7, bob))));
		assertEquals(BigInteger.valueOf(7), RevocationList.open(authority.certificate(), file).number());
	}

	@Test
	void aRevokedPeerIsRefusedInTheHandshakeEitherWay() throws Exception {
		KeyStore consoleStore = authority.issueConsole("carol", ConsoleRole.ADMINISTRATOR, PASSWORD);
		KeyStore agentStore = authority.issueAgent("node-1", PASSWORD);
		RevocationList agentHolds = RevocationList.open(authority.certificate(), null);
		RevocationList consoleHolds = RevocationList.open(authority.certificate(), null);
		try (ProtocolServer agent = ProtocolServer.builder("node-1", TestPki.context(agentStore), TestServers.ECHO)
				.certificateCheck(agentHolds.check()).start()) {
			try (ProtocolClient console = client(agent, consoleStore, consoleHolds)) {
				assertEquals(Response.Status.OK, console.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
				// The console is revoked while connected: the agent closes its session when it takes the list.
				agentHolds.offer(RevocationList.pem(list(authority, 1, certificateOf(consoleStore))));
				assertEquals(1, agent.refuseConnected(agentHolds.check()));
				console.closed().get(10, TimeUnit.SECONDS);
			}
			ProtocolException refused = assertThrows(ProtocolException.class, () -> client(agent, consoleStore, consoleHolds));
			assertTrue(refused.getMessage().contains("revoked"), refused.getMessage());

			// The other way: the console refuses an agent the list revokes.
			KeyStore otherConsole = authority.issueConsole("dave", ConsoleRole.SUPPORT, PASSWORD);
			consoleHolds.offer(RevocationList.pem(list(authority, 2, certificateOf(agentStore))));
			ProtocolException agentRefused = assertThrows(ProtocolException.class, () -> client(agent, otherConsole, consoleHolds));
			assertTrue(agentRefused.getMessage().contains("revoked"), agentRefused.getMessage());
		}
	}

	private static ProtocolClient client(ProtocolServer server, KeyStore identity, RevocationList holds) throws Exception {
		String name = PeerIdentity.of(certificateOf(identity)).name();
		return ProtocolClient.builder(server.address(), TestPki.context(identity), PeerKind.CONSOLE, name)
				.certificateCheck(holds.check()).connectTimeout(TIMEOUT).connect();
	}

	@Test
	void aRenewedIdentityServesNewHandshakesWhileTheOpenConnectionStays() throws Exception {
		KeyStore first = authority.issueAgent("node-1", PASSWORD);
		RenewableIdentity identity = RenewableIdentity.of(first, PASSWORD);
		KeyStore console = authority.issueConsole("alice", ConsoleRole.ADMINISTRATOR, PASSWORD);
		try (ProtocolServer agent = ProtocolServer.builder("node-1", identity.sslContext(), TestServers.ECHO).start();
				ProtocolClient open = client(agent, console, RevocationList.open(authority.certificate(), null))) {
			assertEquals(certificateOf(first), open.serverCertificates()[0]);

			// As a renewal does it: a key pair made by the holder, a request, the CA's certificate for it.
			CertificateRequests.Pending pending = CertificateRequests.newRequest(PeerIdentity.agent("node-1"));
			CertificateRequests.Request request = CertificateRequests.read(pending.requestPem());
			assertEquals("node-1", request.commonName());
			assertEquals("agent", request.organisationalUnit());
			X509Certificate renewed = authority.certify(PeerIdentity.agent("node-1"), request.publicKey(),
					Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofDays(90)));
			CertificateRequests.checkIssued(CertificateRequests.readChain(CertificateRequests.pemChain(renewed, authority.certificate())).get(0),
					pending.keys().getPublic(), PeerIdentity.agent("node-1"), authority.certificate());
			identity.replace(CertificateRequests.keystore(pending.keys().getPrivate(), renewed, authority.certificate(), PASSWORD), PASSWORD);

			try (ProtocolClient fresh = client(agent, console, RevocationList.open(authority.certificate(), null))) {
				assertEquals(renewed, fresh.serverCertificates()[0], "a new handshake presents the renewed certificate");
				assertEquals(Response.Status.OK, fresh.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
			}
			assertTrue(open.isConnected(), "the connection made before the renewal is still up");
			assertEquals(Response.Status.OK, open.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
			assertNotEquals(certificateOf(first).getSerialNumber(), identity.certificate().getSerialNumber());

			// A keystore of another peer is not taken as this one's renewal.
			KeyStore someoneElse = authority.issueAgent("node-2", PASSWORD);
			assertThrows(GeneralSecurityException.class, () -> identity.replace(someoneElse, PASSWORD));
			// Nor a request whose signature does not match its key.
			String tampered = pending.requestPem().replace(pending.requestPem().substring(80, 84), "AAAA");
			assertThrows(GeneralSecurityException.class, () -> CertificateRequests.read(tampered));
		}
	}

	@Test
	void aDiallingPeerThatRenewedPresentsItsNewCertificateAtItsNextConnectionNotAResumedOldOne() throws Exception {
		KeyStore first = authority.issueConsole("svc", ConsoleRole.ADMINISTRATOR, PASSWORD);
		RenewableIdentity identity = RenewableIdentity.of(first, PASSWORD);
		java.util.List<X509Certificate> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
		RevocationList agentHolds = RevocationList.open(authority.certificate(), null);
		try (ProtocolServer agent = ProtocolServer.builder("node-1", TestPki.context(authority.issueAgent("node-1", PASSWORD)),
				TestServers.ECHO).certificateCheck(certificate -> {
					seen.add(certificate);
					return agentHolds.refusal(certificate);
				}).start()) {
			ProtocolClient.Builder dial = ProtocolClient.builder(agent.address(), identity.sslContext(), PeerKind.CONSOLE, "svc")
					.connectTimeout(TIMEOUT);
			try (ProtocolClient before = dial.connect()) {
				assertEquals(certificateOf(first), seen.get(seen.size() - 1));
			}
			KeyStore renewed = authority.issueConsole("svc", ConsoleRole.ADMINISTRATOR, PASSWORD);
			identity.replace(renewed, PASSWORD);
			// The old one is revoked: a resumed session would still carry it, and be refused.
			agentHolds.offer(RevocationList.pem(list(authority, 1, certificateOf(first))));
			try (ProtocolClient after = dial.connect()) {
				assertEquals(certificateOf(renewed), seen.get(seen.size() - 1), "a full handshake with the renewed certificate");
				assertEquals(Response.Status.OK, after.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
			}
		}
	}

	@Test
	void anExpiredCertificateIsRefusedWithWordsThatSaySo() throws Exception {
		KeyStore expired = authority.issue(PeerIdentity.agent("node-1"), PASSWORD, Instant.now().minus(Duration.ofDays(2)),
				Instant.now().minus(Duration.ofDays(1)));
		KeyStore console = authority.issueConsole("alice", ConsoleRole.ADMINISTRATOR, PASSWORD);
		try (ProtocolServer agent = ProtocolServer.builder("node-1", TestPki.context(expired), TestServers.ECHO).start()) {
			IOException refused = assertThrows(IOException.class,
					() -> client(agent, console, RevocationList.open(authority.certificate(), null)));
			assertTrue(refused.getMessage().contains("expired on"), refused.getMessage());
			assertTrue(refused.getMessage().contains("node-1"), refused.getMessage());
		}
	}
}
