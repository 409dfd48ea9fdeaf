package org.flotilla.scheduler;

import java.util.List;

/** Why a task can or cannot go to a node. {@link #fits()} when the list of violations is empty. */
public record Explanation(String taskId, String nodeId, List<Violation> violations, boolean needsProvisioning) {

	public Explanation {
		violations = List.copyOf(violations);
	}

	public boolean fits() {
		return violations.isEmpty();
	}

	/** The violation of the given kind, or null. */
	public Violation violation(ConstraintKind kind) {
		for (Violation v : violations) {
			if (v.kind() == kind) {
				return v;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return fits() ? taskId + " fits on " + nodeId + (needsProvisioning ? " (after provisioning)" : "")
				: taskId + " cannot go to " + nodeId + ": " + violations;
	}
}
