package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Event;
import org.flotilla.protocol.Message.Hello;
import org.flotilla.protocol.Message.Refused;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.Message.Welcome;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolConnector;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.RequestHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real TLS connections on 127.0.0.1: who gets in, the handshake, requests and pushed messages. */
class ConnectionTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@TempDir
	static Path folder;
	static TestPki pki;

	private ProtocolServer server;

	@BeforeAll
	static void createPool() throws IOException, GeneralSecurityException {
		pki = new TestPki(folder);
	}

	@BeforeEach
	void startAgent() throws IOException {
		server = TestServers.agent(pki);
	}

	@AfterEach
	void stopAgent() {
		server.close();
	}

	@Test
	void theRightConsoleIsAcceptedAndGetsResponsesByCorrelationId() throws Exception {
		try (ProtocolClient console = TestServers.administrator(pki, server)) {
			assertEquals(1, console.protocolVersion());
			assertEquals(PeerIdentity.agent("node-1"), console.server(), "the server's certificate names the agent");

			// Several requests in flight at once; each future gets its own answer.
			var first = console.request("echo", 0, Map.of("n", "1"));
			var second = console.request("echo", 0, Map.of("n", "2"));
			var unknown = console.request("format-disk", 7, Map.of());

			assertEquals("2", second.get(10, TimeUnit.SECONDS).values().get("n"));
			Response firstResponse = first.get(10, TimeUnit.SECONDS);
			assertEquals(Response.Status.OK, firstResponse.status());
			assertEquals("1", firstResponse.values().get("n"));
			assertEquals("alice", firstResponse.values().get("peer"), "the handler knows who asked, from the certificate");
			assertEquals("ADMINISTRATOR", firstResponse.values().get("role"));
			assertEquals(Response.Status.REFUSED, unknown.get(10, TimeUnit.SECONDS).status());
		}
		assertEquals(0, server.statistics().internalErrors());
	}

	@Test
	void theRoleOfEachConsoleIsReadFromItsCertificate() throws Exception {
		for (var entry : Map.of(ConsoleRole.PLANNER, pki.planner, ConsoleRole.SUPPORT, pki.support).entrySet()) {
			String name = entry.getKey() == ConsoleRole.PLANNER ? "paul" : "sam";
			try (ProtocolClient console = ProtocolClient.builder(server.address(), entry.getValue(), PeerKind.CONSOLE, name)
					.connect()) {
				assertEquals(entry.getKey().name(), console.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS)
						.values().get("role"));
			}
		}
		var certificate = (java.security.cert.X509Certificate) pki.authority
				.issueConsole("sam", ConsoleRole.SUPPORT, TestPki.PASSWORD).getCertificate("identity");
		assertEquals(Optional.of(ConsoleRole.SUPPORT), PeerIdentity.roleOf(certificate));
		assertEquals(PeerIdentity.console("sam", ConsoleRole.SUPPORT), PeerIdentity.of(certificate));
		var agentCertificate = (java.security.cert.X509Certificate) pki.authority.issueAgent("node-9", TestPki.PASSWORD)
				.getCertificate("identity");
		assertEquals(Optional.empty(), PeerIdentity.roleOf(agentCertificate));
		assertTrue(pki.authority.issued(agentCertificate));
	}

	@Test
	void aConsoleThatExpectsOneNodeRefusesAnotherAgentOfThePool() throws Exception {
		try (ProtocolClient console = ProtocolClient.builder(server.address(), pki.administrator, PeerKind.CONSOLE, "alice")
				.expectAgent("node-1").connect()) {
			assertEquals(PeerIdentity.agent("node-1"), console.server());
		}
		var error = assertThrows(ProtocolException.class,
				() -> ProtocolClient.builder(server.address(), pki.administrator, PeerKind.CONSOLE, "alice")
						.expectAgent("node-2").connect());
		assertEquals("expected agent 'node-2' but the certificate says agent 'node-1'", error.getMessage());
		TestServers.await(TIMEOUT, "both connections to be gone", () -> server.statistics().openConnections() == 0);
	}

	@Test
	void aCertificateCheckRefusesARevokedServerWithTheReasonAndARevokedClientIsRefusedByTheServer() throws Exception {
		java.util.Set<String> revokedNames = java.util.concurrent.ConcurrentHashMap.newKeySet();
		java.util.function.Function<java.security.cert.X509Certificate, String> check = certificate -> {
			String name = certificate.getSubjectX500Principal().getName();
			return revokedNames.stream().anyMatch(name::contains) ? "the certificate of " + name + " was revoked" : null;
		};
		try (ProtocolClient console = ProtocolClient.builder(server.address(), pki.administrator, PeerKind.CONSOLE, "alice")
				.certificateCheck(check).connect()) {
			assertEquals(PeerIdentity.agent("node-1"), console.server(), "nothing revoked yet");
		}
		revokedNames.add("node-1");
		var refused = assertThrows(ProtocolException.class,
				() -> ProtocolClient.builder(server.address(), pki.administrator, PeerKind.CONSOLE, "alice").certificateCheck(check)
						.connect());
		assertTrue(refused.getMessage().contains("revoked"), refused.getMessage());

		// The accepting end: a server that refuses revoked clients, and drops one revoked while connected.
		java.util.Set<String> revokedClients = java.util.concurrent.ConcurrentHashMap.newKeySet();
		java.util.function.Function<java.security.cert.X509Certificate, String> clientCheck = certificate -> revokedClients.stream()
				.anyMatch(certificate.getSubjectX500Principal().getName()::contains) ? "revoked: laptop lost" : null;
		try (ProtocolServer checking = ProtocolServer.builder("node-1", pki.agent, TestServers.ECHO)
				.certificateCheck(clientCheck).start();
				ProtocolClient alice = ProtocolClient.builder(checking.address(), pki.administrator, PeerKind.CONSOLE, "alice").connect()) {
			revokedClients.add("alice");
			assertEquals(1, checking.refuseConnected(clientCheck));
			TestServers.await(TIMEOUT, "alice's connection to close", () -> !alice.isConnected());
			var again = assertThrows(ProtocolException.class,
					() -> ProtocolClient.builder(checking.address(), pki.administrator, PeerKind.CONSOLE, "alice").connect());
			assertTrue(again.getMessage().contains("laptop lost"), again.getMessage());
		}
	}

	@Test
	void theAgentPushesEventsToConnectedConsoles() throws Exception {
		List<Message> received = new CopyOnWriteArrayList<>();
		try (ProtocolClient console = ProtocolClient.builder(server.address(), pki.administrator, PeerKind.CONSOLE, "alice")
				.pushedMessages(received::add).connect()) {
			Event event = new Event("task.exited", 1L, Map.of("task", "web"));
			assertEquals(1, server.push(event));
			TestServers.await(TIMEOUT, "the pushed event", () -> received.contains(event));
		}
	}

	@Test
	void theHighestCommonVersionIsChosen() throws Exception {
		try (ProtocolServer newer = ProtocolServer.builder("node-1", pki.agent, TestServers.ECHO)
				.supportedVersions(List.of(1, 2, 3)).start();
				ProtocolClient console = ProtocolClient.builder(newer.address(), pki.administrator, PeerKind.CONSOLE, "alice")
						.versions(List.of(1, 2)).connect()) {
			assertEquals(2, console.protocolVersion());
		}
	}

	@Test
	void noCommonVersionIsRefusedWithTheReason() {
		var error = assertThrows(ProtocolException.class,
				() -> ProtocolClient.builder(server.address(), pki.administrator, PeerKind.CONSOLE, "alice")
						.versions(List.of(7, 8)).connect());
		assertEquals("refused by the server: no common protocol version: offered [7, 8], node-1 speaks [1]",
				error.getMessage());
		TestServers.await(TIMEOUT, "the refused connection to close", () -> server.statistics().openConnections() == 0);
	}

	@Test
	void aHelloThatDisagreesWithTheCertificateIsRefused() {
		var error = assertThrows(ProtocolException.class,
				() -> ProtocolClient.builder(server.address(), pki.administrator, PeerKind.CONSOLE, "mallory").connect());
		assertEquals("refused by the server: Hello says console 'mallory' but the certificate says console 'alice'",
				error.getMessage());
	}

	@Test
	void anAgentCannotConnectToAnAgent() {
		var error = assertThrows(ProtocolException.class,
				() -> ProtocolClient.builder(server.address(), pki.agent, PeerKind.AGENT, "node-1").connect());
		assertEquals("refused by the server: node-1 does not accept agent connections", error.getMessage());
	}

	@Test
	void anythingBeforeTheHelloIsRefused() throws Exception {
		try (RawPeer peer = RawPeer.tls(server.address(), pki.administrator)) {
			peer.write(new Request(1, "echo", 0, Map.of()));

			assertEquals(new Refused("expected Hello first, got Request"), peer.read());
			assertTrue(peer.closedByServerWithin(TIMEOUT));
		}
	}

	@Test
	void aConnectionThatNeverSaysHelloIsClosed() throws Exception {
		try (ProtocolServer impatient = ProtocolServer.builder("node-1", pki.agent, TestServers.ECHO)
				.handshakeTimeout(Duration.ofSeconds(1)).start();
				RawPeer silent = RawPeer.tls(impatient.address(), pki.administrator)) {
			assertEquals(new Refused("no Hello within 1 s"), silent.read());
			assertTrue(silent.closedByServerWithin(TIMEOUT));
		}
	}

	@Test
	void anUnknownMessageTypeIsRefusedNotACrash() throws Exception {
		try (RawPeer peer = RawPeer.tls(server.address(), pki.administrator)) {
			peer.write(new Hello(List.of(1), PeerKind.CONSOLE, "alice"));
			assertEquals(new Welcome(1, "node-1"), peer.read());

			peer.writeFrame(new byte[] { 0x7f, 0, 0, 0, 1 });

			assertEquals(new Refused("unknown message type 0x7f"), peer.read());
			assertTrue(peer.closedByServerWithin(TIMEOUT));
		}
		try (ProtocolClient console = TestServers.administrator(pki, server)) {
			assertEquals(Response.Status.OK, console.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
		}
		assertEquals(0, server.statistics().internalErrors());
	}

	@Test
	void aPlainTextClientIsDisconnected() throws Exception {
		try (RawPeer peer = RawPeer.plain(server.address())) {
			// A perfectly valid Hello frame, only without TLS.
			peer.write(new Hello(List.of(1), PeerKind.CONSOLE, "alice"));
			peer.writeRaw("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

			assertTrue(peer.closedByServerWithin(TIMEOUT), "the server closed the plain-text connection");
		}
		TestServers.await(TIMEOUT, "the server to count the TLS failure", () -> server.statistics().transportErrors() >= 1);
		assertEquals(0, server.statistics().readyConnections());
	}

	@Test
	void aConsoleOfAnotherPoolIsRefused() throws Exception {
		Exception error = assertThrows(Exception.class,
				() -> ProtocolClient.builder(server.address(), pki.foreignConsole, PeerKind.CONSOLE, "alice").connect());
		assertInstanceOf(IOException.class, error, "a TLS failure, not a protocol refusal: " + error);
		try (RawPeer peer = tlsOrClosed(pki.foreignConsole)) {
			if (peer != null) {
				peer.write(new Hello(List.of(1), PeerKind.CONSOLE, "alice"));
				assertTrue(peer.closedByServerWithin(TIMEOUT));
			}
		}
		TestServers.await(TIMEOUT, "the server to drop both", () -> server.statistics().openConnections() == 0);
		assertEquals(0, server.statistics().readyConnections());
	}

	@Test
	void aClientWithoutACertificateIsRefused() throws Exception {
		Exception error = assertThrows(Exception.class,
				() -> ProtocolClient.builder(server.address(), pki.anonymous, PeerKind.CONSOLE, "alice").connect());
		assertInstanceOf(IOException.class, error, "a TLS failure, not a protocol refusal: " + error);
		TestServers.await(TIMEOUT, "the server to drop it", () -> server.statistics().openConnections() == 0);
	}

	@Test
	void aConsoleRefusesAServerFromAnotherPool() throws Exception {
		try (ProtocolServer impostor = ProtocolServer.builder("node-1", pki.foreignConsole, TestServers.ECHO).start()) {
			assertThrows(IOException.class, () -> TestServers.administrator(pki, impostor));
			assertEquals(0, impostor.statistics().readyConnections());
		}
	}

	/** With TLS 1.3 a client learns that its certificate was rejected only on its first read. */
	private RawPeer tlsOrClosed(javax.net.ssl.SSLContext context) {
		try {
			return RawPeer.tls(server.address(), context);
		} catch (IOException e) {
			return null;
		}
	}

	@Test
	void aMessageTooLargeToSendFailsOnlyThatMessage() throws Exception {
		RequestHandler sizedAnswers = (peer, request) -> Response.ok(request.id(),
				Map.of("answer", "x".repeat(Integer.parseInt(request.arguments().get("size")))));
		try (ProtocolServer small = ProtocolServer.builder("node-1", pki.agent, sizedAnswers).maximumFrameBytes(2048).start();
				ProtocolClient console = ProtocolClient.builder(small.address(), pki.administrator, PeerKind.CONSOLE, "alice")
						.maximumFrameBytes(2048).connect()) {
			Response tooLarge = console.request("answer", 0, Map.of("size", "5000")).get(10, TimeUnit.SECONDS);
			assertEquals(Response.Status.FAILED, tooLarge.status());
			assertTrue(tooLarge.detail().startsWith("response not sent: refusing to send a "), tooLarge.detail());

			var request = console.request("answer", 0, Map.of("size", "1", "padding", "y".repeat(5000)));
			var failure = assertThrows(java.util.concurrent.ExecutionException.class, () -> request.get(10, TimeUnit.SECONDS));
			assertTrue(failure.getCause().getMessage().startsWith("cannot send request 2: refusing to send a "),
					failure.getCause().getMessage());

			assertEquals(Response.Status.OK, console.request("answer", 0, Map.of("size", "10")).get(10, TimeUnit.SECONDS)
					.status(), "the connection survived both");
			assertEquals(0, small.statistics().protocolErrors());
		}
	}

	@Test
	void requestsFailWhenTheConnectionCloses() throws Exception {
		ProtocolClient console = TestServers.administrator(pki, server);
		server.close();
		TestServers.await(TIMEOUT, "the client to see the close", () -> !console.isConnected());
		var late = console.request("echo", 0, Map.of());
		var failure = assertThrows(java.util.concurrent.ExecutionException.class, () -> late.get(10, TimeUnit.SECONDS));
		assertFalse(failure.getCause() instanceof java.util.concurrent.TimeoutException, "failed at once: " + failure.getCause());
		console.close();
		server = TestServers.agent(pki);
	}

	@Test
	void clientsSharingOneConnectorKeepTheirOwnIdentityAndConnection() throws Exception {
		try (ProtocolConnector shared = new ProtocolConnector(1);
				ProtocolServer otherAgent = ProtocolServer.builder("node-2", pki.otherAgent, TestServers.ECHO).start()) {
			List<ProtocolClient> clients = new java.util.ArrayList<>();
			for (int i = 0; i < 20; i++) {
				// Alternating identities and servers over the same I/O thread.
				boolean even = i % 2 == 0;
				clients.add(ProtocolClient.builder(even ? server.address() : otherAgent.address(),
						even ? pki.administrator : pki.support, PeerKind.CONSOLE, even ? "alice" : "sam")
						.expectAgent(even ? "node-1" : "node-2").via(shared).connect());
			}
			assertEquals(20, shared.openConnections());
			for (int i = 0; i < clients.size(); i++) {
				Response answer = clients.get(i).request("echo", 0, Map.of("n", String.valueOf(i))).get(10, TimeUnit.SECONDS);
				assertEquals(String.valueOf(i), answer.values().get("n"));
				assertEquals(i % 2 == 0 ? "alice" : "sam", answer.values().get("peer"), "each connection presents its own certificate");
			}

			// Closing one client closes its connection only; the connector and the others go on.
			clients.get(0).close();
			assertTrue(clients.get(0).closed().isDone());
			assertEquals(19, shared.openConnections());
			assertFalse(shared.isClosed());
			assertEquals("2", clients.get(2).request("echo", 0, Map.of("n", "2")).get(10, TimeUnit.SECONDS).values().get("n"));

			// The server going away completes closed() of exactly its clients.
			otherAgent.close();
			for (int i = 1; i < clients.size(); i += 2) {
				clients.get(i).closed().get(10, TimeUnit.SECONDS);
			}
			assertTrue(clients.get(2).isConnected());
			assertFalse(clients.get(2).closed().isDone());

			// Closing the connector closes everything made through it.
			shared.close();
			clients.get(2).closed().get(10, TimeUnit.SECONDS);
			assertThrows(IOException.class, () -> ProtocolClient.builder(server.address(), pki.administrator, PeerKind.CONSOLE,
					"alice").via(shared).connect(), "a closed connector makes no new connections");
		}
	}

	@Test
	void aConnectTimeoutCountsFromTheCallNotFromTheConnector() {
		// Nothing listens on a port just released: refused at once, reported as a connection failure.
		int port = server.address().getPort();
		server.close();
		try (ProtocolConnector shared = new ProtocolConnector(1)) {
			var failure = assertThrows(IOException.class, () -> ProtocolClient.builder(new java.net.InetSocketAddress("127.0.0.1", port),
					pki.administrator, PeerKind.CONSOLE, "alice").via(shared).connectTimeout(Duration.ofSeconds(2)).connect());
			assertTrue(failure.getMessage().startsWith("cannot connect to "), failure.getMessage());
			assertEquals(0, shared.openConnections());
		} finally {
			try {
				server = TestServers.agent(pki);
			} catch (IOException e) {
				throw new AssertionError(e);
			}
		}
	}
}
