package org.flotilla.console.core.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.flotilla.model.IsolationResponse;
import org.flotilla.model.Pool;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.model.TaskState;
import org.flotilla.protocol.tasks.TaskSpec;
import org.flotilla.protocol.tasks.TaskStatus;

/** Between the model's tasks and the wire's: the {@code run-task} spec of a task, the model state of a report. */
final class TaskSpecs {

	private TaskSpecs() {
	}

	/**
	 * What {@code run-task} sends for the task at {@code epoch}: its command, arguments, environment, kind,
	 * restart policy, declared CPU and memory as limits, and the pool's isolation response with half the restart
	 * grace as the isolation grace: an agent cut off stops its isolated services (SIGKILL 2 s after SIGTERM) before
	 * the console starts them elsewhere (for which graces this holds: {@code docs/tasks.md}, isolation).
	 *
	 * @throws IllegalArgumentException naming the task and what is wrong (no command, a bad environment entry)
	 */
	static TaskSpec spec(Task task, long epoch, Pool pool) {
		Map<String, String> environment = new LinkedHashMap<>();
		for (String entry : task.getEnvironment()) {
			int equals = entry == null ? -1 : entry.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException("task '" + task.getName() + "': environment entry '" + entry
						+ "' is not NAME=value");
			}
			environment.put(entry.substring(0, equals), entry.substring(equals + 1));
		}
		TaskSpec.RestartPolicy restart = switch (task.getRestartPolicy()) {
		case NEVER -> TaskSpec.RestartPolicy.NEVER;
		case ON_FAILURE -> TaskSpec.RestartPolicy.ON_FAILURE;
		case ALWAYS -> TaskSpec.RestartPolicy.ALWAYS;
		};
		String command = task.getCommand() == null ? "" : task.getCommand().strip();
		return new TaskSpec(task.getName() == null ? "" : task.getName(), epoch,
				task.getKind() == TaskKind.BATCH ? TaskSpec.TaskKind.BATCH : TaskSpec.TaskKind.SERVICE, command,
				task.getArguments(), environment, task.isShell(), restart, task.getMaxRestarts(),
				Math.max(0, task.getCpuDemand()), Math.max(0, task.getMemoryDemand()),
				pool.getIsolationResponse() == IsolationResponse.STOP_SERVICES ? TaskSpec.Isolation.STOP
						: TaskSpec.Isolation.KEEP,
				isolationGraceMillis(pool));
	}

	/** Half the pool's restart grace, in milliseconds: what an agent waits before it applies a task's isolation. */
	static long isolationGraceMillis(Pool pool) {
		return Math.max(0, pool.getRestartGraceSeconds()) * 1000L / 2;
	}

	/** The model's state for a reported one. */
	static TaskState state(TaskStatus.State state) {
		return switch (state) {
		case STARTING -> TaskState.STARTING;
		case RUNNING -> TaskState.RUNNING;
		case RESTARTING -> TaskState.RESTARTING;
		case EXITED -> TaskState.EXITED;
		case FAILED -> TaskState.FAILED;
		case STOPPED -> TaskState.STOPPED;
		};
	}

	/** Whether a report says a process of the task runs (or is about to run again) on that node. */
	static boolean live(TaskStatus.State state) {
		return state == TaskStatus.State.STARTING || state == TaskStatus.State.RUNNING
				|| state == TaskStatus.State.RESTARTING;
	}

	/** Whether the task is, or should soon be, running on its node in the model. */
	static boolean active(TaskState state) {
		return state == TaskState.PLACED || state == TaskState.STARTING || state == TaskState.RUNNING
				|| state == TaskState.RESTARTING;
	}
}
