package org.flotilla.scheduler.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.SplittableRandom;

import org.flotilla.scheduler.Objective;

/**
 * Builds the first placement, fast:
 * <ol>
 * <li>pinned units go to their pin, whatever it costs;</li>
 * <li>running units stay on their current node when it is still allowed and has room;</li>
 * <li>the rest, largest first, go to the first node with room in order of cost efficiency (consolidate:
 * first-fit decreasing, with a tree of free capacity so that 100,000 tasks on 10,000 nodes take well under a
 * second), or to the node that changes the objective least among a sample (spread and mixed objectives).</li>
 * </ol>
 * Units that fit nowhere stay unplaced; the local search keeps trying them.
 */
final class Construction {

	private static final double EPS = 1e-9;

	private final CompiledProblem cp;
	private final Objective objective;
	private final SearchState state;
	private final SplittableRandom random;
	private final int R;

	Construction(CompiledProblem cp, Objective objective, SearchState state, SplittableRandom random) {
		this.cp = cp;
		this.objective = objective;
		this.state = state;
		this.random = random;
		this.R = cp.resources;
	}

	void run() {
		for (int u = 0; u < cp.units; u++) {
			if (cp.pinnedNode[u] >= 0) {
				state.place(u, cp.pinnedNode[u]);
			}
		}
		for (int u = 0; u < cp.units; u++) {
			if (cp.pinnedNode[u] < 0) {
				int current = commonCurrentNode(u);
				if (current >= 0 && state.canMove(u, current)) {
					state.move(u, current);
				}
			}
		}
		Integer[] order = unitsLargestFirst();
		boolean firstFit = objective.spreadWeight() == 0;
		FreeCapacityTree tree = firstFit ? new FreeCapacityTree() : null;
		for (int u : order) {
			int n = firstFit ? firstFit(u, tree) : bestOfSample(u);
			if (n >= 0) {
				state.move(u, n);
				if (tree != null) {
					tree.update(n);
				}
			}
		}
	}

	/** The node all running members of u are on, or -1. */
	private int commonCurrentNode(int u) {
		int node = -1;
		for (int c : cp.memberCurrent[u]) {
			if (c < 0 || node >= 0 && c != node) {
				return -1;
			}
			node = c;
		}
		return node;
	}

	private Integer[] unitsLargestFirst() {
		double[] avgCapacity = new double[R];
		for (int r = 0; r < R; r++) {
			avgCapacity[r] = Math.max(EPS, cp.totalCapacity[r] / Math.max(1, cp.readyNodes.length));
		}
		double[] size = new double[cp.units];
		int count = 0;
		for (int u = 0; u < cp.units; u++) {
			for (int r = 0; r < R; r++) {
				size[u] += cp.demand[u * R + r] / avgCapacity[r];
			}
			if (state.nodeOf[u] < 0) {
				count++;
			}
		}
		Integer[] order = new Integer[count];
		int k = 0;
		for (int u = 0; u < cp.units; u++) {
			if (state.nodeOf[u] < 0) {
				order[k++] = u;
			}
		}
		// Constrained units first (fewer choices), then by size; ties by index keep it deterministic.
		Arrays.sort(order, (a, b) -> {
			boolean ca = cp.allowedMask[a] != null;
			boolean cb = cp.allowedMask[b] != null;
			if (ca != cb) {
				return ca ? -1 : 1;
			}
			int c = Double.compare(size[b], size[a]);
			return c != 0 ? c : Integer.compare(a, b);
		});
		return order;
	}

	private int firstFit(int u, FreeCapacityTree tree) {
		if (cp.allowedList[u] != null) {
			// The allowed nodes in tree order, so the first that takes u is the answer: no need to check the
			// whole list for every unit (a third of 100,000 tasks requiring a label took seconds that way).
			for (int n : allowedInTreeOrder.computeIfAbsent(cp.allowedList[u], list -> inTreeOrder(list, tree))) {
				if (state.canMove(u, n)) {
					return n;
				}
			}
			return -1;
		}
		int from = 0;
		while (true) {
			int pos = tree.findFirst(u, from);
			if (pos < 0) {
				return -1;
			}
			int n = tree.nodeAt[pos];
			if (state.canMove(u, n)) {
				return n;
			}
			from = pos + 1; // room, but anti-affinity says no: look further
		}
	}

	/** Allowed-node lists (shared by all units with the same label and stack needs) sorted by tree position. */
	private final IdentityHashMap<int[], int[]> allowedInTreeOrder = new IdentityHashMap<>();

