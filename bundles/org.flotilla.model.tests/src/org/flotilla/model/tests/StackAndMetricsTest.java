package org.flotilla.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Middleware;
import org.flotilla.model.OperatingSystem;
import org.flotilla.model.Pool;
import org.flotilla.model.SyncState;
import org.junit.jupiter.api.Test;

class StackAndMetricsTest {

	@Test
	void syncStateComparesDiscoveredWithDesired() {
		Pool pool = Pools.small();
		OperatingSystem os = pool.getAllNodes().get(0).getOperatingSystem();
		assertEquals(SyncState.DRIFTED, os.getSyncState(), "swappiness 60 found, 10 wanted");
		os.getParameters().get(0).setValue("10");
		assertEquals(SyncState.IN_SYNC, os.getSyncState());
		os.setVersion("11");
		assertEquals(SyncState.DRIFTED, os.getSyncState(), "version differs");
		os.setDiscovered(false);
		assertEquals(SyncState.DESIRED_ONLY, os.getSyncState());

		Middleware jvm = pool.getAllNodes().get(0).getMiddleware().get(0);
		assertEquals(SyncState.DISCOVERED_ONLY, jvm.getSyncState());
	}

	@Test
	void metricWindowKeepsOnlyTheNewestSamples() {
		MetricWindow window = Pools.F.createMetricWindow();
		window.setLimit(3);
		for (int i = 0; i < 10; i++) {
			MetricSample sample = Pools.F.createMetricSample();
			sample.setTime(i);
			window.add(sample);
		}
		assertEquals(3, window.getSamples().size());
		assertEquals(7, window.getSamples().get(0).getTime());
		assertEquals(9, window.getSamples().get(2).getTime());
	}
}
