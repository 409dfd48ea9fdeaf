package org.flotilla.scheduler.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.flotilla.scheduler.LoadPredictor;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Solver;
import org.flotilla.scheduler.UsageHistory;
import org.junit.jupiter.api.Test;

/** Prediction recovers the level, trend, daily season and noise percentile of generated series. */
class LoadPredictorTest {

	private static final long START = 1_790_000_000L - Math.floorMod(1_790_000_000L, 86_400L); // a UTC midnight
	private static final long STEP = 600; // one sample every 10 minutes

	/** base + slope/day + amplitude * sin(daily) + noise with standard deviation sigma, over {@code days}. */
	private static UsageHistory series(double base, double slopePerDay, double amplitude, double sigma, int days, long seed,
			double spikeEvery) {
		SplittableRandom random = new SplittableRandom(seed);
		int n = (int) (days * 86_400L / STEP);
		long[] times = new long[n];
		double[][] values = new double[n][1];
		for (int i = 0; i < n; i++) {
			long t = START + i * STEP;
			times[i] = t;
			values[i][0] = expected(base, slopePerDay, amplitude, t) + sigma * gaussian(random);
			if (spikeEvery > 0 && i % (int) spikeEvery == 0) {
				values[i][0] += 50; // rare outliers must not tilt the trend
			}
		}
		return new UsageHistory(times, values);
	}

	private static double expected(double base, double slopePerDay, double amplitude, long t) {
		double days = (t - START) / 86_400.0;
		return base + slopePerDay * days + amplitude * Math.sin(2 * Math.PI * days);
	}

	private static double gaussian(SplittableRandom r) {
		return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
	}

	/** The true 95th percentile of the demand over the hour after {@code last}. */
	private static double truePeak(double base, double slope, double amplitude, double sigma, long last) {
		double peak = Double.NEGATIVE_INFINITY;
		for (long dt = 60; dt <= 3600; dt += 60) {
			peak = Math.max(peak, expected(base, slope, amplitude, last + dt));
		}
		return peak + 1.645 * sigma;
	}

	@Test
	void flatNoisySeriesGivesItsPercentile() {
		UsageHistory h = series(4, 0, 0, 0.5, 3, 1, 0);
		double predicted = new LoadPredictor().predict(h, Duration.ofHours(1), new double[] { 99 })[0];
		assertEquals(4 + 1.645 * 0.5, predicted, 0.15);
	}

	@Test
	void trendAndDailySeasonAreRecovered() {
		for (long seed = 1; seed <= 5; seed++) {
			UsageHistory h = series(10, 1.5, 3, 0.3, 7, seed, 0);
			long last = h.time(h.size() - 1);
			LoadPredictor.Forecast f = new LoadPredictor().forecast(h, 0, Duration.ofHours(1));
			assertEquals(1.5 / 86_400, f.slopePerSecond(), 0.1 / 86_400, "slope, seed " + seed);
			double seasonRange = Arrays.stream(f.seasonByHour()).max().orElseThrow() - Arrays.stream(f.seasonByHour()).min().orElseThrow();
			assertEquals(2 * 3 * Math.cos(Math.PI / 24), seasonRange, 0.4, "season amplitude, seed " + seed);
			assertEquals(truePeak(10, 1.5, 3, 0.3, last), f.peak(), 0.5, "peak, seed " + seed);
		}
	}

	@Test
	void predictionLooksAheadToTheDailyPeak() {
		// Six days plus 5 hours 30 minutes: the next hour climbs towards the 6 h peak of the sine.
		UsageHistory h = series(10, 0, 4, 0.1, 6, 3, 0);
		long[] t = h.times();
		int cut = t.length - 24 * 6 + 33;
		UsageHistory partial = new UsageHistory(Arrays.copyOf(t, cut), sub(h, cut));
		long last = t[cut - 1];
		double predicted = new LoadPredictor().predict(partial, Duration.ofHours(1), new double[] { 0 })[0];
		double lastValue = partial.value(cut - 1, 0);
		assertEquals(truePeak(10, 0, 4, 0.1, last), predicted, 0.4);
		assertTrue(predicted > lastValue + 0.1, "the forecast must exceed what is seen now on a rising curve");
	}

	private static double[][] sub(UsageHistory h, int n) {
		double[][] v = new double[n][1];
		for (int i = 0; i < n; i++) {
			v[i][0] = h.value(i, 0);
		}
		return v;
	}

	@Test
	void outliersDoNotTiltTheTrend() {
		UsageHistory h = series(6, 0, 0, 0.2, 4, 9, 97);
		LoadPredictor.Forecast f = new LoadPredictor().forecast(h, 0, Duration.ofHours(1));
		assertEquals(0, f.slopePerSecond() * 86_400, 0.1);
		assertEquals(6 + 1.645 * 0.2, f.peak(), 0.3, "spikes on ~1% of samples stay above the 95th percentile");
	}

	@Test
	void placementUsesPredictionWithHistoryAndRequestOtherwise() {
		UsageHistory h = series(2, 0, 0, 0.01, 2, 5, 0);
		double[][] samples = new double[h.size()][];
		for (int i = 0; i < h.size(); i++) {
			samples[i] = new double[] { h.value(i, 0), 1 };
		}
		UsageHistory twoResources = new UsageHistory(h.times(), samples);
		Problem p = Problem.builder("cpu", "memory").addNode("small", 1, 4, 4).addNode("large", 10, 40, 40)
				.task("observed").demand(30, 30).history(twoResources).add().addTask("new", 1, 1).build();
		assertTrue(p.isDemandPredicted(0));
		assertEquals(2, p.demand(0, 0), 0.1);
		assertEquals(1, p.demand(0, 1), 1e-6);
		assertFalse(p.isDemandPredicted(1));
		Problem shortHistory = Problem.builder("cpu", "memory").addNode("n", 1, 4, 4).task("short").demand(3, 3)
				.history(new UsageHistory(new long[] { 1, 2 }, new double[][] { { 9, 9 }, { 9, 9 } })).add().build();
		assertFalse(shortHistory.isDemandPredicted(0), "two samples are not enough history");
		assertEquals(3, shortHistory.demand(0, 0), 0);
		// Requested (30) it would need the large node; predicted (about 2) it fits the small, cheap one.
		Placement placement = Solver.builder().maxSteps(10_000).build().solve(p);
		assertEquals("small", placement.nodeOf("observed"));
		assertEquals("small", placement.nodeOf("new"));
	}
}
