package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolException;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.RequestHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that takes peers without a client certificate (the pool service's enrollment listener) answers only the
 * operations it was built for, whatever the handler would say to the rest; takes only agents' Hellos with plain
 * names; closes an idle connection; and a normal server still refuses a peer without a certificate.
 */
class UncertifiedPeersTest {

	@TempDir
	Path dir;
	private TestPki pki;
	private ProtocolServer server;
	private final List<String> handled = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws Exception {
		pki = new TestPki(dir);
		// A handler that would answer anything: only the server's own filter keeps other operations away from it.
		RequestHandler everything = (peer, request) -> {
			handled.add(request.operation());
			return Response.ok(request.id(), Map.of("peer", peer.name()));
		};
		server = ProtocolServer.builder("alice", pki.administrator, everything).withoutClientCertificates(Set.of("enroll"))
				.idleTimeout(Duration.ofSeconds(1)).start();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	@Test
	void onlyTheNamedOperationsAreAnsweredWithoutACertificate() throws Exception {
		try (ProtocolClient client = ProtocolClient.builder(server.address(), pki.anonymous, PeerKind.AGENT, "new-node").connect()) {
			Response enroll = client.request("enroll", 0, Map.of()).get(10, TimeUnit.SECONDS);
			assertEquals(Response.Status.OK, enroll.status());
			assertEquals("new-node", enroll.values().get("peer"), "what the Hello claimed, and nothing more");
			for (String other : List.of("pool-subscribe", "task-run", "history", "")) {
				Response refused = client.request(other, 0, Map.of()).get(10, TimeUnit.SECONDS);
				assertEquals(Response.Status.REFUSED, refused.status(), other);
				assertTrue(refused.detail().contains("needs a client certificate"), refused.detail());
			}
		}
		assertEquals(List.of("enroll"), handled);
	}

	@Test
	void onlyAgentsWithPlainNamesAreLetIn() {
		ProtocolException console = assertThrows(ProtocolException.class,
				() -> ProtocolClient.builder(server.address(), pki.anonymous, PeerKind.CONSOLE, "alice").connect().close());
		assertTrue(console.getMessage().contains("takes agents without a certificate"), console.getMessage());
		assertThrows(ProtocolException.class,
				() -> ProtocolClient.builder(server.address(), pki.anonymous, PeerKind.AGENT, "../etc").connect().close());
	}

	@Test
	void anIdleConnectionIsClosed() throws Exception {
		try (ProtocolClient client = ProtocolClient.builder(server.address(), pki.anonymous, PeerKind.AGENT, "idle").connect()) {
			client.closed().get(10, TimeUnit.SECONDS); // nothing sent for a second: the server closes it
			assertTrue(!client.isConnected());
		}
	}

	@Test
	void aNormalServerStillInsistsOnACertificate() throws Exception {
		try (ProtocolServer normal = ProtocolServer.builder("node-1", pki.agent, ProtocolServer.refusingEverything()).start()) {
			assertThrows(Exception.class, () -> ProtocolClient.builder(normal.address(), pki.anonymous, PeerKind.CONSOLE, "alice")
					.connectTimeout(Duration.ofSeconds(5)).connect().close());
		}
	}
}
