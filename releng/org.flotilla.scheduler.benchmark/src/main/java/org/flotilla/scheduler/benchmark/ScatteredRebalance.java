package org.flotilla.scheduler.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.flotilla.scheduler.Move;
import org.flotilla.scheduler.Node;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Rebalancer;
import org.flotilla.scheduler.Task;

/**
 * The Planning Board's Rebalance proposal without the console ({@code releng/run-rebalance-benchmark --pool scattered}):
 * the engine problem the console builds ({@code PoolProblems.forPlanning}: resources cpu, memory, disk, network and
 * task slots, every node costing 1) for the pool {@code PlanningBoardBenchmark} generates: 64 cores and 256 GiB a
 * node, ten tasks a node on average (19 on nodes 0, 10, 20..., one on nodes 9, 19, 29...), every other node labelled
 * ssd, which its first task then requires; tasks of 1-3 cores and 1-4 GiB, each running where it was generated. The
 * objective is the dialog's: consolidate with a move penalty of 0.001 ({@code Rebalancing.MOVE_PENALTY}), spread with
 * 0.001 / nodes (the dialog's {@code Rebalancing.movePenalty}: one move's gain in the spread objective shrinks as
 * 1 / nodes; {@code --spread-penalty} sets a fixed one instead). First 100 nodes x 1,000 tasks (the baseline), then {@code --nodes}
 * nodes, each {@code --runs} times, one goal after the other. Each proposal is checked move by move, independently
 * of the engine: capacity, labels, the node's state; the objective before and after is the engine's
 * {@link Placement#objectiveValue}.
 */
final class ScatteredRebalance {

	private ScatteredRebalance() {
	}

	static Problem generate(int nodes, int tasksPerNode) {
		Problem.Builder b = Problem.builder("cpu", "memory", "disk", "network", "tasks").predictor(null);
		for (int i = 0; i < nodes; i++) {
			Problem.NodeBuilder nb = b.node("n" + i).cost(1).capacity(64, 262_144, 0, 0, 512);
			if (i % 2 == 0) {
				nb.labels("ssd");
			}
			nb.add();
		}
		for (int i = 0; i < nodes; i++) {
			int here = i % 10 == 9 ? 1 : i % 10 == 0 ? 2 * tasksPerNode - 1 : tasksPerNode;
			for (int t = 0; t < here; t++) {
				Problem.TaskBuilder tb = b.task("n" + i + "-t" + t).demand(1 + t % 3, 1024 * (1 + t % 4), 0, 0, 1)
						.currentNode("n" + i);
				if (t == 0 && i % 2 == 0) {
					tb.requireLabels("ssd");
				}
				tb.add();
			}
		}
		return b.build();
	}

	record Result(long millis, long cpuMillis, int moves, int freed, double before, double after, String load) {
	}

