package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
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

import org.flotilla.agent.Agent;
import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentEndpoint;
import org.flotilla.agent.internal.ConfigParser;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.SecretFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import oshi.SystemInfo;

/**
 * A real agent behind its TLS endpoint, against consoles that misbehave or a data directory that
 * is not as it should be: the audit log cannot be flooded, a command that cannot be audited is not
 * done, an inventory asked for goes to the one who asked, and a password others can read is refused.
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
		Path config = dir.resolve("agent.properties");
		Files.writeString(config, "node.name = node-1\nreport.interval = " + interval + "\ndata.dir = " + data + "\n");
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
