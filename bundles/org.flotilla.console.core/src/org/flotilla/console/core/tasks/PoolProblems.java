package org.flotilla.console.core.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.PlacementObjective;
import org.flotilla.model.Pool;
import org.flotilla.model.StackElement;
import org.flotilla.model.StackRequirement;
import org.flotilla.model.Task;
import org.flotilla.model.TaskState;
import org.flotilla.scheduler.LoadPredictor;
import org.flotilla.scheduler.NodeState;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.UsageHistory;
import org.flotilla.scheduler.WhatIf;

/**
 * The EMF pool as the placement engine's {@link Problem} (model thread: it reads the pool).
 *
 * <ul>
 * <li>Resources {@code cpu} (cores), {@code memory} (MiB), {@code disk} (GiB), {@code network} (Mbit/s): the
 * nodes' capacities and the tasks' demands in the model's own units.</li>
 * <li>A task's demand is its declared one, or, when its {@link Task#getObservedUsage() observed usage} holds
 * enough samples, the 95th percentile the {@link LoadPredictor} predicts for CPU and memory; which one was used
 * is written to the task ({@code predictedCpuDemand}, {@code predictedMemoryDemand}, {@code demandPredicted}).</li>
 * <li>A node offers its labels and the stack its agent discovered (elements with {@code discovered} and a
 * version): a task's stack requirement is met only by what really is there, not by what is desired.</li>
 * <li>Only ready nodes accept work; maintenance, unreachable, enrolling and decommissioned ones do not.</li>
 * <li>EMF affinity references become affinity groups (a connected set of tasks shares one node); each
 * anti-affine pair becomes a group of two.</li>
 * <li>A task that occupies a node (placed, starting, running, restarting) holds its capacity there, so what a
 * node offers new work is net of what runs on it.</li>
 * </ul>
 */
public final class PoolProblems {

	/** The resources, in the order of every demand and capacity vector. */
	public static final List<String> RESOURCES = List.of("cpu", "memory", "disk", "network", "tasks");
	/**
	 * The task slots of a node whose agent has not said how many tasks it runs at most (an agent keeps 512 by
	 * default, at most 1,024): placement only counts slots it was told about.
	 */
	static final double UNKNOWN_TASK_SLOTS = 1_000_000;
	public static final int CPU = 0;
	public static final int MEMORY = 1;

	/** Samples of observed usage a prediction needs (at one a second: 12 s of running). */
	static final int MINIMUM_SAMPLES = 12;

	private static final LoadPredictor PREDICTOR = new LoadPredictor(0.95, MINIMUM_SAMPLES, java.time.Duration.ofDays(14));
	/** How far ahead a prediction must hold. */
	private static final java.time.Duration HORIZON = java.time.Duration.ofHours(1);
	/** A task's prediction is reused until its window has moved on this far: predicting costs O(n log n) samples. */
	static final long PREDICTION_REUSE_MS = 60_000;
	/**
	 * The latest prediction per task (weak: a task removed from the pool takes its entry with it). Placement
	 * adapts the whole pool, up to 100,000 tasks, on the model thread; most windows barely change in a second.
	 */
	private static final Map<Task, Prediction> PREDICTIONS = java.util.Collections
			.synchronizedMap(new java.util.WeakHashMap<>());

	/** CPU (cores) and memory (MiB) predicted from a window whose last sample was at {@code lastSample}. */
	private record Prediction(long lastSample, double cpu, double memory) {
	}

	private PoolProblems() {
	}

	/**
	 * The pool as planners see it: every task that occupies a node is at that node (held there when it is
	 * pinned, movable otherwise), every pending task that should run is unplaced. For what-if and moves.
	 */
	public static PoolProblem forPlanning(Pool pool) {
		return forPlanning(pool, node -> true);
	}

