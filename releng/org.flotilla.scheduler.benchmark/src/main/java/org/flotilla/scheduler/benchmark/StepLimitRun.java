package org.flotilla.scheduler.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Solver;

/**
 * Compares engine versions on generated sets independently of the machine's load: for each seed and set,
 * the cost as a ratio to the LP bound after each given number of search steps (solver seed 42, one thread).
 * With a time limit the figures on a shared machine depend on how many steps the others leave; with a step
 * limit the same engine gives the same answer, so two versions can be compared on tuning seeds.
 *
 * <pre>
 * java -cp ... org.flotilla.scheduler.benchmark.StepLimitRun SETS SEEDS STEPS
 * e.g. StepLimitRun hetero,pub3-f1.1,pub3-f1.3 1,2 100000000
 * or a public instance by file name: StepLimitRun 2400computers-7000processes.json 0 20000000
 * </pre>
 */
public final class StepLimitRun {

	private StepLimitRun() {
	}

	public static void main(String[] args) throws java.io.IOException {
		String[] sets = args[0].split(",");
		String[] seeds = args[1].split(",");
		String[] stepCounts = args[2].split(",");
		for (String seed : seeds) {
			for (String set : sets) {
				// A name ending in .json is a file of the public instances' folder (the seed does not apply).
				Instance instance = set.endsWith(".json")
						? Instance.read(Path.of(System.getProperty("flotilla.bench.dir", "instances/cloudbalancing")).resolve(set))
						: CloudBalancingBenchmark.generate(set, Long.parseLong(seed));
				double bound = LpBound.of(instance);
				Problem problem = CloudBalancingBenchmark.toProblem(instance);
				StringBuilder line = new StringBuilder(set + " seed " + seed + ":");
				for (String count : stepCounts) {
					long steps = Long.parseLong(count);
					long start = System.nanoTime();
					Placement placement = Solver.builder().objective(Objective.consolidate()).timeLimit(Duration.ofHours(1))
							.maxSteps(steps).seed(42).build().solve(problem);
					line.append(String.format(Locale.ROOT, " | %,d steps: %.4f (%d unplaced, %.1f s)", steps,
							placement.usedNodeCost() / bound, placement.unplacedTasks().size(), (System.nanoTime() - start) / 1e9));
				}
				System.out.println(line.append(" | load ").append(CloudBalancingBenchmark.loadAverage()));
			}
		}
	}
}
