package org.flotilla.scheduler;

/** Life-cycle state of a node, as the pool model knows it. Only {@link #READY} nodes accept work. */
public enum NodeState {
	ENROLLING, READY, MAINTENANCE, UNREACHABLE, DECOMMISSIONED;

	/** Whether new or moved tasks may be placed on a node in this state. */
	public boolean acceptsWork() {
		return this == READY;
	}
}
