package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.flotilla.console.core.LiveUpdates;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.SamplePools;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.junit.jupiter.api.Test;

class LiveUpdatesTest {

	private final LiveUpdates live = new LiveUpdates();

	@Test
	void aBatchOfReportsUpdatesSamplesHeartbeatAndUptime() {
		Pool pool = SamplePools.create();
		for (int i = 0; i < 5; i++) {
			live.offer(new LiveUpdates.Report("tky-web-01", 1000 + i * 1000L, 0.1 * i, 0.5, 10, 20, 3600 + i));
		}
		live.offer(new LiveUpdates.Report("no-such-node", 1000, 0.1, 0.1, 0, 0, 1));

		LiveUpdates.Batch batch = live.drainInto(pool);

		assertEquals(new LiveUpdates.Batch(5, 1, 0), batch);
		Node web = node(pool, "tky-web-01");
		assertEquals(5, web.getMetrics().getSamples().size());
		assertEquals(0.4, web.getMetrics().getSamples().get(4).getCpu(), 1e-9);
		assertEquals(5000, web.getLastHeartbeat());
		assertEquals(3604, web.getUptimeSeconds());
		assertEquals(0, live.pending());
	}

	@Test
	void aNodeWhoseAgentNeverReportsBecomesUnreachableAfterTheGraceOnlyIfItHasAnAgent() {
		Pool pool = SamplePools.create();
		Node awaited = node(pool, "tky-web-01");
		Node described = node(pool, "tky-web-02"); // no agent endpoint: nobody expects it to report
		java.util.Set<String> expected = java.util.Set.of("tky-web-01");
		assertEquals(0, live.markSilentNodes(pool, 100_000, 3000, expected, 15_000), "first seen: the grace starts");
		assertEquals(0, live.markSilentNodes(pool, 114_000, 3000, expected, 15_000), "still within the grace");
		assertEquals(NodeState.READY, awaited.getState());
		assertEquals(1, live.markSilentNodes(pool, 115_001, 3000, expected, 15_000));
		assertEquals(NodeState.UNREACHABLE, awaited.getState(), "an agent that never came up is unreachable");
		assertEquals(NodeState.READY, described.getState(), "a node without agent keeps its state");

		live.offer(new LiveUpdates.Report("tky-web-01", 116_000, 0.1, 0.1, 0, 0, 1));
		live.drainInto(pool);
		assertEquals(NodeState.READY, awaited.getState(), "it reports at last: ready");
		assertEquals(0, live.markSilentNodes(pool, 117_000, 3000, expected, 15_000));
	}

	@Test
	void aRenamedNodeIsFoundUnderItsNewName() {
		Pool pool = SamplePools.create();
		live.offer(new LiveUpdates.Report("tky-web-01", 1000, 0.1, 0.1, 0, 0, 1));
		live.drainInto(pool); // builds the name index
		node(pool, "tky-web-01").setName("web-renamed");
		live.offer(new LiveUpdates.Report("web-renamed", 2000, 0.2, 0.2, 0, 0, 2));
		live.offer(new LiveUpdates.Report("tky-web-01", 2000, 0.2, 0.2, 0, 0, 2));
		assertEquals(new LiveUpdates.Batch(1, 1, 0), live.drainInto(pool), "the new name reports, the old one is unknown");
		assertEquals(2000, node(pool, "web-renamed").getLastHeartbeat());
	}

