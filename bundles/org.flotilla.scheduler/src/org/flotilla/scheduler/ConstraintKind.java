package org.flotilla.scheduler;

/** The hard constraints a placement must hold; an {@link Explanation} names the ones a task/node pair breaks. */
public enum ConstraintKind {
	/** The node is not ready (enrolling, maintenance, unreachable or decommissioned). */
	NODE_STATE,
	/** A resource of the node would be over its capacity; the amount is the excess. */
	CAPACITY,
	/** The task needs a stack component the node neither has nor could be provisioned with. */
	STACK,
	/** The task requires a label the node does not carry. */
	LABEL,
	/** A task of the same anti-affinity group already runs there. */
	ANTI_AFFINITY,
	/** The task must stay with its affinity group, which is (or must be) elsewhere. */
	AFFINITY,
	/** A planner pinned the task (or a task of its affinity group) to another node. */
	PINNED
}
