package org.flotilla.scheduler;

/**
 * What a pool wants from a placement; lower is better. The objective value of a placement is
 * <pre>
 *   consolidationWeight * (sum of the cost of every node that runs at least one task)
 * + spreadWeight        * (sum over nodes and resources of utilisation squared, utilisation = used / capacity)
 * + movePenalty         * (number of running tasks placed away from their current node)
 * + provisioningPenalty * (number of tasks placed where their stack must first be provisioned)
 * </pre>
 * Consolidate is the bin-packing view (pay for as few, cheap nodes as possible); spread balances load
 * (a sum of squares is smallest when every node carries the same share).
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
