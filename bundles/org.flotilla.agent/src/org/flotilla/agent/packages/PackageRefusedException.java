package org.flotilla.agent.packages;

/**
 * A provisioning request the agent will not carry out (bad arguments, a stale epoch, a parameter out of range, an
 * archive not received, another apply of the package in progress); nothing was changed. The message says why and goes
 * back to the console as it is.
 */
public final class PackageRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	public PackageRefusedException(String reason) {
		super(reason);
	}
}
