package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.net.ssl.SSLContext;

import org.flotilla.agent.Agent;
import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentEndpoint;
import org.flotilla.agent.internal.ConfigParser;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.model.Group;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.PoolCertificateAuthority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import oshi.SystemInfo;

/**
 * The console's connection to a real agent (its sampler and TLS endpoint, in this JVM) over
 * loopback: reports reach the model through LiveUpdates; a lost agent is retried and, once back,
 * reports again.
 */
class ConnectionServiceTest {

	@TempDir
	Path dir;

	@Test
	void reportsFlowIntoTheModelAndALostAgentIsReconnected() throws Exception {
		assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "the agent reads /proc (Linux)");
		char[] password = "secret".toCharArray();
		PoolCertificateAuthority ca = PoolCertificateAuthority.openOrCreate(dir.resolve("ca"), password, "test pool");
		Path data = dir.resolve("agent");
		Files.createDirectories(data.resolve("tls"));
		PoolCertificateAuthority.writeKeyStore(ca.issueAgent("node-1", password), data.resolve(AgentEndpoint.KEYSTORE), password);
		Files.writeString(data.resolve(AgentEndpoint.PASSWORD), "secret");
		Path config = dir.resolve("agent.properties");
		Files.writeString(config, "node.name = node-1\nreport.interval = 100ms\ndata.dir = " + data + "\n");
		SystemInfo system = new SystemInfo();
		AgentConfig agentConfig = ConfigParser.parse(config, new ConfigParser.Host(Runtime.getRuntime().availableProcessors(),
				system.getHardware().getMemory().getTotal(), "unused"));
		SSLContext consoleTls = PoolCertificateAuthority.sslContext(ca.issueConsole("console-1", ConsoleRole.ADMINISTRATOR, password),
				password);

		Pool pool = PoolFactory.eINSTANCE.createPool();
		Group group = PoolFactory.eINSTANCE.createGroup();
		pool.getGroups().add(group);
		Node node = PoolFactory.eINSTANCE.createNode();
		node.setName("node-1");
		node.setState(NodeState.READY);
		group.getNodes().add(node);

		LiveUpdates live = new LiveUpdates();
		try (Agent agent = new Agent(agentConfig, system, InstantSource.system());
				ConnectionService connections = new ConnectionService(consoleTls, "console-1", live)) {
			agent.start();
			AgentEndpoint endpoint = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data), new InetSocketAddress("127.0.0.1", 0));
			InetSocketAddress address = endpoint.address();
			connections.connect(List.of(new ConnectionService.Target("node-1", address)));

			waitUntil("reports arrive", () -> live.pending() >= 3);
			assertEquals(0, live.drainInto(pool).unknownNodes());
			assertTrue(node.getMetrics().getSamples().size() >= 3, "samples in the node's window");
			double memory = node.getMetrics().getSamples().get(0).getMemory();
			assertTrue(memory > 0 && memory < 1, "memory is a used/total fraction: " + memory);
			long heard = node.getLastHeartbeat();
			assertTrue(heard > 0);
			// The agent's inventory (asked for on connecting) becomes the node's discovered stack.
			waitUntil("the inventory arrives", () -> live.pendingInventories() > 0 || node.getOperatingSystem() != null);
			live.drainInto(pool);
			assertTrue(node.getOperatingSystem().isDiscovered(), "the operating system is discovered");
			assertTrue(node.getHardware().size() >= 2, "processor and memory at least: " + node.getHardware());

			endpoint.close(); // the agent goes away
			waitUntil("the link notices and retries", () -> connections.statuses().get("node-1").state() == ConnectionService.State.RETRYING);
			live.drainInto(pool);
			assertEquals(1, live.markSilentNodes(pool, node.getLastHeartbeat() + 3001, 3000), "silent too long: unreachable");
			assertEquals(NodeState.UNREACHABLE, node.getState());

			try (AgentEndpoint back = AgentEndpoint.start(agent, AgentEndpoint.tlsFromDataDir(data), address)) {
				waitUntil("the link reconnects", () -> connections.statuses().get("node-1").state() == ConnectionService.State.CONNECTED);
				waitUntil("reports arrive again", () -> live.pending() >= 2);
				live.drainInto(pool);
				assertEquals(NodeState.READY, node.getState(), "a node that reports again is ready");
				assertTrue(node.getLastHeartbeat() > heard);
			}
		}
	}

	private static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + 20_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after 20 s waiting until " + what);
			}
			Thread.sleep(20);
		}
	}
}
