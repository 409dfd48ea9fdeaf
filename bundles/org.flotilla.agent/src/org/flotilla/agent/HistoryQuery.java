package org.flotilla.agent;

import java.time.Instant;

/**
 * A time range of metrics history, {@code from} inclusive, {@code to} exclusive. The agent answers with the finest
 * resolution whose retention still reaches back to {@code from}; a caller may insist on one with {@code resolution}.
 * At most {@code maxPoints} points come back; the result then says where the next page starts.
 */
public record HistoryQuery(Instant from, Instant to, Resolution resolution, int maxPoints) {

	public HistoryQuery {
		if (from == null || to == null || !from.isBefore(to)) {
			throw new IllegalArgumentException("history query needs from < to, got " + from + " .. " + to);
		}
		if (maxPoints < 1) {
			throw new IllegalArgumentException("history query needs at least one point, got " + maxPoints);
		}
	}

	/** Every point of the range (a resolution keeps a few thousand at most). */
	public HistoryQuery(Instant from, Instant to, Resolution resolution) {
		this(from, to, resolution, Integer.MAX_VALUE);
	}

	/** A range with the resolution chosen by the agent. */
	public static HistoryQuery between(Instant from, Instant to) {
		return new HistoryQuery(from, to, null);
	}
}
