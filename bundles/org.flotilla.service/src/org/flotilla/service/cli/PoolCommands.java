package org.flotilla.service.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.flotilla.console.core.remote.ServiceOperations;
import org.flotilla.model.Job;
import org.flotilla.model.JobState;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.model.TaskState;
import org.flotilla.model.persistence.PoolStore;
import org.flotilla.service.cli.FlotillaCli.PoolCommand;

/**
 * The commands of {@code flotilla}, each made from its checked command line and run once connected. Reading is
 * done on the downloaded copy of the pool; changing is asked of the service, which decides (and refuses with its
 * reason); waiting watches the copy, which the service's changes keep in step.
 */
final class PoolCommands {

	private PoolCommands() {
	}

	static PoolCommand nodes(boolean json, PrintStream out) {
		return connection -> PoolListing.printNodes(connection.onModel(PoolListing::nodes), json, out);
	}

	static PoolCommand tasks(boolean json, PrintStream out) {
		return connection -> PoolListing.printTasks(connection.onModel(PoolListing::tasks), json, out);
	}

	/** Submits; prints the start jobs' IDs (in the order of the tasks' names); with {@code waitSeconds}, waits. */
	static PoolCommand submit(TaskSubmission submission, long waitSeconds, PrintStream out) {
		return connection -> {
			String ops = connection.onModel(submission::describe);
			String jobs = connection.ask("submit of " + submission.describeForPeople(), ServiceOperations.SUBMIT,
					Map.of("tasks", ops)).values().getOrDefault("jobs", "");
			List<String> jobIds = jobs.isEmpty() ? List.of() : Arrays.asList(jobs.split(","));
			for (String job : jobIds) {
				out.println(job);
			}
			out.flush();
			if (waitSeconds > 0) {
				connection.await(Duration.ofSeconds(waitSeconds), pool -> started(pool, submission.taskNames(), jobIds),
						pool -> "not every task runs yet:\n" + String.join("\n", notStarted(pool, submission.taskNames())));
			}
		};
	}

	/**
	 * Model thread: true when every task runs (a batch task: or has exited 0). A task that failed, stopped, exited
	 * otherwise or is no longer wanted running, or whose start job was cancelled or failed once the task was placed,
	 * ends the wait with its reason. A task the engine could not place is not a failure: it stays pending (its
	 * start job says why) and is placed when the pool changes, so the wait goes on.
	 */
	private static Boolean started(Pool pool, List<String> names, List<String> jobIds) throws CliFailure {
		List<String> failed = new ArrayList<>();
		boolean all = true;
		for (int i = 0; i < names.size(); i++) {
			Task task = task(pool, names.get(i));
			Job job = i < jobIds.size() && object(pool, jobIds.get(i)) instanceof Job j ? j : null;
			if (task == null) {
				all = false;
				continue;
			}
			if (running(task)) {
				continue;
			}
			all = false;
			TaskState state = task.getState();
			if (state == TaskState.FAILED || state == TaskState.STOPPED || state == TaskState.EXITED || !task.isDesiredRunning()) {
				failed.add(describe(task));
			} else if (job != null && (job.getState() == JobState.CANCELLED
					|| job.getState() == JobState.FAILED && state != TaskState.PENDING)) {
				failed.add(task.getName() + ": its start job " + job.getState().getLiteral()
						+ (job.getMessage() == null || job.getMessage().isBlank() ? "" : ": " + job.getMessage()));
			}
		}
		if (!failed.isEmpty()) {
			throw new CliFailure(FlotillaCli.REFUSED, failed.size() + (failed.size() == 1 ? " task did" : " tasks did")
					+ " not start:\n" + String.join("\n", failed));
		}
		return all ? Boolean.TRUE : null;
	}

	private static boolean running(Task task) {
		return task.getState() == TaskState.RUNNING || task.getKind() == TaskKind.BATCH && task.getState() == TaskState.EXITED
				&& task.getExitCode() != null && task.getExitCode() == 0;
	}

	private static List<String> notStarted(Pool pool, List<String> names) {
		List<String> lines = new ArrayList<>();
		for (String name : names) {
			Task task = task(pool, name);
			if (task == null) {
				lines.add(name + ": not in the pool yet");
			} else if (!running(task)) {
				lines.add(describe(task));
			}
		}
		return lines;
	}

	/** "web-1: pending (waiting for placement)", "web-1: failed on node-3 (exit code 2)". */
	private static String describe(Task task) {
		String reason = task.getStateReason();
		return task.getName() + ": " + task.getState().getLiteral() + (task.getNode() == null ? "" : " on " + task.getNode().getName())
				+ (reason == null || reason.isBlank() ? "" : " (" + reason + ")");
	}

