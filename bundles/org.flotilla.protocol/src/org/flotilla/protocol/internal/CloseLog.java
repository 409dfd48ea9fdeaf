package org.flotilla.protocol.internal;

import org.apache.mina.core.session.IoSession;
import org.slf4j.Logger;

/**
 * Where the reasons connections are closed go: one line each, but on the accepting end at most a
 * burst and then a steady rate, because every connection a peer opens and gets closed (a port
 * scanner, a flood of silent sockets) would otherwise be a line in our log. Lines left out are
 * counted and the count is given with the next line written.
 */
public final class CloseLog {

	private final Logger log;
	private final double burst;
	private final double perSecond;
	private double tokens;
	private long refilledAtNanos = System.nanoTime();
	private long suppressed;
	private long suppressedInAll;

	private CloseLog(Logger log, double burst, double perSecond) {
		this.log = log;
		this.burst = burst;
		this.perSecond = perSecond;
		this.tokens = burst;
	}

	/** Every close logged: for the dialling end, whose connections are its own doing. */
	public static CloseLog unlimited(Logger log) {
		return new CloseLog(log, Double.POSITIVE_INFINITY, 0);
	}

	/** At most {@code burst} lines at once, then {@code perSecond}. */
	public static CloseLog limited(Logger log, int burst, double perSecond) {
		return new CloseLog(log, burst, perSecond);
	}

	/** Logs that {@code session} is closed because of {@code reason}, if the budget allows. */
	void closing(IoSession session, String reason) {
		long left;
		synchronized (this) {
			long now = System.nanoTime();
			tokens = Math.min(burst, tokens + (now - refilledAtNanos) / 1e9 * perSecond);
			refilledAtNanos = now;
			if (tokens < 1) {
				suppressed++;
				suppressedInAll++;
				return;
			}
			tokens--;
			left = suppressed;
			suppressed = 0;
		}
		if (left == 0) {
			log.info("Closing {}: {}", Sessions.describe(session), reason);
		} else {
			log.info("Closing {}: {} ({} more closed connections not logged one by one)", Sessions.describe(session), reason,
					left);
		}
	}

	/** Closes not logged one by one, since start. */
	public synchronized long suppressed() {
		return suppressedInAll;
	}
}
