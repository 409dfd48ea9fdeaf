package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.flotilla.agent.Agent;
import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentEndpoint;
import org.flotilla.agent.internal.AgentCredentials;
import org.flotilla.agent.internal.ConfigParser;
import org.flotilla.protocol.CertificateRequests;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.RevocationList;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.protocol.TrustOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import oshi.SystemInfo;

/**
 * The agent's trust operations behind its real TLS endpoint: the revocation list (taken only from the pool CA,
 * newer only, asked at every handshake, dropping revoked sessions at once) and renewal in two steps (only for the key
 * it made, only a certificate of the pool CA naming this node; the keystore replaced owner-only; new handshakes present
 * it while the asking connection stays).
 */
class AgentTrustTest {

	private static final char[] PASSWORD = "secret".toCharArray();

	@TempDir
	Path dir;

	@Test
	void revocationsAndRenewalThroughTheEndpoint() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "the agent reads /proc (Linux)");
		PoolCertificateAuthority ca = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), PASSWORD, "test pool");
		Path data = dir.resolve("data");
		Files.createDirectories(data.resolve("tls"));
		PoolCertificateAuthority.writeKeyStore(ca.issueAgent("node-1", PASSWORD), data.resolve(AgentEndpoint.KEYSTORE), PASSWORD);
		SecretFiles.write(data.resolve(AgentEndpoint.PASSWORD), (new String(PASSWORD) + "\n").getBytes(StandardCharsets.US_ASCII));
		Path config = dir.resolve("agent.properties");
		Files.writeString(config, "node.name = node-1\nreport.interval = 1s\ndata.dir = " + data + "\n");
		AgentConfig agentConfig = ConfigParser.parse(config, new ConfigParser.Host(Runtime.getRuntime().availableProcessors(),
				new SystemInfo().getHardware().getMemory().getTotal(), "unused"));
		var serviceStore = ca.issueConsole("pool-service", ConsoleRole.ADMINISTRATOR, PASSWORD);
		var plannerStore = ca.issueConsole("paul", ConsoleRole.PLANNER, PASSWORD);
		SSLContext service = PoolCertificateAuthority.sslContext(serviceStore, PASSWORD);
		SSLContext planner = PoolCertificateAuthority.sslContext(plannerStore, PASSWORD);
		X509Certificate original = IdentityKeystore.ofAgent(data).load().certificate();

		try (Agent agent = new Agent(agentConfig, new SystemInfo(), InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentCredentials.open(data), new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient admin = ProtocolClient.builder(endpoint.address(), service, PeerKind.CONSOLE, "pool-service")
							.expectAgent("node-1").connect();
					ProtocolClient paul = ProtocolClient.builder(endpoint.address(), planner, PeerKind.CONSOLE, "paul")
							.expectAgent("node-1").connect()) {
				// Only an administrator hands over lists and renews.
				Response notAllowed = ask(paul, TrustOperations.RENEW_BEGIN, Map.of());
				assertEquals(Response.Status.REFUSED, notAllowed.status());
				assertTrue(notAllowed.detail().contains("administrator"), notAllowed.detail());
				Response nothingBegun = ask(admin, TrustOperations.RENEW_INSTALL, Map.of(TrustOperations.CHAIN,
						CertificateRequests.pemChain(original, ca.certificate())));
				assertEquals(Response.Status.REFUSED, nothingBegun.status());
				assertTrue(nothingBegun.detail().contains("renew-begin"), nothingBegun.detail());

				// A list revoking paul: his open session is dropped at once, and he is refused from then on.
				String crl = RevocationList.pem(ca.signRevocations(BigInteger.TWO,
						Map.of(((X509Certificate) plannerStore.getCertificate(PoolCertificateAuthority.IDENTITY_ALIAS)).getSerialNumber(),
								Instant.now()), Instant.now(), Instant.now().plus(Duration.ofDays(7))));
				Response taken = ask(admin, TrustOperations.REVOCATIONS, Map.of(TrustOperations.CRL, crl));
				assertEquals(Response.Status.OK, taken.status(), taken.detail());
				assertEquals("2", taken.values().get(TrustOperations.NUMBER));
				assertEquals("1", taken.values().get("disconnected"));
				paul.closed().get(10, TimeUnit.SECONDS);
				ProtocolException refused = assertThrows(ProtocolException.class, () -> ProtocolClient
						.builder(endpoint.address(), planner, PeerKind.CONSOLE, "paul").expectAgent("node-1").connect());
				assertTrue(refused.getMessage().contains("revoked"), refused.getMessage());
				assertTrue(Files.isRegularFile(data.resolve(AgentCredentials.REVOCATIONS)));
				// A list that is too large is refused before it is read.
				Response huge = ask(admin, TrustOperations.REVOCATIONS, Map.of(TrustOperations.CRL, "A".repeat(60_000)));
				assertEquals(Response.Status.REFUSED, huge.status());

				// Renewal: a certificate for another key, or naming another node, is refused; the right one is taken.
				Response begun = ask(admin, TrustOperations.RENEW_BEGIN, Map.of());
				assertEquals(Response.Status.OK, begun.status(), begun.detail());
				CertificateRequests.Request request = CertificateRequests.read(begun.values().get(TrustOperations.REQUEST));
				X509Certificate otherKey = IdentityKeystore.ofAgent(data).load().certificate();
				Response wrongKey = ask(admin, TrustOperations.RENEW_INSTALL, Map.of(TrustOperations.CHAIN,
						CertificateRequests.pemChain(otherKey, ca.certificate())));
				assertEquals(Response.Status.REFUSED, wrongKey.status());
				X509Certificate otherNode = ca.certify(PeerIdentity.agent("node-2"), request.publicKey(), Instant.now().minusSeconds(60),
						Instant.now().plus(Duration.ofDays(90)));
				Response wrongName = ask(admin, TrustOperations.RENEW_INSTALL, Map.of(TrustOperations.CHAIN,
						CertificateRequests.pemChain(otherNode, ca.certificate())));
				assertEquals(Response.Status.REFUSED, wrongName.status());
				assertTrue(wrongName.detail().contains("node-2"), wrongName.detail());
				X509Certificate renewed = ca.certify(PeerIdentity.agent("node-1"), request.publicKey(), Instant.now().minusSeconds(60),
						Instant.now().plus(Duration.ofDays(90)));
				Response installed = ask(admin, TrustOperations.RENEW_INSTALL, Map.of(TrustOperations.CHAIN,
						CertificateRequests.pemChain(renewed, ca.certificate())));
				assertEquals(Response.Status.OK, installed.status(), installed.detail());

				assertEquals(renewed, IdentityKeystore.ofAgent(data).load().certificate(), "the keystore on disk holds it");
				assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(AgentEndpoint.KEYSTORE))));
				try (ProtocolClient fresh = ProtocolClient.builder(endpoint.address(), service, PeerKind.CONSOLE, "pool-service")
						.expectAgent("node-1").connect()) {
					assertEquals(renewed, fresh.serverCertificates()[0]);
				}
				assertTrue(admin.isConnected(), "the service's own connection stayed up");
				assertEquals(original, admin.serverCertificates()[0]);
				assertEquals(Response.Status.OK, ask(admin, "ping", Map.of()).status());
				String audit = Files.readString(data.resolve("audit.log"));
				assertTrue(audit.contains("renew-install\tOK") && audit.contains("revocations\tOK"), audit);
			}
			assertNotEquals(original.getSerialNumber(), IdentityKeystore.ofAgent(data).load().certificate().getSerialNumber());
			// After a restart the endpoint holds the list it was given.
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentCredentials.open(data), new InetSocketAddress("127.0.0.1", 0))) {
				ProtocolException refused = assertThrows(ProtocolException.class, () -> ProtocolClient
						.builder(endpoint.address(), planner, PeerKind.CONSOLE, "paul").expectAgent("node-1").connect());
				assertTrue(refused.getMessage().contains("revoked"), refused.getMessage());
			}
		}
	}

	private static Response ask(ProtocolClient client, String operation, Map<String, String> arguments) throws Exception {
		return client.request(operation, 0, arguments).get(30, TimeUnit.SECONDS);
	}
}