	/**
	 * As {@link #forPlanning(Pool)} on the nodes {@code scope} accepts (a rebalancing of one site): tasks that run
	 * elsewhere are in the problem unplaced, so they neither take nor give capacity in it.
	 */
	public static PoolProblem forPlanning(Pool pool, java.util.function.Predicate<Node> scope) {
		List<Task> tasks = new ArrayList<>();
		for (Task task : pool.getTasks()) {
			if (occupies(task) || task.getState() == TaskState.PENDING && task.isDesiredRunning()) {
				tasks.add(task);
			}
		}
		return build(pool, tasks, Set.of(), false, scope);
	}

	/**
	 * The problem of placing {@code toPlace} (in the pool or detached new tasks): they are free (pinned ones
	 * held at their pin), and every other task that occupies a node is held where it runs, so placing new work
	 * never moves running work.
	 */
	public static PoolProblem forPlacing(Pool pool, Collection<Task> toPlace) {
		return forPlacing(pool, toPlace, node -> true);
	}

	/**
	 * As {@link #forPlacing(Pool, Collection)} on the nodes that {@code runsTasks} accepts (the control service:
	 * those with an agent it connects to); tasks held on the others are left out, as are free tasks pinned to
	 * them.
	 */
	public static PoolProblem forPlacing(Pool pool, Collection<Task> toPlace, java.util.function.Predicate<Node> runsTasks) {
		Set<Task> free = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		free.addAll(toPlace);
		List<Task> tasks = new ArrayList<>();
		for (Task task : pool.getTasks()) {
			if (!free.contains(task) && occupies(task)) {
				tasks.add(task);
			}
		}
		Set<Task> added = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (Task task : toPlace) {
			if (added.add(task)) {
				tasks.add(task);
			}
		}
		return build(pool, tasks, free, true, runsTasks);
	}

	/** The node a task must stay on in this problem: its pin, or where it runs when others are held; else null. */
	private static Node held(Task task, Set<Task> free, boolean holdOthers) {
		if (task.getNode() == null) {
			return null;
		}
		return task.isPinned() || holdOthers && !free.contains(task) ? task.getNode() : null;
	}

	/** Whether a task holds capacity on its node now: it was placed there and has not ended. */
	public static boolean occupies(Task task) {
		if (task.getNode() == null) {
			return false;
		}
		TaskState state = task.getState();
		return state == TaskState.PLACED || state == TaskState.STARTING || state == TaskState.RUNNING
				|| state == TaskState.RESTARTING;
	}

	/** What the engine works with when the pool says {@code objective}: consolidate or spread. */
	public static Objective objective(Pool pool) {
		return pool.getPlacementObjective() == PlacementObjective.SPREAD ? Objective.spread() : Objective.consolidate();
	}

