package org.flotilla.scheduler;

/**
 * What a pool wants from a placement; lower is better. The objective value of a placement is
 * <pre>
 *   consolidationWeight * (sum of the cost of every node that runs at least one task)
 * + spreadWeight        * (sum over resources r, and over nodes n that run a task, of
 *                          (capacity[n][r] / totalCapacity[r]) * utilisation[n][r]^2)
 * + movePenalty         * (number of running tasks placed away from their current node)
 * + provisioningPenalty * (number of tasks placed where their stack must first be provisioned)
 * </pre>
 * where utilisation = used / capacity and totalCapacity[r] is the capacity of resource r over the nodes that
 * accept work (resources a node has none of are left out). Written without the utilisation, the spread term
 * of a node is used^2 / (capacity * totalCapacity), which is how it is computed.
 * <p>
 * Consolidate is the bin-packing view (pay for as few, cheap nodes as possible). Spread balances load: the
 * capacity-weighted sum of squared utilisation is smallest when every node is equally utilised (for a given
 * total load per resource), and is then utilisation^2 of the pool, so it lies between 0 and 1 per resource
 * whatever the pool's size. An unweighted sum of squared utilisation would not balance unequal nodes: it is
 * smallest when load is proportional to capacity squared, so a node twice as large would run twice as full.
 */
public record Objective(double consolidationWeight, double spreadWeight, double movePenalty, double provisioningPenalty) {

	public Objective {
		if (consolidationWeight < 0 || spreadWeight < 0 || movePenalty < 0 || provisioningPenalty < 0) {
			throw new IllegalArgumentException("objective weights must be >= 0");
		}
	}

	/** Minimise the cost of used nodes. */
	public static Objective consolidate() {
		return new Objective(1, 0, 0, 0);
	}

	/** Balance load over the nodes. */
	public static Objective spread() {
		return new Objective(0, 1, 0, 0);
	}

	public Objective withMovePenalty(double penalty) {
		return new Objective(consolidationWeight, spreadWeight, penalty, provisioningPenalty);
	}

	public Objective withProvisioningPenalty(double penalty) {
		return new Objective(consolidationWeight, spreadWeight, movePenalty, penalty);
	}

	public Objective withSpreadWeight(double weight) {
		return new Objective(consolidationWeight, weight, movePenalty, provisioningPenalty);
	}
}
