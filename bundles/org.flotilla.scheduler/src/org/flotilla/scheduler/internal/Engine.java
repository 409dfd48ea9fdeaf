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
 * The search: a construction heuristic for a feasible start, then late acceptance hill climbing until the
 * time limit, the step limit or cancel, with six moves:
 * <ul>
 * <li><b>change</b>: one unit to another node (any allowed node, or a node already in use); when consolidating,
 * the unit is the one on the emptier node of two random units;</li>
 * <li><b>swap</b>: two units on different nodes exchange places;</li>
 * <li><b>place</b>: a unit the construction could not place tries a node;</li>
 * <li><b>drain</b> (rare): every unit of one node (the one that costs most per unit of work among the nodes of
 * four random units) goes, one by one, to its best other node. Closing a node
 * often needs several moves at once, each of which alone looks no better; draining makes it one step.</li>
 * <li><b>ruin and recreate</b> (rare, consolidation only): every unit of a few small nodes comes off and goes
 * back best fit, so that the units of several nodes are repacked together ({@link #ruinAndRecreate}).</li>
 * <li><b>trade-up</b> (rare, consolidation only): an empty node that is cheap per unit of capacity opens and takes
 * every unit of whole nodes that are dear per unit of work ({@link #tradeUp}).</li>
 * </ul>
 * The three compound moves are kept or undone as a whole ({@link #keepOrUndo}).
 * At the end the best assignment is restored and any unit still unplaced gets a last exhaustive try, so an
 * unplaced task really fits nowhere.
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
	private final long startNanos;
	private final long timeLimitNanos;
	private final long maxSteps;
	private final AtomicBoolean cancel;
	private final Consumer<SolverProgress> progress;
	private final int lateAcceptanceLength;

	private SearchState state;
	private SplittableRandom random;
	private int[] movable;
	private int[] best;
	private boolean[] touched;
	private int[] touchedList;
	private int touchedCount;
	private int bestUnplaced;
	private double currentObjective;
	private double bestObjective;
	private double[] lateScores;
	private long evaluated;
	private int[] drainBuffer;

	public Engine(CompiledProblem cp, Objective objective, long seed, long startNanos, long timeLimitNanos, long maxSteps,
			AtomicBoolean cancel, Consumer<SolverProgress> progress, int lateAcceptanceLength) {
		this.cp = cp;
		this.objective = objective;
		this.seed = seed;
		this.startNanos = startNanos;
		this.timeLimitNanos = timeLimitNanos;
		this.maxSteps = maxSteps;
		this.cancel = cancel;
		this.progress = progress;
		this.lateAcceptanceLength = lateAcceptanceLength;
	}

	public Result run() {
		long start = startNanos;
		random = new SplittableRandom(seed);
		state = new SearchState(cp, objective);
		new Construction(cp, objective, state, random).run();
		state.refreshScore();
		long firstFeasible = state.unplaced() == 0 ? System.nanoTime() - start : -1;
		report("construction", 0, state.unplaced(), state.objective(), firstFeasible);

		movable = movableUnits();
		int[] waiting = new int[state.unplaced()];
		int[] waitingPos = new int[cp.units];
		int waitingCount = 0;
		for (int u = 0; u < cp.units; u++) {
			if (state.nodeOf[u] < 0 && cp.pinnedNode[u] < 0) {
				waitingPos[u] = waitingCount;
				waiting[waitingCount++] = u;
			}
		}

		best = state.nodeOf.clone();
		touched = new boolean[cp.units];
		touchedList = new int[cp.units];
		touchedCount = 0;
		bestUnplaced = state.unplaced();
		currentObjective = state.objective();
		bestObjective = currentObjective;
		drainBuffer = new int[cp.units];
		// One compound step at a time: a drain moves at most every unit once, a ruin and recreate its units twice, a
		// trade-up at most TRADE_UP_UNITS units.
		int journalSize = Math.max(cp.units, Math.max(2 * (1 + LNS_EXTRA) * LNS_NODE_UNITS, TRADE_UP_UNITS));
		journalUnit = new int[journalSize];
		journalFrom = new int[journalSize];
		lateScores = new double[lateAcceptanceLength];
		Arrays.fill(lateScores, state.score());
		// A drain scans every unit and every node: about once per (2 x units) steps keeps it a small share. Twice
		// as often as the 4 x units of before closed nodes faster on the generated 5,000-node sets (tuning seeds;
		// docs/benchmarks.md); four times as often made the heterogeneous fleet worse.
		int drainPeriod = Math.max(64, 2 * cp.units);
		// Only consolidation wants units taken off emptier nodes; other objectives keep the uniform choice.
		sourceCandidates = objective.spreadWeight() == 0 && objective.consolidationWeight() > 0 ? SOURCE_CANDIDATES : 1;
		// Ruin and recreate serves consolidation; with the other objectives the search is as before.
		lnsPeriod = sourceCandidates > 1 ? LNS_PERIOD : 0;
		tradeUpPeriod = sourceCandidates > 1 ? TRADE_UP_PERIOD : 0;
		tradeUpSources = new int[TRADE_UP_SOURCES];
		tradeUpKey = new double[TRADE_UP_SOURCES];
		if (lnsPeriod > 0 || tradeUpPeriod > 0) {
			ruined = new int[1 + LNS_EXTRA];
			int most = (1 + LNS_EXTRA) * LNS_NODE_UNITS;
			ruinedUnits = new int[most];
			ruinedSize = new double[most];
			lnsCandidates = new int[LNS_SAMPLE];
			capacityPerCost = new double[cp.nodes];
			initAvgCapacity();
			for (int n = 0; n < cp.nodes; n++) {
				double c = 0;
				for (int r = 0; r < cp.resources; r++) {
					c += cp.capacity[n * cp.resources + r] / avgCapacity[r];
				}
				capacityPerCost[n] = cp.cost[n] > 0 ? c / cp.cost[n] : Double.POSITIVE_INFINITY;
			}
		}

		long steps = 0;
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
					report("local search", steps, bestUnplaced, bestObjective, firstFeasible);
				}
			}
			steps++;
			if (tradeUpPeriod > 0 && (steps & (TRADE_UP_CHECK - 1)) == 0) {
				tradeUpsOn = bestAtCheck - bestObjective < TRADE_UP_SLOW * Math.abs(bestAtCheck);
				bestAtCheck = bestObjective;
			}
			if (waitingCount > 0 && (movable.length == 0 || random.nextInt(8) == 0)) {
				int u = waiting[random.nextInt(waitingCount)];
				int target = randomTarget(u);
				if (target < 0 || !state.canMove(u, target)) {
					continue;
				}
				// Placing a waiting unit always pays (the unplaced penalty dwarfs any objective).
				currentObjective += state.moveObjectiveDelta(u, target);
				state.move(u, target);
				touch(u);
				int pos = waitingPos[u];
				int last = waiting[--waitingCount];
				waiting[pos] = last;
				waitingPos[last] = pos;
				if (waitingCount == 0 && firstFeasible < 0 && state.unplaced() == 0) {
					firstFeasible = System.nanoTime() - start;
				}
				updateBest();
				continue;
			}
			if (movable.length == 0) {
				continue;
			}
			if (random.nextInt(drainPeriod) == 0) {
				drain();
				continue;
			}
			if (lnsPeriod > 0 && random.nextInt(lnsPeriod) == 0) {
				ruinAndRecreate();
				continue;
			}
			if (tradeUpsOn && random.nextInt(tradeUpPeriod) == 0) {
				tradeUp();
				continue;
			}
			if (random.nextBoolean()) {
				int u = unitOnEmptyNode();
				int target = randomTarget(u);
				if (target < 0 || state.nodeOf[u] < 0 || !state.canMove(u, target)) {
					continue;
				}
				double delta = state.moveDelta(u, target);
				if (accept(delta)) {
					currentObjective += state.moveObjectiveDelta(u, target);
					state.move(u, target);
					touch(u);
					updateBest();
				}
			} else {
				int u = movable[random.nextInt(movable.length)];
				int partner = movable[random.nextInt(movable.length)];
				if (!state.canSwap(u, partner)) {
					continue;
				}
				double delta = state.swapDelta(u, partner);
				if (accept(delta)) {
					currentObjective += state.swapObjectiveDelta(u, partner);
					state.swap(u, partner);
					touch(u);
					touch(partner);
					updateBest();
				}
			}
			rememberScore();
		}

		// Back to the best assignment found, then a last exhaustive try for whatever is still unplaced.
		for (int i = 0; i < touchedCount; i++) {
			int t = touchedList[i];
			if (state.nodeOf[t] != best[t]) {
				state.move(t, best[t]);
			}
		}
		for (int u = 0; u < cp.units; u++) {
			if (state.nodeOf[u] < 0 && cp.pinnedNode[u] < 0) {
				int n = bestNodeFor(u, -1);
				if (n >= 0) {
					state.move(u, n);
				}
			}
		}
		if (firstFeasible < 0 && state.unplaced() == 0) {
			firstFeasible = System.nanoTime() - start;
		}
		long elapsed = System.nanoTime() - start;
		report("done", steps, state.unplaced(), state.objective(), firstFeasible);
		return new Result(state.nodeOf.clone(), steps, elapsed, firstFeasible, cancelled);
	}

	/** Late acceptance: take a move that is no worse than now, or no worse than the score L moves ago. */
	private boolean accept(double delta) {
		evaluated++;
		int slot = (int) (evaluated % lateAcceptanceLength);
		return delta <= 0 || state.score() + delta <= lateScores[slot];
	}

	private void rememberScore() {
		int slot = (int) (evaluated % lateAcceptanceLength);
		if (state.score() < lateScores[slot]) {
			lateScores[slot] = state.score();
		}
		if ((evaluated & ((1 << 22) - 1)) == 0) {
			// Incremental sums drift by rounding over millions of moves: start again from exact values.
			state.refreshScore();
			currentObjective = state.objective();
		}
	}

	private void touch(int u) {
		if (!touched[u]) {
			touched[u] = true;
			touchedList[touchedCount++] = u;
		}
	}

	/** When the current assignment beats the best, copy over only the units that moved since the last best. */
	private void updateBest() {
		if (state.unplaced() < bestUnplaced || state.unplaced() == bestUnplaced
				&& currentObjective < bestObjective - 1e-9 * Math.max(1, Math.abs(bestObjective))) {
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

	/** Tries to move every unit off one node; keeps the result when late acceptance takes it, else undoes it. */
	private void drain() {
		// The node that costs most per unit of work among the nodes of four random units. Draining the node of
		// one random unit closed big, cost-efficient nodes of mixed fleets by filling the spare room of small dear
		// ones (a poor local optimum). Half random, half dearest was the earlier compromise for the public
		// instances; with change moves favouring units of emptier nodes and drains twice as often, always the
		// dearest did better on the generated tuning sets (the measurements: docs/benchmarks.md).
		int node = dearestOfSample();
		if (node < 0) {
			return;
		}
		int count = 0;
		for (int u = 0; u < cp.units; u++) {
			if (state.nodeOf[u] == node) {
				if (cp.pinnedNode[u] >= 0) {
					return;
				}
				drainBuffer[count++] = u;
			}
		}
		beginCompound();
		boolean complete = true;
		for (int i = 0; i < count; i++) {
			int u = drainBuffer[i];
			int target = bestNodeFor(u, node);
			if (target < 0) {
				complete = false;
				break;
			}
			journalMove(u, target);
		}
		keepOrUndo(complete);
	}

	/** The moves of the compound step under way (drain, ruin and recreate, trade-up), in order: unit and its node before. */
	private int[] journalUnit;
	private int[] journalFrom;
	private int journalLength;

	/** Moves u to n (-1: off every node) as part of a compound step, remembering where it was. */
	private void journalMove(int u, int n) {
		journalUnit[journalLength] = u;
		journalFrom[journalLength++] = state.nodeOf[u];
		currentObjective += state.moveObjectiveDelta(u, n);
		state.move(u, n);
	}

	/** Score, penalty-free score and objective when the compound step under way began. */
	private double compoundScore;
	private double compoundBase;
	private double compoundObjective;

	/** Starts a compound step: remembers where the score and objective stand, for {@link #keepOrUndo}. */
	private void beginCompound() {
		compoundScore = state.score();
		compoundBase = state.baseScore();
		compoundObjective = currentObjective;
	}

	/**
	 * Ends a compound step: keeps its moves when it is complete and late acceptance takes the score it
	 * reached, else undoes them all.
	 */
	private void keepOrUndo(boolean complete) {
		if (complete && journalLength > 0 && accept(state.score() - compoundScore)) {
			for (int i = 0; i < journalLength; i++) {
				touch(journalUnit[i]);
			}
			updateBest();
			journalLength = 0;
		} else {
			undoTo(0, compoundObjective, compoundBase);
		}
		rememberScore();
	}

	/**
	 * Undoes the journal's moves after the first {@code mark}, last first, which puts every unit back exactly
	 * where it was, and sets the objective and penalty-free score back to their values at the mark (dropping the
	 * rounding the moves left).
	 */
	private void undoTo(int mark, double objectiveAtMark, double baseAtMark) {
		while (journalLength > mark) {
			journalLength--;
			state.move(journalUnit[journalLength], journalFrom[journalLength]);
		}
		state.restoreBaseScore(baseAtMark);
		currentObjective = objectiveAtMark;
	}

	/**
	 * One step in how many is a ruin and recreate (tuning seeds 1 and 2, 20 million steps: with the move at this
	 * rate the 5,000-node sets end 2.4 % cheaper, the heterogeneous fleet 1-4 % cheaper; docs/benchmarks.md).
	 */
	private static final int LNS_PERIOD = 2000;
	/** How many used nodes (those of random units) a ruin and recreate offers the removed units. */
	private static final int LNS_SAMPLE = 128;
	/** A ruin takes the dearest node and 1 to this many more. */
	private static final int LNS_EXTRA = 3;
	/**
	 * Nodes running more units than this are not ruined. Putting a large machine's many small units back
	 * into the gaps of small ones closes it at once, and the search never reopens it: on the heterogeneous
	 * fleet (tuning seed 1) the 256/1,024 machines in use fell from 70 to 35 and the smallest rose from 222 to
	 * 485, 1.29 x the bound against 1.21 without the move; with this limit (8, 12, 16 tried) 1.17.
	 */
	private static final int LNS_NODE_UNITS = 12;

	/** {@link #LNS_PERIOD} when consolidating, else 0 (no ruin and recreate). */
	private int lnsPeriod;
	private int[] ruined;
	private int[] ruinedUnits;
	private double[] ruinedSize;
	private int[] lnsCandidates;
	/** Each node's capacity (in units of the average node's, summed over resources) per unit of cost. */
	private double[] capacityPerCost;

	/**
	 * Ruin and recreate: takes every unit off a few nodes (the dearest per unit of work of four sampled nodes,
	 * as a drain does, and 1 to {@link #LNS_EXTRA} nodes of random units; none running more than
	 * {@link #LNS_NODE_UNITS}), then puts them back, largest first, each on the used node of a sample where it
	 * leaves the smallest remainder ({@code sum_r ((free_r - demand_r) / capacity_r)^2}, as {@link ShapeFill}
	 * does), reopening one of the emptied nodes (most capacity per cost first) only when no used node takes it.
	 * Late acceptance decides on the whole; otherwise every unit goes back exactly where it was. A drain
	 * empties one node into the others' room one unit at a time; this repacks the units of several nodes
	 * together, which is what closes a node when each of its units alone would only fit where another's is.
	 * Bounded work, no allocation: preallocated buffers, the nodes' unit lists of {@link SearchState}.
	 */
	private void ruinAndRecreate() {
		int node = dearestOfSample();
		int k = 0;
		if (node >= 0 && state.unitsOnNode[node] <= LNS_NODE_UNITS) {
			ruined[k++] = node;
		}
		int extra = 1 + random.nextInt(LNS_EXTRA);
		for (int i = 0; i < extra; i++) {
			int n = state.nodeOf[movable[random.nextInt(movable.length)]];
			if (n >= 0 && !contains(ruined, k, n) && state.unitsOnNode[n] <= LNS_NODE_UNITS) {
				ruined[k++] = n;
			}
		}
		if (k == 0) {
			return;
		}
		int count = 0;
		for (int i = 0; i < k; i++) {
			for (int u = state.firstOn(ruined[i]); u >= 0; u = state.nextOn(u)) {
				if (cp.pinnedNode[u] < 0) {
					ruinedUnits[count] = u;
					double size = 0;
					for (int r = 0; r < cp.resources; r++) {
						size += cp.demand[u * cp.resources + r] / avgCapacity[r];
					}
					ruinedSize[count++] = size;
				}
			}
		}
		if (count == 0) {
			return;
		}
		// Largest first (insertion sort: a few dozen units at most).
		for (int i = 1; i < count; i++) {
			insertDescending(ruinedUnits, ruinedSize, i, ruinedUnits[i], ruinedSize[i]);
		}
		int sample = 0;
		for (int i = 0; i < LNS_SAMPLE; i++) {
			int n = state.nodeOf[movable[random.nextInt(movable.length)]];
			if (n >= 0 && !contains(ruined, k, n)) {
				lnsCandidates[sample++] = n;
			}
		}
		beginCompound();
		for (int i = 0; i < count; i++) {
			journalMove(ruinedUnits[i], -1);
		}
		boolean complete = true;
		for (int done = 0; done < count; done++) {
			int u = ruinedUnits[done];
			int target = -1;
			double bestRemainder = Double.POSITIVE_INFINITY;
			for (int i = 0; i < sample + k; i++) {
				int n = i < sample ? lnsCandidates[i] : ruined[i - sample];
				if (state.unitsOnNode[n] > 0 && state.canMove(u, n)) {
					double rem = remainder(u, n);
					if (rem < bestRemainder) {
						bestRemainder = rem;
						target = n;
					}
				}
			}
			if (target < 0) {
				double bestCapacity = -1;
				for (int i = 0; i < k; i++) {
					int n = ruined[i];
					if (state.unitsOnNode[n] == 0 && capacityPerCost[n] > bestCapacity && state.canMove(u, n)) {
						bestCapacity = capacityPerCost[n];
						target = n;
					}
				}
			}
			if (target < 0) {
				complete = false;
				break;
			}
			journalMove(u, target);
		}
		keepOrUndo(complete);
	}

	/**
	 * One step in how many is a trade-up, consolidation only (tuning seeds 1 and 2, 100 million steps: 1,000 and
	 * 4,000 tried, within 0.4 % of this on the 5,000-node and heterogeneous sets; docs/benchmarks.md).
	 */
	private static final int TRADE_UP_PERIOD = 2000;
	/** How many ready nodes a trade-up looks at for an empty one to open (4 and 16 tried: within 0.4 %, neither better on both sets). */
	private static final int TRADE_UP_TARGETS = 8;
	/**
	 * How many used nodes (those of random units) a trade-up offers to empty into the node it opens (128 tried: 0.3 %
	 * better on the heterogeneous fleet, 0.1 % worse on the 5,000-node set).
	 */
	private static final int TRADE_UP_SOURCES = 64;
	/** At most this many units move in one trade-up. */
	private static final int TRADE_UP_UNITS = 256;

	/**
	 * Trade-ups run only while the search gains little: every {@link #TRADE_UP_CHECK} steps, on when the best
	 * objective fell by less than this share over the last such stretch (trade-ups' own gains included, so a stretch
	 * in which they gained much turns them off for the next; the first look always finds the search gaining, so the
	 * earliest trade-up comes after 2 x 2^20 steps). A trade-up commits a whole node's room at once; while single
	 * moves still close nodes into the gaps of used ones, that commitment leads to dearer ends (the 100-computer
	 * public instance, solver seeds 1-12, 30 million steps: 1.032 x the bound with trade-ups throughout against 1.022
	 * without; gated, 1.025, within the spread of 0.006), and the heterogeneous and 5,000-node sets keep their gains
	 * (0.1 % tried: the same on those two within 0.4 %; docs/benchmarks.md).
	 */
	private static final double TRADE_UP_SLOW = 0.003;
	/** How many steps between two looks at the search's progress (a power of two). */
	private static final long TRADE_UP_CHECK = 1 << 20;
	private boolean tradeUpsOn;
	private double bestAtCheck = Double.POSITIVE_INFINITY;

	/** {@link #TRADE_UP_PERIOD} when consolidating, else 0. */
	private int tradeUpPeriod;
	private int[] tradeUpSources;
	private double[] tradeUpKey;

	/**
	 * Trade-up: opens an empty node that gives much capacity for its cost and moves into it every unit of
	 * whole used nodes that cost more per unit of work, dearest first, as many as fit; kept when the objective
	 * falls (the nodes closed cost more than the node opened, move and provisioning penalties included) and late
	 * acceptance takes the result, else every unit goes back. No other move opens a large node and fills it in one
	 * step: once the search has emptied a large machine that is cheap per unit of capacity (its units went, one by
	 * one, into the spare room of small dear ones), single moves do not open it again, since opening it costs its
	 * whole price at once and the small machines close only after many more moves. On the heterogeneous fleet
	 * (tuning seed 1) the search ended on 611 of the 619 smallest machines with 12 of the 51 largest
	 * general-purpose ones empty, where the LP bound uses only the three largest sizes (20 million steps: 1.168 x
	 * the bound; 1.165 x after 100 million); with this move, after 100 million steps, on 143 of the smallest and
	 * 50 of those 51, 1.061 x.
	 */
	private void tradeUp() {
		int target = -1;
		double targetCapacityPerCost = 0;
		int[] ready = cp.readyNodes;
		for (int i = 0; i < TRADE_UP_TARGETS && ready.length > 0; i++) {
			int n = ready[random.nextInt(ready.length)];
			if (state.unitsOnNode[n] == 0 && capacityPerCost[n] > targetCapacityPerCost) {
				targetCapacityPerCost = capacityPerCost[n];
				target = n;
			}
		}
		if (target < 0) {
			return;
		}
		// Only nodes that cost more per unit of work than the target would when full can pay for opening it.
		double targetCostPerWork = 1 / targetCapacityPerCost;
		int sources = 0;
		for (int i = 0; i < TRADE_UP_SOURCES; i++) {
			int n = state.nodeOf[movable[random.nextInt(movable.length)]];
			if (n >= 0 && !contains(tradeUpSources, sources, n)) {
				double c = costPerWork(n);
				if (c > targetCostPerWork) {
					insertDescending(tradeUpSources, tradeUpKey, sources++, n, c); // dearest first
				}
			}
		}
		beginCompound();
		boolean emptiedOne = false;
		for (int i = 0; i < sources; i++) {
			int n = tradeUpSources[i];
			if (journalLength + state.unitsOnNode[n] > TRADE_UP_UNITS || !usageFits(n, target) || !allMayGo(n, target)) {
				continue;
			}
			int mark = journalLength;
			double objectiveAtMark = currentObjective;
			double baseAtMark = state.baseScore();
			for (int u = state.firstOn(n); u >= 0; u = state.firstOn(n)) {
				if (!state.canMove(u, target)) {
					break;
				}
				journalMove(u, target);
			}
			if (state.unitsOnNode[n] == 0) {
				emptiedOne = true;
			} else {
				// A unit that does not fit after the others (anti-affinity among them): this node stays as it was.
				undoTo(mark, objectiveAtMark, baseAtMark);
			}
		}
		// Kept only if the nodes closed cost more than the node opened: the search's score also rewards full nodes
		// (the guidance), so late acceptance alone takes trade-ups that fill a large node and cost more, and on a
		// pool of equal machines most trade-ups would be even swaps (1,260 of the 1,296 kept in 30 million steps on
		// the 100-computer public instance with cost-neutral trade-ups allowed), which only churn.
		boolean paysForItself = currentObjective < compoundObjective - 1e-9 * Math.abs(compoundObjective);
		keepOrUndo(emptiedOne && paysForItself);
	}

	/** Whether every unit on node n may go to node target at all (not pinned, labels and stacks allowed). */
	private boolean allMayGo(int n, int target) {
		for (int u = state.firstOn(n); u >= 0; u = state.nextOn(u)) {
			if (cp.pinnedNode[u] >= 0 || !cp.allowed(u, target)) {
				return false;
			}
		}
		return true;
	}

	/** Whether node n's whole usage fits in what is free on node target, in every resource. */
	private boolean usageFits(int n, int target) {
		int from = n * cp.resources;
		int to = target * cp.resources;
		for (int r = 0; r < cp.resources; r++) {
			if (state.usage[from + r] > cp.capacity[to + r] - state.usage[to + r]) {
				return false;
			}
		}
		return true;
	}

	/** The node that costs most per unit of work among the nodes of four random units, or -1. */
	private int dearestOfSample() {
		int node = -1;
		double nodeCostPerWork = Double.NEGATIVE_INFINITY;
		for (int k = 0; k < DRAIN_CANDIDATES; k++) {
			int n = state.nodeOf[movable[random.nextInt(movable.length)]];
			if (n >= 0) {
				double c = costPerWork(n);
				if (c > nodeCostPerWork) {
					nodeCostPerWork = c;
					node = n;
				}
			}
		}
		return node;
	}

	/**
	 * Puts {@code item} with {@code key} into {@code items[0..length)}, kept in falling order of {@code keys}, after
	 * those with an equal key (an insertion sort's step: these lists are a few dozen long).
	 */
	private static void insertDescending(int[] items, double[] keys, int length, int item, double key) {
		int j = length - 1;
		for (; j >= 0 && keys[j] < key; j--) {
			items[j + 1] = items[j];
			keys[j + 1] = keys[j];
		}
		items[j + 1] = item;
		keys[j + 1] = key;
	}

	private static boolean contains(int[] a, int length, int v) {
		for (int i = 0; i < length; i++) {
			if (a[i] == v) {
				return true;
			}
		}
		return false;
	}

	/** How much of node n would stay free with u on it: {@code sum_r ((free_r - demand_r) / capacity_r)^2}. */
	private double remainder(int u, int n) {
		double rem = 0;
		int c = n * cp.resources;
		int d = u * cp.resources;
		for (int r = 0; r < cp.resources; r++) {
			double cap = cp.capacity[c + r];
			if (cap > 0) {
				double f = (cap - state.usage[c + r] - cp.demand[d + r]) / cap;
				rem += f * f;
			}
		}
		return rem;
	}

	/** How many nodes a drain chooses from (tuned on generator seeds 1 and 2: 2 and 4 tried, and 8 with half the drains random). */
	private static final int DRAIN_CANDIDATES = 4;

	/** The average ready node's capacity of each resource: the unit of work in {@link #costPerWork}. */
	private double[] avgCapacity;

	/** What node n costs per unit of work it does (its usage, each resource in units of the average node's capacity). */
	private double costPerWork(int n) {
		initAvgCapacity();
		double work = 0;
		for (int r = 0; r < cp.resources; r++) {
			work += state.usage(n, r) / avgCapacity[r];
		}
		return work > 0 ? cp.cost[n] / work : Double.POSITIVE_INFINITY;
	}

	private void initAvgCapacity() {
		if (avgCapacity == null) {
			avgCapacity = new double[cp.resources];
			for (int r = 0; r < cp.resources; r++) {
				avgCapacity[r] = Math.max(1e-9, cp.totalCapacity[r] / Math.max(1, cp.readyNodes.length));
			}
		}
	}

	/** The allowed node (not {@code except}) where u fits with the lowest score, or -1. */
	private int bestNodeFor(int u, int except) {
		int[] list = cp.allowedList[u] != null ? cp.allowedList[u] : cp.readyNodes;
		int bestNode = -1;
		double bestDelta = Double.POSITIVE_INFINITY;
		for (int n : list) {
			if (n != except && state.canMove(u, n)) {
				double d = state.moveDelta(u, n);
				if (d < bestDelta) {
					bestDelta = d;
					bestNode = n;
				}
			}
		}
		return bestNode;
	}

	/**
	 * A node to try for u: half the time any node u may use, half the time the node of another unit (an
	 * already used node, chosen in proportion to how many units it runs: good for consolidating).
	 */
	private int randomTarget(int u) {
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

	/**
	 * How many random units a change move chooses its unit from when consolidating (tuning seeds 1 and 2: 2 and
	 * 4 tried; 4 did better on the 1.3-capacity set at 20 million steps, worse on the heterogeneous fleet).
	 */
	private static final int SOURCE_CANDIDATES = 2;

	/** {@link #SOURCE_CANDIDATES} when consolidating, else 1 (a uniform choice, as before). */
	private int sourceCandidates;

	/**
	 * The unit a change move tries to move: of {@link #sourceCandidates} random movable units, the one on the
	 * emptiest node. Consolidating means taking units off nearly empty nodes; a uniform choice mostly picks
	 * units of well-filled nodes (they hold most units), whose moves rarely lead anywhere. An unplaced unit is
	 * taken only when every candidate is unplaced (the "place" move handles those).
	 */
	private int unitOnEmptyNode() {
		int chosen = movable[random.nextInt(movable.length)];
		if (sourceCandidates == 1) {
			return chosen;
		}
		int chosenNode = state.nodeOf[chosen];
		double chosenFill = chosenNode < 0 ? Double.POSITIVE_INFINITY : fill(chosenNode);
		for (int k = 1; k < sourceCandidates; k++) {
			int u = movable[random.nextInt(movable.length)];
			int n = state.nodeOf[u];
			if (n >= 0) {
				double f = fill(n);
				if (f < chosenFill) {
					chosen = u;
					chosenFill = f;
				}
			}
		}
		return chosen;
	}

	/** Node n's shares of capacity in use, summed over the resources (R x the mean share: only compared). */
	private double fill(int n) {
		double f = 0;
		int c = n * cp.resources;
		for (int r = 0; r < cp.resources; r++) {
			double cap = cp.capacity[c + r];
			if (cap > 0) {
				f += state.usage[c + r] / cap;
			}
		}
		return f;
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

	private void report(String phase, long steps, int unplaced, double objectiveValue, long firstFeasible) {
		if (progress != null) {
			progress.accept(new SolverProgress(phase, steps, System.nanoTime() - startNanos, unplaced, objectiveValue, firstFeasible));
		}
	}
}
