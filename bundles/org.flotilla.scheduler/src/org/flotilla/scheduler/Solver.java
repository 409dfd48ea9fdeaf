package org.flotilla.scheduler;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.flotilla.scheduler.internal.CompiledProblem;
import org.flotilla.scheduler.internal.Engine;
import org.flotilla.scheduler.internal.Evaluation;

/**
 * Places the tasks of a {@link Problem} on its nodes: a feasible placement fast (construction heuristic),
 * then better ones (late acceptance local search) until the time limit, the step limit or {@link #cancel()}.
 * Hard constraints always hold in the result; tasks that fit nowhere are left unplaced.
 * <p>
 * The same problem, seed and step limit give the same placement. With only a time limit, the search follows
 * the same path and the machine's speed decides how far it gets.
 * <p>
 * With {@link Builder#threads(int) threads(n)}, n independent searches run at once (a portfolio): the first
 * with the solver's seed, exactly as with one thread, the others with seeds derived from it; the best
 * placement wins (fewest unplaced tasks, then lowest objective, then the lowest thread). So the answer is
 * never worse than one thread's for the same step limit, and still the same for a seed and step limit.
 *
 * <pre>
 * Placement p = Solver.builder().objective(Objective.consolidate()).timeLimit(Duration.ofSeconds(2)).build().solve(problem);
 * </pre>
 */
public final class Solver {

	/** Receives progress (from the solving thread): after construction, every 200 ms, and at the end. */
	@FunctionalInterface
	public interface ProgressListener {
		void onProgress(SolverProgress progress);
	}

	private final Objective objective;
	private final Duration timeLimit;
	private final long maxSteps;
	private final long seed;
	private final ProgressListener listener;
	private final int lateAcceptanceLength;
	private final int threads;
	private final AtomicBoolean cancel = new AtomicBoolean();

	private Solver(Builder b) {
		this.objective = b.objective;
		this.timeLimit = b.timeLimit;
		this.maxSteps = b.maxSteps;
		this.seed = b.seed;
		this.listener = b.listener;
		this.lateAcceptanceLength = b.lateAcceptanceLength;
		this.threads = b.threads;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Asks a running {@link #solve} to stop and return its best placement so far; callable from any thread. */
	public void cancel() {
		cancel.set(true);
	}

	public Placement solve(Problem problem) {
		cancel.set(false);
		long start = System.nanoTime(); // the time limit and time to first feasible include compiling the problem
		CompiledProblem cp = new CompiledProblem(problem);
		Engine.Result[] results = new Engine.Result[threads];
		RuntimeException[] failures = new RuntimeException[threads];
		Thread[] helpers = new Thread[threads];
		for (int i = 1; i < threads; i++) {
			int index = i;
			// Only the first search reports progress: listeners expect one solving thread.
			Engine engine = new Engine(cp, objective, portfolioSeed(seed, i), start, timeLimit.toNanos(), maxSteps, cancel, null,
					lateAcceptanceLength);
			helpers[i] = new Thread(() -> {
				try {
					results[index] = engine.run();
				} catch (RuntimeException e) {
					failures[index] = e;
				}
			}, "flotilla-solver-" + i);
			helpers[i].setDaemon(true);
			helpers[i].start();
		}
		try {
			results[0] = new Engine(cp, objective, seed, start, timeLimit.toNanos(), maxSteps, cancel,
					listener == null ? null : listener::onProgress, lateAcceptanceLength).run();
		} catch (RuntimeException | Error e) {
			cancel.set(true); // the other searches stop at their next check
			throw e;
		}
		boolean interrupted = false;
		for (int i = 1; i < threads; i++) {
			while (true) {
				try {
					helpers[i].join();
					break;
				} catch (InterruptedException e) {
					interrupted = true; // stop them, but still wait: they stop at their next check of cancel
					cancel.set(true);
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		for (int i = 1; i < threads; i++) {
			if (failures[i] != null) {
				throw failures[i];
			}
		}
		int best = 0;
		int[] bestNodes = taskNodes(cp, results[0]);
		double bestValue = Evaluation.objective(problem, bestNodes, objective);
		int bestUnplaced = unplaced(bestNodes);
		long steps = results[0].steps();
		long firstFeasible = results[0].firstFeasibleNanos();
		boolean cancelled = results[0].cancelled();
		for (int i = 1; i < threads; i++) {
			int[] nodes = taskNodes(cp, results[i]);
			double value = Evaluation.objective(problem, nodes, objective);
			int unplaced = unplaced(nodes);
			if (unplaced < bestUnplaced || unplaced == bestUnplaced && value < bestValue) {
				best = i;
				bestNodes = nodes;
				bestValue = value;
				bestUnplaced = unplaced;
			}
			steps += results[i].steps();
			long ff = results[i].firstFeasibleNanos();
			if (ff >= 0 && (firstFeasible < 0 || ff < firstFeasible)) {
				firstFeasible = ff;
			}
			cancelled |= results[i].cancelled();
		}
		long elapsed = System.nanoTime() - start;
		return new Placement(problem, bestNodes, steps, threads == 1 ? results[best].elapsedNanos() : elapsed, firstFeasible,
				cancelled, cp);
	}

	/** Seed of portfolio search {@code index} (0: the solver's own seed). */
	private static long portfolioSeed(long seed, int index) {
		return index == 0 ? seed : seed + index * 0x9E3779B97F4A7C15L;
	}

	private static int[] taskNodes(CompiledProblem cp, Engine.Result result) {
		int[] nodeOfTask = new int[cp.unitOfTask.length];
		for (int t = 0; t < nodeOfTask.length; t++) {
			nodeOfTask[t] = result.unitNode()[cp.unitOfTask[t]];
		}
		return nodeOfTask;
	}

	private static int unplaced(int[] nodeOfTask) {
		int count = 0;
		for (int n : nodeOfTask) {
			count += n < 0 ? 1 : 0;
		}
		return count;
	}

	public static final class Builder {
		private Objective objective = Objective.consolidate();
		private Duration timeLimit = Duration.ofSeconds(10);
		private long maxSteps = Long.MAX_VALUE;
		private long seed = 0;
		private ProgressListener listener;
		private int lateAcceptanceLength = 400;
		private int threads = 1;

		public Builder objective(Objective objective) {
			this.objective = Objects.requireNonNull(objective);
			return this;
		}

		public Builder timeLimit(Duration limit) {
			this.timeLimit = Objects.requireNonNull(limit);
			return this;
		}

		/** Stop after this many search steps (for reproducible runs and tests). */
		public Builder maxSteps(long steps) {
			this.maxSteps = steps;
			return this;
		}

		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		public Builder progressListener(ProgressListener listener) {
			this.listener = listener;
			return this;
		}

		/** Length of the late acceptance list: longer explores more and converges later. */
		public Builder lateAcceptanceLength(int length) {
			if (length < 1) {
				throw new IllegalArgumentException("late acceptance length must be >= 1");
			}
			this.lateAcceptanceLength = length;
			return this;
		}

		/**
		 * Independent searches run at once (default 1); see the class comment. Each makes up to the step limit,
		 * so {@link Placement#steps()} is their total.
		 */
		public Builder threads(int threads) {
			if (threads < 1) {
				throw new IllegalArgumentException("threads must be >= 1");
			}
			this.threads = threads;
			return this;
		}

		public Solver build() {
			return new Solver(this);
		}
	}
}
