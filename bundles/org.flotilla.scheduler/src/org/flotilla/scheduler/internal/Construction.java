package org.flotilla.scheduler.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.SplittableRandom;

import org.flotilla.scheduler.Objective;

/**
 * Builds the first placement, fast:
 * <ol>
 * <li>pinned units go to their pin, whatever it costs;</li>
 * <li>running units stay on their current node when it is still allowed and has room;</li>
 * <li>the rest, for the consolidating objective: units in anti-affinity groups largest first, each to the first
 * allowed node with room in order of cost efficiency (first-fit decreasing, with a tree of free capacity per
 * allowed-node list, so that each choice takes logarithmic time); then units with label or stack needs, then
 * the unconstrained ones, fill the nodes in the same order, one node at a time, with the task shapes that best
 * match its free capacity ({@link ShapeFill}: first fit alone stranded a third of 100,000 tasks at 77 %
 * utilisation); what that leaves gets first fit again;</li>
 * <li>for the spread and mixed objectives, largest first, each to the node that changes the objective least
 * among a sample.</li>
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

	/** Ready and not-ready nodes, cheapest per unit of capacity first: the order first fit and ShapeFill fill them in. */
	private int[] nodeOrder;
	/** The tree over every node, and one per allowed-node list (label and stack needs) met so far. */
	private FreeCapacityTree allNodes;
	private final List<FreeCapacityTree> trees = new ArrayList<>();
	private final IdentityHashMap<int[], FreeCapacityTree> treeOfList = new IdentityHashMap<>();

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
		if (objective.spreadWeight() != 0) {
			for (int u : order) {
				int n = bestOfSample(u);
				if (n >= 0) {
					state.move(u, n);
				}
			}
			return;
		}
		// Consolidation. Units in anti-affinity groups go first fit (ShapeFill would have to check every member's
		// groups per node). Then units with label or stack needs fill the nodes shape by shape (ShapeFill), before
		// the unconstrained ones do, so that these do not take the room only some nodes have; shape filling
		// strands far less capacity than first fit when every resource is loaded at once. What is left after that
		// gets first fit again.
		nodeOrder = nodesByEfficiency();
		int[] position = new int[cp.nodes];
		for (int i = 0; i < nodeOrder.length; i++) {
			position[nodeOrder[i]] = i;
		}
		allNodes = new FreeCapacityTree(nodeOrder);
		trees.add(allNodes);
		int[] constrained = new int[order.length];
		int constrainedCount = 0;
		int[] plain = new int[order.length];
		int plainCount = 0;
		for (int u : order) {
			if (cp.antiGroups[u].length > 0) {
				placeFirstFit(u, position);
			} else if (cp.allowedMask[u] != null) {
				constrained[constrainedCount++] = u;
			} else {
				plain[plainCount++] = u;
			}
		}
		fillShapes(constrained, constrainedCount, position);
		fillShapes(plain, plainCount, position);
	}

	/** ShapeFill for these units (first fit when they have too many shapes), then first fit for what it left. */
	private void fillShapes(int[] units, int count, int[] position) {
		ShapeFill fill = ShapeFill.of(cp, state, units, count);
		if (fill != null) {
			fill.fill(nodeOrder, this::updateTrees);
		}
		for (int i = 0; i < count; i++) {
			if (state.nodeOf[units[i]] < 0) {
				placeFirstFit(units[i], position);
			}
		}
	}

	private void placeFirstFit(int u, int[] position) {
		FreeCapacityTree tree = allNodes;
		if (cp.allowedList[u] != null) {
			// A tree of its own for each allowed-node list (shared by all units with the same label and stack
			// needs), so that the first allowed node with room is found in logarithmic time too: scanning the
			// list from its start took about a second when a third of 100,000 tasks required a label.
			tree = treeOfList.get(cp.allowedList[u]);
			if (tree == null) {
				int[] sorted = Arrays.stream(cp.allowedList[u]).boxed().sorted(Comparator.comparingInt(n -> position[n]))
						.mapToInt(Integer::intValue).toArray();
				tree = new FreeCapacityTree(sorted);
				trees.add(tree);
				treeOfList.put(cp.allowedList[u], tree);
			}
		}
		int n = firstFit(u, tree);
		if (n >= 0) {
			state.move(u, n);
			updateTrees(n);
		}
	}

	/** Node n's usage changed: every tree that holds it takes its new free capacity. */
	private void updateTrees(int n) {
		for (int i = 0; i < trees.size(); i++) { // indexed: no iterator per placement
			trees.get(i).update(n);
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

	/** The first node of the tree (in cost-efficiency order) that takes u, anti-affinity included, or -1. */
	private int firstFit(int u, FreeCapacityTree tree) {
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

	/** Nodes by cost per unit of normalised capacity, cheapest first (ties: larger first, then index). */
	private int[] nodesByEfficiency() {
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
		return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
	}

	/**
	 * Some nodes in a fixed order, with the largest free amount of every resource kept for each subtree:
	 * finding the first node with room for a demand skips every subtree where some resource is too short.
	 */
	private final class FreeCapacityTree {
		/** Position of each node in this tree, -1 for nodes not in it. */
		final int[] position = new int[cp.nodes];
		final int[] nodeAt;
		final int size;
		final double[] maxFree;

		FreeCapacityTree(int[] nodes) {
			nodeAt = nodes;
			Arrays.fill(position, -1);
			for (int i = 0; i < nodes.length; i++) {
				position[nodes[i]] = i;
			}
			int s = 1;
			while (s < Math.max(1, nodes.length)) {
				s <<= 1;
			}
			size = s;
			maxFree = new double[2 * size * R];
			Arrays.fill(maxFree, Double.NEGATIVE_INFINITY);
			for (int i = 0; i < nodes.length; i++) {
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

		/** Takes node's current free capacity (nothing when the node is not in this tree). */
		void update(int node) {
			int pos = position[node];
			if (pos < 0) {
				return;
			}
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
				return lo < nodeAt.length ? lo : -1;
			}
			int mid = (lo + hi) >>> 1;
			int left = find(2 * i, lo, mid, from, u);
			return left >= 0 ? left : find(2 * i + 1, mid, hi, from, u);
		}
	}
}
