package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.flotilla.agent.Agent;
import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentEndpoint;
import org.flotilla.agent.MetricsSample;
import org.flotilla.agent.internal.ConfigParser;
import org.flotilla.agent.internal.MetricsHistory;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.HistorySeries;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.SecretFiles;
import org.flotilla.protocol.internal.MessageCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import oshi.SystemInfo;

/**
 * A real agent behind its TLS endpoint, against consoles that misbehave or a data directory that
 * is not as it should be: the audit log cannot be flooded, a command that cannot be audited is not
 * done, an inventory asked for goes to the one who asked, a password others can read is refused, a long
 * history is answered in pages, requests beyond the agent-wide limit wait in TCP while reports go on,
 * consoles that do not read cannot keep one that reads waiting, and its own connection and handshake
 * caps hold.
 */
class AgentHardeningTest {

	private static final char[] PASSWORD = "secret".toCharArray();

	@TempDir
	Path dir;

	private PoolCertificateAuthority ca;
	private Path data;

	@BeforeEach
	void agentData() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "the agent reads /proc (Linux)");
		ca = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), PASSWORD, "test pool");
		data = dir.resolve("data");
		PoolCertificateAuthority.writeKeyStore(ca.issueAgent("node-1", PASSWORD), data.resolve(AgentEndpoint.KEYSTORE), PASSWORD);
		SecretFiles.write(data.resolve(AgentEndpoint.PASSWORD), "secret\n".getBytes(StandardCharsets.US_ASCII));
	}

	private AgentConfig config(String interval) throws Exception {
		return config(interval, "");
	}

	private AgentConfig config(String interval, String more) throws Exception {
		Path config = dir.resolve("agent.properties");
		Files.writeString(config, "node.name = node-1\nreport.interval = " + interval + "\ndata.dir = " + data + "\n" + more);
		return ConfigParser.parse(config, new ConfigParser.Host(1 << 12, new SystemInfo().getHardware().getMemory().getTotal(),
				"unused"));
	}

	private SSLContext console(String name, ConsoleRole role) throws Exception {
		return PoolCertificateAuthority.sslContext(ca.issueConsole(name, role, PASSWORD), PASSWORD);
	}

	private static ProtocolClient connect(AgentEndpoint endpoint, SSLContext tls, String name,
			java.util.function.Consumer<Message> pushed) throws Exception {
		return ProtocolClient.builder(endpoint.address(), tls, PeerKind.CONSOLE, name).expectAgent("node-1")
				.pushedMessages(pushed).requestTimeout(Duration.ofSeconds(60)).connect();
	}

	@Test
	void aFloodOfRefusedRequestsCannotPushAnAdministratorsEntryOutOfTheAuditLog() throws Exception {
		try (Agent agent = new Agent(config("1s"), new SystemInfo(), InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient admin = connect(endpoint, console("admin-1", ConsoleRole.ADMINISTRATOR), "admin-1", m -> {
					});
					ProtocolClient support = connect(endpoint, console("support-desk", ConsoleRole.SUPPORT), "support-desk",
							m -> {
							})) {
				assertEquals(Message.Response.Status.OK,
						admin.request("rescan-inventory", 0, Map.of()).get(60, TimeUnit.SECONDS).status());

				// 1,000 unknown operations, each named with 60,000 characters of line breaks, tabs and text:
				// before, each was written twice, in full, and 13 pushed a 10 MiB log out.
				String hostile = ("x\u2028\tforged\tadministrator\tOK\r\n" + "y".repeat(100)).repeat(450);
				List<CompletableFuture<Message.Response>> refusals = new ArrayList<>();
				for (int i = 0; i < 1000; i++) {
					refusals.add(support.request(hostile + i, 0, Map.of()));
				}
				for (CompletableFuture<Message.Response> refusal : refusals) {
					Message.Response answer = refusal.get(60, TimeUnit.SECONDS);
					assertEquals(Message.Response.Status.REFUSED, answer.status());
					assertTrue(answer.detail().length() < 600, "the refusal names the operation cut short: " + answer.detail().length());
				}

				List<String> audit = Files.readAllLines(data.resolve("audit.log"));
				assertEquals(2, audit.size(), audit.toString());
				assertTrue(audit.get(0).contains("\tadmin-1\tadministrator\trescan-inventory\tSTARTED\t"), audit.get(0));
				assertTrue(audit.get(1).contains("\tadmin-1\tadministrator\trescan-inventory\tOK\t"), audit.get(1));

				Path refusedLog = data.resolve("audit-refused.log");
				List<String> refused = Files.readAllLines(refusedLog);
				assertTrue(refused.size() <= 25, "refusals are written at a bounded rate: " + refused.size() + " lines");
				assertTrue(Files.size(refusedLog) < 32 * 1024, "bytes: " + Files.size(refusedLog));
				for (String line : refused) {
					assertTrue(line.length() <= 1024, "line of " + line.length());
					assertEquals(6, line.split("\t", -1).length, "no forged columns: " + line);
					assertFalse(line.chars().anyMatch(c -> c == '\r' || c == 0x2028 || c == 0x85), "no raw line breaks");
				}
			}
		}
	}

	@Test
	void aCommandWhoseAuditRecordCannotBeWrittenIsNotDone() throws Exception {
		// Something in the way of the log: the record cannot be written, so the command must not act.
		Files.createDirectories(data.resolve("audit.log"));
		try (Agent agent = new Agent(config("1s"), new SystemInfo(), InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient admin = connect(endpoint, console("admin-1", ConsoleRole.ADMINISTRATOR), "admin-1", m -> {
					})) {
				java.time.Instant collected = agent.inventory().collectedAt();
				Thread.sleep(20); // a rescan would collect at a later instant
				Message.Response answer = admin.request("rescan-inventory", 0, Map.of()).get(60, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.REFUSED, answer.status());
				assertEquals(collected, agent.inventory().collectedAt(), "the inventory was not rescanned");
				assertTrue(answer.detail().startsWith("not done: the audit log ") && answer.detail().contains("cannot be written"),
						answer.detail());
				assertTrue(Files.readString(data.resolve("audit-refused.log")).contains("\trescan-inventory\tREFUSED\tnot done"));
				assertEquals(Message.Response.Status.OK, admin.request("ping", 0, Map.of()).get(10, TimeUnit.SECONDS).status(),
						"questions are still answered");
			}
		}
	}

	@Test
	void theInventoryAskedForGoesToTheConsoleThatAsked() throws Exception {
		BlockingQueue<Message> toFirst = new LinkedBlockingQueue<>();
		BlockingQueue<Message> toSecond = new LinkedBlockingQueue<>();
		try (Agent agent = new Agent(config("60m"), new SystemInfo(), InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient first = connect(endpoint, console("sam", ConsoleRole.SUPPORT), "sam", toFirst::add);
					ProtocolClient second = connect(endpoint, console("paul", ConsoleRole.PLANNER), "paul", toSecond::add)) {
				assertEquals(Message.Response.Status.OK,
						first.request("report-inventory", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
				assertNotNull(next(toFirst, Message.InventoryReport.class), "the asking console gets the inventory");
				assertEquals(Message.Response.Status.OK,
						second.request("report-inventory", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
				assertNotNull(next(toSecond, Message.InventoryReport.class));
				// A round trip on each connection after both answers: anything sent to it before is in.
				first.request("ping", 0, Map.of()).get(10, TimeUnit.SECONDS);
				second.request("ping", 0, Map.of()).get(10, TimeUnit.SECONDS);
				assertEquals(0, toSecond.stream().filter(Message.InventoryReport.class::isInstance).count(),
						"the second console got its own inventory only, not the first one's as well: " + toSecond);
				assertEquals(0, toFirst.stream().filter(Message.InventoryReport.class::isInstance).count(),
						"nor the first the second's: " + toFirst);
			}
		}
	}

	@Test
	void aPasswordFileOthersCanReadIsRefused() throws Exception {
		Path password = data.resolve(AgentEndpoint.PASSWORD);
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-r--r--"));
		IOException refused = assertThrows(IOException.class, () -> AgentEndpoint.tlsFromDataDir(data));
		assertTrue(refused.getMessage().contains(password.toString()) && refused.getMessage().contains("chmod 600"),
				refused.getMessage());
		Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
		assertNotNull(AgentEndpoint.tlsFromDataDir(data), "owner-only is accepted");
	}

	@Test
	void aHistoryOfMoreThanOnePageIsAnsweredAPageAtATimeOverTheWire() throws Exception {
		// 1,500 seconds of history, 25 to 0 minutes ago: more than one answer may carry.
		long now = System.currentTimeMillis();
		long from = (now - 1_600_000) / 1000 * 1000;
		int seconds = 1500;
		prefillHistory(from, seconds);
		try (Agent agent = new Agent(config("1s"), new SystemInfo(), InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient console = connect(endpoint, console("sam", ConsoleRole.SUPPORT), "sam", m -> {
					})) {
				long to = from + seconds * 1000L;
				Message.Response first = console.request("history", 0,
						Map.of("from", Long.toString(from), "to", Long.toString(to))).get(10, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.OK, first.status(), first.detail());
				HistorySeries page = HistorySeries.fromValues(first.values());
				assertEquals("SECOND", page.resolution());
				assertEquals(AgentEndpoint.HISTORY_PAGE_POINTS, page.size(), "a full page, not the whole range");
				java.util.OptionalLong next = HistorySeries.nextPage(first.values());
				assertTrue(next.isPresent(), "the answer says where the rest starts");
				assertEquals(from + AgentEndpoint.HISTORY_PAGE_POINTS * 1000L, next.getAsLong());

				Message.Response second = console.request("history", 0, Map.of("from", Long.toString(next.getAsLong()), "to",
						Long.toString(to), "resolution", page.resolution())).get(10, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.OK, second.status(), second.detail());
				HistorySeries rest = HistorySeries.fromValues(second.values());
				assertTrue(HistorySeries.nextPage(second.values()).isEmpty(), "the last page says nothing follows");
				HistorySeries whole = page.followedBy(rest);
				assertEquals(seconds, whole.size(), "every second once, none lost or repeated between the pages");
				for (int i = 0; i < seconds; i++) {
					assertEquals(from + i * 1000L, whole.times()[i], "point " + i);
					assertEquals(i / 10_000.0, whole.cpu()[i], 1e-9, "the value written for second " + i);
				}
			}
		}
	}

	@Test
	void requestsBeyondTheAgentWideLimitWaitInTcpWhileTheAgentGoesOnReporting() throws Exception {
		// A probe that hangs while the hold file exists: every rescan-inventory waits for it (they run one at a
		// time), so each request taken in stays in flight until the test lets go, whatever the socket buffers.
		Path hold = dir.resolve("hold");
		Path probe = dir.resolve("slow-probe.sh");
		Files.writeString(probe, "while [ -e '" + hold + "' ]; do sleep 0.02; done\necho 1.0\n");
		String probes = "probes.slow.command = /bin/sh\nprobes.slow.args = " + probe + "\nprobes.timeout = 60s\n";
		BlockingQueue<Message> toReader = new LinkedBlockingQueue<>();
		List<CompletableFuture<Message.Response>> asked = new ArrayList<>();
		try (Agent agent = new Agent(config("100ms", probes), new SystemInfo(), InstantSource.system())) {
			agent.start();
			SSLContext admin = console("admin-1", ConsoleRole.ADMINISTRATOR);
			List<ProtocolClient> consoles = new ArrayList<>();
			Socket flooder = null;
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient reader = connect(endpoint, console("paul", ConsoleRole.PLANNER), "paul", toReader::add)) {
				for (int c = 0; c < 12; c++) {
					consoles.add(connect(endpoint, admin, "admin-1", m -> {
					}));
				}
				Files.writeString(hold, "");
				// Four consoles with four requests each (their own limit) fill the agent's 16.
				for (int c = 0; c < 4; c++) {
					for (int i = 0; i < 4; i++) {
						asked.add(consoles.get(c).request("rescan-inventory", 0, Map.of()));
					}
				}
				Conditions.await("16 requests in flight", Duration.ofSeconds(15),
						() -> endpoint.statistics().requestsInFlight() == 16);
				// Eight more consoles ask once: each request is read, finds the limit reached, and its connection is
				// read from no more.
				for (int c = 4; c < 12; c++) {
					asked.add(consoles.get(c).request("rescan-inventory", 0, Map.of()));
				}
				Conditions.await("their requests taken in", Duration.ofSeconds(15),
						() -> endpoint.statistics().requestsInFlight() == 24);
				// Their further requests (3 each, under their own limit of 4) wait in TCP: watch a second for any
				// being taken in. Without the agent-wide limit they would be: 16 + 8 x 4 = 48.
				for (int c = 4; c < 12; c++) {
					for (int i = 0; i < 3; i++) {
						asked.add(consoles.get(c).request("rescan-inventory", 0, Map.of()));
					}
				}
				int most = 0;
				long watchUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
				while (System.nanoTime() < watchUntil) {
					most = Math.max(most, endpoint.statistics().requestsInFlight());
					Thread.sleep(5);
				}
				assertEquals(24, most, "requests taken in while the agent-wide limit was reached: " + endpoint.statistics());
				assertTrue(endpoint.statistics().readSuspensions() >= 12, endpoint.statistics().toString());

				// Meanwhile the agent samples and pushes its reports to every console as before.
				toReader.clear();
				for (int i = 0; i < 3; i++) {
					assertNotNull(next(toReader, Message.MetricsReport.class), "reports keep coming");
				}
				// A console that sends many requests in one write is flooding, not waiting: 8 x its limit of 4.
				flooder = rawConsole(endpoint.address(), admin, "admin-1");
				ByteBuffer frames = ByteBuffer.allocate(16 * 1024);
				for (int i = 1; i <= 40; i++) {
					byte[] payload = MessageCodec.encode(new Message.Request(i, "rescan-inventory", 0, Map.of()));
					frames.putInt(payload.length).put(payload);
				}
				flooder.getOutputStream().write(frames.array(), 0, frames.position());
				flooder.getOutputStream().flush();
				assertEquals(new Message.Refused("more than 32 requests unanswered on one connection"), readFrame(flooder));
				Conditions.await("the flooder gone, the others kept", Duration.ofSeconds(15),
						() -> endpoint.statistics().readyConnections() == 13);

				// The probe answers: everything that waited is answered, nobody was refused or cut off.
				CompletableFuture<Message.Response> ping = reader.request("ping", 0, Map.of());
				Files.delete(hold);
				for (CompletableFuture<Message.Response> answer : asked) {
					assertEquals(Message.Response.Status.OK, answer.get(60, TimeUnit.SECONDS).status());
				}
				assertEquals(Message.Response.Status.OK, ping.get(60, TimeUnit.SECONDS).status());
				Conditions.await("every request released", Duration.ofSeconds(30),
						() -> endpoint.statistics().requestsInFlight() == 0);
				assertEquals(13, endpoint.statistics().readyConnections(), "the reader and the twelve consoles");
				assertEquals(0, endpoint.statistics().internalErrors());
			} finally {
				Files.deleteIfExists(hold);
				consoles.forEach(ProtocolClient::close);
				if (flooder != null) {
					flooder.close();
				}
			}
		}
	}

	@Test
	void aConsoleThatReadsIsAnsweredWhileConsolesThatDoNotReadHoldTheAgentWideLimit() throws Exception {
		long from = (System.currentTimeMillis() - 1_600_000) / 1000 * 1000;
		prefillHistory(from, 1000);
		Map<String, String> page = Map.of("from", Long.toString(from), "to", Long.toString(from + 1_000_000));
		try (Agent agent = new Agent(config("1s"), new SystemInfo(), InstantSource.system())) {
			agent.start();
			SSLContext lazy = console("sam", ConsoleRole.SUPPORT);
			List<Socket> lazies = new ArrayList<>();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient reader = connect(endpoint, console("paul", ConsoleRole.PLANNER), "paul", m -> {
					})) {
				for (int c = 0; c < 4; c++) {
					lazies.add(lazyConsole(endpoint.address(), lazy, "sam"));
				}
				// Four support consoles ask for history pages (about 45 KB each) at a console's pace and read none of
				// them: once the kernel's buffers for each are full (a few MB on loopback), four answers wait unsent on
				// each, and the four hold the agent's limit of 16 until the write timeout (30 s) cuts them off.
				// 240 rounds: about 10 MB of answers a console, past what the agent's socket may buffer for one (up to
				// tcp_wmem's 4 MB) and its 16 KB receive buffer; the requests past the limit wait in TCP.
				long id = 1;
				for (int round = 0; round < 240; round++) {
					for (Socket socket : lazies) {
						writeFrame(socket, new Message.Request(id++, "history", 0, page));
					}
					Thread.sleep(10); // a request per read, as consoles ask: not a flood in one write
				}
				try {
					Conditions.await("the consoles that do not read to hold the agent-wide limit", Duration.ofSeconds(60),
							() -> endpoint.statistics().requestsInFlight() == 16);
				} catch (AssertionError e) {
					throw new AssertionError(e.getMessage() + " after " + (id - 1) + " requests: " + endpoint.statistics(), e);
				}
				assertEquals(0, endpoint.statistics().protocolErrors(), "none was refused as a flood: "
						+ endpoint.statistics());

				// A console that reads is served all the same, a request at a time, long before the write timeout.
				for (int i = 0; i < 5; i++) {
					assertEquals(Message.Response.Status.OK,
							reader.request("ping", 0, Map.of()).get(5, TimeUnit.SECONDS).status(), "ping " + i);
				}
				Message.Response answer = reader.request("history", 0, page).get(5, TimeUnit.SECONDS);
				assertEquals(AgentEndpoint.HISTORY_PAGE_POINTS, HistorySeries.fromValues(answer.values()).size());
				assertEquals(16, endpoint.statistics().requestsInFlight(), "the others still hold theirs");
				assertEquals(5, endpoint.statistics().readyConnections());
			} finally {
				for (Socket socket : lazies) {
					socket.close();
				}
			}
		}
	}

	@Test
	void theAgentTakesEightHandshakesAndSixteenConnectionsAtOnce() throws Exception {
		try (Agent agent = new Agent(config("60m"), new SystemInfo(), InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0))) {
				InetSocketAddress address = endpoint.address();
				List<Socket> silent = new ArrayList<>();
				try {
					for (int i = 0; i < 8; i++) {
						silent.add(new Socket(address.getAddress(), address.getPort()));
					}
					Conditions.await("eight handshakes under way", Duration.ofSeconds(10),
							() -> endpoint.statistics().openConnections() == 8);
					try (Socket ninth = new Socket(address.getAddress(), address.getPort())) {
						ninth.setSoTimeout(5000);
						assertEquals(-1, ninth.getInputStream().read(), "a ninth handshake is closed on arrival");
					}
				} finally {
					for (Socket socket : silent) {
						socket.close();
					}
				}
				Conditions.await("the silent ones gone", Duration.ofSeconds(10),
						() -> endpoint.statistics().openConnections() == 0);
				SSLContext tls = console("sam", ConsoleRole.SUPPORT);
				List<ProtocolClient> consoles = new ArrayList<>();
				try {
					for (int i = 0; i < 16; i++) {
						consoles.add(connect(endpoint, tls, "sam", m -> {
						}));
					}
					assertThrows(IOException.class, () -> connect(endpoint, tls, "sam", m -> {
					}), "a seventeenth connection");
					for (ProtocolClient console : consoles) {
						assertEquals(Message.Response.Status.OK,
								console.request("ping", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
					}
				} finally {
					consoles.forEach(ProtocolClient::close);
				}
				assertTrue(endpoint.statistics().connectionsOverLimit() >= 2, endpoint.statistics().toString());
			}
		}
	}

	/** {@code seconds} samples, one a second from {@code fromMillis}, written to the agent's history before it starts. */
	private void prefillHistory(long fromMillis, int seconds) throws IOException {
		try (MetricsHistory history = MetricsHistory.open(data.resolve("history"), InstantSource.system())) {
			for (int i = 0; i < seconds; i++) {
				history.record(new MetricsSample(fromMillis + i * 1000L, i / 10_000.0, 0.5, 0.5, 0.5, 1L << 30, 4L << 30, 0,
						0, 0, 0, 0.1, 0.1, 1 << 20, 0.01, 3));
			}
		}
	}

	/** A console past TLS and its Hello that reads nothing more, with a small receive buffer. */
	private static Socket lazyConsole(InetSocketAddress agent, SSLContext tls, String name) throws Exception {
		SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket();
		socket.setReceiveBufferSize(16 * 1024);
		socket.connect(agent, 5000);
		socket.setEnabledProtocols(new String[] { "TLSv1.3" });
		socket.startHandshake();
		writeFrame(socket, new Message.Hello(List.of(1), PeerKind.CONSOLE, name));
		return socket;
	}

	/** A console past TLS and its Hello (its Welcome read), speaking frames by hand. */
	private static Socket rawConsole(InetSocketAddress agent, SSLContext tls, String name) throws Exception {
		SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket();
		socket.connect(agent, 5000);
		socket.setSoTimeout(15_000);
		socket.setEnabledProtocols(new String[] { "TLSv1.3" });
		socket.startHandshake();
		writeFrame(socket, new Message.Hello(List.of(1), PeerKind.CONSOLE, name));
		assertInstanceOf(Message.Welcome.class, readFrame(socket));
		return socket;
	}

	/** The next frame that is not a pushed report or event. */
	private static Message readFrame(Socket socket) throws Exception {
		java.io.DataInputStream in = new java.io.DataInputStream(socket.getInputStream());
		while (true) {
			byte[] payload = new byte[in.readInt()];
			in.readFully(payload);
			Message message = MessageCodec.decode(ByteBuffer.wrap(payload));
			if (!(message instanceof Message.MetricsReport || message instanceof Message.Event
					|| message instanceof Message.InventoryReport)) {
				return message;
			}
		}
	}

	private static void writeFrame(Socket socket, Message message) throws IOException {
		byte[] payload = MessageCodec.encode(message);
		socket.getOutputStream().write(ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array());
		socket.getOutputStream().flush();
	}

	/** Polls {@code queue} for the next message of {@code type}, dropping others; null after 10 s. */
	private static <T extends Message> T next(BlockingQueue<Message> queue, Class<T> type) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			Message message = queue.poll(100, TimeUnit.MILLISECONDS);
			if (type.isInstance(message)) {
				return type.cast(message);
			}
		}
		return null;
	}
}
