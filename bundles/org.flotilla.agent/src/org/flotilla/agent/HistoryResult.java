package org.flotilla.agent;

import java.util.List;

/**
 * The answer to a {@link HistoryQuery}: the resolution used and the points in time order.
 *
 * @param nextFromMillis where the next page starts when the query's {@code maxPoints} cut the answer short, else -1
 */
public record HistoryResult(Resolution resolution, List<HistoryPoint> points, long nextFromMillis) {
	public HistoryResult {
		points = List.copyOf(points);
	}

	/** A complete answer: no next page. */
	public HistoryResult(Resolution resolution, List<HistoryPoint> points) {
		this(resolution, points, -1);
	}

	/** Whether more points follow in a next page (from {@link #nextFromMillis}). */
	public boolean hasMore() {
		return nextFromMillis >= 0;
	}
}
