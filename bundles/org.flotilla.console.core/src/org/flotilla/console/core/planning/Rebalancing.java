package org.flotilla.console.core.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.flotilla.console.core.tasks.PoolProblems;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;
import org.flotilla.model.Task;
import org.flotilla.scheduler.Move;
import org.flotilla.scheduler.Objective;
import org.flotilla.scheduler.Placement;
import org.flotilla.scheduler.Problem;
import org.flotilla.scheduler.Rebalancer;

/**
 * The engine's rebalancing ({@link Rebalancer}) of a pool or part of it, as moves a planner can tick and put in
 * the plan. {@link #prepare} reads the pool (model thread); {@link Prepared#propose} only works on the engine's
 * immutable problem, so it may run on a background thread. The proposal starts from the pool as the plan leaves it
 * (each task where its last planned move puts it), so its moves add to the plan.
 */
public final class Rebalancing {

	/** What the planner wants: fewer nodes, or even load. */
	public enum Goal {
		CONSOLIDATE, SPREAD
	}

	/**
	 * A small price per move, so that a move must pay for itself (a spread's gains can be tiny): the engine's
	 * advice, see {@link Rebalancer}. Consolidating, it is in units of node cost. Spreading, the objective is a
	 * weighted mean over the nodes, so one move's gain shrinks as 1 / nodes: the price is divided by the number of nodes
	 * in scope (a fixed price made a spread of a few hundred nodes propose nothing).
	 */
	static final double MOVE_PENALTY = 1e-3;

	/** The price of one move for {@code goal} over {@code nodes} nodes (see {@link #MOVE_PENALTY}). */
	static double movePenalty(Goal goal, int nodes) {
		return goal == Goal.SPREAD ? MOVE_PENALTY / Math.max(1, nodes) : MOVE_PENALTY;
	}

	/** One proposed move: the tasks (one, or an affinity group), from, to, the objective's change and what it does. */
	public record Proposal(List<Task> tasks, Node from, Node to, double objectiveDelta, String effect) {
		public String taskNames() {
			return String.join(", ", tasks.stream().map(Task::getName).toList());
		}
	}

	/** A pool ready to be rebalanced. */
	public static final class Prepared {
		private final PoolProblems.PoolProblem problem;
		private final Objective objective;
		private final Placement planned;

		private Prepared(PoolProblems.PoolProblem problem, Objective objective, Placement planned) {
			this.problem = problem;
			this.objective = objective;
			this.planned = planned;
		}

		/** At most {@code maxMoves} moves, best first, each feasible once the ones before it are done. */
		public List<Proposal> propose(int maxMoves) {
			return propose(maxMoves, java.time.Duration.ofDays(365));
		}

		/** As {@link #propose(int)}, the moves found within {@code budget} (at least the first, if any). */
		public List<Proposal> propose(int maxMoves, java.time.Duration budget) {
			Problem p = problem.problem();
			List<Proposal> proposals = new ArrayList<>();
			for (Move move : Rebalancer.propose(planned, objective, maxMoves, budget)) {
				List<Task> tasks = move.taskIds().stream().map(id -> problem.task(p.taskIndex(id))).toList();
				Node from = problem.node(p.nodeIndex(move.fromNode()));
				Node to = problem.node(p.nodeIndex(move.toNode()));
				String effect = "objective " + PlanningBoard.signed(move.objectiveDelta() + objective.movePenalty() * tasks.size())
						+ "; " + PlanningBoard.loadAfter(to, move.toLoadAfter()) + String.format(Locale.ROOT,
								"; %s after: CPU %s cores", from.getName(), PlanningBoard.trim(move.fromLoadAfter()[0]));
				proposals.add(new Proposal(tasks, from, to, move.objectiveDelta(), effect));
			}
			return proposals;
		}
	}

	private Rebalancing() {
	}

	/** Reads the pool's nodes that {@code scope} accepts and the tasks on them (model thread). */
	public static Prepared prepare(Pool pool, Predicate<Node> scope, Goal goal) {
		PoolProblems.PoolProblem problem = PoolProblems.forPlanning(pool, scope);
		Objective objective = (goal == Goal.SPREAD ? Objective.spread() : Objective.consolidate())
				.withMovePenalty(movePenalty(goal, problem.problem().nodes().size()));
		java.util.Map<Task, Node> plannedAt = new java.util.IdentityHashMap<>();
		org.flotilla.model.Plan plan = PlanEdits.currentPlan(pool);
		if (plan != null) {
			for (org.flotilla.model.PlannedMove move : plan.getMoves()) {
				plannedAt.put(move.getTask(), move.getToNode());
			}
		}
		Problem p = problem.problem();
		java.util.Map<String, String> nodeByTask = new java.util.HashMap<>();
		for (int t = 0; t < p.tasks().size(); t++) {
			Task task = problem.task(t);
			int n = problem.indexOf(plannedAt.containsKey(task) ? plannedAt.get(task) : task.getNode());
			if (n >= 0) {
				nodeByTask.put(p.task(t).id(), p.node(n).id());
			}
		}
		return new Prepared(problem, objective, Placement.of(p, nodeByTask));
	}
}
