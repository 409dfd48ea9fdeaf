package org.flotilla.integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the task processes running on this machine, whoever started them: every process whose environment
 * carries {@code FLOTILLA_TASK_ID} (the agent sets it). A task instance is a process tree, so an instance is
 * counted once, at its root: a marked process whose parent is not marked with the same task.
 */
final class TaskProcesses {

	private TaskProcesses() {
	}

	/** Instances per task id whose id starts with {@code prefix}. */
	static Map<String, Integer> instances(String prefix) {
		Map<Long, String> taskOfPid = new HashMap<>();
		Map<Long, Long> parentOfPid = new HashMap<>();
		try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path dir : proc) {
				long pid = Long.parseLong(dir.getFileName().toString());
				String task = taskOf(dir);
				if (task != null && task.startsWith(prefix) && running(ProcessHandle.of(pid).orElse(null))) {
					taskOfPid.put(pid, task);
					parentOfPid.put(pid, parentOf(dir));
				}
			}
		} catch (IOException e) {
			throw new AssertionError("cannot read /proc", e);
		}
		Map<String, Integer> counts = new TreeMap<>();
		taskOfPid.forEach((pid, task) -> {
			if (!task.equals(taskOfPid.get(parentOfPid.get(pid)))) {
				counts.merge(task, 1, Integer::sum);
			}
		});
		return counts;
	}

	private static String taskOf(Path dir) {
		try {
			String environ = new String(Files.readAllBytes(dir.resolve("environ")), StandardCharsets.UTF_8);
			for (String entry : environ.split("\0")) {
				if (entry.startsWith("FLOTILLA_TASK_ID=")) {
					return entry.substring("FLOTILLA_TASK_ID=".length());
				}
			}
		} catch (IOException | RuntimeException e) {
			// gone, or not ours to read
		}
		return null;
	}

	private static long parentOf(Path dir) {
		try {
			String stat = Files.readString(dir.resolve("stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[1]);
		} catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	/** Kills every process of the task {@code id}, and waits until they are gone. */
	static void kill(String id) throws InterruptedException {
		List<ProcessHandle> killed = new ArrayList<>();
		try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path dir : proc) {
				if (id.equals(taskOf(dir))) {
					ProcessHandle.of(Long.parseLong(dir.getFileName().toString())).ifPresent(p -> {
						p.destroyForcibly();
						killed.add(p);
					});
				}
			}
		} catch (IOException e) {
			throw new AssertionError("cannot read /proc", e);
		}
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (killed.stream().anyMatch(TaskProcesses::running) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}

	/** Alive and not a zombie (the container's init may never reap what it inherits). */
	private static boolean running(ProcessHandle process) {
		if (process == null) {
			return false;
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
			char state = stat.charAt(stat.lastIndexOf(')') + 2);
			return state != 'Z' && state != 'X';
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** Kills every task process whose id starts with {@code prefix} (test clean-up: tasks outlive agents). */
	static void killAll(String prefix) {
		try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path dir : proc) {
				String task = taskOf(dir);
				if (task != null && task.startsWith(prefix)) {
					ProcessHandle.of(Long.parseLong(dir.getFileName().toString())).ifPresent(ProcessHandle::destroyForcibly);
				}
			}
		} catch (IOException e) {
			// best effort
		}
	}
}
