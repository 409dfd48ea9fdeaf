package org.flotilla.scheduler;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import org.flotilla.scheduler.internal.CompiledProblem;
import org.flotilla.scheduler.internal.Engine;

/**
 * Places the tasks of a {@link Problem} on its nodes: a feasible placement fast (construction heuristic),
 * then better ones (late acceptance local search) until the time limit, the step limit or {@link #cancel()}.
 * Hard constraints always hold in the result; tasks that fit nowhere are left unplaced.
 * <p>
 * The same problem, seed and step limit give the same placement. With only a time limit, the search follows
 * the same path and the machine's speed decides how far it gets.
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
	private final AtomicBoolean cancel = new AtomicBoolean();

	private Solver(Builder b) {
		this.objective = b.objective;
		this.timeLimit = b.timeLimit;
		this.maxSteps = b.maxSteps;
		this.seed = b.seed;
		this.listener = b.listener;
		this.lateAcceptanceLength = b.lateAcceptanceLength;
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
		Engine engine = new Engine(cp, objective, seed, start, timeLimit.toNanos(), maxSteps, cancel,
				listener == null ? null : listener::onProgress, lateAcceptanceLength);
		Engine.Result result = engine.run();
		int[] nodeOfTask = new int[problem.tasks().size()];
		for (int t = 0; t < nodeOfTask.length; t++) {
			nodeOfTask[t] = result.unitNode()[cp.unitOfTask[t]];
		}
		return new Placement(problem, nodeOfTask, result.steps(), result.elapsedNanos(), result.firstFeasibleNanos(),
				result.cancelled(), cp);
	}

	public static final class Builder {
		private Objective objective = Objective.consolidate();
		private Duration timeLimit = Duration.ofSeconds(10);
		private long maxSteps = Long.MAX_VALUE;
		private long seed = 0;
		private ProgressListener listener;
		private int lateAcceptanceLength = 400;

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

		public Solver build() {
			return new Solver(this);
		}
	}
}
