package org.flotilla.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.flotilla.agent.Agent;
import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentListener;
import org.flotilla.agent.HistoryQuery;
import org.flotilla.agent.HistoryResult;
import org.flotilla.agent.Inventory;
import org.flotilla.agent.MetricsSample;
import org.flotilla.agent.Resolution;
import org.flotilla.agent.internal.ConfigParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import oshi.SystemInfo;

/** The whole agent core: sampling on its thread, the listener seam, the journal, a clean stop and a restart. */
class AgentTest {

	private static SystemInfo systemInfo;

	@TempDir
	Path dir;

	@BeforeAll
	static void linuxOnly() {
		assumeTrue(Files.isReadable(Path.of("/proc/meminfo")), "these checks read /proc (Linux)");
		systemInfo = new SystemInfo();
	}

	private AgentConfig config() throws Exception {
		Path file = dir.resolve("agent.properties");
		Files.writeString(file, """
				node.name = test-node
				labels = ssd, rack=a1
				report.interval = 100ms
				probes.ghost.command = flotilla-no-such-command
				""");
		return ConfigParser.parse(file, new ConfigParser.Host(Runtime.getRuntime().availableProcessors(),
				systemInfo.getHardware().getMemory().getTotal(), "unused"));
	}

	/** Collects what a protocol layer would receive. */
	private static final class Recorder implements AgentListener {
		final BlockingQueue<MetricsSample> samples = new LinkedBlockingQueue<>();
		final BlockingQueue<Inventory> inventories = new LinkedBlockingQueue<>();

		@Override
		public void sampled(MetricsSample sample) {
			samples.add(sample);
		}

		@Override
		public void inventoryChanged(Inventory inventory) {
			inventories.add(inventory);
		}

		MetricsSample nextSample() throws InterruptedException {
			MetricsSample s = samples.poll(10, TimeUnit.SECONDS);
			assertNotNull(s, "no sample within 10 s");
			return s;
		}
	}

	@Test
	void samplesReachTheListenerAndARestartKeepsIdentityJournalAndHistory() throws Exception {
		AgentConfig config = config();
		Instant started = Instant.now();
		UUID nodeId;
		try (Agent agent = new Agent(config, systemInfo, InstantSource.system())) {
			Recorder recorder = new Recorder();
			agent.start();
			agent.addListener(recorder);
			Inventory first = recorder.inventories.poll(10, TimeUnit.SECONDS);
			assertNotNull(first, "a new listener gets the current inventory");
			nodeId = first.nodeId();
			assertEquals("test-node", first.nodeName());
			assertEquals(List.of("ssd", "rack=a1"), first.labels());
			assertFalse(first.middleware().get(0).found());

			long previous = Long.MIN_VALUE;
			for (int i = 0; i < 5; i++) {
				MetricsSample s = recorder.nextSample();
				assertTrue(s.timestampMillis() >= previous, "samples in time order");
				previous = s.timestampMillis();
				assertTrue(s.hostCpu() >= 0 && s.hostCpu() <= 1 && s.nodeProcesses() >= 1, s.toString());
			}

			agent.recordInstalled("postgresql", "16.4", "/opt/pg");
			agent.recordDeployed("shop", "2.0", "/srv/shop");
			assertEquals(2, drainInventories(recorder).size(), "one inventory per journal change");
			assertEquals("postgresql", agent.inventory().middleware().get(1).name());

			agent.stop();
			assertFalse(agent.isRunning());
			Conditions.await("the sampler thread to end", Duration.ofSeconds(10), () -> Thread.getAllStackTraces()
					.keySet().stream().noneMatch(t -> t.getName().equals("flotilla-agent-sampler")));
		}

		try (Agent agent = new Agent(config, systemInfo, InstantSource.system())) {
			agent.start();
			assertEquals(nodeId, agent.identity().nodeId(), "the node id survives the restart");
			Inventory inv = agent.inventory();
			assertEquals(List.of("ghost", "postgresql"), inv.middleware().stream().map(Inventory.Middleware::name)
					.toList());
			assertEquals("shop", inv.applications().get(0).name());
			HistoryResult history = agent.history(HistoryQuery.between(started.minusSeconds(1), Instant.now()));
			assertEquals(Resolution.SECOND, history.resolution());
			assertTrue(history.points().stream().mapToInt(p -> p.samples()).sum() >= 5,
					"the samples of the first run are in the history: " + history.points().size() + " points");
		}
	}

	@Test
	void anErrorThrownDuringASampleDoesNotStopSampling() throws Exception {
		try (Agent agent = new Agent(config(), systemInfo, InstantSource.system())) {
			Recorder recorder = new Recorder();
			agent.start();
			// An Error (an OutOfMemoryError, say) in the middle of a tick: a periodic task that throws one
			// is never run again, and the node would fall silent for good.
			agent.addListener(new AgentListener() {
				private boolean thrown;

				@Override
				public void sampled(MetricsSample sample) {
					if (!thrown) {
						thrown = true;
						throw new OutOfMemoryError("simulated: Java heap space");
					}
				}
			});
			agent.addListener(recorder);
			for (int i = 0; i < 5; i++) {
				recorder.nextSample();
			}
		}
	}

	@Test
	void aHistoryThatCannotBeOpenedLeavesTheNodeReportingAndSaysWhy() throws Exception {
		AgentConfig config = config();
		Path history = config.dataDir().resolve("history");
		Files.createDirectories(config.dataDir());
		Files.writeString(history, "not a folder"); // a file in the way, as a full or broken disk would leave it
		try (Agent agent = new Agent(config, systemInfo, InstantSource.system())) {
			Recorder recorder = new Recorder();
			BlockingQueue<java.util.Map<String, String>> problems = new LinkedBlockingQueue<>();
			agent.start();
			agent.addListener(recorder);
			agent.addListener(new AgentListener() {
				@Override
				public void problemsChanged(java.util.Map<String, String> current) {
					problems.add(current);
				}
			});
			for (int i = 0; i < 3; i++) {
				recorder.nextSample(); // still reporting
			}
			java.util.Map<String, String> reported = problems.poll(10, TimeUnit.SECONDS);
			assertNotNull(reported, "a new listener is told what is wrong");
			String message = reported.get(Agent.HISTORY_PROBLEM);
			assertTrue(message != null && message.contains(history.toString()) && message.contains("history is not kept"),
					String.valueOf(reported));
			java.io.IOException asked = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
					() -> agent.history(HistoryQuery.between(Instant.now().minusSeconds(60), Instant.now())));
			assertEquals(message, asked.getMessage(), "a history query gets the same reason");
		}
	}

	private static List<Inventory> drainInventories(Recorder recorder) {
		List<Inventory> list = new java.util.ArrayList<>();
		recorder.inventories.drainTo(list);
		return list;
	}
}
