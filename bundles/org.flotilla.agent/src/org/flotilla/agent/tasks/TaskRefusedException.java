package org.flotilla.agent.tasks;

/** A task request the agent will not carry out; the message says why (it goes back to the console as it is). */
public final class TaskRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	public TaskRefusedException(String reason) {
		super(reason);
	}
}
