package org.flotilla.service.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLContext;

import org.flotilla.console.core.ConsoleKeystore;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.remote.PoolServiceClient;
import org.flotilla.model.Pool;
import org.flotilla.protocol.IdentityKeystore;
import org.flotilla.protocol.Message.Response;

/**
 * The command-line client's connection to the pool service: the console's own client ({@link PoolServiceClient})
 * downloads the pool into a session and keeps it in step, on a model thread of this process; commands read that
 * copy on the model thread and ask the service through the same connection. Waiting is on conditions of the copy,
 * checked again each time the client has applied something.
 */
final class ServiceConnection implements AutoCloseable {

	/** How long the pool may take to arrive before the command gives up. */
	static final Duration SYNCHRONISE_TIMEOUT = Duration.ofSeconds(60);
	/** How long one request may take (the client's own request timeout is 120 s; a little more here). */
	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(130);
	/** A wait re-checks at least this often, even when nothing was applied (e.g. while reconnecting). */
	private static final long RECHECK_MILLIS = 1_000;

	/**
	 * The model thread. Work handed to it after {@link #close()} is dropped: the client's link thread may still
	 * report that its connection closed, and there is nobody left to tell.
	 */
	private final ThreadPoolExecutor model = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
			runnable -> {
				Thread thread = new Thread(runnable, "flotilla-cli-model");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.DiscardPolicy());
	private final Activity activity = new Activity();
	private final PoolSession session = new PoolSession(null);
	private final String where;
	private final PoolServiceClient client;
	// Written on the model thread by the client's listener, read by the command's thread.
	private volatile boolean synchronised;
	private volatile String lostBecause;
	private volatile String lastDetail = "";

	private ServiceConnection(InetSocketAddress address, SSLContext tls, String name) {
		where = address.getHostString() + ":" + address.getPort();
		// What the client runs on the model thread (applying the pool's changes, telling its state) wakes waiters.
		Executor clientWork = work -> model.execute(() -> {
			try {
				work.run();
			} finally {
				activity.happened();
			}
		});
		client = new PoolServiceClient(address, tls, name, session, clientWork, new PoolServiceClient.Listener() {
			@Override
			public void stateChanged(PoolServiceClient.State state, String detail) {
				lastDetail = detail;
				if (state == PoolServiceClient.State.SYNCHRONISED) {
					synchronised = true;
				} else if (state == PoolServiceClient.State.LOST && !synchronised && lostBecause == null) {
					lostBecause = detail;
				}
			}
		});
	}

	/**
	 * Reads the identity in {@code keystore} (its password in {@code NAME.password} beside it), connects to
	 * {@code service} and waits until the pool has arrived.
	 *
	 * @throws CliFailure {@link FlotillaCli#UNREACHABLE} when the identity cannot be read, the host is unknown, the
	 *                    service cannot be reached, TLS fails, or the pool does not arrive in time
	 */
	static ServiceConnection open(String host, int port, Path keystore) throws CliFailure {
		IdentityKeystore.Loaded identity;
		SSLContext tls;
		try {
			identity = ConsoleKeystore.load(keystore, ConsoleKeystore.passwordFileOf(keystore));
			tls = identity.sslContext();
		} catch (java.nio.file.NoSuchFileException e) {
			throw new CliFailure(FlotillaCli.UNREACHABLE, "cannot read the identity " + keystore + ": there is no file "
					+ e.getFile() + " (identities are issued by flotilla-service issue-console)", e);
		} catch (IOException | GeneralSecurityException e) {
			throw new CliFailure(FlotillaCli.UNREACHABLE, "cannot read the identity " + keystore + ": " + e.getMessage(), e);
		}
		InetSocketAddress address = new InetSocketAddress(host, port);
		if (address.isUnresolved()) {
			throw new CliFailure(FlotillaCli.UNREACHABLE, "cannot connect to the pool service at " + host + ":" + port
					+ ": the host " + host + " is unknown");
		}
		ServiceConnection connection = new ServiceConnection(address, tls, identity.identity().name());
		try {
			connection.client.start();
			connection.awaitSynchronised();
			return connection;
		} catch (CliFailure | RuntimeException e) {
			connection.close();
			throw e;
		}
	}

