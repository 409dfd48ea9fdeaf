package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.mina.core.buffer.IoBuffer;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.DummySession;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.core.write.WriteRequest;
import org.apache.mina.filter.codec.ProtocolCodecFilter;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.Message.Welcome;
import org.flotilla.protocol.PeerIdentity;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.ProtocolVersions;
import org.flotilla.protocol.internal.FrameCodecFactory;
import org.flotilla.protocol.internal.MessageCodec;
import org.flotilla.protocol.internal.ServerSessionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Random frames against the server.
 * <p>
 * Why two tests: every malformed frame rightly ends its connection, so 100,000 random frames mean
 * tens of thousands of connections. Over TLS on loopback that is tens of thousands of handshakes
 * (minutes on two cores, and more ephemeral ports than a machine has). So the 100,000 frames go
 * through the server's real filter chain below TLS — MINA's ProtocolCodecFilter with our frame
 * codec and the very {@link ServerSessionHandler} the server uses — on in-memory MINA sessions, in
 * random chunkings, a new session whenever the last one was closed. The second test then sends
 * random frame batches through real TLS connections of a running server while a well-behaved
 * console keeps asking it questions. What TLS does with garbage before the handshake is proven in
 * {@link HostileInputTest} and {@link ConnectionTest}.
 */
class FuzzTest {

	private static final int FRAMES = 100_000;
	private static final int MAXIMUM_FRAME = 4096;

	/**
	 * The in-memory run closes some 90,000 sessions, each with a logged reason; that many lines
	 * would drown the build log, so that handler logs through a logger set to warnings only.
	 * (slf4j-simple reads a logger's level from system properties when the logger is created.)
	 */
	private static final Logger QUIET;
	static {
		System.setProperty("org.slf4j.simpleLogger.log.org.flotilla.protocol.tests.fuzz", "warn");
		QUIET = LoggerFactory.getLogger("org.flotilla.protocol.tests.fuzz");
	}

