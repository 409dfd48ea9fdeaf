package org.flotilla.scheduler.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Fills nodes one at a time, each time with the task shape that best matches what the node has left (the
 * node-centric "L2 norm" greedy of vector bin packing: Panigrahy, Talwar, Uyeda, Wieder, <i>Heuristics for
 * Vector Bin Packing</i>, 2011).
 * <p>
 * Why not first-fit decreasing alone: FFD takes tasks largest first and puts each on the first node with
 * room, whatever shape of room that leaves. When every resource is loaded at once (77-80 % of the pool's
 * CPU, memory and network) it fills each node up in one resource while another stays part free, and by the
 * time the small tasks come no node has one unit free in every resource: at 10,000 nodes x 100,000 tasks a
 * third of the tasks stayed unplaced and the search needed seconds of random moves to place them. Choosing,
 * for the node being filled, the task whose demand points the way of the node's free capacity uses up the
 * resources together, so the room left over is room the remaining tasks can use.
 * <p>
 * Nodes are taken in the order given (cheapest per unit of capacity first, as for FFD), so consolidation is
 * kept: the cheap nodes are filled, the dear ones stay empty. For each node: of the task shapes that still
 * have unplaced tasks and fit in the node's free capacity, take the one that leaves the smallest remainder
 * (free minus demand, as shares of the node's capacity, squared and summed over resources; see bestShape),
 * put one of its tasks there, and repeat until no shape fits; then the next node.
 * <p>
 * Tasks with the same demand vector form one <i>shape</i>, so a choice looks at shapes, not tasks (the
 * published distribution has 2,629 shapes among 100,000 tasks; pools built from templates have far fewer).
 * Units with label or stack needs are grouped by demand and allowed-node list (units with the same needs share
 * one list), and a shape only goes to nodes its list allows; units with anti-affinity groups are not handled
 * here (the caller places them first fit). When tasks have mostly distinct demands the scan over shapes is what
 * costs: once a shape that fits has been found, a choice looks at no more than {@link #MAX_EXAMINED} further
 * shapes (19,000 tasks of distinct demands took 8 s without that limit), and with more than {@link #MAX_SCAN}
 * shapes x nodes (a node that takes nothing more scans every shape once) the caller keeps first-fit decreasing.
 * <p>
 * Deterministic (no randomness; ties go to the shape first met in the caller's order) and allocation-free
 * while filling.
 */
final class ShapeFill {

	/** Shapes x nodes above which the scans could take seconds: the caller keeps first-fit decreasing then. */
	static final long MAX_SCAN = 200_000_000L;

	/**
	 * How many shapes a choice looks at after the first that fits (largest first, so the best is usually among
	 * them): it changed no construction of the generated published and heterogeneous sets nor of the public
	 * instances, and the constrained scale run's only slightly (1.2589 to 1.2595 x the LP bound).
	 */
	static final int MAX_EXAMINED = 1024;

	private static final double EPS = 1e-9;
	/** The group key of shapes without label or stack needs (their mask is null). */
	private static final boolean[] NO_MASK = new boolean[0];

	private final CompiledProblem cp;
	private final SearchState state;
	private final int R;

	/** Nodes each shape may go to (null: every ready node), shared with its units. */
	private final boolean[][] shapeAllowed;
	/** Demand of each shape (shape * R + r). */
	private final double[] shapeDemand;
	/** Size of each shape: sum over resources of demand over the average node's capacity. */
	private final double[] shapeSize;
	/** Units of each shape, in the caller's order; next[s] is the first not yet placed. */
	private final int[][] shapeUnits;
	private final int[] next;
	/**
	 * Shapes grouped by allowed-node mask (one group, mask null, without label or stack needs), so that a node
	 * scans only the groups it may take. Per group: the shapes that still have unplaced units, largest first
	 * (so the scan can stop early, see bestShape), and their smallest demand of each resource (a node with less
	 * free than that in some resource takes nothing of the group: the usual case of a nearly full node, which
	 * otherwise scanned every shape).
	 */
	private final boolean[][] groupAllowed;
	private final int[][] groupLive;
	private final int[] groupLiveCount;
	private final double[] groupMin;
	private final int[] shapeGroup;
	private int liveCount;
	private final double[] avgCapacity;
	private final double[] free;
	/** Per resource of the node being filled: 2 free / capacity^2 and 1 / capacity^2 (see bestShape). */
	private final double[] weight;
	private final double[] inverseSquare;

	private ShapeFill(CompiledProblem cp, SearchState state, double[] shapeDemand, int[][] shapeUnits) {
		this.cp = cp;
		shapeAllowed = new boolean[shapeUnits.length][];
		for (int s = 0; s < shapeUnits.length; s++) {
			shapeAllowed[s] = cp.allowedMask[shapeUnits[s][0]];
		}
		this.state = state;
		this.R = cp.resources;
		this.shapeDemand = shapeDemand;
		this.shapeUnits = shapeUnits;
		int shapes = shapeUnits.length;
		next = new int[shapes];
		avgCapacity = new double[R];
		for (int r = 0; r < R; r++) {
			avgCapacity[r] = Math.max(EPS, cp.totalCapacity[r] / Math.max(1, cp.readyNodes.length));
		}
		shapeSize = new double[shapes];
		for (int s = 0; s < shapes; s++) {
			for (int r = 0; r < R; r++) {
				shapeSize[s] += shapeDemand[s * R + r] / avgCapacity[r];
			}
		}
		Integer[] bySize = new Integer[shapes];
		for (int s = 0; s < shapes; s++) {
			bySize[s] = s;
		}
		Arrays.sort(bySize, (a, b) -> {
			int c = Double.compare(shapeSize[b], shapeSize[a]);
			return c != 0 ? c : Integer.compare(a, b);
		});
		IdentityHashMap<boolean[], Integer> groupOf = new IdentityHashMap<>();
		shapeGroup = new int[shapes];
		int[] groupSize = new int[shapes];
		for (int sh = 0; sh < shapes; sh++) {
			int g = groupOf.computeIfAbsent(shapeAllowed[sh] == null ? NO_MASK : shapeAllowed[sh], m -> groupOf.size());
			shapeGroup[sh] = g;
			groupSize[g]++;
		}
		int groups = groupOf.size();
		groupAllowed = new boolean[groups][];
		groupLive = new int[groups][];
		groupLiveCount = new int[groups];
		groupMin = new double[groups * R];
		for (int g = 0; g < groups; g++) {
			groupLive[g] = new int[groupSize[g]];
		}
		for (int i = 0; i < shapes; i++) {
			int sh = bySize[i];
			int g = shapeGroup[sh];
			groupAllowed[g] = shapeAllowed[sh];
			groupLive[g][groupLiveCount[g]++] = sh;
		}
		for (int g = 0; g < groups; g++) {
			updateMin(g);
		}
		liveCount = shapes;
		free = new double[R];
		weight = new double[R];
		inverseSquare = new double[R];
	}

	/**
	 * Groups {@code units} (unplaced, without anti-affinity groups, in the order ties should follow) by demand
	 * vector and allowed nodes, or
	 * returns null when shapes x ready nodes exceeds {@link #MAX_SCAN}.
	 */
	static ShapeFill of(CompiledProblem cp, SearchState state, int[] units, int count) {
		int R = cp.resources;
		Map<Shape, Integer> index = new HashMap<>();
		int[] shapeOf = new int[count];
		long maxShapes = MAX_SCAN / Math.max(1, cp.readyNodes.length);
		int[] perShape = new int[count + 1];
		double[] demand = new double[(count + 1) * R];
		for (int i = 0; i < count; i++) {
			int u = units[i];
			double[] d = Arrays.copyOfRange(cp.demand, u * R, u * R + R);
			Integer s = index.get(new Shape(d, cp.allowedMask[u]));
			if (s == null) {
				if (index.size() >= maxShapes) {
					return null;
				}
				s = index.size();
				index.put(new Shape(d, cp.allowedMask[u]), s);
				System.arraycopy(d, 0, demand, s * R, R);
			}
			shapeOf[i] = s;
			perShape[s]++;
		}
		int shapes = index.size();
		int[][] shapeUnits = new int[shapes][];
		for (int s = 0; s < shapes; s++) {
			shapeUnits[s] = new int[perShape[s]];
		}
		int[] filled = new int[shapes];
		for (int i = 0; i < count; i++) {
			int s = shapeOf[i];
			shapeUnits[s][filled[s]++] = units[i];
		}
		return new ShapeFill(cp, state, Arrays.copyOf(demand, shapes * R), shapeUnits);
	}

	/** A demand vector and the allowed-node mask (compared by identity: units with the same needs share it) as a map key. */
	private record Shape(double[] demand, boolean[] allowed) {
		@Override
		public boolean equals(Object o) {
			return o instanceof Shape s && allowed == s.allowed && Arrays.equals(demand, s.demand);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(demand) * 31 + System.identityHashCode(allowed);
		}
	}

	int shapes() {
		return shapeUnits.length;
	}

	/**
	 * Fills the given nodes in order (non-ready ones are skipped) and calls {@code placed} for each node that
	 * received units. Units that fit on no node stay unplaced.
	 */
	void fill(int[] nodeOrder, IntConsumer placed) {
		for (int n : nodeOrder) {
			if (liveCount == 0) {
				return;
			}
			if (!cp.ready[n]) {
				continue;
			}
			boolean any = false;
			int c = n * R;
			for (int r = 0; r < R; r++) {
				free[r] = cp.capacity[c + r] - state.usage(n, r);
			}
			while (true) {
				int s = bestShape(n);
				if (s < 0) {
					break;
				}
				int u = shapeUnits[s][next[s]++];
				if (next[s] == shapeUnits[s].length) {
					removeLive(s);
				}
				state.move(u, n);
				for (int r = 0; r < R; r++) {
					// From the state's usage, not by subtraction, so that "fits" here is exactly canMove's test.
					free[r] = cp.capacity[c + r] - state.usage(n, r);
				}
				any = true;
			}
			if (any) {
				placed.accept(n);
			}
		}
	}

	/**
	 * The live shape that fits node n's free capacity and leaves it the smallest remainder, or -1. The
	 * remainder is measured as {@code sum_r ((free_r - demand_r) / capacity_r)^2}; minimising it is maximising
	 * {@code score = sum_r (2 demand_r free_r - demand_r^2) / capacity_r^2}: large shapes first (they leave
	 * less), but among shapes of one size the one that takes the node's resources in the proportions it has
	 * them free. (The plain dot product, without the {@code -demand^2} term, put big lopsided tasks together and
	 * left 9,964 of 10,000 nodes each full in one resource at 77 % overall; this leaves 9,502 used.)
	 */
	private int bestShape(int n) {
		int c = n * R;
		// score(s) <= 2 * sum_r demand_r * free_r / capacity_r^2 <= 2 * size(s) * max_r(avgCapacity_r * free_r /
		// capacity_r^2) = size(s) * bound, and the shapes are in decreasing size: once size * bound is below the
		// best score, no later shape can beat it.
		double bound = 0;
		for (int r = 0; r < R; r++) {
			double cap = cp.capacity[c + r];
			weight[r] = cap > 0 ? 2 * Math.max(0, free[r]) / (cap * cap) : 0;
			inverseSquare[r] = cap > 0 ? 1 / (cap * cap) : 0;
			bound = Math.max(bound, weight[r] * avgCapacity[r]);
		}
		int best = -1;
		double bestScore = Double.NEGATIVE_INFINITY;
		int examined = 0; // shapes looked at since the first that fits
		groups: for (int g = 0; g < groupLive.length; g++) {
			boolean[] allowed = groupAllowed[g];
			if (groupLiveCount[g] == 0 || allowed != null && !allowed[n]) {
				continue;
			}
			for (int r = 0; r < R; r++) {
				if (groupMin[g * R + r] > free[r] + EPS) {
					continue groups;
				}
			}
			int[] live = groupLive[g];
			for (int i = 0; i < groupLiveCount[g]; i++) {
				int s = live[i];
				if (best >= 0 && shapeSize[s] * bound < bestScore) {
					break;
				}
				if (best >= 0 && ++examined > MAX_EXAMINED) {
					break groups;
				}
				int d = s * R;
				double score = 0;
				boolean fits = true;
				for (int r = 0; r < R; r++) {
					double demand = shapeDemand[d + r];
					if (demand > free[r] + EPS) {
						fits = false;
						break;
					}
					score += demand * (weight[r] - demand * inverseSquare[r]);
				}
				if (fits && (score > bestScore || score == bestScore && s < best)) {
					best = s;
					bestScore = score;
				}
			}
		}
		return best;
	}

	private void removeLive(int s) {
		int g = shapeGroup[s];
		int[] live = groupLive[g];
		for (int i = 0; i < groupLiveCount[g]; i++) {
			if (live[i] == s) {
				System.arraycopy(live, i + 1, live, i, groupLiveCount[g] - i - 1);
				groupLiveCount[g]--;
				liveCount--;
				updateMin(g);
				return;
			}
		}
	}

	/** Recomputes group g's smallest demand of each resource over its live shapes (infinite when none is left). */
	private void updateMin(int g) {
		Arrays.fill(groupMin, g * R, g * R + R, Double.POSITIVE_INFINITY);
		for (int i = 0; i < groupLiveCount[g]; i++) {
			int d = groupLive[g][i] * R;
			for (int r = 0; r < R; r++) {
				groupMin[g * R + r] = Math.min(groupMin[g * R + r], shapeDemand[d + r]);
			}
		}
	}
}
