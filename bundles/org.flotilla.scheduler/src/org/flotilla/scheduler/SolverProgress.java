package org.flotilla.scheduler;

/**
 * A snapshot of a running solve, reported to a {@link Solver.ProgressListener}: the best placement so far
 * has {@code unplacedTasks} tasks left out (an affinity group counts once) and objective value {@code bestObjective}.
 */
public record SolverProgress(String phase, long steps, long elapsedNanos, int unplacedTasks, double bestObjective,
		long firstFeasibleNanos) {

	public boolean feasible() {
		return unplacedTasks == 0;
	}
}
