package org.flotilla.scheduler;

import java.util.Arrays;

/**
 * Observed usage of one task, as its agent reports it: samples at increasing times (epoch seconds),
 * each with one value per resource of the problem (same order as {@link Problem#resources()}).
 * Immutable; the arrays are copied in and out.
 */
public final class UsageHistory {

	private final long[] times;
	private final double[][] samples;

	public UsageHistory(long[] epochSeconds, double[][] samples) {
		if (epochSeconds.length != samples.length) {
			throw new IllegalArgumentException("times and samples differ in length");
		}
		for (int i = 1; i < epochSeconds.length; i++) {
			if (epochSeconds[i] <= epochSeconds[i - 1]) {
				throw new IllegalArgumentException("sample times must increase (index " + i + ")");
			}
		}
		this.times = epochSeconds.clone();
		this.samples = new double[samples.length][];
		for (int i = 0; i < samples.length; i++) {
			this.samples[i] = samples[i].clone();
		}
	}

	public int size() {
		return times.length;
	}

	public long time(int i) {
		return times[i];
	}

	/** Number of resources in each sample (0 when empty). */
	public int resourceCount() {
		return samples.length == 0 ? 0 : samples[0].length;
	}

	public double value(int sample, int resource) {
		return samples[sample][resource];
	}

	/** The series of one resource. */
	public double[] series(int resource) {
		double[] s = new double[samples.length];
		for (int i = 0; i < s.length; i++) {
			s[i] = samples[i][resource];
		}
		return s;
	}

	public long[] times() {
		return times.clone();
	}

	@Override
	public String toString() {
		return "UsageHistory[" + times.length + " samples" + (times.length > 0 ? ", " + times[0] + ".." + times[times.length - 1] : "") + "]";
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof UsageHistory h && Arrays.equals(times, h.times) && Arrays.deepEquals(samples, h.samples);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(times);
	}
}
