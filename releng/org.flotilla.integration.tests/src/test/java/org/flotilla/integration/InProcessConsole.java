package org.flotilla.integration;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.flotilla.console.core.ConsoleKeystore;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.console.core.hosts.RemoveServers;
import org.flotilla.console.core.remote.PoolServiceClient;
import org.flotilla.console.core.remote.RemoteTaskControl;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;

/**
 * A console's client code in the test's own process, connected to a real pool service with a person's identity:
 * the session kept in step with the service on a model thread of its own, the remote control service, and the
 * membership calls the servers wizards make.
 */
final class InProcessConsole implements AutoCloseable {

	final ExecutorService model = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-console-model"));
	final PoolSession session = new PoolSession(null);
	final PoolServiceClient client;
	final RemoteTaskControl control;
	final PoolMembership membership;
	final List<String> refusals = new CopyOnWriteArrayList<>();
	/** The link's last state and why (said when it does not get in step). */
	volatile String lastState = "";

	InProcessConsole(int servicePort, Path keystore) throws Exception {
		client = new PoolServiceClient(new InetSocketAddress("127.0.0.1", servicePort),
				ConsoleKeystore.consoleTls(keystore, ConsoleKeystore.passwordFileOf(keystore)),
				ConsoleKeystore.load(keystore, ConsoleKeystore.passwordFileOf(keystore)).identity().name(), session, model,
				new PoolServiceClient.Listener() {
					@Override
					public void refused(String what, String reason) {
						refusals.add(what + ": " + reason);
					}

					@Override
					public void stateChanged(PoolServiceClient.State state, String detail) {
						lastState = state + ": " + detail;
					}
				}).start();
		control = new RemoteTaskControl(client, model, (what, reason) -> refusals.add(what + ": " + reason));
		membership = new PoolMembership(client);
		waitUntil("the console is in step with the service", Duration.ofSeconds(60),
				() -> client.state() == PoolServiceClient.State.SYNCHRONISED && session.isServiceBacked());
	}

	/** Runs {@code read} on the model thread and answers what it gave. */
	<T> T on(Supplier<T> read) {
		try {
			return CompletableFuture.supplyAsync(read, model).get(30, TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("the model thread failed", e);
		}
	}

	Node node(String name) {
		return session.getPool() == null ? null
				: session.getPool().getAllNodes().stream().filter(n -> name.equals(n.getName())).findFirst().orElse(null);
	}

	/** The node's state, read on the model thread (what the wizards poll): null when the pool has no such node. */
	NodeState state(String name) {
		return on(() -> {
			Node node = node(name);
			return node == null ? null : node.getState();
		});
	}

	/** Remove Servers' view of the pool, as the console gives it. */
	RemoveServers.PoolView poolView() {
		return new RemoveServers.PoolView() {
			@Override
			public int tasksOn(String nodeName) {
				return on(() -> {
					Node node = node(nodeName);
					return node == null ? 0 : node.getTasks().size();
				});
			}

			@Override
			public void drain(String nodeName) {
				model.execute(() -> control.drain(node(nodeName)));
			}
		};
	}

	void waitUntil(String what, Duration timeout, Supplier<Boolean> condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (on(condition)) {
				return;
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting until " + what);
			}
		}
		throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what + "; refusals: " + refusals
				+ "; client: " + client.describe() + ", last: " + lastState);
	}

	@Override
	public void close() {
		client.close();
		model.shutdownNow();
	}
}
