package org.flotilla.agent;

/**
 * One bucket of metrics history: the mean and the maximum of every field over the samples that fell into it.
 * In {@code mean} and {@code max} the timestamp is the bucket's start.
 *
 * @param startMillis bucket start (epoch milliseconds)
 * @param resolution  the bucket width
 * @param samples     how many 1-second samples were aggregated
 */
public record HistoryPoint(long startMillis, Resolution resolution, int samples, MetricsSample mean,
		MetricsSample max) {
}
