package org.flotilla.agent.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real processes of tasks, found the way an operator would: by the {@code FLOTILLA_TASK_ID} in their environment
 * and a working directory inside a test's data directory (several agents run on this host at once).
 */
final class TaskProcesses {

	private TaskProcesses() {
	}

	/** The pids of the live processes of task {@code taskId} (null: any task) whose working directory is under {@code data}. */
	static List<Long> of(Path data, String taskId) {
		List<Long> pids = new ArrayList<>();
		Path root = data.toAbsolutePath();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of("/proc"))) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if (!name.chars().allMatch(Character::isDigit)) {
					continue;
				}
				try {
					String stat = Files.readString(entry.resolve("stat"));
					if (stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z")) {
						continue;
					}
					String id = variable(entry, "FLOTILLA_TASK_ID");
					if (id != null && (taskId == null || taskId.equals(id))
							&& Files.readSymbolicLink(entry.resolve("cwd")).startsWith(root)) {
						pids.add(Long.parseLong(name));
					}
				} catch (IOException | RuntimeException e) {
					// gone meanwhile
				}
			}
		} catch (IOException e) {
			throw new AssertionError("cannot read /proc", e);
		}
		return pids;
	}

	/** Of those, the ones running {@code program} (its command name, e.g. "sleep"). */
	static List<Long> running(Path data, String taskId, String program) {
		List<Long> pids = new ArrayList<>();
		for (long pid : of(data, taskId)) {
			try {
				if (Files.readString(Path.of("/proc", Long.toString(pid), "comm")).trim().equals(program)) {
					pids.add(pid);
				}
			} catch (IOException e) {
				// gone
			}
		}
		return pids;
	}

	static String variable(Path procEntry, String name) throws IOException {
		byte[] bytes = Files.readAllBytes(procEntry.resolve("environ"));
		for (String entry : new String(bytes, StandardCharsets.UTF_8).split("\0")) {
			if (entry.startsWith(name + "=")) {
				return entry.substring(name.length() + 1);
			}
		}
		return null;
	}

	/**
	 * Removes tasks' cgroups (once their processes have gone) and then the agent's groups that held them, if nothing
	 * else is in them.
	 */
	static void removeCgroups(java.util.Collection<Path> groups) {
		for (Path group : groups) {
			Conditions.await("cgroup " + group + " removed", java.time.Duration.ofSeconds(15), () -> {
				try {
					Files.deleteIfExists(group);
					return true;
				} catch (IOException e) {
					return false;
				}
			});
		}
		for (Path group : groups) {
			try {
				Files.deleteIfExists(group.getParent());
			} catch (IOException e) {
				// another task's group is still in it (the runtime removes it when that task has gone)
			}
		}
	}

	/** Kills every task process under {@code data} (a test's clean-up: tasks outlive their agent on purpose). */
	static void killAll(Path data) {
		for (int round = 0; round < 50; round++) {
			List<Long> pids = of(data, null);
			if (pids.isEmpty()) {
				return;
			}
			for (long pid : pids) {
				ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
