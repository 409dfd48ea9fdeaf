package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.flotilla.agent.Agent;
import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentEndpoint;
import org.flotilla.agent.internal.ConfigParser;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.HistorySeries;
import org.flotilla.protocol.Message;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
import org.flotilla.protocol.SecretFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import oshi.SystemInfo;

/** A real agent behind its TLS endpoint, reached by a console client over loopback. */
class AgentEndpointTest {

	@TempDir
	Path dir;

	@Test
	void aConsoleReceivesLiveReportsAndAnswersFromARealAgent() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "the agent reads /proc (Linux)");
		char[] password = "secret".toCharArray();
		PoolCertificateAuthority ca = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), password, "test pool");
		Path data = agentData(ca, password);
		SystemInfo systemInfo = new SystemInfo();
		AgentConfig agentConfig = config(data, "100ms");

		KeyStore console = ca.issueConsole("console-1", ConsoleRole.SUPPORT, password);
		SSLContext consoleTls = PoolCertificateAuthority.sslContext(console, password);
		BlockingQueue<Message> pushed = new LinkedBlockingQueue<>();
		try (Agent agent = new Agent(agentConfig, systemInfo, InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient client = ProtocolClient.builder(endpoint.address(), consoleTls, PeerKind.CONSOLE, "console-1")
							.expectAgent("node-1").pushedMessages(pushed::add).connect()) {
				Message.MetricsReport report = null;
				while (report == null) {
					Message message = pushed.poll(10, TimeUnit.SECONDS);
					assertNotNull(message, "a report arrives within 10 s at a 100 ms interval");
					if (message instanceof Message.MetricsReport metrics) {
						report = metrics;
					}
				}
				assertEquals("node-1", report.nodeName());
				double cpu = report.samples().stream().filter(s -> s.metric().equals("host.cpu")).findFirst().orElseThrow().value();
				assertTrue(cpu >= 0 && cpu <= 1, "host CPU is a fraction: " + cpu);

				Message.Response inventory = client.request("inventory", 0, Map.of()).get(10, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.OK, inventory.status());
				assertEquals(Integer.toString(HostProcessors.count()), inventory.values().get("logicalCores"));

				Message.Response unknown = client.request("reboot", 0, Map.of()).get(10, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.REFUSED, unknown.status());
				assertTrue(unknown.detail().contains("unknown operation 'reboot'"), unknown.detail());
			}
		}
	}

	@Test
	void rolesAreEnforcedForEveryRequestAndCommandsAreAudited() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "the agent reads /proc (Linux)");
		char[] password = "secret".toCharArray();
		PoolCertificateAuthority ca = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), password, "test pool");
		Path data = agentData(ca, password);
		AgentConfig agentConfig = config(data, "1s");
		SSLContext support = PoolCertificateAuthority.sslContext(ca.issueConsole("support-desk", ConsoleRole.SUPPORT, password), password);
		SSLContext admin = PoolCertificateAuthority.sslContext(ca.issueConsole("admin-1", ConsoleRole.ADMINISTRATOR, password), password);
		try (Agent agent = new Agent(agentConfig, new SystemInfo(), InstantSource.system())) {
			agent.start();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient supportClient = ProtocolClient.builder(endpoint.address(), support, PeerKind.CONSOLE, "support-desk")
							.expectAgent("node-1").connect();
					ProtocolClient adminClient = ProtocolClient.builder(endpoint.address(), admin, PeerKind.CONSOLE, "admin-1")
							.expectAgent("node-1").connect()) {
				// Support staff may read...
				assertEquals(Message.Response.Status.OK, supportClient.request("ping", 0, Map.of()).get(10, TimeUnit.SECONDS).status());
				// ...but not change anything: the role comes from the certificate, not from anything the console says.
				Message.Response refused = supportClient.request("rescan-inventory", 0, Map.of()).get(30, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.REFUSED, refused.status());
				assertTrue(refused.detail().contains("needs the role administrator") && refused.detail().contains("support"),
						refused.detail());
				Message.Response done = adminClient.request("rescan-inventory", 0, Map.of()).get(60, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.OK, done.status(), done.detail());

				// The command is on record before it acts, and its outcome after; questions are not logged.
				List<String> audit = Files.readAllLines(data.resolve("audit.log"));
				assertEquals(2, audit.size(), "one line before and one after the command: " + audit);
				assertTrue(audit.get(0).contains("\tadmin-1\tadministrator\trescan-inventory\tSTARTED\t"), audit.get(0));
				assertTrue(audit.get(1).contains("\tadmin-1\tadministrator\trescan-inventory\tOK\t"), audit.get(1));
				List<String> refusals = Files.readAllLines(data.resolve("audit-refused.log"));
				assertEquals(1, refusals.size(), refusals.toString());
				assertTrue(refusals.get(0).contains("\tsupport-desk\tsupport\trescan-inventory\tREFUSED\t"), refusals.get(0));
			}
		}
	}

	@Test
	void historyAndTheWholeInventoryAreServedOnRequest() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "the agent reads /proc (Linux)");
		char[] password = "secret".toCharArray();
		PoolCertificateAuthority ca = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), password, "test pool");
		Path data = agentData(ca, password);
		SSLContext support = PoolCertificateAuthority.sslContext(ca.issueConsole("support-desk", ConsoleRole.SUPPORT, password), password);
		BlockingQueue<Message> pushed = new LinkedBlockingQueue<>();
		try (Agent agent = new Agent(config(data, "100ms"), new SystemInfo(), InstantSource.system())) {
			agent.start();
			long started = System.currentTimeMillis();
			try (AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data),
					new InetSocketAddress("127.0.0.1", 0));
					ProtocolClient client = ProtocolClient.builder(endpoint.address(), support, PeerKind.CONSOLE, "support-desk")
							.expectAgent("node-1").pushedMessages(pushed::add).connect()) {
				// Connected after the inventory was collected: the console asks for it once.
				Message.Response asked = client.request("report-inventory", 0, Map.of()).get(10, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.OK, asked.status(), asked.detail());
				Message.InventoryReport inventory = null;
				while (inventory == null) {
					Message message = pushed.poll(10, TimeUnit.SECONDS);
					assertNotNull(message, "the inventory report is pushed");
					if (message instanceof Message.InventoryReport report) {
						inventory = report;
					}
				}
				assertEquals(asked.values().get("items"), Integer.toString(inventory.items().size()));
				assertTrue(inventory.items().stream().anyMatch(i -> i.layer().equals("hardware") && i.name().equals("cpu")));
				assertTrue(inventory.items().stream().anyMatch(i -> i.layer().equals("operating system")));

				// Wait until at least two 1-second buckets are complete, then ask for them.
				Conditions.await("samples for 2.5 s", java.time.Duration.ofSeconds(20), () -> agent.latestSample() != null
						&& agent.latestSample().timestampMillis() - started > 2500);
				Message.Response answer = client.request("history", 0, Map.of("from", Long.toString(started - 1000), "to",
						Long.toString(System.currentTimeMillis()))).get(10, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.OK, answer.status(), answer.detail());
				HistorySeries history = HistorySeries.fromValues(answer.values());
				assertEquals("SECOND", history.resolution());
				assertEquals(1000, history.bucketMillis());
				assertTrue(history.size() >= 2, "at least two seconds of history: " + history.size());
				for (int i = 0; i < history.size(); i++) {
					assertTrue(history.cpu()[i] >= 0 && history.cpu()[i] <= history.cpuMax()[i] + 1e-6, "mean <= max");
					assertTrue(history.memory()[i] > 0 && history.memory()[i] <= 1, "memory is a fraction");
					assertTrue(i == 0 || history.times()[i] > history.times()[i - 1], "in time order");
				}

				Message.Response bad = client.request("history", 0, Map.of("from", "yesterday")).get(10, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.REFUSED, bad.status());
				assertTrue(bad.detail().contains("epoch milliseconds"), bad.detail());
			}
		}
	}

	private Path agentData(PoolCertificateAuthority ca, char[] password) throws Exception {
		Path data = dir.resolve("data");
		Files.createDirectories(data.resolve("tls"));
		PoolCertificateAuthority.writeKeyStore(ca.issueAgent("node-1", password), data.resolve(AgentEndpoint.KEYSTORE), password);
		SecretFiles.write(data.resolve(AgentEndpoint.PASSWORD), (new String(password) + "\n").getBytes(StandardCharsets.US_ASCII));
		return data;
	}

	private AgentConfig config(Path data, String interval) throws Exception {
		Path config = dir.resolve("agent.properties");
		Files.writeString(config, "node.name = node-1\nreport.interval = " + interval + "\ndata.dir = " + data + "\n");
		return ConfigParser.parse(config, new ConfigParser.Host(Runtime.getRuntime().availableProcessors(),
				new SystemInfo().getHardware().getMemory().getTotal(), "unused"));
	}

	@Test
	void withoutItsCertificateTheAgentSaysWhatIsMissing() {
		IOException missing = assertThrows(IOException.class, () -> AgentEndpoint.tlsFromDataDir(dir));
		assertTrue(missing.getMessage().contains(dir.resolve(AgentEndpoint.KEYSTORE).toString()), missing.getMessage());
	}
}
