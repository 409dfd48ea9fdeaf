package org.flotilla.hosts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Runs one job per host, at most {@code parallelism} at a time, with progress per host and one {@link Outcome} per
 * host. Cancelling stops hosts that have not started and asks running jobs to stop at their next step (an install
 * then undoes what it did).
 */
public final class HostRunner {

	/** The work on one host. */
	@FunctionalInterface
	public interface HostJob<R> {
		/**
		 * Does the work on {@code host}, reporting steps to {@code progress}; asks {@code cancelled} between steps.
		 * A thrown exception becomes a {@link Status#FAILED} outcome.
		 */
		R run(HostAccess host, ProgressListener progress, BooleanSupplier cancelled) throws Exception;
	}

	/** How the work on a host ended. */
	public enum Status {
		DONE, FAILED, CANCELLED
	}

	/**
	 * One host's outcome: {@code result} when {@link Status#DONE}, {@code error} (a message) when {@link Status#FAILED}.
	 */
	public record Outcome<R>(HostAccess host, Status status, R result, String error) {
	}

	/** A started batch: its outcomes in the order of the hosts. */
	public static final class Batch<R> {
		private final List<HostAccess> hosts;
		private final List<Outcome<R>> outcomes;
		private final CountDownLatch finished;
		private final AtomicBoolean cancelled = new AtomicBoolean();

		private Batch(List<HostAccess> hosts) {
			this.hosts = hosts;
			this.outcomes = new ArrayList<>(java.util.Collections.nCopies(hosts.size(), null));
			this.finished = new CountDownLatch(hosts.size());
		}

		/** Asks every host's work to stop (see {@link HostRunner}). */
		public void cancel() {
			cancelled.set(true);
		}

		public boolean isCancelled() {
			return cancelled.get();
		}

		/** Waits for every host; {@code false} when {@code timeout} passed first. */
		public boolean await(Duration timeout) throws InterruptedException {
			return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}

		/** The outcomes so far, in the order of the hosts ({@code null} for a host still at work). */
		public synchronized List<Outcome<R>> outcomes() {
			return new ArrayList<>(outcomes);
		}

		private synchronized void set(int index, Outcome<R> outcome) {
			outcomes.set(index, outcome);
		}

		public List<HostAccess> hosts() {
			return hosts;
		}
	}

	/** The parallelism the wizard uses when not told otherwise. */
	public static final int DEFAULT_PARALLELISM = 4;

	private final int parallelism;

	public HostRunner(int parallelism) {
		if (parallelism < 1) {
			throw new IllegalArgumentException("parallelism must be at least 1: " + parallelism);
		}
		this.parallelism = parallelism;
	}

	/**
	 * Starts {@code job} on every host, at most {@code parallelism} at a time, in background threads (daemon: they do
	 * not keep a JVM alive); returns at once.
	 */
	public <R> Batch<R> start(List<HostAccess> hosts, HostJob<R> job, ProgressListener progress) {
		List<HostAccess> copy = List.copyOf(hosts);
		Batch<R> batch = new Batch<>(copy);
		ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
		// parallelism threads: a batch of hundreds of hosts holds no more threads (or SSH sessions) than that.
		ExecutorService threads = Executors.newFixedThreadPool(parallelism,
				Thread.ofPlatform().daemon().name("flotilla-hosts-", 0).factory());
		for (int i = 0; i < copy.size(); i++) {
			int index = i;
			HostAccess host = copy.get(i);
			threads.execute(() -> {
				try {
					if (batch.isCancelled()) {
						batch.set(index, new Outcome<>(host, Status.CANCELLED, null, "cancelled before it started"));
						return;
					}
					R result = job.run(host, listener, batch::isCancelled);
					batch.set(index, new Outcome<>(host, Status.DONE, result, null));
				} catch (java.util.concurrent.CancellationException e) {
					batch.set(index, new Outcome<>(host, Status.CANCELLED, null, e.getMessage()));
				} catch (Exception | Error e) {
					String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
					batch.set(index, new Outcome<>(host, Status.FAILED, null, message));
				} finally {
					batch.finished.countDown();
				}
			});
		}
		threads.shutdown();
		return batch;
	}
}
