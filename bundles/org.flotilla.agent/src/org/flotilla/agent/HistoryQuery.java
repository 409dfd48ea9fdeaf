package org.flotilla.agent;

import java.time.Instant;

/**
 * A time range of metrics history, {@code from} inclusive, {@code to} exclusive. The agent answers with the finest
 * resolution whose retention still reaches back to {@code from}; a caller may insist on one with {@code resolution}.
 */
public record HistoryQuery(Instant from, Instant to, Resolution resolution) {

	public HistoryQuery {
		if (from == null || to == null || !from.isBefore(to)) {
			throw new IllegalArgumentException("history query needs from < to, got " + from + " .. " + to);
		}
	}

	/** A range with the resolution chosen by the agent. */
	public static HistoryQuery between(Instant from, Instant to) {
		return new HistoryQuery(from, to, null);
	}
}
