package org.flotilla.scheduler.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.SolverProgress;

/**
 * The search: a construction heuristic for a feasible start, then late acceptance hill climbing with change,
 * swap and placement moves until the time limit, the step limit or cancel.
 * <p>
 * Deterministic: every choice comes from one {@link SplittableRandom} seeded by the caller, and the clock
 * is only read to decide when to stop (so the same seed and step limit give the same answer; with a time
 * limit the path is the same and only its length depends on the machine).
 */
public final class Engine {

	/** How the search ended and what it found. */
	public record Result(int[] unitNode, long steps, long elapsedNanos, long firstFeasibleNanos, boolean cancelled) {
	}

	private final CompiledProblem cp;
	private final Objective objective;
	private final long seed;
	private final long timeLimitNanos;
	private final long maxSteps;
	private final AtomicBoolean cancel;
	private final Consumer<SolverProgress> progress;
	private final int lateAcceptanceLength;

	public Engine(CompiledProblem cp, Objective objective, long seed, long timeLimitNanos, long maxSteps,
			AtomicBoolean cancel, Consumer<SolverProgress> progress, int lateAcceptanceLength) {
		this.cp = cp;
		this.objective = objective;
		this.seed = seed;
		this.timeLimitNanos = timeLimitNanos;
		this.maxSteps = maxSteps;
		this.cancel = cancel;
		this.progress = progress;
		this.lateAcceptanceLength = lateAcceptanceLength;
	}

