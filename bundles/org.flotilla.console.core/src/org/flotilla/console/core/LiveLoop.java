package org.flotilla.console.core;

import java.util.Set;

import org.flotilla.model.Pool;

/**
 * The console's live loop, one {@link #tick} every {@link LiveUpdates#BATCH_INTERVAL_MS} ms on the
 * model's (UI) thread: the queued agent reports go into the model in one batch, nodes whose agents
 * went silent turn unreachable, and every {@link LiveUpdates#ALERT_EVERY_BATCHES}th tick the alert
 * rules run. The console's addon drives it from the display; the ingest benchmark drives the same
 * loop from a thread of its own.
 */
public final class LiveLoop {

	/**
	 * What one tick did.
	 *
	 * @param batch             the reports and inventories applied
	 * @param markedUnreachable nodes that turned unreachable
	 * @param periodic          whether this tick also ran the alert rules; a caller's own work at that
	 *                          pace (once a second) can follow it
	 */
	public record Tick(LiveUpdates.Batch batch, int markedUnreachable, boolean periodic) {
	}

	private final LiveUpdates live;
	private final AlertEngine alerts = new AlertEngine();
	private int ticks;

	public LiveLoop(LiveUpdates live) {
		this.live = live;
	}

	/**
	 * @param expectedToReport nodes the console connects to, which turn unreachable if their agent
	 *                         never reports (see {@link LiveUpdates#markSilentNodes(Pool, long, long, Set, long)})
	 */
	public Tick tick(Pool pool, long now, Set<String> expectedToReport) {
		LiveUpdates.Batch batch = live.drainInto(pool);
		int marked = live.markSilentNodes(pool, now, LiveUpdates.SILENCE_MS, expectedToReport,
				LiveUpdates.FIRST_REPORT_GRACE_MS);
		boolean periodic = ticks++ % LiveUpdates.ALERT_EVERY_BATCHES == 0;
		if (periodic) {
			alerts.evaluate(pool, now);
		}
		return new Tick(batch, marked, periodic);
	}
}
