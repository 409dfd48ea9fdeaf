package org.flotilla.scheduler;

/**
 * One broken constraint: which one, about what (a resource name, a label, a stack requirement, a group
 * or a node id) and by how much (for {@link ConstraintKind#CAPACITY} the excess in the resource's unit,
 * otherwise 1).
 */
public record Violation(ConstraintKind kind, String subject, double amount, String message) {

	@Override
	public String toString() {
		return message;
	}
}
