package org.flotilla.console.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.flotilla.console.core.AlertEngine;
import org.flotilla.console.core.SamplePools;
import org.flotilla.model.Alert;
import org.flotilla.model.AlertSeverity;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.junit.jupiter.api.Test;

class AlertEngineTest {

	private final AlertEngine engine = new AlertEngine();

	@Test
	void cpuAboveNinetyPercentForTwoMinutesRaisesThenClears() {
		Pool pool = SamplePools.create();
		Node node = node(pool, "tky-web-01");
		long t = 1_000_000;
		engine.evaluate(pool, t); // the sample's unreachable node raises its alert first
		for (int s = 0; s < 119; s++) {
			sample(node, t + s * 1000L, 0.97, 0.5);
		}
		assertFalse(engine.evaluate(pool, t + 118_000), "not yet two minutes");
		assertTrue(AlertEngine.activeAlerts(pool, node).isEmpty());
		sample(node, t + 119_000, 0.97, 0.5);
		sample(node, t + 120_000, 0.97, 0.5);
		assertTrue(engine.evaluate(pool, t + 120_000));
		List<Alert> active = AlertEngine.activeAlerts(pool, node);
		assertEquals(1, active.size());
		assertEquals(AlertEngine.CPU_HIGH, active.get(0).getRule());
		assertEquals("CPU above 90 % for 2 minutes (97 % now)", active.get(0).getMessage());
		assertFalse(engine.evaluate(pool, t + 120_500), "no duplicate while it lasts");

		sample(node, t + 121_000, 0.40, 0.5);
		assertTrue(engine.evaluate(pool, t + 121_000));
		assertTrue(AlertEngine.activeAlerts(pool, node).isEmpty());
		assertEquals(t + 121_000, pool.getAlerts().get(0).getCleared(), "kept in the history as cleared");
	}

	@Test
	void aShortSpikeDoesNotRaise() {
		Pool pool = SamplePools.create();
		Node node = node(pool, "tky-web-01");
		for (int s = 0; s < 180; s++) {
			sample(node, s * 1000L, s == 100 ? 0.5 : 0.99, 0.5);
		}
		engine.evaluate(pool, 179_000);
		assertTrue(AlertEngine.activeAlerts(pool, node).isEmpty(), "one sample below 90 % in the last two minutes");
	}

	@Test
	void memoryAndUnreachableAreCritical() {
		Pool pool = SamplePools.create();
		Node web = node(pool, "tky-web-02");
		sample(web, 1000, 0.2, 0.97);
		engine.evaluate(pool, 1000);
		Alert memory = AlertEngine.activeAlerts(pool, web).get(0);
		assertEquals(AlertEngine.MEMORY_HIGH, memory.getRule());
		assertEquals(AlertSeverity.CRITICAL, memory.getSeverity());

		Node unreachable = node(pool, "tky-batch-04"); // unreachable in the sample
		Alert lost = AlertEngine.activeAlerts(pool, unreachable).get(0);
		assertEquals(AlertEngine.UNREACHABLE, lost.getRule());
		assertTrue(lost.getMessage().startsWith("No heartbeat from tky-batch-04"));
		unreachable.setState(NodeState.READY);
		engine.evaluate(pool, 2000);
		assertTrue(AlertEngine.activeAlerts(pool, unreachable).isEmpty(), "cleared when the node is back");
	}

	@Test
	void alertsOfARemovedNodeEnd() {
		Pool pool = SamplePools.create();
		Node lost = node(pool, "tky-batch-04");
		engine.evaluate(pool, 1000);
		assertEquals(1, AlertEngine.activeAlerts(pool, lost).size());
		((org.flotilla.model.Group) lost.eContainer()).getNodes().remove(lost);
		engine.evaluate(pool, 2000);
		assertTrue(AlertEngine.activeAlerts(pool, lost).isEmpty());
	}

	private static Node node(Pool pool, String name) {
		return pool.getAllNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
	}

	private static void sample(Node node, long time, double cpu, double memory) {
		if (node.getMetrics() == null) {
			MetricWindow window = PoolFactory.eINSTANCE.createMetricWindow();
			node.setMetrics(window);
		}
		MetricSample sample = PoolFactory.eINSTANCE.createMetricSample();
		sample.setTime(time);
		sample.setCpu(cpu);
		sample.setMemory(memory);
		node.getMetrics().add(sample);
	}
}
