package org.flotilla.integration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the task processes running on this machine, whoever started them: every process whose environment
 * carries {@code FLOTILLA_TASK_ID} (the agent sets it). A task instance is a process tree in a session of its own
 * (the agent starts each run with {@code setsid}), so an instance is counted once per session.
 *
 * <p>Why sessions and not the roots of the trees: {@code /proc} is not a snapshot. While a copy is being stopped, its
 * wrapper can be read alive, then end, and its child be read next already re-parented to init: one copy, two roots. A
 * sampler that counted roots saw a single copy twice during its stop about once in a few hundred stops
 * (docs/tasks.md, isolation). The session a process is in is read in the same look as its state, and a child keeps
 * its session when its parent ends.
 */
final class TaskProcesses {

	private TaskProcesses() {
	}

	/** Instances (distinct sessions) per task id whose id starts with {@code prefix}. */
	static Map<String, Integer> instances(String prefix) {
		Map<String, java.util.Set<Long>> sessions = new TreeMap<>();
		try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
			for (Path dir : proc) {
				String task = taskOf(dir);
				if (task == null || !task.startsWith(prefix)) {
					continue;
				}
				long session = liveSession(dir);
				if (session > 0) {
					sessions.computeIfAbsent(task, t -> new java.util.HashSet<>()).add(session);
				}
			}
		} catch (IOException e) {
			throw new AssertionError("cannot read /proc", e);
		}
		Map<String, Integer> counts = new TreeMap<>();
		sessions.forEach((task, ids) -> counts.put(task, ids.size()));
		return counts;
	}

	/** The session of a process that is alive and not a zombie, from one read of its stat; -1 otherwise. */
	private static long liveSession(Path dir) {
		try {
			String stat = Files.readString(dir.resolve("stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			char state = fields[0].charAt(0);
			return state == 'Z' || state == 'X' ? -1 : Long.parseLong(fields[3]);
		} catch (IOException | RuntimeException e) {
			return -1; // gone
		}
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
