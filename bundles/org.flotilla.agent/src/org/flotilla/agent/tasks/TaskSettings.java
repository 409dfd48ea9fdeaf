package org.flotilla.agent.tasks;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the agent runs tasks (configuration keys {@code tasks.*}; see {@code ConfigParser.KEYS}).
 *
 * @param limits       false: tasks run unconfined ({@code tasks.limits = off}), the inventory says so
 * @param cgroupRoot   {@code tasks.cgroup.root}: a delegated cgroup v2 directory, or the folder holding the v1
 *                     {@code cpu} and {@code memory} hierarchies; null: found by the agent
 * @param maxTasks     the most tasks the agent keeps ({@code tasks.max})
 * @param stopGrace    how long a stopped task has between SIGTERM and SIGKILL
 * @param firstBackoff the wait before the first restart; it doubles with every restart in a row
 * @param maxBackoff   the longest wait between restarts
 * @param resetAfter   a run longer than this starts the count of restarts in a row again
 */
public record TaskSettings(boolean limits, Path cgroupRoot, int maxTasks, Duration stopGrace, Duration firstBackoff,
		Duration maxBackoff, Duration resetAfter) {

	public static final int DEFAULT_MAX_TASKS = 512;
	/**
	 * The most {@code tasks.max} may be: the console keeps the latest status of at most 1,024 tasks per node, and a
	 * {@code task-status} answer for many more would not fit in one frame (1 MiB).
	 */
	public static final int LARGEST_MAX_TASKS = 1024;

	/** Limits where the node allows them, at most 512 tasks, SIGKILL after 10 s, back-off 1 s doubling to 30 s. */
	public static final TaskSettings DEFAULTS = new TaskSettings(true, null, DEFAULT_MAX_TASKS, Duration.ofSeconds(10),
			Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));

	public TaskSettings {
		if (maxTasks < 1 || maxTasks > LARGEST_MAX_TASKS) {
			throw new IllegalArgumentException("maxTasks must be 1.." + LARGEST_MAX_TASKS + ", got " + maxTasks);
		}
	}

	public TaskSettings withLimits(boolean limits, Path cgroupRoot, int maxTasks) {
		return new TaskSettings(limits, cgroupRoot, maxTasks, stopGrace, firstBackoff, maxBackoff, resetAfter);
	}
}
