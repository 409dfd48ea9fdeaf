package org.flotilla.service.tests;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.remote.PoolServiceClient;
import org.flotilla.console.core.remote.RemoteTaskControl;

/**
 * A console as the product runs it against a pool service, without the window: a session, a model thread standing
 * for the UI thread, and the client that keeps the session's pool in step with the service.
 */
final class ServedConsole implements AutoCloseable {

	final ExecutorService model = Executors.newSingleThreadExecutor(r -> new Thread(r, "console-model"));
	final PoolSession session = new PoolSession(null);
	final PoolServiceClient client;
	final RemoteTaskControl control;
	final List<String> refusals = new CopyOnWriteArrayList<>();
	final List<String> states = new CopyOnWriteArrayList<>();

	ServedConsole(InetSocketAddress service, SSLContext tls, String name) {
		this(service, tls, name, java.util.function.UnaryOperator.identity());
	}

	/** As the other, with {@code before} applied to the client before it starts (to let it renew, say). */
	ServedConsole(InetSocketAddress service, SSLContext tls, String name,
			java.util.function.UnaryOperator<PoolServiceClient> before) {
		client = before.apply(new PoolServiceClient(service, tls, name, session, model, new PoolServiceClient.Listener() {
			@Override
			public void stateChanged(PoolServiceClient.State state, String detail) {
				states.add(state + ": " + detail);
			}

			@Override
			public void refused(String what, String reason) {
				refusals.add(what + ": " + reason);
			}
		})).start();
		control = new RemoteTaskControl(client, model, (what, reason) -> refusals.add(what + ": " + reason));
	}

	<T> T onModel(Callable<T> work) throws Exception {
		try {
			return model.submit(work).get(30, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof Exception cause ? cause : e;
		}
	}

	void waitUntil(String what, Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!onModel(condition)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting until " + what + "; states " + states + "; refusals " + refusals);
			}
			Thread.sleep(50);
		}
	}

	/** Waits until a state the client reported matches {@code wanted} (the states are kept as "STATE: detail"). */
	void waitUntilState(String what, java.util.function.Predicate<String> wanted) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (states.stream().noneMatch(wanted)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out waiting until " + what + "; states " + states);
			}
			Thread.sleep(50);
		}
	}

	@Override
	public void close() {
		client.close();
		model.shutdownNow();
	}
}
