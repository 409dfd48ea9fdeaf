package org.flotilla.console.core.tasks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.flotilla.model.Job;
import org.flotilla.model.Node;
import org.flotilla.model.Task;
import org.flotilla.protocol.ConsoleRole;
import org.flotilla.protocol.Message;

/**
 * The control service: decides where the pool's tasks run (the placement engine,
 * {@code org.flotilla.scheduler}, on the pool adapted by {@link PoolProblems}) and has the nodes' agents run
 * and stop them, each operation a {@link Job} in the model. Headless (no SWT): the console hosts it today,
 * the pool service will tomorrow.
 *
 * <p><b>Threads.</b> Every method here is called on the <em>model thread</em> (the thread that owns the pool:
 * the UI thread in the console), and so is every future's completion. Requests to agents and solving run
 * elsewhere; their results come back to the model thread.
 *
 * <p><b>What the model says</b> about a task's state is what its agent last reported (see
 * {@link #taskReported}), not what the control service hoped.
 */
public interface TaskControl extends AutoCloseable {

	/** Sends one request to a node's agent (the console's connection service). */
	@FunctionalInterface
	interface Agents {
		CompletableFuture<Message.Response> request(String nodeName, String operation, Map<String, String> arguments);
	}

	/** Where the engine would put one task, or why it cannot go anywhere. */
	record TaskPreview(String taskName, String nodeName, boolean demandPredicted, String why) {
		/** True when the task has a node. */
		public boolean placed() {
			return nodeName != null;
		}
	}

	/**
	 * The engine's answer for tasks about to be submitted: a node per task and why, or, for a task that fits
	 * nowhere, the reason per kind of node ("needs label ssd on 12 nodes", "memory 48 of 32 GiB on 3 nodes").
	 */
	record Preview(List<TaskPreview> tasks) {
		public Preview {
			tasks = List.copyOf(tasks);
		}
	}

	/** A node a task could move to, with what the move does (from the engine's what-if). */
	record MoveOption(String nodeName, boolean feasible, String effect) {
	}

	/** The role of this console's certificate: what it may ask of agents (support: nothing that changes). */
	ConsoleRole role();

	/** True when this console's role may start, stop, move and drain (administrator, planner). */
	default boolean mayControl() {
		return role() == ConsoleRole.ADMINISTRATOR || role() == ConsoleRole.PLANNER;
	}

	/**
	 * Where the engine would place these new tasks (detached: not in the pool yet) on the pool as it is now.
	 * Solving runs off the model thread.
	 */
	CompletableFuture<Preview> preview(List<Task> newTasks);

	/**
	 * Adds the new tasks to the pool (pending, wanted running) and places and starts them: one start job each.
	 * Tasks that fit nowhere stay pending with their reason in {@link Task#getStateReason()} (their job fails
	 * saying so); they are tried again when the pool changes.
	 *
	 * @throws IllegalArgumentException naming the task, before anything is added, when a name is missing, not
	 *                                  {@code [A-Za-z0-9._-]{1,64}}, given twice or already used, a command is
	 *                                  missing or maxRestarts is negative
	 * @throws IllegalStateException    on a console whose role may not control (as every method that changes)
	 */
	List<Job> submit(List<Task> newTasks);

	/** Starts a stopped task (placing it when it has no node). */
	Job start(Task task);

	/** Stops a task where it runs; it stays in the pool, stopped. */
	Job stop(Task task);

	/** Every node the task could go to, feasible first, with the effect of each (for the Move dialog). */
	List<MoveOption> moveOptions(Task task);

	/** Moves a task to {@code target}: a service is started there before it is stopped where it was. */
	Job move(Task task, Node target);

	/**
	 * Puts a node in maintenance: its movable tasks are re-placed by the engine (services started on the new
	 * node before they are stopped on this one) and its alerts are muted.
	 */
	Job drain(Node node);

	/** Makes a node in maintenance ready again: placeable, alerts back. */
	void ready(Node node);

	/** Cancels a job that still waits; false when it is already under way or done. */
	boolean cancel(Job job);

	/** The last lines of a task's output, from its agent. */
	CompletableFuture<String> log(Task task, int lines);

	/**
	 * What an agent said about a task (a {@code task} event, or an entry of its {@code task-status} answer):
	 * updates the task's state and fences a copy of an older epoch. Called by the live updates in batches.
	 */
	void taskReported(String nodeName, org.flotilla.protocol.tasks.TaskStatus status);

	/**
	 * Tasks a node's agent reported that the pool does not have (started by another console, or removed from
	 * the pool): left alone, never stopped, listed here with what the agent last said.
	 */
	List<org.flotilla.protocol.tasks.TaskStatus> unmanagedTasks(String nodeName);

	/**
	 * Per-task usage from a metrics report: cores and bytes. Kept on the task as {@code cpuUsage},
	 * {@code memoryUsage} (MiB) and a sample of its {@code observedUsage} window (cpu in cores, memory in MiB).
	 */
	void taskUsage(String nodeName, String taskName, long time, double cpuCores, double memoryBytes);

	/**
	 * Called on the model thread every live batch: places what is pending, restarts elsewhere the tasks of
	 * nodes silent for longer than the pool's grace (whatever their state), asks nodes heard from again what they
	 * run, advances jobs and forgets what left the pool.
	 */
	void tick(long now);

	@Override
	void close();
}
