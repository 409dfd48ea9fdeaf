package org.flotilla.service.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one thread that owns the pool model in the service (what the UI thread is in a console): every read and
 * change of the model runs here, one after the other, so no model object is ever shared between threads.
 */
public final class ModelThread implements Executor, AutoCloseable {

	private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "flotilla-model");
		t.setDaemon(false);
		return t;
	});

	@Override
	public void execute(Runnable command) {
		if (!thread.isShutdown()) {
			thread.execute(command);
		}
	}

	/** Runs {@code work} every {@code millis}; an exception it throws is logged and the next run still comes. */
	public void every(long millis, Runnable work, java.util.function.Consumer<Throwable> failed) {
		thread.scheduleWithFixedDelay(() -> {
			try {
				work.run();
			} catch (Throwable e) { // a failing tick must not stop the ticking (scheduleWithFixedDelay would)
				failed.accept(e);
			}
		}, 0, millis, TimeUnit.MILLISECONDS);
	}

	/** Runs {@code work} here and waits for its result (from another thread) at most {@code seconds}. */
	public <T> T call(Callable<T> work, long seconds) throws Exception {
		try {
			return thread.submit(work).get(seconds, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof Exception cause) {
				throw cause;
			}
			throw e;
		} catch (TimeoutException e) {
			throw new TimeoutException("the pool service is busy: no answer within " + seconds + " s");
		}
	}

	@Override
	public void close() {
		thread.shutdown();
		try {
			thread.awaitTermination(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		thread.shutdownNow();
	}
}