	private static int[] inTreeOrder(int[] nodes, FreeCapacityTree tree) {
		return Arrays.stream(nodes).boxed().sorted(Comparator.comparingInt(n -> tree.position[n])).mapToInt(Integer::intValue)
				.toArray();
	}

	private int bestOfSample(int u) {
		int[] list = cp.allowedList[u] != null ? cp.allowedList[u] : cp.readyNodes;
		int samples = list.length <= 512 ? list.length : 256;
		int bestNode = -1;
		double bestDelta = Double.POSITIVE_INFINITY;
		for (int i = 0; i < samples; i++) {
			int n = samples == list.length ? list[i] : list[random.nextInt(list.length)];
			if (state.canMove(u, n)) {
				double d = state.moveDelta(u, n);
				if (d < bestDelta) {
					bestDelta = d;
					bestNode = n;
				}
			}
		}
		if (bestNode < 0 && samples < list.length) {
			for (int n : list) {
				if (state.canMove(u, n)) {
					return n;
				}
			}
		}
		return bestNode;
	}

	/**
	 * Nodes in order of cost efficiency (cost per unit of normalised capacity, cheapest first), with the
	 * largest free amount of every resource kept for each subtree: finding the first node with room for a
	 * demand skips every subtree where some resource is too short.
	 */
	private final class FreeCapacityTree {
		final int[] position = new int[cp.nodes];
		final int[] nodeAt;
		final int size;
		final double[] maxFree;

		FreeCapacityTree() {
			double[] avgCapacity = new double[R];
			for (int r = 0; r < R; r++) {
				avgCapacity[r] = Math.max(EPS, cp.totalCapacity[r] / Math.max(1, cp.readyNodes.length));
			}
			double[] capacity = new double[cp.nodes];
			double[] efficiency = new double[cp.nodes];
			Integer[] order = new Integer[cp.nodes];
			for (int n = 0; n < cp.nodes; n++) {
				order[n] = n;
				for (int r = 0; r < R; r++) {
					capacity[n] += cp.capacity[n * R + r] / avgCapacity[r];
				}
				efficiency[n] = capacity[n] > 0 ? cp.cost[n] / capacity[n] : Double.POSITIVE_INFINITY;
			}
			Arrays.sort(order, (a, b) -> {
				int c = Double.compare(efficiency[a], efficiency[b]);
				if (c == 0) {
					c = Double.compare(capacity[b], capacity[a]);
				}
				return c != 0 ? c : Integer.compare(a, b);
			});
			nodeAt = new int[cp.nodes];
			for (int i = 0; i < cp.nodes; i++) {
				nodeAt[i] = order[i];
				position[order[i]] = i;
			}
			int s = 1;
			while (s < Math.max(1, cp.nodes)) {
				s <<= 1;
			}
			size = s;
			maxFree = new double[2 * size * R];
			Arrays.fill(maxFree, Double.NEGATIVE_INFINITY);
			for (int i = 0; i < cp.nodes; i++) {
				setLeaf(i);
			}
			for (int i = size - 1; i >= 1; i--) {
				pull(i);
			}
		}

		private void setLeaf(int pos) {
			int n = nodeAt[pos];
			int leaf = (size + pos) * R;
			for (int r = 0; r < R; r++) {
				maxFree[leaf + r] = cp.ready[n] ? cp.capacity[n * R + r] - state.usage(n, r) : Double.NEGATIVE_INFINITY;
			}
		}

		private void pull(int i) {
			for (int r = 0; r < R; r++) {
				maxFree[i * R + r] = Math.max(maxFree[2 * i * R + r], maxFree[(2 * i + 1) * R + r]);
			}
		}

		void update(int node) {
			int pos = position[node];
			setLeaf(pos);
			for (int i = (size + pos) >> 1; i >= 1; i >>= 1) {
				pull(i);
			}
		}

		/** Leftmost position >= from whose free capacity holds u's demand, or -1. */
		int findFirst(int u, int from) {
			return find(1, 0, size, from, u);
		}

		private int find(int i, int lo, int hi, int from, int u) {
			if (hi <= from) {
				return -1;
			}
			int d = u * R;
			for (int r = 0; r < R; r++) {
				if (maxFree[i * R + r] + EPS < cp.demand[d + r]) {
					return -1;
				}
			}
			if (hi - lo == 1) {
				return lo < cp.nodes ? lo : -1;
			}
			int mid = (lo + hi) >>> 1;
			int left = find(2 * i, lo, mid, from, u);
			return left >= 0 ? left : find(2 * i + 1, mid, hi, from, u);
		}
	}
}
