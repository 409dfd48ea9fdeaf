package org.flotilla.protocol.tasks;

/** The names of the task operations and of the metrics agents report per task (see {@code docs/tasks.md}). */
public final class TaskOperations {

	public static final String RUN = "run-task";
	public static final String STOP = "stop-task";
	public static final String STATUS = "task-status";
	public static final String LOG = "task-log";

	/** Cores the task used over the last interval (metric subject: the task id). */
	public static final String METRIC_CPU = "task.cpu";
	/** Bytes of memory the task holds. */
	public static final String METRIC_MEMORY = "task.memory";
	/** Bytes per second the task read and wrote, where the node can tell. */
	public static final String METRIC_IO_READ = "task.io.read";
	public static final String METRIC_IO_WRITE = "task.io.write";

	/** The parameter of the operating-system inventory item that says whether task limits are enforced. */
	public static final String TASK_LIMITS_PARAMETER = "taskLimits";
	/** The parameter of the operating-system inventory item that says how many tasks the agent runs at most. */
	public static final String TASK_SLOTS_PARAMETER = "taskSlots";
	/** Its value's start when they are not: "not enforced: why". */
	public static final String LIMITS_NOT_ENFORCED = "not enforced";

	private TaskOperations() {
	}
}