	@Test
	void liveUpdatesAreNotEditsTheyNeitherDirtyNorUndo() {
		PoolSession session = new PoolSession(null);
		session.newSamplePool();
		try {
			session.saveAs(java.nio.file.Files.createTempFile("live", ".flotilla"));
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
		live.offer(new LiveUpdates.Report("tky-web-01", 1000, 0.3, 0.4, 0, 0, 10));
		live.drainInto(session.getPool());
		assertFalse(session.isDirty());
		assertFalse(session.getEditingDomain().getCommandStack().canUndo());
	}

	@Test
	void silentNodesBecomeUnreachableAndComeBackWhenTheyReport() {
		Pool pool = SamplePools.create();
		Node web = node(pool, "tky-web-01");
		Node maintenance = node(pool, "osk-old-04");
		live.offer(new LiveUpdates.Report("tky-web-01", 10_000, 0.1, 0.1, 0, 0, 1));
		live.offer(new LiveUpdates.Report("osk-old-04", 10_000, 0.1, 0.1, 0, 0, 1));
		live.drainInto(pool);

		assertEquals(0, live.markSilentNodes(pool, 14_999, 5000), "not silent for 5 s yet");
		assertEquals(NodeState.READY, web.getState());
		assertEquals(1, live.markSilentNodes(pool, 15_001, 5000));
		assertEquals(NodeState.UNREACHABLE, web.getState());
		assertEquals(NodeState.MAINTENANCE, maintenance.getState(), "an administrator's state is kept");
		assertEquals(0, live.markSilentNodes(pool, 20_000, 5000), "never-heard nodes are not marked");

		live.offer(new LiveUpdates.Report("tky-web-01", 21_000, 0.1, 0.1, 0, 0, 2));
		live.drainInto(pool);
		assertEquals(NodeState.READY, web.getState());
	}

	@Test
	void reportsFromManyThreadsAreAppliedExactlyOnce() throws Exception {
		Pool pool = SamplePools.create();
		int threads = 4;
		int perThread = 2500;
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		CountDownLatch done = new CountDownLatch(threads);
		for (int t = 0; t < threads; t++) {
			int thread = t;
			executor.execute(() -> {
				for (int i = 0; i < perThread; i++) {
					live.offer(new LiveUpdates.Report("lab-ws-0" + (thread + 1), thread * 1_000_000L + i, 0.5, 0.5, 0, 0, i));
				}
				done.countDown();
			});
		}
		int applied = 0;
		while (!done.await(1, TimeUnit.MILLISECONDS)) {
			applied += live.drainInto(pool).applied(); // drains while the offers go on
		}
		applied += live.drainInto(pool).applied();
		executor.shutdown();
		// Offers outrun the drains here, so each node's queue overflows now and then: every report is
		// applied once or counted as dropped, never both, never twice.
		assertEquals(threads * perThread, applied + live.droppedReports());
		assertEquals(0, live.pending());
		assertTrue(node(pool, "lab-ws-01").getMetrics().getSamples().size() <= 300, "the window stays bounded");
	}

	@Test
	void aNodeWhoseReportsPileUpKeepsOnlyItsNewestAndTheOthersAreUnaffected() {
		Pool pool = SamplePools.create();
		for (int i = 1; i <= 10_000; i++) {
			live.offer(new LiveUpdates.Report("tky-web-01", i, 0.5, 0.5, 0, 0, i));
		}
		live.offer(new LiveUpdates.Report("tky-web-02", 7, 0.1, 0.1, 0, 0, 1));
		assertEquals(LiveUpdates.REPORTS_PER_NODE + 1, live.pending(), "bounded per node, whatever one node sends");
		assertEquals(10_000 - LiveUpdates.REPORTS_PER_NODE, live.droppedReports());

		assertEquals(new LiveUpdates.Batch(LiveUpdates.REPORTS_PER_NODE + 1, 0, 0), live.drainInto(pool));
		assertEquals(10_000, node(pool, "tky-web-01").getLastHeartbeat(), "the newest reports are the ones kept");
		assertEquals(7, node(pool, "tky-web-02").getLastHeartbeat(), "another node's report is not lost");
	}

	@Test
	void livenessRunsOnTheConsolesClockAndTheSkewIsShown() {
		Pool pool = SamplePools.create();
		Node behind = node(pool, "tky-web-01");
		Node ahead = node(pool, "tky-web-02");
		Node broken = node(pool, "tky-web-03");
		long now = 1_000_000;
		// Reports received now: one agent's clock is 3 s behind, one a minute ahead, one says Long.MAX_VALUE.
		live.offer(new LiveUpdates.Report("tky-web-01", now, now - 3000, 0.1, 0.1, 0, 0, 1, 1000));
		live.offer(new LiveUpdates.Report("tky-web-02", now, now + 60_000, 0.1, 0.1, 0, 0, 1, 1000));
		live.offer(new LiveUpdates.Report("tky-web-03", now, Long.MAX_VALUE, 0.1, 0.1, 0, 0, 1, 1000));
		live.drainInto(pool);
		assertEquals(-3000, behind.getClockSkewMillis());
		assertEquals(60_000, ahead.getClockSkewMillis());
		assertEquals(Long.MAX_VALUE - now, broken.getClockSkewMillis());
		assertEquals(now, behind.getLastHeartbeat(), "heard when received, not when the agent says");

		assertEquals(0, live.markSilentNodes(pool, now + 1000, LiveUpdates.SILENCE_MS), "a slow clock is not silence");
		assertEquals(NodeState.READY, behind.getState());
		assertEquals(3, live.markSilentNodes(pool, now + 3001, LiveUpdates.SILENCE_MS),
				"silent for 3 intervals on the console's clock: all three, whatever their clocks say");
		assertEquals(NodeState.UNREACHABLE, ahead.getState());
		assertEquals(NodeState.UNREACHABLE, broken.getState());
	}

	@Test
	void theSilenceWindowFollowsTheIntervalTheAgentAnnounces() {
		Pool pool = SamplePools.create();
		Node slow = node(pool, "tky-web-01");
		long t = 1_000_000;
		for (int i = 0; i < 5; i++, t += 5000) {
			live.offer(new LiveUpdates.Report("tky-web-01", t, t, 0.1, 0.1, 0, 0, 1, 5000));
			live.drainInto(pool);
			assertEquals(0, live.markSilentNodes(pool, t + 4999, LiveUpdates.SILENCE_MS), "no flapping between reports");
		}
		assertEquals(5000, slow.getReportIntervalMillis());
		long last = t - 5000;
		assertEquals(0, live.markSilentNodes(pool, last + 15_000, LiveUpdates.SILENCE_MS), "three intervals: not yet");
		assertEquals(1, live.markSilentNodes(pool, last + 15_001, LiveUpdates.SILENCE_MS));
		assertEquals(NodeState.UNREACHABLE, slow.getState());
	}

	@Test
	void whatAnAgentReportsWrongReachesTheNodeAndRaisesAnAlertUntilItIsRight() {
		Pool pool = SamplePools.create();
		Node web = node(pool, "tky-web-01");
		org.flotilla.console.core.AlertEngine alerts = new org.flotilla.console.core.AlertEngine();
		live.offerProblems("tky-web-01", java.util.List.of("cannot write the metrics history in /var/lib/flotilla/history: "
				+ "No space left on device; live reports go on, history is not kept"));
		live.drainInto(pool);
		assertEquals(1, web.getAgentProblems().size());
		alerts.evaluate(pool, 1000);
		org.flotilla.model.Alert alert = org.flotilla.console.core.AlertEngine.activeAlerts(pool, web).stream()
				.filter(a -> a.getRule().equals(org.flotilla.console.core.AlertEngine.AGENT_PROBLEM)).findFirst().orElseThrow();
		assertTrue(alert.getMessage().contains("No space left on device"), alert.getMessage());

		live.offerProblems("tky-web-01", java.util.List.of());
		live.drainInto(pool);
		alerts.evaluate(pool, 2000);
		assertEquals(2000, alert.getCleared(), "cleared once the agent says all is well");
	}

	private static Node node(Pool pool, String name) {
		return pool.getAllNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
	}
}
