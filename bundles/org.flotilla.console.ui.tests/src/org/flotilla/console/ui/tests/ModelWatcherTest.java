package org.flotilla.console.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.flotilla.console.ui.internal.ModelWatcher;
import org.flotilla.model.Group;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.junit.jupiter.api.Test;

/** Views that show no live load are not woken by heartbeats, but still by everything else. */
class ModelWatcherTest {

	private final Pool pool = PoolFactory.eINSTANCE.createPool();
	private final Node node = PoolFactory.eINSTANCE.createNode();

	ModelWatcherTest() {
		Group rack = PoolFactory.eINSTANCE.createGroup();
		pool.getGroups().add(rack);
		node.setState(NodeState.READY);
		rack.getNodes().add(node);
	}

	private void heartbeat(long time) {
		if (node.getMetrics() == null) {
			node.setMetrics(PoolFactory.eINSTANCE.createMetricWindow());
		}
		MetricWindow window = node.getMetrics();
		MetricSample sample = PoolFactory.eINSTANCE.createMetricSample();
		sample.setTime(time);
		sample.setCpu(0.5);
		window.add(sample);
		node.setLastHeartbeat(time);
		node.setUptimeSeconds(time / 1000);
	}

	@Test
	void aViewWithoutLiveMetricsHearsStatesAndEditsButNotHeartbeats() {
		AtomicInteger changes = new AtomicInteger();
		ModelWatcher watcher = new ModelWatcher(changes::incrementAndGet, false);
		watcher.watch(pool);
		for (int i = 1; i <= 400; i++) { // beyond the window's limit: samples are dropped too
			heartbeat(i * 1000L);
		}
		assertEquals(0, changes.get(), "heartbeats, samples and uptimes are not changes for this view");

		node.setState(NodeState.UNREACHABLE);
		assertEquals(1, changes.get(), "a state change is");
		node.setName("renamed");
		assertEquals(2, changes.get(), "an edit is");
		watcher.dispose();
	}

	@Test
	void aViewWithLiveMetricsHearsEveryHeartbeat() {
		AtomicInteger changes = new AtomicInteger();
		ModelWatcher watcher = new ModelWatcher(changes::incrementAndGet);
		watcher.watch(pool);
		heartbeat(1000);
		int afterFirst = changes.get();
		heartbeat(2000);
		assertTrue(afterFirst >= 3 && changes.get() - afterFirst >= 3,
				"window, sample, heartbeat and uptime changes are reported: " + afterFirst + ", " + changes.get());
		watcher.dispose();
	}
}
