package org.flotilla.scheduler.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A set ending in {@code .json} is an instance file (e.g. one of the public instances), run once whatever
 * the seeds. {@code -Dthreads=N} runs the solver's portfolio on N threads, {@code -DsolverSeed=S} changes the
 * solver seed, {@code -DtimeLimitSeconds=S} adds a time limit. Each result also gives the steps per second of that run (load dependent, unlike the cost).
 */
public final class StepLimitRun {

	private StepLimitRun() {
	}

	/** {@code -DtimeLimitSeconds=S}: also stop after S seconds (to compare versions at equal wall time, with a huge step count). */
	private static final Duration TIME_LIMIT = Duration.ofMillis((long) (1000 * Double.parseDouble(System.getProperty("timeLimitSeconds", "3600"))));

	public static void main(String[] args) throws java.io.IOException {
		String[] sets = args[0].split(",");
		String[] seeds = args[1].split(",");
		String[] stepCounts = args[2].split(",");
		int threads = Integer.getInteger("threads", 1);
		long solverSeed = Long.getLong("solverSeed", 42);
		for (int s = 0; s < seeds.length; s++) {
			String seed = seeds[s];
			for (String set : sets) {
				boolean file = set.endsWith(".json");
				if (file && s > 0) {
					continue;
				}
				Instance instance;
				try {
					// A file name alone is one of the public instances' folder (-Dflotilla.bench.dir); the seed does not apply.
					Path path = Path.of(set);
					if (file && !java.nio.file.Files.exists(path)) {
						path = Path.of(System.getProperty("flotilla.bench.dir", "instances/cloudbalancing")).resolve(set);
					}
					instance = file ? Instance.read(path) : CloudBalancingBenchmark.generate(set, Long.parseLong(seed));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				double bound = LpBound.of(instance);
				Problem problem = CloudBalancingBenchmark.toProblem(instance);
				StringBuilder line = new StringBuilder(file ? Path.of(set).getFileName() + ":" : set + " seed " + seed + ":");
				for (String count : stepCounts) {
					long steps = Long.parseLong(count);
					long start = System.nanoTime();
					Placement placement = Solver.builder().objective(Objective.consolidate()).timeLimit(TIME_LIMIT)
							.maxSteps(steps).seed(solverSeed).threads(threads).build().solve(problem);
					double seconds = (System.nanoTime() - start) / 1e9;
					line.append(String.format(Locale.ROOT, " | %,d steps: %.4f, cost %,.0f (%d unplaced, %.1f s, %.2f M steps/s)", steps,
							placement.usedNodeCost() / bound, placement.usedNodeCost(), placement.unplacedTasks().size(), seconds,
							placement.steps() / seconds / 1e6));
				}
				System.out.println(line.append(" | load ").append(CloudBalancingBenchmark.loadAverage()));
			}
		}
	}
}