	/** Drains: the node is named as in the pool, the service is asked with its ID; prints the job's ID. */
	static PoolCommand drain(String nodeName, long waitSeconds, PrintStream out) {
		return connection -> {
			String id = connection.onModel(pool -> nodeId(pool, nodeName));
			String job = connection.ask("drain of " + nodeName, ServiceOperations.DRAIN, Map.of("node", id)).values().get("job");
			if (job != null) {
				out.println(job);
				out.flush();
			}
			if (waitSeconds > 0 && job != null) {
				connection.await(Duration.ofSeconds(waitSeconds), pool -> finished(pool, job, "drain of " + nodeName), pool -> {
					Job current = object(pool, job) instanceof Job j ? j : null;
					return "the drain of " + nodeName + " has not finished"
							+ (current == null ? "" : ": it is " + current.getState().getLiteral() + message(current));
				});
			}
		};
	}

	/** Model thread: true once the job succeeded; its failure or cancellation ends the wait with its message. */
	private static Boolean finished(Pool pool, String jobId, String what) throws CliFailure {
		if (!(object(pool, jobId) instanceof Job job)) {
			return null; // its creation has not reached the copy yet
		}
		return switch (job.getState()) {
			case SUCCEEDED -> Boolean.TRUE;
			case FAILED, CANCELLED -> throw new CliFailure(FlotillaCli.REFUSED, "the " + what + " " + job.getState().getLiteral()
					+ message(job));
			default -> null;
		};
	}

	private static String message(Job job) {
		return job.getMessage() == null || job.getMessage().isBlank() ? "" : ": " + job.getMessage();
	}

	static PoolCommand resume(String nodeName) {
		return connection -> {
			String id = connection.onModel(pool -> nodeId(pool, nodeName));
			connection.ask("resume of " + nodeName, ServiceOperations.READY, Map.of("node", id));
		};
	}

	/** Revokes a node's certificates; prints how many. */
	static PoolCommand revokeNode(String nodeName, String reason, PrintStream out) {
		return connection -> {
			String id = connection.onModel(pool -> nodeId(pool, nodeName));
			Map<String, String> answer = connection.ask("revocation of " + nodeName, ServiceOperations.NODE_REVOKE,
					Map.of("node", id, "reason", reason == null ? "" : reason)).values();
			out.println(answer.getOrDefault("revoked", "0") + " certificate(s) of " + nodeName + " revoked (revocation list "
					+ answer.getOrDefault("crl", "-") + ")");
			out.flush();
		};
	}

	/** Takes a node out of the pool; prints what became of it. */
	static PoolCommand removeNode(String nodeName, boolean keep, PrintStream out) {
		return connection -> {
			String id = connection.onModel(pool -> nodeId(pool, nodeName));
			Map<String, String> answer = connection.ask("removal of " + nodeName, ServiceOperations.NODE_REMOVE,
					Map.of("node", id, "keep", Boolean.toString(keep))).values();
			out.println(nodeName + " " + answer.getOrDefault("state", "removed") + " (" + answer.getOrDefault("revoked", "0")
					+ " certificate(s) revoked now)");
			out.flush();
		};
	}

	/** Writes the copy as a pool file ({@code file} null: standard output). */
	static PoolCommand export(Path file, PrintStream out) {
		return connection -> {
			PoolStore store = new PoolStore();
			// Serialised on the model thread (it reads the model); written from here.
			byte[] content = connection.onModel(pool -> store.serialize(pool, file != null ? file : Path.of("pool.flotilla")));
			try {
				if (file == null) {
					out.write(content);
					out.flush();
				} else {
					store.writeAtomically(content, file);
				}
			} catch (IOException e) {
				throw new CliFailure(FlotillaCli.REFUSED, "cannot write " + file + ": " + e.getMessage(), e);
			}
		};
	}

	/** Model thread: the ID of the node named {@code name}, or a failure saying the pool has none. */
	private static String nodeId(Pool pool, String name) throws CliFailure {
		for (Node node : pool.getAllNodes()) {
			if (name.equals(node.getName())) {
				String id = PoolListing.id(node);
				if (id == null) {
					throw new IllegalStateException("node " + name + " has no ID in the copy of the pool");
				}
				return id;
			}
		}
		throw new CliFailure(FlotillaCli.REFUSED, "the pool has no node '" + name + "'");
	}

	private static Task task(Pool pool, String name) {
		for (Task task : pool.getTasks()) {
			if (name.equals(task.getName())) {
				return task;
			}
		}
		return null;
	}

	private static EObject object(Pool pool, String id) {
		return pool.eResource() instanceof XMLResource resource ? resource.getEObject(id) : null;
	}
}
