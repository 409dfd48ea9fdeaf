package org.flotilla.console.ui.internal;

import org.eclipse.swt.widgets.Display;

/**
 * Coalesces many model changes into one UI update: {@link #request()} may be called for every
 * notification; the update runs once, on the UI thread, at most every {@code delayMs}.
 */
public final class UiBatch {

	private final Display display;
	private final Runnable update;
	private final int delayMs;
	private boolean scheduled;

	public UiBatch(Display display, int delayMs, Runnable update) {
		this.display = display;
		this.delayMs = delayMs;
		this.update = update;
	}

	/** Asks for an update; cheap, callable from any thread. */
	public void request() {
		synchronized (this) {
			if (scheduled) {
				return;
			}
			scheduled = true;
		}
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> display.timerExec(delayMs, this::run));
	}

	private void run() {
		synchronized (this) {
			scheduled = false;
		}
		update.run();
	}
}
