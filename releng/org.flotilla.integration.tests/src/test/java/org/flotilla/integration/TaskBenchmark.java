package org.flotilla.integration;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.RestartPolicy;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.model.TaskState;

/**
 * The task benchmark (a command, not a test: {@code releng/run-task-benchmark}). With real agent processes of
 * the built distribution on loopback over TLS and this process as the console (connection service, live
 * updates, control service and the engine):
 * <ol>
 * <li>submit-to-running: submit {@code --tasks} sleeping services to {@code --agents} agents at once; per task,
 * the time from the submit to the model saying it runs (as its agent reported); p50, p99, total, and the CPU
 * this process (the console's services) used meanwhile;</li>
 * <li>restart elsewhere: a node running {@code --victim-tasks} tasks is killed with kill -9; the time until the
 * console marks it unreachable (detection) and until all its tasks run on other nodes; repeated
 * {@code --runs} times, the median reported.</li>
 * </ol>
 */
public final class TaskBenchmark {

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>(Map.of("--agents", "20", "--tasks", "1000", "--victim-tasks", "50",
				"--runs", "5", "--restart-agents", "4"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		int agents = Integer.parseInt(options.get("--agents"));
		int tasks = Integer.parseInt(options.get("--tasks"));
		int victimTasks = Integer.parseInt(options.get("--victim-tasks"));
		int runs = Integer.parseInt(options.get("--runs"));
		int restartAgents = Integer.parseInt(options.get("--restart-agents"));
		Path dir = Files.createTempDirectory("flotilla-task-benchmark");
		System.out.printf("task benchmark: %d agents, %d tasks; restart elsewhere: %d runs of %d tasks on %d agents; %d cores, %s%n",
				agents, tasks, runs, victimTasks, restartAgents, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		try {
			submitToRunning(dir.resolve("submit"), agents, tasks);
			restartElsewhere(dir.resolve("restart"), restartAgents, victimTasks, runs);
		} finally {
			TaskProcesses.killAll("bench-");
		}
	}

	static Task sleeper(String name) {
		Task task = PoolFactory.eINSTANCE.createTask();
		task.setName(name);
		task.setKind(TaskKind.SERVICE);
		task.setRestartPolicy(RestartPolicy.ALWAYS);
		task.setCommand("sleep");
		task.getArguments().add("100000");
		task.setCpuDemand(0.01);
		task.setMemoryDemand(4);
		return task;
	}

	private static void submitToRunning(Path dir, int agents, int count) throws Exception {
		try (TaskPool pool = new TaskPool(dir, agents, 16, 64 * 1024)) {
			pool.waitUntil("every agent ready", Duration.ofSeconds(120),
					() -> pool.pool.getAllNodes().stream().allMatch(n -> n.getState() == NodeState.READY && n.getLastHeartbeat() > 0));
			List<Task> tasks = new ArrayList<>();
			for (int i = 1; i <= count; i++) {
				tasks.add(sleeper("bench-submit-" + i));
			}
			long cpuBefore = processCpuNanos();
			long start = System.nanoTime();
			pool.onModel(() -> {
				// Spread: consolidating would fill one agent's task slots (512) after the other; this measures all 20 at once.
				pool.pool.setPlacementObjective(org.flotilla.model.PlacementObjective.SPREAD);
				return pool.control.submit(tasks);
			});
			long[] runningAt = new long[count];
			// Sampled on the model thread every 20 ms: the latency is as the model shows it (±20 ms).
			pool.waitUntil("all running", Duration.ofSeconds(600), () -> {
				boolean all = true;
				long now = System.nanoTime();
				for (int i = 0; i < count; i++) {
					if (runningAt[i] == 0 && tasks.get(i).getState() == TaskState.RUNNING) {
						runningAt[i] = now;
					}
					all &= runningAt[i] != 0;
				}
				return all;
			}, Duration.ofMillis(20));
			long total = System.nanoTime() - start;
			long cpu = processCpuNanos() - cpuBefore;
			long[] latencies = Arrays.stream(runningAt).map(t -> t - start).sorted().toArray();
			System.out.printf("submit-to-running, %d tasks on %d agents: p50 %d ms, p99 %d ms, total %d ms; console CPU %.1f s (%.0f %% of one core over the run)%n",
					count, agents, ms(percentile(latencies, 0.5)), ms(percentile(latencies, 0.99)), ms(total), cpu / 1e9,
					100.0 * cpu / total);
		} finally {
			TaskProcesses.killAll("bench-submit-");
		}
	}

	private static void restartElsewhere(Path dir, int agents, int victimTasks, int runs) throws Exception {
		List<Long> detections = new ArrayList<>();
		List<Long> restarts = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			try (TaskPool pool = new TaskPool(dir.resolve("run-" + run), agents, 64, 256 * 1024)) {
				pool.waitUntil("every agent ready", Duration.ofSeconds(120),
						() -> pool.pool.getAllNodes().stream().allMatch(n -> n.getState() == NodeState.READY && n.getLastHeartbeat() > 0));
				// Pin the victim's tasks there first (so that it runs exactly victimTasks), then unpin: they are free to move.
				Node victim = pool.node("agent-1");
				List<Task> tasks = new ArrayList<>();
				for (int i = 1; i <= victimTasks; i++) {
					Task task = sleeper("bench-restart-" + run + "-" + i);
					tasks.add(task);
				}
				pool.onModel(() -> {
					for (Node other : pool.pool.getAllNodes()) {
						if (other != victim) {
							other.setState(NodeState.MAINTENANCE); // only the victim takes them at first
						}
					}
					return pool.control.submit(tasks);
				});
				pool.waitUntil("the victim runs its tasks", Duration.ofSeconds(120),
						() -> tasks.stream().allMatch(t -> t.getState() == TaskState.RUNNING && t.getNode() == victim));
				pool.onModel(() -> {
					for (Node other : pool.pool.getAllNodes()) {
						if (other != victim) {
							pool.control.ready(other);
						}
					}
					return null;
				});
				pool.kill(0);
				long killed = System.nanoTime();
				pool.waitUntil("unreachable", Duration.ofSeconds(30), () -> victim.getState() == NodeState.UNREACHABLE, Duration.ofMillis(20));
				long detected = System.nanoTime();
				pool.waitUntil("all running elsewhere", Duration.ofSeconds(120), () -> tasks.stream()
						.allMatch(t -> t.getState() == TaskState.RUNNING && t.getNode() != null && t.getNode() != victim), Duration.ofMillis(20));
				long elsewhere = System.nanoTime();
				detections.add(ms(detected - killed));
				restarts.add(ms(elsewhere - detected));
				System.out.printf("restart elsewhere, run %d: detected %d ms after the kill, all %d running elsewhere %d ms after detection%n",
						run, ms(detected - killed), victimTasks, ms(elsewhere - detected));
			} finally {
				TaskProcesses.killAll("bench-restart-");
			}
		}
		System.out.printf("restart elsewhere, median of %d runs: detection %d ms, running elsewhere %d ms after detection (%d ms after the kill)%n",
				runs, median(detections), median(restarts), median(detections) + median(restarts));
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	private static long percentile(long[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(Comparator.naturalOrder());
		return sorted.get(sorted.size() / 2);
	}

	private static long ms(long nanos) {
		return nanos / 1_000_000;
	}
}
