package org.flotilla.console.core.hosts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.flotilla.console.core.hosts.PoolMembership.EnrollmentTicket;
import org.flotilla.model.NodeState;

/**
 * Adds servers to the pool, several at once and each on its own: check every host (changing nothing), then for each
 * host that passed, ask the pool service for a one-time enrollment token (the node appears as enrolling), install
 * and start the agent over SSH, and wait until the node reports (ready). A host that fails does not stop the others;
 * its state says why and what, if anything, was left on it. Runs on its own bounded pool of worker threads; the
 * listener hears every change from those threads (the UI batches them to its thread).
 */
public final class AddServers implements AutoCloseable {

	/** Where a host is. */
	public enum Phase {
		WAITING("waiting"), CHECKING("checking"), CHECKED("checked"), NOT_READY("cannot be installed"),
		INSTALLING("installing"), ENROLLING("enrolling"), READY("ready"), FAILED("failed"), CANCELLED("cancelled");

		private final String text;

		Phase(String text) {
			this.text = text;
		}

		/** "checking", "cannot be installed"... */
		public String text() {
			return text;
		}

		public boolean finished() {
			return this == CHECKED || this == NOT_READY || this == READY || this == FAILED || this == CANCELLED;
		}
	}

	/**
	 * One host's state.
	 *
	 * @param step      what is being done now, or the last thing done
	 * @param check     what checking found, or null before
	 * @param installed how the agent was installed, or null
	 * @param failure   why it failed (FAILED, NOT_READY), or null
	 * @param left      what a failure left on the host, each with how to remove it
	 */
	public record HostState(HostEntry host, Phase phase, String step, HostOperations.Check check,
			HostOperations.Installed installed, String failure, List<String> left) {
		public HostState {
			left = List.copyOf(left);
		}

		HostState with(Phase newPhase, String newStep) {
			return new HostState(host, newPhase, newStep, check, installed, failure, left);
		}
	}

	/** Hears every host's changes (from worker threads). */
	@FunctionalInterface
	public interface Listener {
		void changed(HostState state);
	}

	/** How long a started agent has to enroll and report before the host is reported as failed. */
	public static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
	/** How long an enrollment token lives: the install has to start the agent before. */
	public static final Duration TOKEN_VALIDITY = Duration.ofMinutes(30);
	private static final long POLL_MILLIS = 200;

	private final HostOperations hosts;
	private final PoolMembership membership;
	private final SshLogin login;
	private final HostKeyPrompt keys;
	private final Path distribution;
	private final Function<String, NodeState> nodeState;
	private final Listener listener;
	private final ExecutorService workers;
	private final AtomicBoolean cancelled = new AtomicBoolean();
	private final Duration readyTimeout;

