package org.flotilla.scheduler.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flotilla.scheduler.Move;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Rebalancer;
import org.flotilla.scheduler.testing.MoveCheck;
import org.flotilla.scheduler.testing.ScatteredPool;

/**
 * The Planning Board's Rebalance proposal without the console ({@code releng/run-rebalance-benchmark --pool scattered}):
 * the engine problem the console builds ({@code PoolProblems.forPlanning}: resources cpu, memory, disk, network and
 * task slots, every node costing 1) for the pool {@code PlanningBoardBenchmark} generates, which is
 * {@link ScatteredPool} with the console's resources ({@code --tasks-per-node}, default 10), no constraints. The
 * objective is the dialog's: consolidate with a move penalty of 0.001 ({@code Rebalancing.MOVE_PENALTY}), spread with
 * 0.001 / nodes (the dialog's {@code Rebalancing.movePenalty}: one move's gain in the spread objective shrinks as
 * 1 / nodes; {@code --spread-penalty} sets a fixed one instead). First 100 nodes x 1,000 tasks (the baseline), then {@code --nodes}
 * nodes, each {@code --runs} times, one goal after the other. Each proposal is checked move by move, independently
 * of the engine ({@link MoveCheck}: capacity, labels, pinning, anti-affinity, the node's state); the objective before
 * and after is the engine's {@link Placement#objectiveValue}.
 */
final class ScatteredRebalance {

	private ScatteredRebalance() {
	}

	static Problem generate(int nodes, int tasksPerNode) {
		return ScatteredPool.of(nodes).tasksPerNode(tasksPerNode).withConsoleResources().build();
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
		int usedBefore = MoveCheck.nodesInUse(nodeOf);
		MoveCheck.applyInOrder(problem, nodeOf, moves);
		Map<String, String> after = new HashMap<>();
		for (int t = 0; t < nodeOf.length; t++) {
			if (nodeOf[t] >= 0) {
				after.put(problem.task(t).id(), problem.node(nodeOf[t]).id());
			}
		}
		return new Result((t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, moves.size(), usedBefore - MoveCheck.nodesInUse(nodeOf), start.objectiveValue(objective),
				Placement.of(problem, after).objectiveValue(objective), load);
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
