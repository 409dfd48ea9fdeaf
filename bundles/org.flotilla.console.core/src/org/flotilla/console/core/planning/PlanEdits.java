package org.flotilla.console.core.planning;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.flotilla.model.Node;
import org.flotilla.model.Plan;
import org.flotilla.model.PlannedMove;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Task;

/**
 * Every change of a plan as an EMF command, so that the session's Undo and Redo take planned moves back and
 * forth like any other edit. Model thread.
 */
public final class PlanEdits {

	/** The name of the plan the board makes when the pool has none yet. */
	public static final String DEFAULT_PLAN_NAME = "Plan";

	private PlanEdits() {
	}

	/** The plan the board edits: the pool's first, or null when it has none yet. */
	public static Plan currentPlan(Pool pool) {
		return pool.getPlans().isEmpty() ? null : pool.getPlans().get(0);
	}

	/**
	 * Where {@code task} will be once the plan's moves of it are done: the target of its last planned move, or
	 * the node it is on now.
	 */
	public static Node plannedNodeOf(Pool pool, Task task) {
		Node at = task.getNode();
		Plan plan = currentPlan(pool);
		if (plan != null) {
			for (PlannedMove move : plan.getMoves()) {
				if (move.getTask() == task) {
					at = move.getToNode();
				}
			}
		}
		return at;
	}

	/**
	 * One command that plans moving every one of {@code tasks} to {@code target} (one Undo takes the whole drop
	 * back), making the pool's plan first when it has none. Tasks already planned onto {@code target} are left
	 * out; returns null when none is left.
	 */
	public static Command addMoves(EditingDomain domain, Pool pool, Collection<Task> tasks, Node target) {
		return addMoves(domain, pool, List.of(java.util.Map.entry(List.copyOf(tasks), target)), label(tasks, target));
	}

	/**
	 * One command that plans several drops in order ({@code drops}: the tasks and their target), as a rebalancing
	 * proposes them: a later drop of a task starts where an earlier one put it. Null when nothing is left to plan.
	 */
	public static Command addMoves(EditingDomain domain, Pool pool, List<java.util.Map.Entry<List<Task>, Node>> drops,
			String label) {
		Plan plan = currentPlan(pool);
		CompoundCommand command = new CompoundCommand(label);
		if (plan == null) {
			plan = PoolFactory.eINSTANCE.createPlan();
			plan.setName(DEFAULT_PLAN_NAME);
			command.append(AddCommand.create(domain, pool, PoolPackage.Literals.POOL__PLANS, plan));
		}
		List<PlannedMove> moves = new java.util.ArrayList<>();
		java.util.Map<Task, Node> plannedAt = new java.util.IdentityHashMap<>();
		for (java.util.Map.Entry<List<Task>, Node> drop : drops) {
			Node target = drop.getValue();
			for (Task task : drop.getKey()) {
				Node from = plannedAt.containsKey(task) ? plannedAt.get(task) : plannedNodeOf(pool, task);
				if (from == target) {
					continue;
				}
				PlannedMove move = PoolFactory.eINSTANCE.createPlannedMove();
				move.setTask(task);
				move.setFromNode(from);
				move.setToNode(target);
				move.setPlannedEpoch(task.getEpoch());
				moves.add(move);
				plannedAt.put(task, target);
			}
		}
		if (moves.isEmpty()) {
			return null;
		}
		command.append(AddCommand.create(domain, plan, PoolPackage.Literals.PLAN__MOVES, moves));
		return command;
	}

	/** The command that takes {@code move} out of its plan. */
	public static Command removeMove(EditingDomain domain, PlannedMove move) {
		return RemoveCommand.create(domain, move.eContainer(), PoolPackage.Literals.PLAN__MOVES, move);
	}

	/** The command that empties the pool's plan; null when there is nothing to take out. */
	public static Command clearPlan(EditingDomain domain, Pool pool) {
		Plan plan = currentPlan(pool);
		if (plan == null || plan.getMoves().isEmpty()) {
			return null;
		}
		return RemoveCommand.create(domain, plan, PoolPackage.Literals.PLAN__MOVES, List.copyOf(plan.getMoves()));
	}

	private static String label(Collection<Task> tasks, Node target) {
		return tasks.size() == 1 ? "Plan moving " + tasks.iterator().next().getName() + " to " + target.getName()
				: "Plan moving " + tasks.size() + " tasks to " + target.getName();
	}
}
