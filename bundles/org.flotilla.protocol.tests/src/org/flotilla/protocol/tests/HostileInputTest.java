package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Hello;
import org.flotilla.protocol.Message.Refused;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.Message.Welcome;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.internal.MessageCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authenticated peers that send oversized, truncated or garbage frames lose their own connection
 * and nothing else: a well-behaved console connected all along keeps getting answers.
 */
class HostileInputTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);
	private static final int MAXIMUM_FRAME = 64 * 1024;

	@TempDir
	static Path folder;
	static TestPki pki;
	static ProtocolServer server;
	static ProtocolClient bystander;

	@BeforeAll
	static void startAgentWithAWellBehavedConsole() throws Exception {
		pki = new TestPki(folder);
		server = ProtocolServer.builder("node-1", pki.agent, TestServers.ECHO).maximumFrameBytes(MAXIMUM_FRAME).start();
		bystander = ProtocolClient.builder(server.address(), pki.planner, PeerKind.CONSOLE, "paul").connect();
	}

	@AfterAll
	static void stop() {
		bystander.close();
		server.close();
	}

	/** A peer past the handshake, ready to misbehave. */
	private static RawPeer authenticatedPeer() throws IOException, org.flotilla.protocol.ProtocolException {
		RawPeer peer = RawPeer.tls(server.address(), pki.administrator);
		peer.write(new Hello(List.of(1), PeerKind.CONSOLE, "alice"));
		assertEquals(new Welcome(1, "node-1"), peer.read());
		return peer;
	}

	private static void assertTheBystanderIsStillServed() throws Exception {
		assertTrue(bystander.isConnected());
		Response response = bystander.request("echo", 0, Map.of("still", "here")).get(10, TimeUnit.SECONDS);
		assertEquals("here", response.values().get("still"));
		assertEquals(0, server.statistics().internalErrors());
	}

	@Test
	void anOversizedLengthPrefixClosesOnlyThatConnection() throws Exception {
		try (RawPeer peer = authenticatedPeer()) {
			// Announce one byte more than allowed, and send none of it: refused on the prefix alone.
			peer.writeRaw(ByteBuffer.allocate(4).putInt(MAXIMUM_FRAME + 1).array());

			assertEquals(new Refused("frame length 65537 outside 1.." + MAXIMUM_FRAME), peer.read());
			assertTrue(peer.closedByServerWithin(TIMEOUT));
		}
		try (RawPeer peer = authenticatedPeer()) {
			peer.writeRaw(new byte[] { (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff });

			assertEquals(new Refused("frame length 4294967295 outside 1.." + MAXIMUM_FRAME), peer.read());
			assertTrue(peer.closedByServerWithin(TIMEOUT));
		}
		assertTheBystanderIsStillServed();
	}

	@Test
	void aFrameOfExactlyTheMaximumIsStillRead() throws Exception {
		try (RawPeer peer = authenticatedPeer()) {
			int overhead = MessageCodec.encode(new Message.Event("padding", 0, Map.of("p", ""))).length;
			byte[] exact = MessageCodec.encode(new Message.Event("padding", 0, Map.of("p", "x".repeat(MAXIMUM_FRAME - overhead))));
			assertEquals(MAXIMUM_FRAME, exact.length);
			peer.writeFrame(exact);
			peer.write(new Message.Request(5, "echo", 0, Map.of()));

			assertEquals(5, ((Message.Response) peer.read()).id(), "the connection survived a large frame");
		}
	}

	@Test
	void aTruncatedFrameThenCloseCostsOnlyThatConnection() throws Exception {
		try (RawPeer peer = authenticatedPeer()) {
			byte[] payload = MessageCodec.encode(new Message.Request(1, "echo", 0, Map.of("a", "b")));
			byte[] frame = ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array();
			peer.writeRaw(Arrays.copyOf(frame, frame.length - 3));
		}
		TestServers.await(TIMEOUT, "the half-sent connection to be gone",
				() -> server.statistics().openConnections() == 1);
		assertTheBystanderIsStillServed();
	}

	@Test
	void garbageBytesCloseOnlyThatConnection() throws Exception {
		SplittableRandom random = new SplittableRandom(17);
		for (int round = 0; round < 5; round++) {
			try (RawPeer peer = authenticatedPeer()) {
				byte[] garbage = new byte[300 + random.nextInt(4096)];
				random.nextBytes(garbage);
				// A length prefix below 256, all of it sent: the content is what gets judged.
				garbage[0] = 0;
				garbage[1] = 0;
				garbage[2] = 0;
				peer.writeRaw(garbage);

				assertTrue(peer.closedByServerWithin(TIMEOUT), "round " + round);
			}
		}
		assertTheBystanderIsStillServed();
	}

	@Test
	void garbageInPlaceOfTheTlsHandshakeClosesOnlyThatConnection() throws Exception {
		SplittableRandom random = new SplittableRandom(23);
		for (int round = 0; round < 5; round++) {
			try (RawPeer peer = RawPeer.plain(server.address())) {
				byte[] garbage = new byte[1 + random.nextInt(8192)];
				random.nextBytes(garbage);
				peer.writeRaw(garbage);

				assertTrue(peer.closedByServerWithin(TIMEOUT), "round " + round);
			}
		}
		assertTheBystanderIsStillServed();
	}
}
