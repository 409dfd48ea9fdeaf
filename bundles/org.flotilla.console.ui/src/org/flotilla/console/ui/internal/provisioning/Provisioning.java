package org.flotilla.console.ui.internal.provisioning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.swt.widgets.Display;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.console.ui.internal.LayerFolder;
import org.flotilla.model.Node;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message.Response;

/**
 * What the provisioning actions share: who may provision (administrators of a pool service's pool: the service is
 * the only one that talks to agents about packages), the service's operations, and asking it in a job so that the UI
 * thread only paints the answer.
 */
public final class Provisioning {

	public static final String PROVISION = org.flotilla.console.core.remote.ServiceOperations.PROVISION;
	public static final String PACKAGES_RESCAN = org.flotilla.console.core.remote.ServiceOperations.PACKAGES_RESCAN;

	/** What a console without a pool service is told when it asks to provision. */
	public static final String NEEDS_SERVICE = "Provisioning runs in the pool service: File \u203a Connect to Pool Service\u2026";
	/** What a console of another role is told. */
	public static final String NEEDS_ADMINISTRATOR = "Only an administrator's certificate may provision nodes.";

	private static final long ANSWER_SECONDS = 60;

	private Provisioning() {
	}

	/** Whether this console may provision: connected to a pool service with an administrator's certificate. */
	public static boolean mayProvision(PoolMembership membership) {
		return membership != null && membership.role() == ConsoleRole.ADMINISTRATOR;
	}

	/** Why this console may not provision, or null when it may. */
	public static String whyNot(PoolMembership membership) {
		if (membership == null) {
			return NEEDS_SERVICE;
		}
		return mayProvision(membership) ? null : NEEDS_ADMINISTRATOR;
	}

	/** The node's ID in the pool (what the service's operations take). */
	public static String idOf(Node node) {
		return node.eResource() instanceof XMLResource resource ? resource.getID(node) : null;
	}

	/** The nodes of a selection: a node, a node's layer folder, or several. */
	public static List<Node> nodes(Object selection) {
		List<Node> nodes = new java.util.ArrayList<>();
		if (selection instanceof Node node) {
			nodes.add(node);
		} else if (selection instanceof LayerFolder folder) {
			nodes.add(folder.node());
		} else if (selection instanceof Collection<?> many) {
			many.stream().filter(Node.class::isInstance).map(Node.class::cast).forEach(nodes::add);
		}
		return nodes;
	}

	/**
	 * Asks the service in a job (named {@code what}): {@code answered} gets the answer's values, {@code failed} the
	 * reason (the service's refusal, or why it could not be asked); both run on the UI thread.
	 */
	public static Job ask(Display display, String what, CompletableFuture<Void> after,
			java.util.function.Supplier<CompletableFuture<Response>> request, Consumer<Map<String, String>> answered,
			Consumer<String> failed) {
		Job job = Job.create(what, monitor -> {
			String reason;
			Map<String, String> values = null;
			try {
				if (after != null) {
					after.get(ANSWER_SECONDS, TimeUnit.SECONDS);
				}
				Response response = request.get().get(ANSWER_SECONDS, TimeUnit.SECONDS);
				if (response.status() == Response.Status.OK) {
					values = response.values();
					reason = null;
				} else {
					reason = response.status() + ": " + response.detail();
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				reason = "interrupted";
			} catch (java.util.concurrent.TimeoutException e) {
				reason = "the pool service did not answer within " + ANSWER_SECONDS + " s";
			} catch (ExecutionException | CompletionException e) {
				reason = reason(e);
			}
			Map<String, String> result = values;
			String problem = reason;
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (problem == null) {
						answered.accept(result);
					} else {
						failed.accept(problem);
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(false);
		job.schedule();
		return job;
	}

	static String reason(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	/** "1.4 MB". */
	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " B";
		}
		String[] units = { "KB", "MB", "GB", "TB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return String.format(java.util.Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
	}
}
