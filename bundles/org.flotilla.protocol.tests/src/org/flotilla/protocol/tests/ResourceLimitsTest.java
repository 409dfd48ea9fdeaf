package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import org.flotilla.protocol.LogText;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.Message.Hello;
import org.flotilla.protocol.Message.Refused;
import org.flotilla.protocol.Message.Request;
import org.flotilla.protocol.Message.Response;
import org.flotilla.protocol.Message.Welcome;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.ProtocolServer;
import org.flotilla.protocol.RequestHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a peer can make the accepting end hold, on real sockets: connections that never finish TLS
 * (silent, or trickling their ClientHello) are closed by the deadline and counted once; connections
 * and handshakes beyond the caps are closed as they arrive; a peer that floods requests or does not
 * read its answers stops being read from (its requests wait in TCP, not in our memory) and is cut
 * off by the write timeout, while a well-behaved console goes on being served. And the dialling
 * end: TLS 1.3 only, and a server that falls silent without closing is noticed by the keep-alive.
 */
class ResourceLimitsTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	@TempDir
	static Path folder;
	static TestPki pki;

	@BeforeAll
	static void createPool() throws Exception {
		pki = new TestPki(folder);
	}

	@Test
	void connectionsThatNeverFinishTlsAreClosedAndCountedOnce() throws Exception {
		try (ProtocolServer server = ProtocolServer.builder("node-1", pki.agent, TestServers.ECHO)
				.handshakeTimeout(Duration.ofSeconds(1)).maximumHandshakes(64).maximumConnections(64).start()) {
			List<Socket> silent = new ArrayList<>();
			try {
				for (int i = 0; i < 40; i++) {
					silent.add(new Socket(server.address().getAddress(), server.address().getPort()));
				}
				for (Socket socket : silent) {
					assertTrue(closedByPeerWithin(socket, TIMEOUT), "a silent socket is closed by the deadline");
				}
			} finally {
				for (Socket socket : silent) {
					socket.close();
				}
			}
			TestServers.await(TIMEOUT, "the server to forget them", () -> server.statistics().openConnections() == 0);
			long timedOut = server.statistics().handshakesTimedOut();
			assertEquals(40, timedOut, "each counted once");
			// 40 closes within a second or two: the log takes a burst of 20 and counts the rest.
			assertTrue(server.statistics().closesNotLogged() >= 15, "closes logged without bound: " + server.statistics());
			// Idle ticks of closed connections count nothing more.
			long protocolErrors = server.statistics().protocolErrors();
			try (ProtocolClient console = TestServers.administrator(pki, server)) {
				assertEquals(Response.Status.OK, console.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
			}
			assertEquals(protocolErrors, server.statistics().protocolErrors());
			assertEquals(40, server.statistics().handshakesTimedOut());
			assertEquals(0, server.statistics().internalErrors());
		}
	}

	@Test
	void aClientHelloSentOneByteAtATimeIsClosedByTheDeadline() throws Exception {
		byte[] clientHello = clientHello(pki.administrator);
		try (ProtocolServer server = ProtocolServer.builder("node-1", pki.agent, TestServers.ECHO)
				.handshakeTimeout(Duration.ofSeconds(2)).start();
				Socket trickler = new Socket(server.address().getAddress(), server.address().getPort())) {
			OutputStream out = trickler.getOutputStream();
			long started = System.nanoTime();
			boolean closed = false;
			// A byte every 100 ms: never idle for a second, and far from a whole ClientHello by the deadline.
			for (int i = 0; i < clientHello.length && !closed; i++) {
				try {
					out.write(clientHello[i]);
					out.flush();
				} catch (IOException e) {
					closed = true;
					break;
				}
				closed = closedByPeerWithin(trickler, Duration.ofMillis(100));
			}
			assertTrue(closed || closedByPeerWithin(trickler, TIMEOUT), "the trickling connection was closed");
			long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
			assertTrue(seconds < clientHello.length / 10, "closed by the deadline, not at the end of the ClientHello ("
					+ seconds + " s for " + clientHello.length + " bytes)");
			TestServers.await(TIMEOUT, "the timeout counted", () -> server.statistics().handshakesTimedOut() == 1);
		}
	}

	@Test
	void connectionsAndHandshakesBeyondTheCapsAreClosedOnArrival() throws Exception {
		try (ProtocolServer server = ProtocolServer.builder("node-1", pki.agent, TestServers.ECHO)
				.handshakeTimeout(Duration.ofSeconds(30)).maximumHandshakes(2).maximumConnections(3).start()) {
			InetSocketAddress address = server.address();
			try (Socket first = new Socket(address.getAddress(), address.getPort());
					Socket second = new Socket(address.getAddress(), address.getPort())) {
				TestServers.await(TIMEOUT, "two handshakes under way", () -> server.statistics().openConnections() == 2);
				// Two silent handshakes fill the handshake cap: the next connection is closed at once,
				// even a real console's (it retries later; the silent ones time out meanwhile).
				try (Socket third = new Socket(address.getAddress(), address.getPort())) {
					assertTrue(closedByPeerWithin(third, TIMEOUT), "a third handshake is closed on arrival");
				}
				assertThrows(IOException.class, () -> TestServers.administrator(pki, server));
				assertFalse(closedByPeerWithin(first, Duration.ofMillis(200)), "the first ones are still waiting");
			}
			TestServers.await(TIMEOUT, "the silent ones gone", () -> server.statistics().openConnections() == 0);
			// Three consoles past their handshake fill the connection cap.
			List<ProtocolClient> consoles = new ArrayList<>();
			try {
				for (int i = 0; i < 3; i++) {
					consoles.add(TestServers.administrator(pki, server));
				}
				assertThrows(IOException.class, () -> TestServers.administrator(pki, server), "a fourth connection");
				for (ProtocolClient console : consoles) {
					assertEquals(Response.Status.OK, console.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
				}
			} finally {
				consoles.forEach(ProtocolClient::close);
			}
			assertTrue(server.statistics().connectionsOverLimit() >= 3, "counted: " + server.statistics());
			assertEquals(0, server.statistics().internalErrors());
		}
	}

	@Test
	void oneAddressCannotTakeEveryConnection() throws Exception {
		try (ProtocolServer server = ProtocolServer.builder("node-1", pki.agent, TestServers.ECHO)
				.handshakeTimeout(Duration.ofSeconds(30)).maximumConnections(6).maximumConnectionsPerAddress(2).start()) {
			InetSocketAddress address = server.address();
			java.net.InetAddress other = java.net.InetAddress.getByName("127.0.0.2"); // loopback too, another address
			try (Socket first = new Socket(address.getAddress(), address.getPort(), other, 0);
					Socket second = new Socket(address.getAddress(), address.getPort(), other, 0)) {
				TestServers.await(TIMEOUT, "two silent connections from 127.0.0.2", () -> server.statistics().openConnections() == 2);
				try (Socket third = new Socket(address.getAddress(), address.getPort(), other, 0)) {
					assertTrue(closedByPeerWithin(third, TIMEOUT), "a third from the same address is closed on arrival");
				}
				// Someone else still gets in, and is served.
				ProtocolClient console = TestServers.administrator(pki, server);
				try {
					assertEquals(Response.Status.OK, console.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
				} finally {
					console.close();
				}
				assertFalse(closedByPeerWithin(first, Duration.ofMillis(200)), "the first two are still waiting");
			}
			TestServers.await(TIMEOUT, "all gone", () -> server.statistics().openConnections() == 0);
			// Their count went with them: the address may connect again.
			try (Socket again = new Socket(address.getAddress(), address.getPort(), other, 0)) {
				assertFalse(closedByPeerWithin(again, Duration.ofMillis(300)), "a new connection from 127.0.0.2 is taken");
			}
			assertEquals(0, server.statistics().internalErrors());
		}
	}

	@Test
	void requestsInFlightAreBoundedPerConnectionAndTheRestWaitInTcp() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		RequestHandler slow = (peer, request) -> {
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			try {
				release.await(30, TimeUnit.SECONDS);
			} finally {
				running.decrementAndGet();
			}
			return Response.ok(request.id(), Map.of());
		};
		try (ProtocolServer server = ProtocolServer.builder("node-1", pki.agent, slow).requestsInFlight(3, 10).requestWorkers(8)
				.start(); RawPeer peer = authenticated(server)) {
			int sent = 40;
			for (int i = 1; i <= sent; i++) {
				peer.write(new Request(i, "slow", 0, Map.of()));
				Thread.sleep(10); // one request per read, as a console sends them
			}
			TestServers.await(TIMEOUT, "the first requests to be taken in", () -> running.get() >= 3);
			int admitted = server.statistics().requestsInFlight();
			// 3, and perhaps a few that came in the same read as the third: not the 40 sent.
			assertTrue(admitted <= 3 * 4, "at most what arrived before the reads stopped is taken in: " + admitted);
			assertTrue(mostAtOnce.get() <= admitted, "handlers at once: " + mostAtOnce.get());
			assertTrue(server.statistics().readSuspensions() >= 1, "the peer's reads were suspended");

			release.countDown();
			for (int i = 1; i <= sent; i++) {
				Message answer = peer.read();
				assertInstanceOf(Response.class, answer, "answer " + i);
			}
		} catch (AssertionError e) {
			release.countDown();
			throw e;
		}
	}

	@Test
	void aFloodOfRequestsInOneWriteClosesOnlyThatConnection() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		RequestHandler slow = (peer, request) -> {
			release.await(30, TimeUnit.SECONDS);
			return Response.ok(request.id(), Map.of());
		};
		try (ProtocolServer server = ProtocolServer.builder("node-1", pki.agent, slow).requestsInFlight(2, 10).start();
				ProtocolClient bystander = ProtocolClient.builder(server.address(), pki.planner, PeerKind.CONSOLE, "paul").connect();
				RawPeer flooder = authenticated(server)) {
			ByteBuffer frames = ByteBuffer.allocate(64 * 1024);
			for (int i = 1; i <= 500; i++) {
				byte[] payload = org.flotilla.protocol.internal.MessageCodec.encode(new Request(i, "slow", 0, Map.of()));
				frames.putInt(payload.length).put(payload);
			}
			flooder.writeRaw(java.util.Arrays.copyOf(frames.array(), frames.position()));
			Message first = flooder.readOrNull();
			while (first instanceof Response) {
				first = flooder.readOrNull();
			}
			assertEquals(new Refused("more than 16 requests unanswered on one connection"), first);
			release.countDown();
			var answer = bystander.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS);
			assertEquals(Response.Status.OK, answer.status(), "the bystander is still served");
		} finally {
			release.countDown();
		}
	}

	@Test
	void theDefaultLimitsAreTheOnesDocsProtocolMdGives() throws Exception {
		// The "default" column of docs/protocol.md's table (an agent sets its own: AgentHardeningTest).
		var defaults = org.flotilla.protocol.internal.ServerSessionHandler.Limits.DEFAULTS;
		assertEquals(32, defaults.maximumConnections());
		assertEquals(8, defaults.maximumHandshakes());
		assertEquals(Duration.ofSeconds(10), defaults.handshakeTimeout());
		assertEquals(8, defaults.requestsInFlightPerConnection());
		assertEquals(32, defaults.requestsInFlight());
		assertEquals(16, defaults.maximumUnsentMessages());
		// And the flood threshold those defaults give: 8 times 8 unanswered on one connection.
		CountDownLatch release = new CountDownLatch(1);
		RequestHandler slow = (peer, request) -> {
			release.await(30, TimeUnit.SECONDS);
			return Response.ok(request.id(), Map.of());
		};
		try (ProtocolServer server = ProtocolServer.builder("node-1", pki.agent, slow).start();
				RawPeer flooder = authenticated(server)) {
			ByteBuffer frames = ByteBuffer.allocate(16 * 1024);
			for (int i = 1; i <= 100; i++) {
				byte[] payload = org.flotilla.protocol.internal.MessageCodec.encode(new Request(i, "slow", 0, Map.of()));
				frames.putInt(payload.length).put(payload);
			}
			flooder.writeRaw(java.util.Arrays.copyOf(frames.array(), frames.position()));
			Message first = flooder.readOrNull();
			while (first instanceof Response) {
				first = flooder.readOrNull();
			}
			assertEquals(new Refused("more than 64 requests unanswered on one connection"), first);
		} finally {
			release.countDown();
		}
	}

	@Test
	void aPeerThatDoesNotReadItsAnswersIsNoLongerReadAndThenCutOff() throws Exception {
		AtomicInteger answered = new AtomicInteger();
		String big = "x".repeat(200_000);
		RequestHandler large = (peer, request) -> {
			answered.incrementAndGet();
			return Response.ok(request.id(), Map.of("big", big));
		};
		try (ProtocolServer server = ProtocolServer.builder("node-1", pki.agent, large).maximumUnsentMessages(4)
				.writeTimeout(Duration.ofSeconds(2)).start();
				ProtocolClient bystander = ProtocolClient.builder(server.address(), pki.planner, PeerKind.CONSOLE, "paul").connect();
				Socket socket = lazyReader(server.address(), pki.administrator)) {
			OutputStream out = socket.getOutputStream();
			int sent = 0;
			try {
				for (; sent < 400; sent++) {
					byte[] payload = org.flotilla.protocol.internal.MessageCodec.encode(new Request(sent + 1, "big", 0, Map.of()));
					out.write(ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array());
					out.flush();
					Thread.sleep(5); // paced, as a console asks: not a flood in one read
				}
			} catch (IOException e) {
				// cut off while still sending: fine, that is the point
			}
			// 400 answers of 200 KB would be 80 MB held for a peer that reads nothing.
			TestServers.await(TIMEOUT, "the non-reading peer to be cut off by the write timeout",
					() -> server.statistics().openConnections() == 1);
			assertTrue(answered.get() < 200, "answers made for a peer that reads none: " + answered.get() + " of " + sent);
			assertTrue(server.statistics().readSuspensions() >= 1, server.statistics().toString());
			assertEquals(0, server.statistics().protocolErrors(), "cut off by the write timeout, not refused as a flood: "
					+ server.statistics());
			// Its answers still queued when it was cut off must not hold the server's in-flight budget for ever.
			TestServers.await(TIMEOUT, "its requests released", () -> server.statistics().requestsInFlight() == 0);
			assertEquals(Response.Status.OK, bystander.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
			assertEquals(0, server.statistics().internalErrors());
		}
	}

	@Test
	void pushesSkipAPeerThatIsBackedUp() throws Exception {
		try (ProtocolServer server = ProtocolServer.builder("node-1", pki.agent, TestServers.ECHO)
				.maximumUnsentMessages(4).writeTimeout(Duration.ofSeconds(30)).start();
				Socket socket = lazyReader(server.address(), pki.administrator)) {
			TestServers.await(TIMEOUT, "the peer past its handshake", () -> server.statistics().readyConnections() == 1);
			Message.Event event = new Message.Event("padding", 0, Map.of("p", "y".repeat(100_000)));
			for (int i = 0; i < 200; i++) {
				server.push(event);
			}
			assertTrue(server.statistics().pushesSkipped() > 100, "skipped: " + server.statistics());
		}
	}

	@Test
	void aHelloNameIsEscapedAndCutBeforeItIsLoggedOrEchoed() throws Exception {
		try (ProtocolServer server = TestServers.agent(pki);
				RawPeer peer = RawPeer.tls(server.address(), pki.administrator)) {
			String forged = "alice\u2028Closing connection 7: all fine\u0085" + "z".repeat(5000);
			peer.write(new Hello(List.of(1), PeerKind.CONSOLE, forged));
			Refused refused = (Refused) peer.read();
			assertTrue(refused.reason().startsWith("Hello says console 'alice\\u2028Closing connection 7: all fine\\u0085zz"),
					refused.reason());
			assertFalse(refused.reason().contains("\u2028") || refused.reason().contains("\u0085"), refused.reason());
			assertTrue(refused.reason().length() < 400, "cut: " + refused.reason().length());
		}
	}

	@Test
	void logTextEscapesLineBreakingAndInvisibleCharacters() {
		assertEquals("plain name", LogText.of("plain name", 64));
		assertEquals("a\\u000ab\\u2028c\\u0085d\\u202ee\\\\f", LogText.of("a\nb\u2028c\u0085d\u202ee\\f", 64));
		assertEquals("abc\u2026(3 more characters)", LogText.of("abcdef", 3));
		assertEquals("\ud83d\ude00", LogText.of("\ud83d\ude00", 64), "a surrogate pair is one character, kept");
		assertEquals("\\ud83d", LogText.of("\ud83d", 64), "a lone surrogate is escaped");
		assertEquals("null", LogText.of(null, 64));
	}

	@Test
	void theDiallingEndSpeaksTls13Only() throws Exception {
		// A server of the pool that offers TLS 1.2 only: a console must not settle for it.
		SSLServerSocket tls12 = (SSLServerSocket) pki.otherAgent.getServerSocketFactory().createServerSocket(0, 5,
				java.net.InetAddress.getLoopbackAddress());
		tls12.setEnabledProtocols(new String[] { "TLSv1.2" });
		tls12.setNeedClientAuth(true);
		AtomicInteger handshakesDone = new AtomicInteger();
		Thread acceptor = Thread.ofVirtual().start(() -> {
			try (SSLSocket accepted = (SSLSocket) tls12.accept()) {
				accepted.setSoTimeout(10_000);
				accepted.startHandshake();
				handshakesDone.incrementAndGet();
				accepted.getInputStream().read();
			} catch (IOException e) {
				// expected: the client refuses TLS 1.2
			}
		});
		try {
			Exception failure = assertThrows(Exception.class, () -> ProtocolClient.builder(
					new InetSocketAddress("127.0.0.1", tls12.getLocalPort()), pki.administrator, PeerKind.CONSOLE, "alice")
					.connectTimeout(Duration.ofSeconds(5)).connect());
			assertInstanceOf(IOException.class, failure, "a TLS failure: " + failure);
			acceptor.join(15_000);
			assertEquals(0, handshakesDone.get(), "no TLS 1.2 session was established");
		} finally {
			tls12.close();
		}
	}

	@Test
	void aServerThatFallsSilentWithoutClosingIsNoticedByTheKeepAlive() throws Exception {
		try (ProtocolServer server = TestServers.agent(pki); FreezableProxy proxy = new FreezableProxy(server.address());
				ProtocolClient keptAlive = ProtocolClient.builder(proxy.address(), pki.administrator, PeerKind.CONSOLE, "alice")
						.keepAlive(Duration.ofSeconds(1), 2).connect();
				ProtocolClient plain = ProtocolClient.builder(proxy.address(), pki.planner, PeerKind.CONSOLE, "paul").connect()) {
			assertEquals(Response.Status.OK, keptAlive.request("echo", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
			// Quiet but alive: pings are answered, so the connection stays.
			Thread.sleep(3500);
			assertTrue(keptAlive.isConnected(), "pings answered: still connected");

			proxy.freeze(); // a power loss or a dropped flow: no FIN, no RST, nothing
			keptAlive.closed().get(10, TimeUnit.SECONDS);
			assertFalse(keptAlive.isConnected());
			assertTrue(plain.isConnected(), "without a keep-alive the silent link is never noticed");
		}
	}

	/** A TLS socket past the handshake that reads nothing more (its receive buffer kept small). */
	private static Socket lazyReader(InetSocketAddress server, SSLContext context) throws Exception {
		SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket();
		socket.setReceiveBufferSize(16 * 1024);
		socket.connect(server);
		socket.setEnabledProtocols(new String[] { "TLSv1.3" });
		socket.startHandshake();
		byte[] hello = org.flotilla.protocol.internal.MessageCodec.encode(new Hello(List.of(1), PeerKind.CONSOLE, "alice"));
		socket.getOutputStream().write(ByteBuffer.allocate(4 + hello.length).putInt(hello.length).put(hello).array());
		socket.getOutputStream().flush();
		return socket;
	}

	private static RawPeer authenticated(ProtocolServer server) throws Exception {
		RawPeer peer = RawPeer.tls(server.address(), pki.administrator);
		peer.write(new Hello(List.of(1), PeerKind.CONSOLE, "alice"));
		assertEquals(new Welcome(1, "node-1"), peer.read());
		return peer;
	}

	/** The first TLS record a console sends: its ClientHello. */
	private static byte[] clientHello(SSLContext context) throws Exception {
		SSLEngine engine = context.createSSLEngine("127.0.0.1", 1);
		engine.setUseClientMode(true);
		engine.setEnabledProtocols(new String[] { "TLSv1.3" });
		ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
		engine.wrap(ByteBuffer.allocate(0), out);
		out.flip();
		byte[] record = new byte[out.remaining()];
		out.get(record);
		return record;
	}

	/** True when the peer closed (or reset) {@code socket} within {@code timeout}; what it sends is dropped. */
	private static boolean closedByPeerWithin(Socket socket, Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		InputStream in = socket.getInputStream();
		byte[] sink = new byte[4096];
		while (System.nanoTime() < deadline) {
			socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			try {
				if (in.read(sink) < 0) {
					return true;
				}
			} catch (SocketTimeoutException e) {
				return false;
			} catch (IOException e) {
				return true;
			}
		}
		return false;
	}
}
