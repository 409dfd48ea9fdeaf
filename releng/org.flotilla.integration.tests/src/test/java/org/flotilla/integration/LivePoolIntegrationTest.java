package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.flotilla.console.core.AgentHistory;
import org.flotilla.console.core.ConnectionService;
import org.flotilla.console.core.LocalPoolAuthority;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.model.Group;
import org.flotilla.model.Memory;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Processor;
import org.flotilla.model.SyncState;
import org.flotilla.protocol.HistorySeries;
import org.flotilla.protocol.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real agent processes (the built distribution) on loopback, and the console's connection
 * service talking to them over TLS with certificates from a pool CA in a console workspace.
 */
class LivePoolIntegrationTest {

	private static final int AGENTS = 3;

	@TempDir
	Path dir;

	private final List<Process> processes = new ArrayList<>();

	@AfterEach
	void stopAgents() {
		processes.forEach(Process::destroy);
		for (Process process : processes) {
			try {
				process.waitFor(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Test
	void agentsReportTheConsoleSeesAKilledOneGoUnreachableAndAStartedOneComeBack() throws Exception {
		Path agentHome = AgentProcesses.home();
		Path workspace = dir.resolve("workspace");
		LocalPoolAuthority identity = LocalPoolAuthority.openOrCreate(workspace, "integration pool");

		Pool pool = PoolFactory.eINSTANCE.createPool();
		Group rack = PoolFactory.eINSTANCE.createGroup();
		pool.getGroups().add(rack);
		List<Path> configs = new ArrayList<>();
		for (int i = 1; i <= AGENTS; i++) {
			String name = "agent-" + i;
			int port = AgentProcesses.freePort();
			Path data = dir.resolve(name);
			identity.issueAgent(name, data);
			Path config = data.resolve("agent.properties");
			AgentProcesses.configure(config, name, port, data, "report.interval = 1s", "labels = it");
			configs.add(config);
			processes.add(AgentProcesses.start(agentHome, config));
			Node node = PoolFactory.eINSTANCE.createNode();
			node.setName(name);
			node.setAddress("127.0.0.1:" + port);
			node.setState(NodeState.READY);
			rack.getNodes().add(node);
		}

		LiveUpdates live = new LiveUpdates();
		try (ConnectionService connections = new ConnectionService(identity.consoleTls("console-it"), "console-it", live)) {
			connections.connect(ConnectionService.targetsOf(pool));
			waitUntil("every agent reported", 60, () -> {
				live.drainInto(pool);
				return pool.getAllNodes().stream().allMatch(n -> n.getMetrics() != null && n.getMetrics().getSamples().size() >= 2);
			});
			assertTrue(pool.getAllNodes().get(0).getUptimeSeconds() > 0, "the host's uptime is reported");
			Message.Response inventory = connections.request("agent-1", "inventory", Map.of()).get(20, TimeUnit.SECONDS);
			assertEquals(Integer.toString(HostProcessors.count()), inventory.values().get("logicalCores"),
					"the agent's inventory reached the console");

			// Every node's discovered stack comes from its agent's inventory report.
			waitUntil("every node's stack discovered", 30, () -> {
				live.drainInto(pool);
				return pool.getAllNodes().stream().allMatch(n -> n.getOperatingSystem() != null && n.getOperatingSystem().isDiscovered());
			});
			for (Node node : pool.getAllNodes()) {
				Processor cpu = (Processor) node.getHardware().stream().filter(Processor.class::isInstance).findFirst()
						.orElseThrow(() -> new AssertionError(node.getName() + " has no discovered processor"));
				assertEquals(HostProcessors.count(), cpu.getThreads(), node.getName());
				assertEquals(SyncState.DISCOVERED_ONLY, cpu.getSyncState());
				assertTrue(node.getHardware().stream().anyMatch(h -> h instanceof Memory m && m.getSizeMib() > 0), node.getName());
				assertTrue(node.getOperatingSystem().getKernel() != null && !node.getOperatingSystem().getKernel().isBlank(),
						node.getName() + " reports its kernel");
			}

			Message.Response secondInventory = connections.request("agent-2", "inventory", Map.of()).get(20, TimeUnit.SECONDS);
			String secondId = secondInventory.values().get("nodeId");

			// Kill agent 2: unreachable within 5 s of its death.
			Node second = pool.getAllNodes().get(1);
			processes.get(1).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			long killed = System.currentTimeMillis();
			waitUntil("agent-2 marked unreachable", 10, () -> {
				live.drainInto(pool);
				live.markSilentNodes(pool, System.currentTimeMillis(), 3000);
				return second.getState() == NodeState.UNREACHABLE;
			});
			long detected = System.currentTimeMillis() - killed;
			assertTrue(detected <= 5000, "unreachable after " + detected + " ms");
			assertEquals(NodeState.READY, pool.getAllNodes().get(0).getState(), "the others keep serving");

			// Start it again: it comes back, with the same identity from its journal.
			processes.set(1, AgentProcesses.start(agentHome, configs.get(1)));
			waitUntil("agent-2 ready again", 60, () -> {
				live.drainInto(pool);
				return second.getState() == NodeState.READY;
			});
			Message.Response restarted = connections.request("agent-2", "inventory", Map.of()).get(20, TimeUnit.SECONDS);
			assertEquals("agent-2", restarted.values().get("node"));
			assertEquals(secondId, restarted.values().get("nodeId"), "the same identity, from its journal");

			// ...and with its history: the seconds before it was killed are still served.
			AgentHistory history = new AgentHistory(connections::request);
			AgentHistory.Fetched fetched = history.fetch(List.of("agent-2"), AgentHistory.Range.LAST_HOUR, java.time.Instant.now())
					.get(20, TimeUnit.SECONDS);
			assertEquals(Map.of(), fetched.failures());
			HistorySeries series = fetched.histories().get("agent-2");
			assertEquals("SECOND", series.resolution());
			long before = java.util.Arrays.stream(series.times()).filter(t -> t < killed - 1000).count();
			assertTrue(before >= 2, "history from before the restart survives it: " + before + " of " + series.size() + " points");
		}
	}

	@Test
	void anAgentWhosePortIsTakenStopsAndSaysWhy() throws Exception {
		Path agentHome = AgentProcesses.home();
		LocalPoolAuthority identity = LocalPoolAuthority.openOrCreate(dir.resolve("workspace"), "integration pool");
		Path data = dir.resolve("busy");
		identity.issueAgent("busy", data);
		try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			Path config = data.resolve("agent.properties");
			AgentProcesses.configure(config, "busy", taken.getLocalPort(), data);
			Process agent = AgentProcesses.start(agentHome, config);
			processes.add(agent);
			assertTrue(agent.waitFor(60, TimeUnit.SECONDS), "the agent stops instead of running unreachable");
			assertEquals(1, agent.exitValue());
			String log = Files.readString(config.resolveSibling("agent.log"));
			assertTrue(log.contains("cannot listen on /127.0.0.1:" + taken.getLocalPort()), log);
		}
	}



	private static void waitUntil(String what, int seconds, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out after " + seconds + " s waiting until " + what);
			}
			Thread.sleep(50);
		}
	}
}
