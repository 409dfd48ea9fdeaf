package org.flotilla.console.ui.internal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;

/**
 * Tells a view that something in the pool changed, so it can schedule one batched update. Does
 * not adapt individual metric samples: with thousands of nodes each keeping hundreds of samples,
 * an adapter on every sample would cost more than the view it serves; a new sample is still seen,
 * as a change of its metric window.
 * <p>
 * A view that shows no live metrics can leave them out: with 10,000 agents reporting every second
 * the pool changes several thousand times between two batches, and a pool explorer refreshing its
 * tree for each batch of heartbeats it does not show was the largest use of the UI thread.
 */
public final class ModelWatcher extends EContentAdapter {

	private final Runnable changed;
	private final boolean liveMetrics;
	private Pool pool;

	/** Reports every change, live metrics included. */
	public ModelWatcher(Runnable changed) {
		this(changed, true);
	}

	/**
	 * @param liveMetrics whether new samples, heartbeat times and uptimes count as changes; a node's
	 *                    state (ready, unreachable, …) always does
	 */
	public ModelWatcher(Runnable changed, boolean liveMetrics) {
		this.changed = changed;
		this.liveMetrics = liveMetrics;
	}

	/** Watches {@code newPool} instead of the pool watched so far. */
	public void watch(Pool newPool) {
		if (pool != null) {
			pool.eAdapters().remove(this);
		}
		pool = newPool;
		if (pool != null) {
			pool.eAdapters().add(this);
		}
	}

	public void dispose() {
		watch(null);
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (!notification.isTouch() && (liveMetrics || !isLiveMetric(notification))) {
			changed.run();
		}
	}

	/**
	 * A sample added to or dropped from a window, a node's window replaced, its heartbeat time,
	 * uptime, clock skew or report interval.
	 */
	static boolean isLiveMetric(Notification notification) {
		Object notifier = notification.getNotifier();
		if (notifier instanceof MetricWindow || notifier instanceof MetricSample) {
			return true;
		}
		Object feature = notification.getFeature();
		return feature == PoolPackage.Literals.NODE__METRICS || feature == PoolPackage.Literals.NODE__LAST_HEARTBEAT
				|| feature == PoolPackage.Literals.NODE__UPTIME_SECONDS || feature == PoolPackage.Literals.NODE__CLOCK_SKEW_MILLIS
				|| feature == PoolPackage.Literals.NODE__REPORT_INTERVAL_MILLIS;
	}

	@Override
	protected void addAdapter(Notifier notifier) {
		if (!(notifier instanceof MetricSample)) {
			super.addAdapter(notifier);
		}
	}
}
