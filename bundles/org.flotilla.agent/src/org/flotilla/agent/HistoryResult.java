package org.flotilla.agent;

import java.util.List;

/** The answer to a {@link HistoryQuery}: the resolution used and the points in time order. */
public record HistoryResult(Resolution resolution, List<HistoryPoint> points) {
	public HistoryResult {
		points = List.copyOf(points);
	}
}
