package org.flotilla.model.changes;

/** A change that cannot be read or applied: says which operation and why. */
public class ChangeException extends Exception {
	private static final long serialVersionUID = 1L;

	public ChangeException(String message) {
		super(message);
	}
}