	private static PoolProblem build(Pool pool, List<Task> tasks, Set<Task> free, boolean holdOthers,
			java.util.function.Predicate<Node> runsTasks) {
		// Demands are final here (declared or predicted, see predict): the problem does not predict again.
		Problem.Builder builder = Problem.builder(RESOURCES.toArray(String[]::new)).predictor(null);
		List<Node> nodes = new ArrayList<>();
		Map<Node, String> nodeIds = new IdentityHashMap<>();
		Set<String> usedIds = new HashSet<>();
		for (Node node : pool.getAllNodes()) {
			if (!runsTasks.test(node)) {
				continue;
			}
			String id = uniqueId(node.getName(), "node", nodes.size(), usedIds);
			nodeIds.put(node, id);
			nodes.add(node);
			Problem.NodeBuilder nb = builder.node(id).cost(1)
					.capacity(nonNegative(node.getCpuCapacity()), nonNegative(node.getMemoryCapacity()),
							nonNegative(node.getDiskCapacity()), nonNegative(node.getNetworkCapacity()),
							// An agent refuses tasks beyond its tasks.max: a task takes one of its slots.
							node.getTaskSlots() > 0 ? node.getTaskSlots() : UNKNOWN_TASK_SLOTS)
					.labels(node.getLabels().toArray(String[]::new)).state(state(node.getState()));
			discoveredStack(node).forEach(nb::installed);
			nb.add();
		}
		Map<Task, String> affinity = affinityGroups(tasks);
		// A group whose members are held on different nodes is broken already (the sample pool has one): the
		// engine cannot honour it, so it is left out rather than failing every placement.
		Map<String, Set<Node>> heldAt = new HashMap<>();
		for (Task task : tasks) {
			String group = affinity.get(task);
			Node held = held(task, free, holdOthers);
			if (group != null && held != null) {
				heldAt.computeIfAbsent(group, g -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).add(held);
			}
		}
		heldAt.forEach((group, at) -> {
			if (at.size() > 1) {
				affinity.values().removeIf(group::equals);
			}
		});
		Map<Task, Set<String>> anti = antiAffinityGroups(tasks);
		Set<String> usedTaskIds = new HashSet<>();
		List<Task> placed = new ArrayList<>();
		boolean[] predicted = new boolean[tasks.size()];
		for (Task task : tasks) {
			Node holdAt = held(task, free, holdOthers);
			if (holdAt != null && !nodeIds.containsKey(holdAt)) {
				continue; // held on a node that is not in this problem: it neither takes nor gives capacity here
			}
			String id = uniqueId(task.getName(), "task", placed.size(), usedTaskIds);
			Prediction prediction = predict(task);
			predicted[placed.size()] = prediction != null;
			Problem.TaskBuilder tb = builder.task(id)
					.demand(prediction != null ? prediction.cpu() : nonNegative(task.getCpuDemand()),
							prediction != null ? prediction.memory() : nonNegative(task.getMemoryDemand()),
							nonNegative(task.getDiskDemand()), nonNegative(task.getNetworkDemand()), 1)
					.requireLabels(task.getRequiredLabels().toArray(String[]::new));
			for (StackRequirement requirement : task.getRequirements()) {
				if (requirement.getName() != null && !requirement.getName().isBlank()) {
					String minimum = requirement.getMinimumVersion();
					tb.requireStack(requirement.getName(), minimum == null || minimum.isBlank() ? "0" : minimum);
				}
			}
			String group = affinity.get(task);
			if (group != null) {
				tb.affinityGroup(group);
			}
			Set<String> groups = anti.get(task);
			if (groups != null) {
				tb.antiAffinityGroups(groups.toArray(String[]::new));
			}
			Node node = task.getNode();
			String nodeId = node == null ? null : nodeIds.get(node);
			if (nodeId != null) {
				if (held(task, free, holdOthers) != null) {
					tb.pinnedTo(nodeId); // pinned, or running work that stays where it is while new work is placed
				} else if (!free.contains(task)) {
					tb.currentNode(nodeId);
				}
			}
			tb.add();
			placed.add(task);
		}
		Problem problem = builder.build();
		for (int i = 0; i < placed.size(); i++) {
			Task task = placed.get(i);
			if (task.eContainer() == null) {
				continue; // a detached new task (preview): nothing to write on
			}
			double cpu = problem.demand(i, CPU);
			long memory = Math.round(problem.demand(i, MEMORY));
			if (task.getPredictedCpuDemand() != cpu) {
				task.setPredictedCpuDemand(cpu);
			}
			if (task.getPredictedMemoryDemand() != memory) {
				task.setPredictedMemoryDemand(memory);
			}
			if (task.isDemandPredicted() != predicted[i]) {
				task.setDemandPredicted(predicted[i]);
			}
		}
		return new PoolProblem(problem, placed, nodes, objective(pool), predicted);
	}

	/**
	 * The task's CPU and memory demand predicted from its observed usage (the 95th percentile over the next
	 * hour, {@link LoadPredictor}); null when it has fewer than {@value #MINIMUM_SAMPLES} samples. Reused while
	 * the window moved on less than {@value #PREDICTION_REUSE_MS} ms.
	 */
	private static Prediction predict(Task task) {
		MetricWindow window = task.getObservedUsage();
		if (window == null || window.getSamples().size() < MINIMUM_SAMPLES) {
			return null;
		}
		long last = window.getSamples().get(window.getSamples().size() - 1).getTime();
		Prediction cached = PREDICTIONS.get(task);
		if (cached != null && last >= cached.lastSample() && last - cached.lastSample() < PREDICTION_REUSE_MS) {
			return cached;
		}
		UsageHistory history = history(task);
		if (history == null) {
			return null;
		}
		double[] peak = PREDICTOR.predict(history, HORIZON, new double[] { task.getCpuDemand(), task.getMemoryDemand() });
		Prediction prediction = new Prediction(last, nonNegative(peak[0]), nonNegative(peak[1]));
		PREDICTIONS.put(task, prediction);
		return prediction;
	}

