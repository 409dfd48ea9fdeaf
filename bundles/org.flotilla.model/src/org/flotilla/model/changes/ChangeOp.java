package org.flotilla.model.changes;

import java.util.List;
import java.util.Objects;

/**
 * One primitive change of a pool model, addressed by object IDs (the UUIDs of the pool resource) and feature
 * names, so that it can be written to a journal, sent over the wire and applied to another copy of the same
 * model. A change recorded on one copy and applied, in the same order, to an equal copy leaves the two equal:
 * list positions refer to the list as it is just before the operation.
 *
 * <p>Values are text: attributes in EMF's own string form ({@code EcoreUtil.convertToString}), references as the
 * referenced object's ID.
 */
public sealed interface ChangeOp {

	/** The object the operation changes (or, for {@link Create}, creates). */
	String id();

	/** A new object of class {@code eClass}, not yet contained anywhere; an {@link Add} or {@link Set} places it. */
	record Create(String id, String eClass) implements ChangeOp {
		public Create {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(eClass, "eClass");
		}
	}

	/**
	 * Sets a feature to {@code values}: for a single-valued feature at most one value (none: null), for a
	 * many-valued attribute or non-containment reference the whole list.
	 */
	record Set(String id, String feature, List<String> values) implements ChangeOp {
		public Set {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(feature, "feature");
			values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values)); // values may hold null
		}

		/** The single value of a single-valued feature, or null. */
		public String value() {
			return values.isEmpty() ? null : values.get(0);
		}
	}

	/** Inserts the object {@code child} (created earlier) into containment list {@code feature} at {@code index}. */
	record Add(String id, String feature, int index, String child) implements ChangeOp {
		public Add {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(feature, "feature");
			Objects.requireNonNull(child, "child");
		}
	}

	/** Removes the element at {@code index} of containment list {@code feature}. */
	record Remove(String id, String feature, int index) implements ChangeOp {
		public Remove {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(feature, "feature");
		}
	}

	/** Moves the element at {@code from} of containment list {@code feature} to {@code to}. */
	record Move(String id, String feature, int from, int to) implements ChangeOp {
		public Move {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(feature, "feature");
		}
	}
}