	/** Handshake deadlines; in-memory sessions never announce themselves, so none is ever set. */
	private static final java.util.concurrent.ScheduledExecutorService TIMERS = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().daemon().factory());

	@TempDir
	Path folder;

	@Test
	void aHundredThousandRandomFramesNeverEscapeTheServerHandler() throws Exception {
		ServerSessionHandler handler = new ServerSessionHandler("node-1", ProtocolVersions.SUPPORTED,
				EnumSet.of(PeerKind.CONSOLE), session -> PeerIdentity.console("fuzzer", ConsoleRole.ADMINISTRATOR),
				TestServers.ECHO, (peer, message) -> {
				}, Runnable::run, TIMERS, ServerSessionHandler.Limits.DEFAULTS, QUIET);
		FrameCodecFactory codec = new FrameCodecFactory(MAXIMUM_FRAME);
		FuzzFrames frames = new FuzzFrames(new SplittableRandom(0x5eedf107L), MAXIMUM_FRAME);

		List<byte[]> written = new ArrayList<>();
		int sessions = 0;
		int closedSessions = 0;
		int answers = 0;
		IoSession session = null;
		for (int sent = 0; sent < FRAMES; sent++) {
			if (session == null || session.isClosing()) {
				if (session != null) {
					closedSessions++;
				}
				answers += count(written, Response.class);
				written.clear();
				session = inMemorySession(handler, codec, written);
				sessions++;
				if (frames.chance(80)) {
					deliver(session, FuzzFrames.frame(FuzzFrames.hello("fuzzer")), frames);
				}
			}
			deliver(session, frames.next(), frames);
		}

		assertEquals(0, handler.internalErrors(), "exceptions that were our own fault");
		assertTrue(closedSessions > FRAMES / 2, "most random frames end their session: " + closedSessions);
		// Nearly every session ends for a protocol error; the rest were closed because the random
		// frames included a valid Refused, which ends a connection without being an error.
		assertTrue(handler.protocolErrors() <= closedSessions && handler.protocolErrors() > closedSessions * 0.95,
				handler.protocolErrors() + " protocol errors for " + closedSessions + " closed sessions");
		assertTrue(answers > 100, "valid requests among the random frames were answered: " + answers);

		// A well-behaved peer on the same handler, after all that.
		written.clear();
		IoSession good = inMemorySession(handler, codec, written);
		deliver(good, FuzzFrames.frame(FuzzFrames.hello("fuzzer")), frames);
		deliver(good, FuzzFrames.frame(new Message.Request(77, "echo", 0, Map.of("after", "fuzz"))), frames);
		List<Message> replies = decodeAll(written);
		assertEquals(new Welcome(1, "node-1"), replies.get(0));
		Response response = assertInstanceOf(Response.class, replies.get(1));
		assertEquals(77, response.id());
		assertEquals("fuzz", response.values().get("after"));
		assertTrue(sessions > FRAMES / 2);
	}

	@Test
	void randomFrameBatchesOverTlsCloseOnlyTheirOwnConnections() throws Exception {
		TestPki pki = new TestPki(folder);
		try (ProtocolServer server = ProtocolServer.builder("node-1", pki.agent, TestServers.ECHO)
				.maximumFrameBytes(MAXIMUM_FRAME).start();
				ProtocolClient bystander = ProtocolClient.builder(server.address(), pki.planner, PeerKind.CONSOLE, "paul")
						.connect()) {
			int connections = 120;
			AtomicInteger framesSent = new AtomicInteger();
			AtomicInteger closedByServer = new AtomicInteger();
			ExecutorService attackers = Executors.newFixedThreadPool(2);
			List<Future<?>> attacks = new ArrayList<>();
			for (int c = 0; c < connections; c++) {
				long seed = c;
				attacks.add(attackers.submit(() -> {
					FuzzFrames frames = new FuzzFrames(new SplittableRandom(seed), MAXIMUM_FRAME);
					try (RawPeer peer = RawPeer.tls(server.address(), pki.administrator)) {
						peer.write(FuzzFrames.hello("alice"));
						assertInstanceOf(Welcome.class, peer.read());
						var batch = new java.io.ByteArrayOutputStream();
						int count = 1 + (int) (seed % 40);
						for (int f = 0; f < count; f++) {
							batch.write(frames.next());
						}
						batch.write(FuzzFrames.certainlyRefused());
						framesSent.addAndGet(count + 1);
						try {
							peer.writeRaw(batch.toByteArray());
						} catch (IOException closedWhileWriting) {
							// the server already hung up on an early frame of the batch
						}
						if (peer.closedByServerWithin(Duration.ofSeconds(10))) {
							closedByServer.incrementAndGet();
						}
					}
					return null;
				}));
				if (c % 20 == 0) {
					Response response = bystander.request("echo", 0, Map.of("c", "" + c)).get(10, TimeUnit.SECONDS);
					assertEquals("" + c, response.values().get("c"));
				}
			}
			for (Future<?> attack : attacks) {
				attack.get(60, TimeUnit.SECONDS);
			}
			attackers.shutdown();

			assertEquals(connections, closedByServer.get(), "every fuzzing connection was closed by the server");
			assertTrue(framesSent.get() > connections * 10);
			Response last = bystander.request("echo", 0, Map.of("last", "yes")).get(10, TimeUnit.SECONDS);
			assertEquals("yes", last.values().get("last"));
			assertEquals(0, server.statistics().internalErrors());
			TestServers.await(Duration.ofSeconds(10), "only the bystander to remain",
					() -> server.statistics().openConnections() == 1);
		}
	}

	/** A MINA session in memory with the server's chain below TLS; what the server writes lands in {@code written}. */
	private static IoSession inMemorySession(ServerSessionHandler handler, FrameCodecFactory codec, List<byte[]> written) {
		DummySession session = new DummySession();
		session.getFilterChain().addLast("frames", new ProtocolCodecFilter(codec));
		session.getFilterChain().addFirst("capture", new IoFilterAdapter() {
			@Override
			public void filterWrite(NextFilter next, IoSession s, WriteRequest request) throws Exception {
				if (request.getMessage() instanceof IoBuffer buffer && buffer.hasRemaining()) {
					byte[] bytes = new byte[buffer.remaining()];
					buffer.duplicate().get(bytes);
					written.add(bytes);
				}
				next.filterWrite(s, request);
			}
		});
		session.setHandler(handler);
		return session;
	}

	private static void deliver(IoSession session, byte[] frame, FuzzFrames frames) {
		for (byte[] chunk : frames.chunks(frame)) {
			session.getFilterChain().fireMessageReceived(IoBuffer.wrap(chunk));
		}
	}

	private static List<Message> decodeAll(List<byte[]> written) throws Exception {
		List<Message> messages = new ArrayList<>();
		for (byte[] frame : written) {
			ByteBuffer buffer = ByteBuffer.wrap(frame);
			int length = buffer.getInt();
			messages.add(MessageCodec.decode(buffer.slice(4, length)));
		}
		return messages;
	}

	private static int count(List<byte[]> written, Class<? extends Message> type) throws Exception {
		return (int) decodeAll(written).stream().filter(type::isInstance).count();
	}
}
