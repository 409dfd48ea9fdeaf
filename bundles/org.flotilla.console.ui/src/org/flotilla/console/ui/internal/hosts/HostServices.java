package org.flotilla.console.ui.internal.hosts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.hosts.SshHostOperations;
import org.flotilla.model.Node;

/** What the servers wizards need from the running console, put together in one place. */
final class HostServices {

	/** The system property naming the agent distribution the console installs. */
	static final String DISTRIBUTION_PROPERTY = "flotilla.agent.distribution";
	/** The same in the environment (releng/run-console sets it). */
	static final String DISTRIBUTION_VARIABLE = "FLOTILLA_AGENT_DISTRIBUTION";

	private HostServices() {
	}

	static AddServersWizard.Services of(PoolMembership membership, PoolSession session, Display display) {
		Path distribution = agentDistribution();
		return new AddServersWizard.Services(new SshHostOperations(host -> org.flotilla.hosts.InstallOptions.defaults(),
				runtimeBeside(distribution)), membership, distribution,
				name -> onModelThread(display, () -> {
					Node node = find(session, name);
					return node == null ? null : node.getState();
				}));
	}

	/** Tasks still on the node, read on the model thread (for Remove Servers' drain step). */
	static int tasksOn(PoolSession session, Display display, String name) {
		Integer count = onModelThread(display, () -> {
			Node node = find(session, name);
			return node == null ? 0 : node.getTasks().size();
		});
		return count == null ? 0 : count;
	}

	static Node find(PoolSession session, String name) {
		if (session.getPool() == null) {
			return null;
		}
		for (java.util.Iterator<?> all = session.getPool().eAllContents(); all.hasNext();) {
			if (all.next() instanceof Node node && name.equals(node.getName())) {
				return node;
			}
		}
		return null;
	}

	/**
	 * The agent distribution: the property's path, else the environment's, else {@code agent/} beside the console's
	 * installation. Null when none exists (the check page then says so).
	 */
	static Path agentDistribution() {
		String property = System.getProperty(DISTRIBUTION_PROPERTY);
		if (property == null || property.isBlank()) {
			property = System.getenv(DISTRIBUTION_VARIABLE);
		}
		if (property != null && !property.isBlank()) {
			return Path.of(property);
		}
		String home = System.getProperty("eclipse.home.location");
		if (home != null && home.startsWith("file:")) {
			Path beside = Path.of(java.net.URI.create(home)).resolve("agent");
			if (Files.isDirectory(beside)) {
				return beside;
			}
		}
		return null;
	}

	/**
	 * The Java runtime the build makes beside the agent distribution ({@code flotilla-agent-runtime}, jlink), uploaded
	 * to hosts without Java 21; null when there is none.
	 */
	static Path runtimeBeside(Path distribution) {
		if (distribution == null || distribution.getParent() == null || distribution.getParent().getParent() == null) {
			return null;
		}
		// Beside it in the product (agent/, agent-runtime/), or as the build leaves them (target/flotilla-agent/flotilla-agent,
		// target/flotilla-agent-runtime).
		for (Path runtime : new Path[] { distribution.resolveSibling("agent-runtime"),
				distribution.getParent().getParent().resolve("flotilla-agent-runtime") }) {
			if (Files.isExecutable(runtime.resolve("bin/java"))) {
				return runtime;
			}
		}
		return null;
	}

	/** Runs {@code read} on the UI (model) thread and waits for it, from a worker thread. */
	private static <T> T onModelThread(Display display, java.util.function.Supplier<T> read) {
		CompletableFuture<T> result = new CompletableFuture<>();
		if (display.isDisposed()) {
			return null;
		}
		display.asyncExec(() -> {
			try {
				result.complete(read.get());
			} catch (RuntimeException e) {
				result.completeExceptionally(e);
			}
		});
		try {
			return result.get(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (Exception e) {
			return null;
		}
	}
}
