package org.flotilla.scheduler.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Solver;
import org.flotilla.scheduler.SolverProgress;

/**
 * What the construction leaves and when the first feasible placement comes: for each seed and set, a few
 * solves (solver seed 42, one thread, stopped by a step limit, default 30 million, or a time limit, default 30 s) printing the
 * construction's report (unplaced tasks, cost / LP bound, time since {@code solve()} started), the time to the
 * first feasible placement and the load average beside it. Times depend on the machine's load; the unplaced
 * count and the costs do not.
 * <p>
 * Besides the generated sets ({@link CloudBalancingBenchmark#GENERATED_SETS}), {@code constrained} is the
 * constrained scale run ({@link ConstrainedScale}, seed 11; its seed argument is ignored), checked by its own
 * checker; it needs the public instances ({@code -Dflotilla.bench.dir}, default
 * {@code instances/cloudbalancing}).
 *
 * <pre>
 * java -cp ... org.flotilla.scheduler.benchmark.FirstFeasibleRun SETS SEEDS REPEATS [STEPS [SECONDS]]
 * e.g. FirstFeasibleRun pub10-f1.3,pub10-f1.25,constrained 1,2 3
 * </pre>
 */
public final class FirstFeasibleRun {

	private FirstFeasibleRun() {
	}

	public static void main(String[] args) throws Exception {
		String[] sets = args[0].split(",");
		String[] seeds = args[1].split(",");
		int repeats = Integer.parseInt(args[2]);
		long steps = args.length > 3 ? Long.parseLong(args[3]) : 30_000_000L;
		Duration limit = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 30);
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		Path instances = Path.of(System.getProperty("flotilla.bench.dir", "instances/cloudbalancing"));
		for (String seed : seeds) {
			for (String set : sets) {
				Instance instance;
				Problem problem;
				ConstrainedScale constrained = null;
				if (set.equals("constrained")) {
					instance = CloudBalancingBenchmark.generateScaleInstance(instances, 10_000, 100_000);
					constrained = new ConstrainedScale(instance, 11);
					problem = constrained.toProblem();
				} else {
					instance = CloudBalancingBenchmark.generate(set, Long.parseLong(seed));
					problem = CloudBalancingBenchmark.toProblem(instance);
				}
				double bound = LpBound.of(instance);
				for (int i = 0; i < repeats; i++) {
					String loadBefore = CloudBalancingBenchmark.loadAverage();
					SolverProgress[] construction = new SolverProgress[1];
					// CPU time of the solving thread (this one) up to the construction's report: what the
					// construction costs on one core, whatever the other processes on the machine take.
					long[] cpu = { threads.getCurrentThreadCpuTime(), 0 };
					Placement placement = Solver.builder().objective(Objective.consolidate()).timeLimit(limit)
							.maxSteps(steps).seed(42).progressListener(p -> {
								if (p.phase().equals("construction")) {
									construction[0] = p;
									cpu[1] = threads.getCurrentThreadCpuTime();
								}
							}).build().solve(problem);
					SolverProgress c = construction[0];
					Duration first = placement.timeToFirstFeasible();
					String check = "";
					if (constrained != null) {
						int[] nodeOf = placement.nodeIndexes();
						List<String> violations = constrained.violations(nodeOf);
						check = String.format(Locale.ROOT, "; %d violations (own checker), cost %.4f x bound", violations.size(),
								constrained.cost(nodeOf) / bound);
					}
					System.out.println(String.format(Locale.ROOT,
							"%s seed %s run %d: construction %,d unplaced, %.4f x bound, done at %.3f s (%.3f s CPU) | first feasible %s | after %,d steps %.4f x bound, %d unplaced, %.1f s%s | load %s -> %s",
							set, constrained != null ? "11" : seed, i + 1, c.unplacedTasks(), c.bestObjective() / bound,
							c.elapsedNanos() / 1e9, (cpu[1] - cpu[0]) / 1e9, first == null ? "never" : String.format(Locale.ROOT, "%.3f s", first.toNanos() / 1e9),
							placement.steps(), placement.usedNodeCost() / bound, placement.unplacedTasks().size(),
							placement.timeUsed().toNanos() / 1e9, check, loadBefore, CloudBalancingBenchmark.loadAverage()));
				}
			}
		}
	}
}
