package org.flotilla.console.core.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.flotilla.console.core.tasks.PoolProblems;
import org.flotilla.model.Group;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.Plan;
import org.flotilla.model.PlannedMove;
import org.flotilla.model.Pool;
import org.flotilla.model.Task;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Violation;
import org.flotilla.scheduler.WhatIf;

/**
 * What the planning board shows, computed from the pool and its plan: the lanes (one per node, in site and rack
 * order) as they will be once the plan's moves are done, each planned move with whether it still holds, the plan's
 * effect as a whole, and the verdict for dropping tasks on a lane.
 * <p>
 * Every verdict comes from the engine's {@link WhatIf} over the placement the plan leads to, the same answer the
 * control service's Move to… gives ({@link org.flotilla.console.core.tasks.ControlService#moveOptions}), never
 * from a check of the board's own. Built on the model thread ({@link #of} reads the pool); afterwards it holds
 * only the engine's immutable problem and placements, so {@link #verdict} may be called from any thread (one
 * at a time for a single task, which uses the board's own what-if; a verdict for several tasks makes its own).
 */
public final class PlanningBoard {

	/** One node's lane: its place in the pool, its tasks once the plan is done, and its load. */
	public record Lane(Node node, String site, String rack, List<Task> tasks, double[] capacity, double[] plannedLoad,
			double observedCpu, double observedMemory, boolean changedByPlan) {

		/** Predicted (planned) load over capacity of resource {@code r}, 0 when the node has none of it. */
		public double plannedShare(int r) {
			return capacity[r] > 0 ? plannedLoad[r] / capacity[r] : 0;
		}
	}

	/** Whether a planned move still holds: {@code OK}, {@code STALE} (the pool changed since) or {@code REFUSED}. */
	public enum MoveState {
		OK, STALE, REFUSED
	}

	/** A planned move as the board shows it: from, to, whether it holds and why not. */
	public record MoveStatus(PlannedMove move, MoveState state, String reason) {
		public boolean holds() {
			return state == MoveState.OK;
		}

		public String describe() {
			String task = move.getTask() == null ? "(removed task)" : move.getTask().getName();
			return task + ": " + name(move.getFromNode()) + " \u2192 " + name(move.getToNode())
					+ (state == MoveState.OK ? "" : " \u2014 " + state.name().toLowerCase(Locale.ROOT) + ": " + reason);
		}
	}

	/**
	 * The plan's effect as a whole: nodes running work and their cost before and after, the pool's objective
	 * before and after, the highest predicted load of any node after (and which), and the moves that do not hold.
	 */
	public record Effect(int moves, int nodesUsedBefore, int nodesUsedAfter, double costBefore, double costAfter,
			double objectiveBefore, double objectiveAfter, double peakLoad, String peakNode, String peakResource,
			int violations) {

		public String describe() {
			return String.format(Locale.ROOT,
					"%d move%s \u00b7 nodes used %d \u2192 %d \u00b7 cost %s \u2192 %s \u00b7 objective %s (%s) \u00b7 peak predicted load %d %% (%s %s) \u00b7 violations: %d",
					moves, moves == 1 ? "" : "s", nodesUsedBefore, nodesUsedAfter, trim(costBefore), trim(costAfter),
					trim(objectiveAfter), signed(objectiveAfter - objectiveBefore), Math.round(100 * peakLoad),
					peakNode == null ? "-" : peakNode, peakResource == null ? "" : peakResource, violations);
		}
	}

	/**
	 * What dropping tasks on a lane would do: it fits (with the target's load after and the change of the pool's
	 * objective) or not (with the engine's reason); {@code violations} are the engine's, of the first task that
	 * does not fit.
	 */
	public record Verdict(Node target, boolean fits, String text, double[] loadAfter, double objectiveDelta,
			List<Violation> violations) {
	}

	private final Pool pool;
	private final PoolProblems.PoolProblem problem;
	private final Objective objective;
	private final Placement before;
	/**
	 * The current placement as the engine's what-if reads it: the same as {@link #before} but for an affinity
	 * group whose members run apart (the engine reads them all on the first one's node). Comparing the placement
	 * after the plan with this one, not with {@link #before}, tells which tasks the plan moves.
	 */
	private final Placement baseline;
	private final Placement after;
	private final WhatIf afterPlan;
	private final List<Lane> lanes;
	private final Map<Node, Lane> laneOf = new IdentityHashMap<>();
	private final List<MoveStatus> moves;
	private final Effect effect;

