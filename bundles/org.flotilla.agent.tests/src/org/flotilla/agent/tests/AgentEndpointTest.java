package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.InstantSource;
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
import org.flotilla.protocol.Message;
import org.flotilla.protocol.PeerKind;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.flotilla.protocol.ProtocolClient;
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
		Path data = dir.resolve("data");
		Files.createDirectories(data.resolve("tls"));
		PoolCertificateAuthority.writeKeyStore(ca.issueAgent("node-1", password), data.resolve(AgentEndpoint.KEYSTORE), password);
		Files.writeString(data.resolve(AgentEndpoint.PASSWORD), "secret\n");
		SystemInfo systemInfo = new SystemInfo();
		Path config = dir.resolve("agent.properties");
		Files.writeString(config, "node.name = node-1\nreport.interval = 100ms\ndata.dir = " + data + "\n");
		AgentConfig agentConfig = ConfigParser.parse(config, new ConfigParser.Host(Runtime.getRuntime().availableProcessors(),
				systemInfo.getHardware().getMemory().getTotal(), "unused"));

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
				assertEquals(Integer.toString(Runtime.getRuntime().availableProcessors()), inventory.values().get("logicalCores"));

				Message.Response unknown = client.request("reboot", 0, Map.of()).get(10, TimeUnit.SECONDS);
				assertEquals(Message.Response.Status.REFUSED, unknown.status());
				assertTrue(unknown.detail().contains("unknown operation 'reboot'"), unknown.detail());
			}
		}
	}

	@Test
	void withoutItsCertificateTheAgentSaysWhatIsMissing() {
		IOException missing = assertThrows(IOException.class, () -> AgentEndpoint.tlsFromDataDir(dir));
		assertTrue(missing.getMessage().contains(dir.resolve(AgentEndpoint.KEYSTORE).toString()), missing.getMessage());
	}
}
