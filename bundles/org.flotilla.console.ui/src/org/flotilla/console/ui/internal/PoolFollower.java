package org.flotilla.console.ui.internal;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.flotilla.console.core.PoolSession;
import org.flotilla.model.Pool;

/**
 * What every pool view needs: to show the session's pool now and whenever it is replaced (new,
 * opened, sample), and to hear about changes of the pool in batches — at most one update per
 * {@code batchMs}, never one per notification. Both callbacks run on the UI thread.
 */
public final class PoolFollower {

	private final PoolSession session;
	private final Display display;
	private final ModelWatcher watcher;
	private final PoolSession.Listener listener;

	/** Starts following every change, live metrics included: calls {@code show} with the current pool before returning. */
	public PoolFollower(PoolSession session, Display display, int batchMs, Consumer<Pool> show, Runnable changed) {
		this(session, display, batchMs, show, changed, true);
	}

	/**
	 * Starts following: calls {@code show} with the current pool before returning.
	 *
	 * @param liveMetrics false for a view that shows no live metrics: new samples, heartbeat times and
	 *                    uptimes then do not call {@code changed} (see {@link ModelWatcher})
	 */
	public PoolFollower(PoolSession session, Display display, int batchMs, Consumer<Pool> show, Runnable changed,
			boolean liveMetrics) {
		this.session = session;
		this.display = display;
		UiBatch batch = new UiBatch(display, batchMs, changed);
		watcher = new ModelWatcher(batch::request, liveMetrics);
		listener = new PoolSession.Listener() {
			@Override
			public void poolReplaced(Pool pool) {
				display.asyncExec(() -> {
					if (!display.isDisposed()) {
						watcher.watch(pool);
						show.accept(pool);
					}
				});
			}
		};
		session.addListener(listener);
		watcher.watch(session.getPool());
		show.accept(session.getPool());
	}

	public void dispose() {
		session.removeListener(listener);
		watcher.dispose();
	}

	Display display() {
		return display;
	}
}
