package org.flotilla.console.ui.internal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.flotilla.model.MetricSample;
import org.flotilla.model.Pool;

/**
 * Tells a view that something in the pool changed, so it can schedule one batched update. Does
 * not adapt individual metric samples: with thousands of nodes each keeping hundreds of samples,
 * an adapter on every sample would cost more than the view it serves; a new sample is still seen,
 * as a change of its metric window.
 */
public final class ModelWatcher extends EContentAdapter {

	private final Runnable changed;
	private Pool pool;

	public ModelWatcher(Runnable changed) {
		this.changed = changed;
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
		if (!notification.isTouch()) {
			changed.run();
		}
	}

	@Override
	protected void addAdapter(Notifier notifier) {
		if (!(notifier instanceof MetricSample)) {
			super.addAdapter(notifier);
		}
	}
}