	private PlanningBoard(Pool pool) {
		this.pool = pool;
		this.problem = PoolProblems.forPlanning(pool);
		this.objective = problem.objective();
		this.before = problem.current();
		this.afterPlan = new WhatIf(before, objective);
		this.baseline = afterPlan.placement();
		this.moves = applyPlan(PlanEdits.currentPlan(pool));
		this.after = afterPlan.placement();
		this.lanes = buildLanes();
		this.effect = measure();
	}

	/** The board of {@code pool} and its plan now (model thread). */
	public static PlanningBoard of(Pool pool) {
		return new PlanningBoard(pool);
	}

	public Pool pool() {
		return pool;
	}

	/** Every lane, in the pool's site and rack order. */
	public List<Lane> lanes() {
		return lanes;
	}

	/** The lane of {@code node}, or null when the node is not on the board. */
	public Lane lane(Node node) {
		return laneOf.get(node);
	}

	/** The plan's moves in order, each with whether it holds. */
	public List<MoveStatus> moves() {
		return moves;
	}

	public Effect effect() {
		return effect;
	}

	/** The engine's placement once the plan's moves that hold are done. */
	public Placement placementAfterPlan() {
		return after;
	}

	/** The lanes whose node, address, state, label or one of whose tasks matches {@code filter} (case-insensitive). */
	public List<Lane> lanes(String filter) {
		if (filter == null || filter.isBlank()) {
			return lanes;
		}
		String f = filter.trim().toLowerCase(Locale.ROOT);
		List<Lane> matching = new ArrayList<>();
		for (Lane lane : lanes) {
			if (matches(lane, f)) {
				matching.add(lane);
			}
		}
		return matching;
	}