	/**
	 * The task's observed CPU (cores) and memory (MiB) as a usage history, one sample a second at most; null
	 * when it has too few samples to predict from.
	 */
	static UsageHistory history(Task task) {
		MetricWindow window = task.getObservedUsage();
		if (window == null || window.getSamples().size() < MINIMUM_SAMPLES) {
			return null;
		}
		TreeMap<Long, double[]> bySecond = new TreeMap<>();
		for (MetricSample sample : window.getSamples()) {
			double cpu = sample.getCpu();
			double memory = sample.getMemory();
			if (!Double.isFinite(cpu) || !Double.isFinite(memory)) {
				continue;
			}
			bySecond.put(Math.floorDiv(sample.getTime(), 1000), new double[] { Math.max(0, cpu), Math.max(0, memory) });
		}
		if (bySecond.size() < MINIMUM_SAMPLES) {
			return null;
		}
		long[] times = new long[bySecond.size()];
		double[][] samples = new double[bySecond.size()][];
		int i = 0;
		for (Map.Entry<Long, double[]> entry : bySecond.entrySet()) {
			times[i] = entry.getKey();
			samples[i++] = entry.getValue();
		}
		return new UsageHistory(times, samples);
	}

	/** Name to version of what the node's agent found there (the highest version of a name found twice). */
	static Map<String, String> discoveredStack(Node node) {
		Map<String, String> installed = new HashMap<>();
		List<StackElement> elements = new ArrayList<>(node.getHardware());
		if (node.getOperatingSystem() != null) {
			elements.add(node.getOperatingSystem());
		}
		elements.addAll(node.getMiddleware());
		elements.addAll(node.getApplications());
		for (StackElement element : elements) {
			if (element.isDiscovered() && element.getName() != null && element.getVersion() != null
					&& !element.getVersion().isBlank()) {
				installed.merge(element.getName(), element.getVersion(),
						(a, b) -> org.flotilla.scheduler.StackRequirement.compareVersions(a, b) >= 0 ? a : b);
			}
		}
		return installed;
	}

	/** Connected sets of tasks linked by affinity references, each named after its first task. */
	private static Map<Task, String> affinityGroups(List<Task> tasks) {
		Set<Task> inProblem = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		inProblem.addAll(tasks);
		Map<Task, Task> parent = new IdentityHashMap<>();
		for (Task task : tasks) {
			for (Task other : task.getAffinity()) {
				if (other != task && inProblem.contains(other)) {
					union(parent, task, other);
				}
			}
		}
		Map<Task, String> groups = new IdentityHashMap<>();
		for (Task task : tasks) {
			if (parent.containsKey(task)) {
				Task root = find(parent, task);
				groups.put(task, "affinity:" + System.identityHashCode(root) + ":" + root.getName());
			}
		}
		return groups;
	}

	private static Task find(Map<Task, Task> parent, Task task) {
		Task root = task;
		while (parent.get(root) != root) {
			root = parent.get(root);
		}
		return root;
	}

	private static void union(Map<Task, Task> parent, Task a, Task b) {
		parent.putIfAbsent(a, a);
		parent.putIfAbsent(b, b);
		Task ra = find(parent, a);
		Task rb = find(parent, b);
		if (ra != rb) {
			parent.put(rb, ra);
		}
	}

