package org.flotilla.scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A placement problem: named resources, nodes and tasks. Immutable; build it with {@link #builder(String...)}.
 * Nodes and tasks keep the order in which they were added, and their index in that order is how the rest of
 * the API ({@link Placement}, {@link WhatIf}) refers to them cheaply.
 * <p>
 * The demand used for placement is computed once, here: a task with a usage history is placed by its
 * predicted demand over the prediction horizon ({@link LoadPredictor}), any other by its requested demand.
 */
public final class Problem {

	private final List<String> resources;
	private final List<Node> nodes;
	private final List<Task> tasks;
	private final Map<String, Integer> nodeIndex;
	private final Map<String, Integer> taskIndex;
	private final double[][] demand;
	private final boolean[] predicted;

	private Problem(Builder b) {
		this.resources = List.copyOf(b.resources);
		this.nodes = List.copyOf(b.nodes);
		this.tasks = List.copyOf(b.tasks);
		this.nodeIndex = Collections.unmodifiableMap(new HashMap<>(b.nodeIndex));
		this.taskIndex = Collections.unmodifiableMap(new HashMap<>(b.taskIndex));
		for (Task t : tasks) {
			if (t.currentNode() != null && !nodeIndex.containsKey(t.currentNode())) {
				throw new IllegalArgumentException("task " + t.id() + " runs on unknown node " + t.currentNode());
			}
		}
		this.demand = new double[tasks.size()][];
		this.predicted = new boolean[tasks.size()];
		for (int i = 0; i < tasks.size(); i++) {
			Task t = tasks.get(i);
			if (b.predictor != null && t.history() != null && b.predictor.hasEnoughHistory(t.history())) {
				demand[i] = b.predictor.predict(t.history(), b.horizon, t.requestedDemand());
				predicted[i] = true;
			} else {
				demand[i] = t.requestedDemand();
			}
		}
	}

	/** Starts a problem over the given resources, e.g. {@code builder("cpu", "memory", "disk", "network")}. */
	public static Builder builder(String... resources) {
		return new Builder(List.of(resources));
	}

	public List<String> resources() {
		return resources;
	}

	public int resourceCount() {
		return resources.size();
	}

	public List<Node> nodes() {
		return nodes;
	}

	public List<Task> tasks() {
		return tasks;
	}

	public Node node(int index) {
		return nodes.get(index);
	}

	public Task task(int index) {
		return tasks.get(index);
	}

	/** Index of the node with this id; throws when there is none. */
	public int nodeIndex(String id) {
		Integer i = nodeIndex.get(id);
		if (i == null) {
			throw new IllegalArgumentException("no node " + id);
		}
		return i;
	}

	/** Index of the task with this id; throws when there is none. */
	public int taskIndex(String id) {
		Integer i = taskIndex.get(id);
		if (i == null) {
			throw new IllegalArgumentException("no task " + id);
		}
		return i;
	}

	/** Demand the scheduler places task {@code task} by: predicted when it has a history, requested otherwise. */
	public double demand(int task, int resource) {
		return demand[task][resource];
	}

	public double[] demand(int task) {
		return demand[task].clone();
	}

	/** Whether {@link #demand(int)} of this task comes from its usage history. */
	public boolean isDemandPredicted(int task) {
		return predicted[task];
	}

	/** Collects resources, nodes and tasks. Not thread-safe; {@link #build()} may be called once. */
	public static final class Builder {
		private final List<String> resources;
		private final List<Node> nodes = new ArrayList<>();
		private final List<Task> tasks = new ArrayList<>();
		private final Map<String, Integer> nodeIndex = new HashMap<>();
		private final Map<String, Integer> taskIndex = new HashMap<>();
		private LoadPredictor predictor = new LoadPredictor();
		private Duration horizon = Duration.ofHours(1);

		private Builder(List<String> resources) {
			if (resources.isEmpty()) {
				throw new IllegalArgumentException("at least one resource is needed");
			}
			if (new LinkedHashSet<>(resources).size() != resources.size()) {
				throw new IllegalArgumentException("resource names must be unique: " + resources);
			}
			this.resources = resources;
		}

		/** How load prediction is done (null: never predict, always use requested demand). */
		public Builder predictor(LoadPredictor predictor) {
			this.predictor = predictor;
			return this;
		}

		/** How far ahead a task's predicted demand must hold (default one hour). */
		public Builder predictionHorizon(Duration horizon) {
			this.horizon = horizon;
			return this;
		}

		public NodeBuilder node(String id) {
			return new NodeBuilder(this, id);
		}

		public TaskBuilder task(String id) {
			return new TaskBuilder(this, id);
		}

		/** Adds a ready node with no labels or stack. */
		public Builder addNode(String id, double cost, double... capacity) {
			return node(id).cost(cost).capacity(capacity).add();
		}

		/** Adds an unconstrained task. */
		public Builder addTask(String id, double... demand) {
			return task(id).demand(demand).add();
		}

		private void checkVector(String what, String id, double[] v) {
			if (v == null || v.length != resources.size()) {
				throw new IllegalArgumentException(what + " of " + id + " needs " + resources.size() + " values " + resources);
			}
			for (double x : v) {
				if (!(x >= 0) || Double.isInfinite(x)) {
					throw new IllegalArgumentException(what + " of " + id + " must be finite and >= 0");
				}
			}
		}

		public Problem build() {
			return new Problem(this);
		}
	}

	/** Describes one node; {@link #add()} returns to the problem builder. */
	public static final class NodeBuilder {
		private final Builder owner;
		private final String id;
		private double[] capacity;
		private double cost;
		private final Set<String> labels = new LinkedHashSet<>();
		private final Map<String, String> installed = new LinkedHashMap<>();
		private final Map<String, String> provisionable = new LinkedHashMap<>();
		private NodeState state = NodeState.READY;

		private NodeBuilder(Builder owner, String id) {
			this.owner = owner;
			this.id = id;
		}

		public NodeBuilder capacity(double... capacity) {
			this.capacity = capacity.clone();
			return this;
		}

		public NodeBuilder cost(double cost) {
			this.cost = cost;
			return this;
		}

		public NodeBuilder labels(String... labels) {
			this.labels.addAll(List.of(labels));
			return this;
		}

		public NodeBuilder installed(String component, String version) {
			installed.put(component, version);
			return this;
		}

		/** A profile could install this component at this version here before the task starts. */
		public NodeBuilder provisionable(String component, String version) {
			provisionable.put(component, version);
			return this;
		}

		public NodeBuilder state(NodeState state) {
			this.state = state;
			return this;
		}

		public Builder add() {
			owner.checkVector("capacity", id, capacity);
			if (!(cost >= 0)) {
				throw new IllegalArgumentException("cost of " + id + " must be >= 0");
			}
			if (owner.nodeIndex.putIfAbsent(id, owner.nodes.size()) != null) {
				throw new IllegalArgumentException("duplicate node id " + id);
			}
			owner.nodes.add(new Node(id, capacity, cost, labels, installed, provisionable, state));
			return owner;
		}
	}

	/** Describes one task; {@link #add()} returns to the problem builder. */
	public static final class TaskBuilder {
		private final Builder owner;
		private final String id;
		private double[] demand;
		private final Set<String> labels = new LinkedHashSet<>();
		private final List<StackRequirement> stack = new ArrayList<>();
		private String affinityGroup;
		private final Set<String> antiAffinity = new LinkedHashSet<>();
		private String currentNode;
		private boolean pinned;
		private UsageHistory history;

		private TaskBuilder(Builder owner, String id) {
			this.owner = owner;
			this.id = id;
		}

		public TaskBuilder demand(double... demand) {
			this.demand = demand.clone();
			return this;
		}

		public TaskBuilder requireLabels(String... labels) {
			this.labels.addAll(List.of(labels));
			return this;
		}

		public TaskBuilder requireStack(String component, String minVersion) {
			stack.add(new StackRequirement(component, minVersion));
			return this;
		}

		public TaskBuilder affinityGroup(String group) {
			this.affinityGroup = group;
			return this;
		}

		public TaskBuilder antiAffinityGroups(String... groups) {
			antiAffinity.addAll(List.of(groups));
			return this;
		}

		/** The node the task runs on now. */
		public TaskBuilder currentNode(String nodeId) {
			this.currentNode = nodeId;
			return this;
		}

		/** Runs on {@code nodeId} now and must stay there. */
		public TaskBuilder pinnedTo(String nodeId) {
			this.currentNode = nodeId;
			this.pinned = true;
			return this;
		}

		public TaskBuilder history(UsageHistory history) {
			this.history = history;
			return this;
		}

		public Builder add() {
			owner.checkVector("demand", id, demand);
			if (history != null && history.size() > 0 && history.resourceCount() != owner.resources.size()) {
				throw new IllegalArgumentException("history of " + id + " must have " + owner.resources.size() + " resources");
			}
			if (owner.taskIndex.putIfAbsent(id, owner.tasks.size()) != null) {
				throw new IllegalArgumentException("duplicate task id " + id);
			}
			owner.tasks.add(new Task(id, demand, labels, stack, affinityGroup, antiAffinity, currentNode, pinned, history));
			return owner;
		}
	}
}