	private static boolean matches(Lane lane, String f) {
		Node node = lane.node();
		if (contains(node.getName(), f) || contains(node.getAddress(), f) || contains(node.getState().getLiteral(), f)
				|| contains(lane.site(), f) || contains(lane.rack(), f)) {
			return true;
		}
		for (String label : node.getLabels()) {
			if (contains(label, f)) {
				return true;
			}
		}
		for (Task task : lane.tasks()) {
			if (contains(task.getName(), f)) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(String text, String f) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(f);
	}

	/**
	 * What dropping {@code tasks} on {@code target} would do, given the plan: the engine's what-if of each task
	 * in turn (a later one sees the earlier ones there). Tasks already on {@code target} once the plan is done are
	 * left out.
	 */
	public Verdict verdict(Collection<Task> tasks, Node target) {
		int n = problem.indexOf(target);
		if (n < 0) {
			return refused(target, target.getName() + " is not in the pool's placement problem", List.of());
		}
		List<Integer> indexes = new ArrayList<>();
		for (Task task : tasks) {
			int t = problem.indexOf(task);
			if (t < 0) {
				return refused(target, task.getName() + " is " + task.getState().getLiteral()
						+ ", not running: only running or pending work can be planned", List.of());
			}
			if (after.nodeIndexOf(t) != n) {
				indexes.add(t);
			}
		}
		if (indexes.isEmpty()) {
			return refused(target, "already on " + target.getName(), List.of());
		}
		if (indexes.size() == 1) {
			WhatIf.Result result;
			synchronized (afterPlan) {
				result = afterPlan.evaluate(indexes.get(0), n);
			}
			return verdictOf(target, result, tasks.size() > 1 ? problem.task(indexes.get(0)) : null);
		}
		// Several tasks: each sees the ones before it on the target, in a what-if of its own (O(tasks) to make).
		WhatIf whatIf = new WhatIf(after, objective);
		double delta = 0;
		WhatIf.Result last = null;
		for (int t : indexes) {
			WhatIf.Result result = whatIf.evaluate(t, n);
			if (!result.feasible()) {
				return verdictOf(target, result, problem.task(t));
			}
			delta += result.objectiveDelta();
			whatIf.apply(t, n);
			last = result;
		}
		return new Verdict(target, true, indexes.size() + " tasks fit; " + loadAfter(target, last.toLoadAfter())
				+ "; objective " + signed(delta), last.toLoadAfter(), delta, List.of());
	}

	private Verdict verdictOf(Node target, WhatIf.Result result, Task which) {
		if (result.feasible()) {
			return new Verdict(target, true,
					"fits; " + loadAfter(target, result.toLoadAfter()) + "; objective " + signed(result.objectiveDelta())
							+ (result.explanation().needsProvisioning() ? "; needs provisioning first" : ""),
					result.toLoadAfter(), result.objectiveDelta(), List.of());
		}
		List<Violation> violations = result.explanation().violations();
		String reasons = String.join("; ", violations.stream().map(Violation::message).toList());
		return new Verdict(target, false, (which != null ? which.getName() + ": " : "") + reasons, result.toLoadAfter(),
				result.objectiveDelta(), violations);
	}

	private static Verdict refused(Node target, String why, List<Violation> violations) {
		return new Verdict(target, false, why, null, 0, violations);
	}

	/** Applies the plan's moves in order to the board's what-if; each one that does not hold is said why. */
	private List<MoveStatus> applyPlan(Plan plan) {
		if (plan == null) {
			return List.of();
		}
		List<MoveStatus> statuses = new ArrayList<>();
		Map<Task, Node> plannedAt = new IdentityHashMap<>();
		for (PlannedMove move : plan.getMoves()) {
			Task task = move.getTask();
			Node to = move.getToNode();
			String stale = staleReason(move, plannedAt);
			if (stale != null) {
				statuses.add(new MoveStatus(move, MoveState.STALE, stale));
				continue;
			}
			int t = problem.indexOf(task);
			int n = problem.indexOf(to);
			WhatIf.Result result = afterPlan.evaluate(t, n);
			if (!result.feasible()) {
				statuses.add(new MoveStatus(move, MoveState.REFUSED,
						String.join("; ", result.explanation().violations().stream().map(Violation::message).toList())));
				continue;
			}
			afterPlan.apply(t, n);
			plannedAt.put(task, to);
			statuses.add(new MoveStatus(move, MoveState.OK, null));
		}
		return List.copyOf(statuses);
	}

	/** Why a planned move no longer matches the pool (the task moved or left, a node went away), or null. */
	private String staleReason(PlannedMove move, Map<Task, Node> plannedAt) {
		Task task = move.getTask();
		if (task == null || task.eContainer() == null) {
			return "the task was removed from the pool";
		}
		if (move.getToNode() == null || !inPool(move.getToNode())) {
			return "the target node was removed from the pool";
		}
		if (task.getEpoch() != move.getPlannedEpoch()) {
			return task.getName() + " was reassigned since the move was planned (epoch " + move.getPlannedEpoch()
					+ ", now " + task.getEpoch() + (task.getNode() != null ? ", on " + task.getNode().getName() : "")
					+ ")";
		}
		Node expected = plannedAt.containsKey(task) ? plannedAt.get(task) : task.getNode();
		if (expected != move.getFromNode()) {
			return task.getName() + " is on " + name(expected) + " now, not on " + name(move.getFromNode());
		}
		if (problem.indexOf(task) < 0) {
			return task.getName() + " is " + task.getState().getLiteral() + ", no longer running";
		}
		if (problem.indexOf(move.getToNode()) < 0) {
			return "the target node is not in the pool's placement problem";
		}
		return null;
	}

	private boolean inPool(EObject object) {
		EObject o = object;
		while (o != null && o != pool) {
			o = o.eContainer();
		}
		return o == pool;
	}

	private List<Lane> buildLanes() {
		Problem p = problem.problem();
		int nodes = problem.nodes().size();
		int R = p.resourceCount();
		double[] load = new double[nodes * R];
		@SuppressWarnings("unchecked")
		List<Task>[] tasksOn = new List[nodes];
		int[] nodeOf = lanesOfTasks();
		for (int t = 0; t < nodeOf.length; t++) {
			int n = nodeOf[t];
			if (n < 0) {
				continue;
			}
			for (int r = 0; r < R; r++) {
				load[n * R + r] += p.demand(t, r);
			}
			(tasksOn[n] == null ? tasksOn[n] = new ArrayList<>() : tasksOn[n]).add(problem.task(t));
		}
		boolean[] changed = new boolean[nodes];
		for (MoveStatus status : moves) {
			if (status.holds()) {
				mark(changed, status.move().getFromNode());
				mark(changed, status.move().getToNode());
			}
		}
		List<Lane> result = new ArrayList<>(nodes);
		for (Node node : pool.getAllNodes()) {
			int n = problem.indexOf(node);
			if (n < 0) {
				continue;
			}
			List<Task> tasks = tasksOn[n] == null ? new ArrayList<>() : tasksOn[n];
			// Tasks that hold nothing (stopped, failed, exited) stay on their node's lane as they are, not movable.
			for (Task task : node.getTasks()) {
				if (problem.indexOf(task) < 0) {
					tasks.add(task);
				}
			}
			double[] capacity = p.node(n).capacity();
			double[] planned = java.util.Arrays.copyOfRange(load, n * R, n * R + R);
			MetricSample sample = latest(node.getMetrics());
			Lane lane = new Lane(node, site(node), rack(node), List.copyOf(tasks), capacity, planned,
					sample == null ? Double.NaN : sample.getCpu(), sample == null ? Double.NaN : sample.getMemory(),
					changed[n]);
			result.add(lane);
			laneOf.put(node, lane);
		}
		return List.copyOf(result);
	}

	/** The node each task's card is on: where the plan moves it, or else where it really runs now. */
	private int[] lanesOfTasks() {
		int[] nodeOf = before.nodeIndexes();
		int[] planned = after.nodeIndexes();
		int[] read = baseline.nodeIndexes();
		for (int t = 0; t < nodeOf.length; t++) {
			if (planned[t] != read[t]) {
				nodeOf[t] = planned[t];
			}
		}
		return nodeOf;
	}

	/**
	 * {@code tasks} and every task of their affinity groups (the engine moves a group as one, so a plan moves
	 * every member), in order, each once.
	 */
	public List<Task> withAffinityGroups(Collection<Task> tasks) {
		java.util.LinkedHashSet<Task> all = new java.util.LinkedHashSet<>(tasks);
		Problem p = problem.problem();
		java.util.Set<String> groups = new java.util.HashSet<>();
		for (Task task : tasks) {
			int t = problem.indexOf(task);
			if (t >= 0 && p.task(t).affinityGroup() != null) {
				groups.add(p.task(t).affinityGroup());
			}
		}
		if (!groups.isEmpty()) {
			for (int t = 0; t < p.tasks().size(); t++) {
				if (groups.contains(p.task(t).affinityGroup())) {
					all.add(problem.task(t));
				}
			}
		}
		return List.copyOf(all);
	}

	private void mark(boolean[] changed, Node node) {
		int n = node == null ? -1 : problem.indexOf(node);
		if (n >= 0) {
			changed[n] = true;
		}
	}

	private Effect measure() {
		int nodes = problem.nodes().size();
		int holding = (int) moves.stream().filter(MoveStatus::holds).count();
		double peak = 0;
		String peakNode = null;
		String peakResource = null;
		for (Lane lane : lanes) {
			for (int r : new int[] { PoolProblems.CPU, PoolProblems.MEMORY }) {
				double share = lane.plannedShare(r);
				if (share > peak) {
					peak = share;
					peakNode = lane.node().getName();
					peakResource = PoolProblems.RESOURCES.get(r);
				}
			}
		}
		int[] onLane = lanesOfTasks();
		return new Effect(holding, usedNodes(before.nodeIndexes(), nodes), usedNodes(onLane, nodes),
				baseline.usedNodeCost(), after.usedNodeCost(), baseline.objectiveValue(objective),
				after.objectiveValue(objective), peak, peakNode, peakResource, moves.size() - holding);
	}

	private static int usedNodes(int[] nodeOfTask, int nodes) {
		boolean[] used = new boolean[nodes];
		int count = 0;
		for (int n : nodeOfTask) {
			if (n >= 0 && !used[n]) {
				used[n] = true;
				count++;
			}
		}
		return count;
	}

	private static MetricSample latest(MetricWindow window) {
		return window == null || window.getSamples().isEmpty() ? null
				: window.getSamples().get(window.getSamples().size() - 1);
	}

	/** The outermost group holding the node (its site), or "" when it has none. */
	public static String site(Node node) {
		String site = "";
		for (EObject o = node.eContainer(); o instanceof Group group; o = o.eContainer()) {
			site = group.getName() == null ? "" : group.getName();
		}
		return site;
	}

	/** The group holding the node directly (its rack), or "" when that is its site. */
	public static String rack(Node node) {
		if (node.eContainer() instanceof Group group && group.eContainer() instanceof Group) {
			return group.getName() == null ? "" : group.getName();
		}
		return "";
	}

	private static String name(Node node) {
		return node == null ? "(none)" : node.getName();
	}

	static String loadAfter(Node node, double[] load) {
		return String.format(Locale.ROOT, "%s after: CPU %s of %s cores (%d %%), memory %d of %d MiB (%d %%)",
				node.getName(), trim(load[PoolProblems.CPU]), trim(node.getCpuCapacity()),
				percent(load[PoolProblems.CPU], node.getCpuCapacity()), Math.round(load[PoolProblems.MEMORY]),
				node.getMemoryCapacity(), percent(load[PoolProblems.MEMORY], node.getMemoryCapacity()));
	}

	private static int percent(double used, double capacity) {
		return capacity > 0 ? (int) Math.round(100 * used / capacity) : 0;
	}

	static String trim(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
	}

	static String signed(double delta) {
		return (delta > 0 ? "+" : delta < 0 ? "-" : "\u00b1") + String.format(Locale.ROOT, "%.2f", Math.abs(delta));
	}
}