	/** One group per anti-affine pair (either side may name the other), named after both tasks. */
	private static Map<Task, Set<String>> antiAffinityGroups(List<Task> tasks) {
		Set<Task> inProblem = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		inProblem.addAll(tasks);
		Map<Task, Set<String>> groups = new IdentityHashMap<>();
		for (Task task : tasks) {
			for (Task other : task.getAntiAffinity()) {
				if (inProblem.contains(other)) {
					String a = task.getName() + "#" + System.identityHashCode(task);
					String b = other.getName() + "#" + System.identityHashCode(other);
					String group = "apart:" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
					groups.computeIfAbsent(task, t -> new LinkedHashSet<>()).add(group);
					groups.computeIfAbsent(other, t -> new LinkedHashSet<>()).add(group);
				}
			}
		}
		return groups;
	}

	private static String uniqueId(String name, String kind, int index, Set<String> used) {
		String id = name == null || name.isBlank() ? kind + "#" + index : name;
		if (!used.add(id)) {
			id = id + "#" + index; // a duplicate name (validation says so) must not stop placing the others
			used.add(id);
		}
		return id;
	}

	private static double nonNegative(double value) {
		return value >= 0 && Double.isFinite(value) ? value : 0;
	}

	private static NodeState state(org.flotilla.model.NodeState state) {
		return switch (state) {
		case READY -> NodeState.READY;
		case MAINTENANCE -> NodeState.MAINTENANCE;
		case UNREACHABLE -> NodeState.UNREACHABLE;
		case ENROLLING -> NodeState.ENROLLING;
		case DECOMMISSIONED -> NodeState.DECOMMISSIONED;
		};
	}

	/**
	 * A pool adapted to the engine, with the index between the model's objects and the problem's: what a
	 * planning board needs to ask "task t on node n?" of a {@link WhatIf} without looking anything up by name.
	 */
	public static final class PoolProblem {
		private final Problem problem;
		private final List<Task> tasks;
		private final List<Node> nodes;
		private final Map<Task, Integer> taskIndex = new IdentityHashMap<>();
		private final Map<Node, Integer> nodeIndex = new IdentityHashMap<>();
		private final Objective objective;
		private final boolean[] predicted;

		PoolProblem(Problem problem, List<Task> tasks, List<Node> nodes, Objective objective, boolean[] predicted) {
			this.problem = problem;
			this.predicted = predicted.clone();
			this.tasks = List.copyOf(tasks);
			this.nodes = List.copyOf(nodes);
			this.objective = objective;
			for (int i = 0; i < tasks.size(); i++) {
				taskIndex.put(tasks.get(i), i);
			}
			for (int i = 0; i < nodes.size(); i++) {
				nodeIndex.put(nodes.get(i), i);
			}
		}

		public Problem problem() {
			return problem;
		}

		/** Whether the demand the problem places task {@code index} by was predicted from its observed usage. */
		public boolean isDemandPredicted(int index) {
			return predicted[index];
		}

		/** The pool's objective (consolidate or spread). */
		public Objective objective() {
			return objective;
		}

		/** The task at a problem index. */
		public Task task(int index) {
			return tasks.get(index);
		}

		public Node node(int index) {
			return nodes.get(index);
		}

		public List<Task> tasks() {
			return tasks;
		}

		public List<Node> nodes() {
			return nodes;
		}

		/** The problem index of a task, or -1 when it is not in this problem. */
		public int indexOf(Task task) {
			Integer index = taskIndex.get(task);
			return index == null ? -1 : index;
		}

		/** The problem index of a node, or -1 when it is not in this problem. */
		public int indexOf(Node node) {
			Integer index = nodeIndex.get(node);
			return index == null ? -1 : index;
		}

		/** The problem id of a task (its name, unless that was taken), or null. */
		public String idOf(Task task) {
			int index = indexOf(task);
			return index < 0 ? null : problem.task(index).id();
		}

		/** Where the tasks run now. */
		public Placement current() {
			return Placement.current(problem);
		}

		/** A what-if over where the tasks run now: {@code whatIf().evaluate(indexOf(task), indexOf(node))}. */
		public WhatIf whatIf() {
			return new WhatIf(current(), objective);
		}
	}
}
