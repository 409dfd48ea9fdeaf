package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that sends heartbeats is heard from by the server at least that often; one that sends nothing is not,
 * though its connection stays open; and a partition (a relay that forwards nothing and closes nothing) silences the
 * heartbeats while the server still holds the connection: what an agent needs to tell a console that is there from
 * one that merely has a connection.
 */
class HeartbeatTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);
	private static final Duration EVERY = Duration.ofMillis(300);

	@TempDir
	static Path folder;
	static TestPki pki;

	@BeforeAll
	static void createPool() throws Exception {
		pki = new TestPki(folder);
	}

	private static Predicate<PeerIdentity> role(ConsoleRole role) {
		return peer -> peer.role().equals(Optional.of(role));
	}

	@Test
	void aClientWithHeartbeatsIsHeardFromAndASilentOneIsNotThoughItStaysConnected() throws Exception {
		try (ProtocolServer server = TestServers.agent(pki);
				ProtocolClient beating = ProtocolClient.builder(server.address(), pki.administrator, PeerKind.CONSOLE, "alice")
						.heartbeatEvery(EVERY).connect();
				ProtocolClient silent = ProtocolClient.builder(server.address(), pki.support, PeerKind.CONSOLE, "sam")
						.connect()) {
			TestServers.await(TIMEOUT, "both past the handshake", () -> server.statistics().readyConnections() == 2);
			assertEquals(Optional.empty(), server.sinceLastHeard(role(ConsoleRole.PLANNER)), "no planner connected");

			// The silent one is soon not heard from, while the other is heard from all along (checked for 2 s).
			long start = System.nanoTime();
			while (System.nanoTime() - start < Duration.ofSeconds(2).toNanos()) {
				Duration heard = server.sinceLastHeard(role(ConsoleRole.ADMINISTRATOR)).orElseThrow();
				assertTrue(heard.compareTo(Duration.ofSeconds(1)) < 0, "a heartbeat every 300 ms, last " + heard + " ago");
				Thread.sleep(20);
			}
			Duration quiet = server.sinceLastHeard(role(ConsoleRole.SUPPORT)).orElseThrow();
			assertTrue(quiet.compareTo(Duration.ofMillis(1500)) > 0, "nothing from the silent one since its Hello: " + quiet);
			assertTrue(silent.isConnected(), "and yet its connection is open");
			Duration any = server.sinceLastHeard(peer -> true).orElseThrow();
			assertTrue(any.compareTo(Duration.ofSeconds(1)) < 0, "the most recent of all: " + any);

			silent.close();
			TestServers.await(TIMEOUT, "the silent one is gone",
					() -> server.sinceLastHeard(role(ConsoleRole.SUPPORT)).isEmpty());
		}
	}

	@Test
	void aPartitionSilencesTheHeartbeatsWhileTheConnectionStaysOpen() throws Exception {
		try (ProtocolServer server = TestServers.agent(pki); FreezableProxy proxy = new FreezableProxy(server.address());
				ProtocolClient beating = ProtocolClient.builder(proxy.address(), pki.planner, PeerKind.CONSOLE, "paul")
						.heartbeatEvery(EVERY).connect()) {
			TestServers.await(TIMEOUT, "heard from", () -> server.sinceLastHeard(role(ConsoleRole.PLANNER))
					.filter(d -> d.compareTo(Duration.ofSeconds(1)) < 0).isPresent());
			proxy.freeze();
			TestServers.await(TIMEOUT, "not heard from for 2 s", () -> server.sinceLastHeard(role(ConsoleRole.PLANNER))
					.filter(d -> d.compareTo(Duration.ofSeconds(2)) > 0).isPresent());
			assertEquals(1, server.statistics().readyConnections(), "the server still holds the connection");
			assertTrue(beating.isConnected(), "and so does the client (it has no keep-alive)");
		}
	}

	@Test
	void aHeartbeatIsAnsweredOnlyWhenTheServerHasBeenSilentForASecond() throws Exception {
		try (ProtocolServer server = TestServers.agent(pki); RawPeer peer = RawPeer.tls(server.address(), pki.administrator)) {
			peer.write(new org.flotilla.protocol.Message.Hello(java.util.List.of(1), PeerKind.CONSOLE, "alice"));
			assertEquals(new org.flotilla.protocol.Message.Welcome(1, "node-1"), peer.read());
			// The Welcome was just written: a console's "I am here" needs no answer then.
			peer.write(new org.flotilla.protocol.Message.Heartbeat(1, 0));
			peer.write(new org.flotilla.protocol.Message.Request(2, "echo", 0, java.util.Map.of()));
			assertEquals(2, ((org.flotilla.protocol.Message.Response) peer.read()).id(), "no echo of the heartbeat before it");
			// Silent for more than a second: a ping is answered, so a keep-alive keeps a quiet link.
			Thread.sleep(1200);
			peer.write(new org.flotilla.protocol.Message.Heartbeat(3, 0));
			assertEquals(3, ((org.flotilla.protocol.Message.Heartbeat) peer.read()).sequence());
		}
	}

	@Test
	void heartbeatsGoOutOnlyWhileWanted() throws Exception {
		java.util.concurrent.atomic.AtomicBoolean wanted = new java.util.concurrent.atomic.AtomicBoolean();
		try (ProtocolServer server = TestServers.agent(pki);
				ProtocolClient client = ProtocolClient.builder(server.address(), pki.planner, PeerKind.CONSOLE, "paul")
						.heartbeatEvery(EVERY, wanted::get).connect()) {
			TestServers.await(TIMEOUT, "not heard from for 1.5 s while not wanted", () -> server
					.sinceLastHeard(role(ConsoleRole.PLANNER)).filter(d -> d.compareTo(Duration.ofMillis(1500)) > 0).isPresent());
			wanted.set(true);
			TestServers.await(TIMEOUT, "heard from again once wanted", () -> server.sinceLastHeard(role(ConsoleRole.PLANNER))
					.filter(d -> d.compareTo(EVERY.multipliedBy(2)) < 0).isPresent());
		}
	}

	@Test
	void heartbeatsMoreOftenThanEvery100MsAreRefused() {
		var builder = ProtocolClient.builder(new java.net.InetSocketAddress("127.0.0.1", 1), pki.administrator,
				PeerKind.CONSOLE, "alice");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> builder.heartbeatEvery(Duration.ofMillis(99)));
		assertTrue(e.getMessage().contains("100 ms"), e.getMessage());
	}
}
