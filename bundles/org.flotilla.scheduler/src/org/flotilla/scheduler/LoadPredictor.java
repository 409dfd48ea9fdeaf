package org.flotilla.scheduler;

import java.time.Duration;
import java.util.Arrays;

/**
 * Predicts the demand of a task over a placement horizon from its observed usage.
 * <p>
 * For each resource the series is decomposed into
 * <ul>
 * <li>a <b>trend</b>: a straight line fitted robustly (the median of slopes between samples half the window
 * apart, then the median intercept), so a few spikes do not tilt it;</li>
 * <li>a <b>daily seasonality</b>, when the window covers at least two days: the median residual per hour of
 * the (UTC) day, centred on zero;</li>
 * <li>a <b>noise margin</b>: a high percentile (default 95th) of what is left.</li>
 * </ul>
 * The prediction is the largest value of trend + season + margin over the horizon, never below zero: the
 * demand a node must be able to hold for the task during the whole horizon, at the chosen percentile.
 * Stateless and thread-safe.
 */
public class LoadPredictor {

	private static final long DAY_SECONDS = 86_400;
	private static final int SEASON_BINS = 24;

	private final double percentile;
	private final int minSamples;
	private final Duration window;

	/** 95th percentile, at least 12 samples, the last 14 days of history. */
	public LoadPredictor() {
		this(0.95, 12, Duration.ofDays(14));
	}

	public LoadPredictor(double percentile, int minSamples, Duration window) {
		if (!(percentile > 0 && percentile < 1)) {
			throw new IllegalArgumentException("percentile must be in (0,1)");
		}
		this.percentile = percentile;
		this.minSamples = Math.max(3, minSamples);
		this.window = window;
	}

	/** Whether the history is long enough to predict from; otherwise the requested demand is used. */
	public boolean hasEnoughHistory(UsageHistory history) {
		return history.size() >= minSamples;
	}

	/**
	 * Predicted demand per resource over {@code horizon} after the last sample. Resources whose history is too
	 * short (see {@link #hasEnoughHistory}) get {@code fallback}'s value.
	 */
	public double[] predict(UsageHistory history, Duration horizon, double[] fallback) {
		if (!hasEnoughHistory(history)) {
			return fallback.clone();
		}
		double[] result = new double[history.resourceCount()];
		for (int r = 0; r < result.length; r++) {
			result[r] = forecast(history, r, horizon).peak();
		}
		return result;
	}

	/** The decomposition of one resource's series and its peak over the horizon. */
	public record Forecast(double slopePerSecond, double levelAtLastSample, double[] seasonByHour, double margin,
			double peak) {
	}

	public Forecast forecast(UsageHistory history, int resource, Duration horizon) {
		long[] allTimes = history.times();
		double[] allValues = history.series(resource);
		long last = allTimes[allTimes.length - 1];
		int from = 0;
		while (from < allTimes.length - minSamples && last - allTimes[from] > window.toSeconds()) {
			from++;
		}
		int n = allTimes.length - from;
		// Times relative to the last sample keep the numbers small (epoch seconds squared lose precision).
		double[] t = new double[n];
		double[] x = new double[n];
		int[] hour = new int[n];
		for (int i = 0; i < n; i++) {
			t[i] = allTimes[from + i] - last;
			x[i] = allValues[from + i];
			hour[i] = hourOfDay(allTimes[from + i]);
		}
		boolean seasonal = -t[0] >= 2 * DAY_SECONDS - 3600;
		double[] season = new double[SEASON_BINS];
		double[] line = robustLine(t, x);
		if (seasonal) {
			// Two rounds: season from the detrended series, then trend from the deseasonalised one.
			for (int round = 0; round < 2; round++) {
				double[] detrended = new double[n];
				for (int i = 0; i < n; i++) {
					detrended[i] = x[i] - (line[0] + line[1] * t[i]);
				}
				season = seasonProfile(detrended, hour);
				double[] deseasoned = new double[n];
				for (int i = 0; i < n; i++) {
					deseasoned[i] = x[i] - season[hour[i]];
				}
				line = robustLine(t, deseasoned);
			}
		}
		double[] residual = new double[n];
		for (int i = 0; i < n; i++) {
			residual[i] = x[i] - (line[0] + line[1] * t[i]) - season[hour[i]];
		}
		double margin = quantile(residual, percentile);
		// Largest expected value over the horizon, looked at every 5 minutes (and at its end).
		long step = 300;
		long h = Math.max(step, horizon.toSeconds());
		double peak = Double.NEGATIVE_INFINITY;
		for (long dt = step; dt <= h + step - 1; dt += step) {
			long at = Math.min(dt, h);
			double v = line[0] + line[1] * at + season[hourOfDay(last + at)];
			peak = Math.max(peak, v);
		}
		peak = Math.max(0, peak + margin);
		return new Forecast(line[1], line[0], season, margin, peak);
	}

	private static int hourOfDay(long epochSeconds) {
		return (int) (Math.floorMod(epochSeconds, DAY_SECONDS) / (DAY_SECONDS / SEASON_BINS));
	}

	/** {intercept at t=0, slope}: median of slopes between sample i and sample i + n/2, then median intercept. */
	private static double[] robustLine(double[] t, double[] x) {
		int n = t.length;
		int half = n / 2;
		double[] slopes = new double[n - half];
		int k = 0;
		for (int i = 0; i + half < n; i++) {
			double dt = t[i + half] - t[i];
			if (dt > 0) {
				slopes[k++] = (x[i + half] - x[i]) / dt;
			}
		}
		double slope = k == 0 ? 0 : median(Arrays.copyOf(slopes, k));
		double[] intercepts = new double[n];
		for (int i = 0; i < n; i++) {
			intercepts[i] = x[i] - slope * t[i];
		}
		return new double[] { median(intercepts), slope };
	}

	private static double[] seasonProfile(double[] values, int[] hour) {
		double[] profile = new double[SEASON_BINS];
		int[] count = new int[SEASON_BINS];
		for (int h : hour) {
			count[h]++;
		}
		double[][] byHour = new double[SEASON_BINS][];
		for (int b = 0; b < SEASON_BINS; b++) {
			byHour[b] = new double[count[b]];
			count[b] = 0;
		}
		for (int i = 0; i < values.length; i++) {
			byHour[hour[i]][count[hour[i]]++] = values[i];
		}
		double sum = 0;
		int bins = 0;
		for (int b = 0; b < SEASON_BINS; b++) {
			if (byHour[b].length > 0) {
				profile[b] = median(byHour[b]);
				sum += profile[b];
				bins++;
			}
		}
		double mean = bins == 0 ? 0 : sum / bins;
		for (int b = 0; b < SEASON_BINS; b++) {
			if (byHour[b].length > 0) {
				profile[b] -= mean;
			}
		}
		return profile;
	}

	private static double median(double[] v) {
		return quantile(v, 0.5);
	}

	/** Linear-interpolated quantile; sorts {@code v} in place. */
	private static double quantile(double[] v, double q) {
		Arrays.sort(v);
		double pos = q * (v.length - 1);
		int lo = (int) Math.floor(pos);
		int hi = Math.min(v.length - 1, lo + 1);
		return v[lo] + (pos - lo) * (v[hi] - v[lo]);
	}
}