	/**
	 * @param nodeState    the state of the pool's node of that name (null when there is none); read from a worker
	 *                     thread, so it must be safe to call from one (the UI reads it on its model thread)
	 * @param parallelism  how many hosts are worked on at once (1..16)
	 */
	public AddServers(HostOperations hosts, PoolMembership membership, SshLogin login, HostKeyPrompt keys, Path distribution,
			Function<String, NodeState> nodeState, int parallelism, Duration readyTimeout, Listener listener) {
		this.hosts = hosts;
		this.membership = membership;
		this.login = login;
		this.keys = keys;
		this.distribution = distribution;
		this.nodeState = nodeState;
		this.readyTimeout = readyTimeout;
		this.listener = listener;
		AtomicInteger number = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(Math.max(1, Math.min(16, parallelism)), run -> {
			Thread thread = new Thread(run, "flotilla-add-servers-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Checks every host, {@code parallelism} at a time; completes with every host's state. */
	public CompletableFuture<List<HostState>> check(List<HostEntry> entries) {
		return each(entries, this::checkOne);
	}

	/** Installs on every host given (those that passed their check), {@code parallelism} at a time. */
	public CompletableFuture<List<HostState>> install(List<HostState> checked) {
		return each(checked.stream().map(HostState::host).toList(), entry -> installOne(checked.stream()
				.filter(s -> s.host().equals(entry)).findFirst().orElseThrow()));
	}

	/** Stops: hosts not started yet are cancelled; running steps end at their next step (a host is never left half-done on purpose). */
	public void cancel() {
		cancelled.set(true);
	}

	@Override
	public void close() {
		cancel();
		workers.shutdownNow();
	}

	private CompletableFuture<List<HostState>> each(List<HostEntry> entries, Function<HostEntry, HostState> work) {
		List<CompletableFuture<HostState>> futures = new ArrayList<>();
		for (HostEntry entry : entries) {
			tell(new HostState(entry, Phase.WAITING, "", null, null, null, List.of()));
			futures.add(CompletableFuture.supplyAsync(() -> cancelled.get()
					? tell(new HostState(entry, Phase.CANCELLED, "cancelled before it started", null, null, null, List.of()))
					: work.apply(entry), workers));
		}
		return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
				.thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
	}

	private HostState checkOne(HostEntry raw) {
		HostEntry entry = raw.withDefaultUser(login.user());
		tell(new HostState(entry, Phase.CHECKING, "connecting to " + entry.sshAddress(), null, null, null, List.of()));
		try {
			HostOperations.Check check = hosts.check(entry, login, keys);
			if (distribution == null || !java.nio.file.Files.exists(distribution)) {
				List<String> problems = new ArrayList<>(check.problems());
				problems.add("this console has no agent distribution to install (" + (distribution == null
						? "start it with releng/run-console, or set FLOTILLA_AGENT_DISTRIBUTION" : distribution + " does not exist") + ")");
				check = new HostOperations.Check(check.system(), check.freeDiskBytes(), check.java(), check.systemd(),
						check.portFree(), check.plan(), problems);
			}
			return tell(new HostState(entry, check.ok() ? Phase.CHECKED : Phase.NOT_READY, check.plan(), check, null,
					check.ok() ? null : String.join("; ", check.problems()), List.of()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return tell(new HostState(entry, Phase.CANCELLED, "interrupted", null, null, null, List.of()));
		} catch (Exception e) {
			return tell(new HostState(entry, Phase.NOT_READY, "", null, null, message(e), List.of()));
		}
	}

	private HostState installOne(HostState checked) {
		HostEntry entry = checked.host();
		HostState state = tell(checked.with(Phase.INSTALLING, "asking the pool service for an enrollment token"));
		EnrollmentTicket ticket;
		try {
			ticket = membership.enrollmentToken(entry, TOKEN_VALIDITY).get(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return tell(fail(state, "interrupted", List.of()));
		} catch (ExecutionException | TimeoutException e) {
			return tell(fail(state, message(e), List.of()));
		}
		HostOperations.Installed installed;
		try {
			HostState current = state;
			installed = hosts.install(entry, login, keys, distribution, ticket, step -> tell(current.with(Phase.INSTALLING, step)));
		} catch (HostOperations.InstallFailed e) {
			return tell(fail(state, message(e), e.left()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return tell(fail(state, "interrupted", List.of()));
		} catch (Exception e) {
			return tell(fail(state, message(e), List.of()));
		}
		state = tell(new HostState(entry, Phase.ENROLLING, "started (" + installed.startedBy() + "); waiting for the node to enroll and report",
				state.check(), installed, null, List.of()));
		long deadline = System.nanoTime() + readyTimeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (cancelled.get()) {
				return tell(fail(state, "cancelled while waiting for the node to report; the agent is installed and may still enroll",
						List.of()));
			}
			NodeState now = nodeState.apply(entry.nodeName());
			if (now == NodeState.READY) {
				return tell(state.with(Phase.READY, "ready: " + installed.startedBy()));
			}
			try {
				Thread.sleep(POLL_MILLIS); // the pool's state arrives with the service's changes; nothing to wait on here
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return tell(fail(state, "interrupted", List.of()));
			}
		}
		return tell(fail(state, "the agent was installed and started (" + installed.startedBy() + ") but the node did not report within "
				+ readyTimeout.toSeconds() + " s: see the agent's log on the host", List.of()));
	}

	private static HostState fail(HostState state, String why, List<String> left) {
		return new HostState(state.host(), Phase.FAILED, state.step(), state.check(), state.installed(), why, left);
	}

	private HostState tell(HostState state) {
		listener.changed(state);
		return state;
	}

	private static String message(Throwable e) {
		Throwable cause = e;
		while ((cause instanceof ExecutionException || cause instanceof java.util.concurrent.CompletionException
				|| cause instanceof CancellationException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		if (cause instanceof TimeoutException) {
			return "the pool service did not answer in time";
		}
		String text = cause.getMessage();
		return text == null || text.isBlank() ? cause.getClass().getSimpleName() : text;
	}
}