	static Result run(Problem problem, Objective objective, int maxMoves, java.time.Duration budget) {
		String load = loadAverage();
		Placement start = Placement.current(problem);
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long c0 = threads.getCurrentThreadCpuTime();
		long t0 = System.nanoTime();
		List<Move> moves = Rebalancer.propose(start, objective, maxMoves, budget);
		long t1 = System.nanoTime();
		long c1 = threads.getCurrentThreadCpuTime();
		int[] nodeOf = start.nodeIndexes();
		int usedBefore = used(nodeOf);
		check(problem, nodeOf, moves);
		Map<String, String> after = new HashMap<>();
		for (int t = 0; t < nodeOf.length; t++) {
			if (nodeOf[t] >= 0) {
				after.put(problem.task(t).id(), problem.node(nodeOf[t]).id());
			}
		}
		return new Result((t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, moves.size(), usedBefore - used(nodeOf), start.objectiveValue(objective),
				Placement.of(problem, after).objectiveValue(objective), load);
	}

	/** Applies the moves to {@code nodeOf} in order, failing on the first that does not fit where the ones before left the pool. */
	static void check(Problem problem, int[] nodeOf, List<Move> moves) {
		int R = problem.resourceCount();
		double[][] load = new double[problem.nodes().size()][R];
		for (int t = 0; t < nodeOf.length; t++) {
			if (nodeOf[t] >= 0) {
				for (int r = 0; r < R; r++) {
					load[nodeOf[t]][r] += problem.demand(t, r);
				}
			}
		}
		int step = 0;
		for (Move move : moves) {
			step++;
			int from = problem.nodeIndex(move.fromNode());
			int to = problem.nodeIndex(move.toNode());
			Node target = problem.node(to);
			if (!target.state().acceptsWork()) {
				throw new AssertionError("move " + step + " to a node that takes no work: " + move);
			}
			for (String id : move.taskIds()) {
				int t = problem.taskIndex(id);
				Task task = problem.task(t);
				if (nodeOf[t] != from) {
					throw new AssertionError("move " + step + ": " + id + " is not on " + move.fromNode());
				}
				if (task.pinned() || !target.labels().containsAll(task.requiredLabels())) {
					throw new AssertionError("move " + step + ": " + id + " may not go to " + move.toNode());
				}
				nodeOf[t] = to;
				for (int r = 0; r < R; r++) {
					load[from][r] -= problem.demand(t, r);
					load[to][r] += problem.demand(t, r);
				}
			}
			for (int r = 0; r < R; r++) {
				if (load[to][r] > target.capacity(r) + 1e-9) {
					throw new AssertionError("move " + step + " overloads " + move.toNode() + ": " + move);
				}
			}
		}
	}

	private static int used(int[] nodeOf) {
		Set<Integer> used = new HashSet<>();
		for (int n : nodeOf) {
			if (n >= 0) {
				used.add(n);
			}
		}
		return used.size();
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		} catch (java.io.IOException e) {
			return "?";
		}
	}

	static void main(Map<String, String> options) {
		int nodes = Integer.parseInt(options.get("--nodes"));
		int perNode = Integer.parseInt(options.getOrDefault("--tasks-per-node", "10"));
		int maxMoves = Integer.parseInt(options.get("--moves"));
		int runs = Integer.parseInt(options.get("--runs"));
		java.time.Duration budget = java.time.Duration.ofMillis(Long.parseLong(options.getOrDefault("--budget-ms", "10000")));
		String fixedSpreadPenalty = options.get("--spread-penalty");
		List<String> goals = List.of(options.getOrDefault("--goals", "consolidate,spread").split(","));
		System.out.printf(Locale.ROOT, "scattered pool rebalance: %d moves at most, budget %d ms, %d runs; %d cores, Java %s%n", maxMoves,
				budget.toMillis(), runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		Map<String, Long> baseline = new HashMap<>();
		for (int size : new int[] { 100, nodes }) {
			long g0 = System.nanoTime();
			Problem problem = generate(size, perNode);
			System.out.printf(Locale.ROOT, "%,d nodes x %,d tasks generated in %,d ms%n", size, problem.tasks().size(),
					(System.nanoTime() - g0) / 1_000_000);
			for (String goal : goals) {
				double spreadPenalty = fixedSpreadPenalty != null ? Double.parseDouble(fixedSpreadPenalty) : 0.001 / size;
				Objective objective = goal.equals("spread") ? Objective.spread().withMovePenalty(spreadPenalty)
						: Objective.consolidate().withMovePenalty(0.001);
				for (int run = 1; run <= runs; run++) {
					Result r = run(problem, objective, maxMoves, budget);
					String ratio = "";
					if (size == 100 && run == runs) {
						baseline.put(goal, Math.max(1, r.millis()));
					} else if (size != 100) {
						ratio = String.format(Locale.ROOT, "; ratio vs baseline %.1f", (double) r.millis() / baseline.get(goal));
					}
					System.out.printf(Locale.ROOT,
							"%,d nodes, %s, run %d: proposal in %,d ms (this thread's CPU %,d ms); %d moves, %d nodes freed, objective %.6f -> %.6f, every move fits in order%s; loadavg %s%n",
							size, goal, run, r.millis(), r.cpuMillis(), r.moves(), r.freed(), r.before(), r.after(), ratio, r.load());
				}
			}
		}
	}
}
