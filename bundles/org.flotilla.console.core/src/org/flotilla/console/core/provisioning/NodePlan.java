package org.flotilla.console.core.provisioning;

import java.util.List;

import org.flotilla.model.Node;

/**
 * What provisioning would do to one node: its steps in the order they run, or the problems that forbid it. A plan
 * with problems is not carried out at all (the service refuses it, the wizard disables Finish).
 */
public record NodePlan(Node node, List<PlannedStep> steps, List<String> problems) {

	public NodePlan {
		steps = List.copyOf(steps);
		problems = List.copyOf(problems);
	}

	/** Whether the plan may be carried out. */
	public boolean isValid() {
		return problems.isEmpty();
	}

	/** Whether the node is already as its profile wants it (a valid plan without steps). */
	public boolean isInSync() {
		return problems.isEmpty() && steps.isEmpty();
	}
}