	private void awaitSynchronised() throws CliFailure {
		long deadline = System.nanoTime() + SYNCHRONISE_TIMEOUT.toNanos();
		while (true) {
			long seen = activity.count();
			if (synchronised) {
				return;
			}
			if (lostBecause != null) {
				// The client would try again, and again: a script wants to know now.
				throw new CliFailure(FlotillaCli.UNREACHABLE, lostBecause);
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				throw new CliFailure(FlotillaCli.UNREACHABLE, "the pool service at " + where + " did not send the pool within "
						+ SYNCHRONISE_TIMEOUT.toSeconds() + " s (" + lastDetail + ")");
			}
			activity.awaitAfter(seen, TimeUnit.NANOSECONDS.toMillis(left) + 1);
		}
	}

	/** Runs {@code work} on the model thread with the copy of the pool as it is now. */
	<T> T onModel(PoolWork<T> work) throws CliFailure {
		try {
			return model.submit(() -> work.on(session.getPool())).get(60, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof CliFailure failure) {
				throw failure;
			}
			throw new IllegalStateException("reading the pool failed: " + e.getCause(), e.getCause());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliFailure(FlotillaCli.REFUSED, "interrupted");
		} catch (TimeoutException e) {
			throw new IllegalStateException("the model thread did not answer within 60 s");
		}
	}

	/** Work on the pool, on the model thread. */
	@FunctionalInterface
	interface PoolWork<T> {
		T on(Pool pool) throws Exception;
	}

	/**
	 * Asks the service and waits for its answer.
	 *
	 * @param what what is asked, for messages ("submit", "drain of node-3")
	 * @throws CliFailure {@link FlotillaCli#REFUSED} with the service's reason when it refused or failed,
	 *                    {@link FlotillaCli#UNREACHABLE} when no answer came (then whether it was done is unknown)
	 */
	Response ask(String what, String operation, Map<String, String> arguments) throws CliFailure {
		Response response;
		try {
			response = client.request(operation, arguments).get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		} catch (ExecutionException | CompletionException e) {
			throw new CliFailure(FlotillaCli.UNREACHABLE, what + ": no answer from the pool service at " + where + " ("
					+ reason(e) + "); whether it was done is unknown", e);
		} catch (TimeoutException e) {
			throw new CliFailure(FlotillaCli.UNREACHABLE, what + ": no answer from the pool service at " + where + " within "
					+ ANSWER_TIMEOUT.toSeconds() + " s; whether it was done is unknown", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliFailure(FlotillaCli.REFUSED, "interrupted");
		}
		if (response.status() != Response.Status.OK) {
			throw new CliFailure(FlotillaCli.REFUSED, what + " was " + response.status().name().toLowerCase(Locale.ROOT)
					+ " by the pool service: " + response.detail());
		}
		return response;
	}

	/** Where a wait stands: done (with a result), or not yet; a definite failure is thrown as a {@link CliFailure}. */
	@FunctionalInterface
	interface Progress<T> {
		/** Model thread: the result when done, null while not yet. */
		T check(Pool pool) throws CliFailure;
	}

	/**
	 * Waits until {@code progress} says done, re-checking whenever the client applied something to the copy.
	 *
	 * @param waitingFor model thread: what is still awaited, for the message when time runs out
	 * @throws CliFailure {@link FlotillaCli#TIMED_OUT} when {@code timeout} passes first, or what {@code progress}
	 *                    threw
	 */
	<T> T await(Duration timeout, Progress<T> progress, PoolWork<String> waitingFor) throws CliFailure {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			long seen = activity.count();
			T done = onModel(progress::check);
			if (done != null) {
				return done;
			}
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				String connection = client.state() == PoolServiceClient.State.SYNCHRONISED ? ""
						: " (the connection to the pool service is not up: " + lastDetail + ")";
				throw new CliFailure(FlotillaCli.TIMED_OUT, "timed out after " + Numbers.text(timeout.toMillis() / 1000.0)
						+ " s" + connection + ": " + onModel(waitingFor));
			}
			activity.awaitAfter(seen, Math.min(RECHECK_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
		}
	}

	private static String reason(Throwable e) {
		Throwable cause = e;
		while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	@Override
	public void close() {
		client.close();
		model.shutdown();
		try {
			model.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Counts what the client did on the model thread, so that a waiter sleeps until something may have changed. */
	private static final class Activity {
		private long count;

		synchronized void happened() {
			count++;
			notifyAll();
		}

		synchronized long count() {
			return count;
		}

		/** Returns when something happened since {@code seen}, or after {@code millis}. */
		synchronized void awaitAfter(long seen, long millis) throws CliFailure {
			long end = System.currentTimeMillis() + millis;
			try {
				for (long left = millis; count == seen && left > 0; left = end - System.currentTimeMillis()) {
					wait(left);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CliFailure(FlotillaCli.REFUSED, "interrupted");
			}
		}
	}
}
