package org.flotilla.scheduler.benchmark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.flotilla.scheduler.Move;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Rebalancer;
import org.flotilla.scheduler.Solver;

/**
 * The rebalancer's time to a proposal (a command: {@code releng/run-rebalance-benchmark}), against its reference in the
 * same process: {@link Rebalancer#proposeByFullPasses} (every unit weighed against every node at every step) and
 * {@link Rebalancer#propose} (best moves kept up to date between steps). The pool is generated: {@code --nodes} nodes
 * of 16 cores and 64 GiB costing 50 to 149, {@code --tasks} tasks of 0.2 to 1.4 cores and 0.5 to 4.5 GiB (seed
 * {@code --seed}), placed by the engine's construction for consolidation; the rebalancer then spreads them (many moves
 * pay). Each of {@code --runs} runs asks both for {@code --moves} moves, prints both times, their ratio and whether the
 * moves are the same; the first run includes the JIT's warm-up.
 * <p>
 * {@code --pool scattered} measures the Planning Board's proposal instead (see {@link ScatteredRebalance}): the board
 * benchmark's pool, 100 nodes as the baseline, then {@code --nodes} (default 10,000) with 10 tasks a node,
 * {@code --moves} (default 200) at most within {@code --budget-ms} (default 10,000, the dialog's).
 */
public final class RebalanceBenchmark {

	public static void main(String[] args) {
		Map<String, String> options = new HashMap<>(Map.of("--nodes", "1000", "--tasks", "10000", "--moves", "20", "--runs", "3",
				"--seed", "7"));
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		if ("scattered".equals(options.get("--pool"))) {
			if (!List.of(args).contains("--nodes")) {
				options.put("--nodes", "10000");
			}
			if (!List.of(args).contains("--moves")) {
				options.put("--moves", "200");
			}
			ScatteredRebalance.main(options);
			return;
		}
		int nodes = Integer.parseInt(options.get("--nodes"));
		int tasks = Integer.parseInt(options.get("--tasks"));
		int moves = Integer.parseInt(options.get("--moves"));
		int runs = Integer.parseInt(options.get("--runs"));
		Random random = new Random(Long.parseLong(options.get("--seed")));
		Problem.Builder builder = Problem.builder("cpu", "memory");
		for (int n = 0; n < nodes; n++) {
			builder.addNode("node-" + n, 50 + random.nextInt(100), 16, 64);
		}
		for (int t = 0; t < tasks; t++) {
			builder.addTask("task-" + t, 0.2 + random.nextDouble() * 1.2, 0.5 + random.nextDouble() * 4);
		}
		Problem problem = builder.build();
		Placement start = Solver.builder().objective(Objective.consolidate()).seed(1).maxSteps(0).build().solve(problem);
		Objective objective = Objective.spread();
		System.out.printf("rebalance benchmark: %d nodes x %d tasks, %d moves asked, %d runs; %d cores, Java %s%n", nodes, tasks, moves,
				runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		for (int run = 1; run <= runs; run++) {
			long t0 = System.nanoTime();
			List<Move> full = Rebalancer.proposeByFullPasses(start, objective, moves);
			long t1 = System.nanoTime();
			List<Move> kept = Rebalancer.propose(start, objective, moves);
			long t2 = System.nanoTime();
			boolean same = full.size() == kept.size();
			for (int i = 0; same && i < full.size(); i++) {
				same = full.get(i).taskIds().equals(kept.get(i).taskIds()) && full.get(i).toNode().equals(kept.get(i).toNode());
			}
			System.out.printf("run %d: full passes %,d ms (%d moves); kept up to date %,d ms (%d moves); ratio %.1f; same moves: %s%n", run,
					(t1 - t0) / 1_000_000, full.size(), (t2 - t1) / 1_000_000, kept.size(), (double) (t1 - t0) / Math.max(1, t2 - t1),
					same ? "yes" : "NO");
		}
	}
}
