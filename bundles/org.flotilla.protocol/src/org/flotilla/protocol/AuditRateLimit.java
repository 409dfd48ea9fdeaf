package org.flotilla.protocol;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many audit lines a peer may cause that it was not allowed to (refusals) or that change nothing: a token bucket
 * per connection (a burst, then one line per refill interval) and one over all connections (a number a minute), so
 * that a flood cannot push earlier entries out of a rotated {@link AuditFile}. What is over the budget is counted,
 * and the count is handed to {@link Suppressed} once the connection may write again, when its connection is
 * forgotten, or at {@link #flush} a minute later.
 *
 * <p>Not thread-safe: the audit that owns it calls it under its own lock.
 */
public final class AuditRateLimit {

	/** Writes a count of lines left unwritten for one connection. */
	public interface Suppressed {
		void write(String person, String role, long count, long sinceMillis, long nowMillis);
	}

	/** A token bucket of lines for one connection, and what it left unwritten. */
	private static final class Budget {
		final String person;
		final String role;
		double tokens;
		long refilledAtMillis;
		long suppressed;
		long suppressedSinceMillis;

		Budget(String person, String role, double tokens, long now) {
			this.person = person;
			this.role = role;
			this.tokens = tokens;
			this.refilledAtMillis = now;
		}
	}

	private final int burst;
	private final int refillSeconds;
	private final int perMinute;
	private final Suppressed suppressedWriter;
	private final Map<Long, Budget> budgets;
	private double globalTokens;
	private long globalRefilledAtMillis;
	/** The time of the latest {@link #allow}: when a connection forgotten then is told. */
	private long lastNowMillis;

	/**
	 * @param burst              lines one connection may cause at once
	 * @param refillSeconds      then one line per this many seconds
	 * @param perMinute          lines over all connections a minute
	 * @param trackedConnections connections whose budget is remembered (least recently used forgotten first)
	 */
	public AuditRateLimit(int burst, int refillSeconds, int perMinute, int trackedConnections, long nowMillis,
			Suppressed suppressedWriter) {
		this.burst = burst;
		this.refillSeconds = refillSeconds;
		this.perMinute = perMinute;
		this.suppressedWriter = suppressedWriter;
		this.globalTokens = perMinute;
		this.globalRefilledAtMillis = nowMillis;
		this.budgets = new LinkedHashMap<>(16, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, Budget> eldest) {
				if (size() <= trackedConnections) {
					return false;
				}
				writeSuppressed(eldest.getValue(), lastNowMillis);
				return true;
			}
		};
	}

	/**
	 * Whether connection {@code connectionId} may cause one more line now; when it may, what it left unwritten before
	 * is written first (so the count comes before the line). When it may not, the line is counted.
	 */
	public boolean allow(long connectionId, String person, String role, long nowMillis) {
		lastNowMillis = nowMillis;
		Budget budget = budgets.computeIfAbsent(connectionId, id -> new Budget(person, role, burst, nowMillis));
		refill(budget, nowMillis);
		if (budget.tokens < 1 || globalTokens < 1) {
			if (budget.suppressed++ == 0) {
				budget.suppressedSinceMillis = nowMillis;
			}
			return false;
		}
		budget.tokens--;
		globalTokens--;
		writeSuppressed(budget, nowMillis);
		return true;
	}

	/** Writes the counts left unwritten for a minute or more: call it now and then, so a flood that stopped is told. */
	public void flush(long nowMillis) {
		for (Budget budget : budgets.values()) {
			if (budget.suppressed > 0 && nowMillis - budget.suppressedSinceMillis >= 60_000) {
				writeSuppressed(budget, nowMillis);
			}
		}
	}

	private void writeSuppressed(Budget budget, long now) {
		if (budget.suppressed == 0) {
			return;
		}
		long count = budget.suppressed;
		budget.suppressed = 0;
		suppressedWriter.write(budget.person, budget.role, count, budget.suppressedSinceMillis, now);
	}

	private void refill(Budget budget, long now) {
		double elapsed = Math.max(0, now - budget.refilledAtMillis) / 1000.0;
		budget.tokens = Math.min(burst, budget.tokens + elapsed / refillSeconds);
		budget.refilledAtMillis = now;
		double globalElapsed = Math.max(0, now - globalRefilledAtMillis) / 60_000.0;
		globalTokens = Math.min(perMinute, globalTokens + globalElapsed * perMinute);
		globalRefilledAtMillis = now;
	}
}
