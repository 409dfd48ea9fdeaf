package org.flotilla.console.core.hosts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Takes servers out of the pool, one step after the other for each, and says each step's result: drain its tasks
 * to other nodes (through the pool service), optionally stop and uninstall the agent over SSH, revoke the node's
 * certificate (from then on every party refuses it), and remove the node from the pool or keep it as
 * decommissioned. A failed drain stops that node's removal (a node whose tasks did not move is never revoked); a
 * failed uninstall still revokes, then keeps the node in the pool; the other nodes go on.
 */
public final class RemoveServers implements AutoCloseable {

	/** The steps, in order. */
	public enum Step {
		DRAIN("drain"), UNINSTALL("uninstall the agent"), REVOKE("revoke its certificate"), REMOVE("remove from the pool");

		private final String text;

		Step(String text) {
			this.text = text;
		}

		public String text() {
			return text;
		}
	}

	/** What the pool knows of a node, read on the console's model thread. */
	public interface PoolView {
		/** How many tasks still run on (or are being placed on) the node; 0 when drained or gone. */
		int tasksOn(String nodeName);

		/** Asks the service to drain the node (tasks move elsewhere; the node goes to maintenance). */
		void drain(String nodeName);
	}

	/**
	 * A step's result for one node.
	 *
	 * @param done    true when it worked (or was not needed), false when it failed
	 * @param skipped true when the administrator chose not to do it
	 * @param detail  what happened, in words
	 */
	public record StepResult(String nodeName, Step step, boolean done, boolean skipped, String detail) {
	}

	/** What to do. */
	public record Options(boolean uninstall, boolean keepAsDecommissioned, String reason, Duration drainTimeout) {
	}

	@FunctionalInterface
	public interface Listener {
		void stepped(StepResult result);
	}

	private static final long POLL_MILLIS = 200;
	private final PoolMembership membership;
	private final PoolView pool;
	private final HostOperations hosts;
	private final SshLogin login;
	private final HostKeyPrompt keys;
	private final Options options;
	private final Listener listener;
	private final ExecutorService workers;
	private final AtomicBoolean cancelled = new AtomicBoolean();

	/** {@code hosts} and {@code login} may be null when the options say not to uninstall. */
	public RemoveServers(PoolMembership membership, PoolView pool, HostOperations hosts, SshLogin login, HostKeyPrompt keys,
			Options options, int parallelism, Listener listener) {
		this.membership = membership;
		this.pool = pool;
		this.hosts = hosts;
		this.login = login;
		this.keys = keys;
		this.options = options;
		this.listener = listener;
		this.workers = Executors.newFixedThreadPool(Math.max(1, Math.min(16, parallelism)), run -> {
			Thread thread = new Thread(run, "flotilla-remove-servers");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Removes every node in {@code nodes} (its name, and the host entry the console reaches it at over SSH).
	 * Completes with every step's result.
	 */
	public CompletableFuture<List<StepResult>> remove(List<HostEntry> nodes) {
		List<CompletableFuture<List<StepResult>>> futures = new ArrayList<>();
		for (HostEntry node : nodes) {
			futures.add(CompletableFuture.supplyAsync(() -> removeOne(node), workers));
		}
		return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
				.thenApply(done -> futures.stream().flatMap(f -> f.join().stream()).toList());
	}

	public void cancel() {
		cancelled.set(true);
	}

	@Override
	public void close() {
		cancel();
		workers.shutdownNow();
	}

	private List<StepResult> removeOne(HostEntry node) {
		String name = node.nodeName();
		List<StepResult> results = new ArrayList<>();
		if (!add(results, drain(name))) {
			return results;
		}
		boolean uninstalled = true;
		if (options.uninstall()) {
			uninstalled = add(results, uninstall(node.withDefaultUser(login.user())));
		} else {
			add(results, new StepResult(name, Step.UNINSTALL, true, true, "left installed, as chosen (its certificate is revoked next)"));
		}
		// Revoked even when the uninstall failed: a host SSH cannot reach, or one that misbehaves, is exactly the one
		// whose certificate must stop being accepted.
		if (!add(results, ask(name, Step.REVOKE, () -> membership.revoke(name, options.reason()),
				"revoked: the service and every agent refuse it from now on"))) {
			return results;
		}
		if (!uninstalled) {
			add(results, new StepResult(name, Step.REMOVE, false, false,
					"kept in the pool: its agent could not be uninstalled (above); it is revoked, so nothing accepts it"));
			return results;
		}
		add(results, ask(name, Step.REMOVE, () -> membership.remove(name, options.keepAsDecommissioned()),
				options.keepAsDecommissioned() ? "kept in the pool as decommissioned" : "removed from the pool"));
		return results;
	}

	private StepResult drain(String name) {
		if (cancelled.get()) {
			return new StepResult(name, Step.DRAIN, false, false, "cancelled");
		}
		int tasks = pool.tasksOn(name);
		if (tasks == 0) {
			return new StepResult(name, Step.DRAIN, true, false, "no task runs on it");
		}
		pool.drain(name);
		long deadline = System.nanoTime() + options.drainTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			if (cancelled.get()) {
				return new StepResult(name, Step.DRAIN, false, false, "cancelled while draining; the node stays in maintenance");
			}
			if (pool.tasksOn(name) == 0) {
				return new StepResult(name, Step.DRAIN, true, false, tasks + (tasks == 1 ? " task" : " tasks") + " moved to other nodes");
			}
			try {
				Thread.sleep(POLL_MILLIS); // the tasks' moves arrive with the service's changes
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return new StepResult(name, Step.DRAIN, false, false, "interrupted");
			}
		}
		return new StepResult(name, Step.DRAIN, false, false, pool.tasksOn(name) + " tasks still on it after "
				+ options.drainTimeout().toSeconds() + " s (see the Jobs part): not removed");
	}

	private StepResult uninstall(HostEntry node) {
		try {
			HostOperations.Uninstalled result = hosts.uninstall(node, login, keys, step -> {
			});
			if (!result.left().isEmpty()) {
				return new StepResult(node.nodeName(), Step.UNINSTALL, false, false, "left on the host: " + String.join("; ", result.left()));
			}
			return new StepResult(node.nodeName(), Step.UNINSTALL, true, false, "stopped and removed: " + String.join(", ", result.removed()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new StepResult(node.nodeName(), Step.UNINSTALL, false, false, "interrupted");
		} catch (Exception e) {
			return new StepResult(node.nodeName(), Step.UNINSTALL, false, false, "cannot uninstall over SSH: " + e.getMessage());
		}
	}

	private StepResult ask(String name, Step step, java.util.function.Supplier<CompletableFuture<Void>> call, String success) {
		if (cancelled.get()) {
			return new StepResult(name, step, false, false, "cancelled");
		}
		try {
			call.get().get(30, TimeUnit.SECONDS);
			return new StepResult(name, step, true, false, success);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return new StepResult(name, step, false, false, "interrupted");
		} catch (ExecutionException e) {
			return new StepResult(name, step, false, false, e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
		} catch (TimeoutException e) {
			return new StepResult(name, step, false, false, "the pool service did not answer in time");
		}
	}

	private boolean add(List<StepResult> results, StepResult result) {
		results.add(result);
		listener.stepped(result);
		return result.done();
	}
}
