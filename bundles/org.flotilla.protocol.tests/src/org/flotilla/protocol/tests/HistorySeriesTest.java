package org.flotilla.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.flotilla.protocol.HistorySeries;
import org.flotilla.protocol.ProtocolException;
import org.junit.jupiter.api.Test;

class HistorySeriesTest {

	private static HistorySeries sample() {
		return new HistorySeries("MINUTE", 60_000, new long[] { 1_000_000, 1_060_000 }, new double[] { 0.25, 0.5 },
				new double[] { 0.75, 1.0 }, new double[] { 0.125, 0.5 }, new double[] { 0.25, 0.625 },
				new double[] { 1024, 2048 }, new double[] { 10, 20 });
	}

	@Test
	void aHistoryTravelsInResponseValuesUnchanged() throws Exception {
		HistorySeries history = sample();
		assertEquals(history, HistorySeries.fromValues(history.toValues()));
		HistorySeries empty = new HistorySeries("SECOND", 1000, new long[0], new double[0], new double[0], new double[0],
				new double[0], new double[0], new double[0]);
		assertEquals(empty, HistorySeries.fromValues(empty.toValues()));
	}

	@Test
	void aMalformedAnswerNamesTheFieldAndPoint() {
		Map<String, String> values = new HashMap<>(sample().toValues());
		values.put("memory", "0.1,abc");
		ProtocolException wrong = assertThrows(ProtocolException.class, () -> HistorySeries.fromValues(values));
		assertTrue(wrong.getMessage().contains("memory #2") && wrong.getMessage().contains("abc"), wrong.getMessage());

		values.put("memory", "0.1");
		ProtocolException shorter = assertThrows(ProtocolException.class, () -> HistorySeries.fromValues(values));
		assertTrue(shorter.getMessage().contains("'memory' has 1 points, count says 2"), shorter.getMessage());

		values.remove("count");
		ProtocolException noCount = assertThrows(ProtocolException.class, () -> HistorySeries.fromValues(values));
		assertTrue(noCount.getMessage().contains("'count'"), noCount.getMessage());
	}

	@Test
	void seriesOfDifferentLengthsAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new HistorySeries("SECOND", 1000, new long[] { 1 },
				new double[] { 0 }, new double[0], new double[] { 0 }, new double[] { 0 }, new double[] { 0 }, new double[] { 0 }));
	}
}