	public Result run() {
		long start = System.nanoTime();
		SplittableRandom random = new SplittableRandom(seed);
		SearchState state = new SearchState(cp, objective);
		new Construction(cp, objective, state, random).run();
		state.refreshScore();
		long firstFeasible = state.unplaced() == 0 ? System.nanoTime() - start : -1;
		report("construction", 0, start, state.unplaced(), state.objective(), firstFeasible);

		// Units the search may move, and those still waiting for a node.
		int[] movable = movableUnits();
		int[] waiting = new int[state.unplaced()];
		int[] waitingPos = new int[cp.units];
		int waitingCount = 0;
		for (int u = 0; u < cp.units; u++) {
			if (state.nodeOf[u] < 0 && cp.pinnedNode[u] < 0) {
				waitingPos[u] = waitingCount;
				waiting[waitingCount++] = u;
			}
		}

		int[] best = state.nodeOf.clone();
		boolean[] touched = new boolean[cp.units];
		int[] touchedList = new int[cp.units];
		int touchedCount = 0;
		int bestUnplaced = state.unplaced();
		double currentObjective = state.objective();
		double bestObjective = currentObjective;

		double[] lateScores = new double[lateAcceptanceLength];
		Arrays.fill(lateScores, state.score());
		long steps = 0;
		long evaluated = 0;
		long lastReport = System.nanoTime();
		boolean cancelled = false;
		boolean canSearch = movable.length > 0 && cp.readyNodes.length > 1 || waitingCount > 0;
		while (canSearch && steps < maxSteps) {
			if ((steps & 255) == 0) {
				long now = System.nanoTime();
				if (cancel.get()) {
					cancelled = true;
					break;
				}
				if (now - start >= timeLimitNanos) {
					break;
				}
				if (progress != null && now - lastReport > 200_000_000L) {
					lastReport = now;
					report("local search", steps, start, bestUnplaced, bestObjective, firstFeasible);
				}
			}
			steps++;
			int u;
			int target = -1;
			int partner = -1;
			if (waitingCount > 0 && (movable.length == 0 || random.nextInt(8) == 0)) {
				u = waiting[random.nextInt(waitingCount)];
				target = randomTarget(u, random, movable, state);
				if (target < 0 || !state.canMove(u, target)) {
					continue;
				}
			} else if (movable.length == 0) {
				continue;
			} else if (random.nextBoolean()) {
				u = movable[random.nextInt(movable.length)];
				target = randomTarget(u, random, movable, state);
				if (target < 0 || state.nodeOf[u] < 0 || !state.canMove(u, target)) {
					continue;
				}
			} else {
				u = movable[random.nextInt(movable.length)];
				partner = movable[random.nextInt(movable.length)];
				if (!state.canSwap(u, partner)) {
					continue;
				}
			}
			evaluated++;
			double delta = partner >= 0 ? state.swapDelta(u, partner) : state.moveDelta(u, target);
			double candidate = state.score() + delta;
			int slot = (int) (evaluated % lateAcceptanceLength);
			if (delta <= 0 || candidate <= lateScores[slot]) {
				if (partner >= 0) {
					currentObjective += state.swapObjectiveDelta(u, partner);
					state.swap(u, partner);
					touchedCount = touch(partner, touched, touchedList, touchedCount);
				} else {
					boolean wasWaiting = state.nodeOf[u] < 0;
					currentObjective += state.moveObjectiveDelta(u, target);
					state.move(u, target);
					if (wasWaiting) {
						int pos = waitingPos[u];
						int last = waiting[--waitingCount];
						waiting[pos] = last;
						waitingPos[last] = pos;
						if (waitingCount == 0 && firstFeasible < 0 && state.unplaced() == 0) {
							firstFeasible = System.nanoTime() - start;
						}
					}
				}
				touchedCount = touch(u, touched, touchedList, touchedCount);
				if (state.unplaced() < bestUnplaced
						|| state.unplaced() == bestUnplaced && currentObjective < bestObjective - 1e-9 * Math.max(1, Math.abs(bestObjective))) {
					// Bring the best copy up to date with only the units that moved since the last best.
					for (int i = 0; i < touchedCount; i++) {
						int t = touchedList[i];
						best[t] = state.nodeOf[t];
						touched[t] = false;
					}
					touchedCount = 0;
					bestUnplaced = state.unplaced();
					bestObjective = currentObjective;
				}
			}
			if (state.score() < lateScores[slot]) {
				lateScores[slot] = state.score();
			}
			if ((evaluated & ((1 << 22) - 1)) == 0) {
				// Incremental sums drift by rounding over millions of moves: start again from exact values.
				state.refreshScore();
				currentObjective = state.objective();
			}
		}
		long elapsed = System.nanoTime() - start;
		report("done", steps, start, bestUnplaced, bestObjective, firstFeasible);
		return new Result(best, steps, elapsed, firstFeasible, cancelled);
	}

	private static int touch(int u, boolean[] touched, int[] list, int count) {
		if (!touched[u]) {
			touched[u] = true;
			list[count++] = u;
		}
		return count;
	}

	/**
	 * A node to try for u: half the time any node u may use, half the time the node of another unit (an
	 * already used node, chosen in proportion to how many units it runs: good for consolidating).
	 */
	private int randomTarget(int u, SplittableRandom random, int[] movable, SearchState state) {
		if (movable.length > 0 && random.nextBoolean()) {
			int n = state.nodeOf[movable[random.nextInt(movable.length)]];
			return n >= 0 && cp.allowed(u, n) ? n : -1;
		}
		int[] list = cp.allowedList[u];
		if (list == null) {
			list = cp.readyNodes;
		}
		return list.length == 0 ? -1 : list[random.nextInt(list.length)];
	}

	private int[] movableUnits() {
		List<Integer> list = new ArrayList<>();
		for (int u = 0; u < cp.units; u++) {
			if (cp.pinnedNode[u] < 0) {
				list.add(u);
			}
		}
		return list.stream().mapToInt(Integer::intValue).toArray();
	}

	private void report(String phase, long steps, long start, int unplaced, double objectiveValue, long firstFeasible) {
		if (progress != null) {
			progress.accept(new SolverProgress(phase, steps, System.nanoTime() - start, unplaced, objectiveValue, firstFeasible));
		}
	}
}
