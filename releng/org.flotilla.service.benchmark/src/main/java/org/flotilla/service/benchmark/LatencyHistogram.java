package org.flotilla.service.benchmark;

/**
 * Latencies in whole milliseconds, counted per millisecond up to a minute (longer ones count as a minute): every
 * one of tens of thousands of samples a second is kept without keeping them. One thread only.
 */
final class LatencyHistogram {

	static final int MAXIMUM_MS = 60_000;

	private final long[] counts = new long[MAXIMUM_MS + 1];
	private long total;

	void add(long millis) {
		counts[(int) Math.clamp(millis, 0, MAXIMUM_MS)]++;
		total++;
	}

	long count() {
		return total;
	}

	/** The smallest latency that {@code fraction} of the samples do not exceed; -1 without samples. */
	long percentile(double fraction) {
		if (total == 0) {
			return -1;
		}
		long wanted = Math.max(1, (long) Math.ceil(fraction * total));
		long seen = 0;
		for (int ms = 0; ms <= MAXIMUM_MS; ms++) {
			seen += counts[ms];
			if (seen >= wanted) {
				return ms;
			}
		}
		return MAXIMUM_MS;
	}
}
