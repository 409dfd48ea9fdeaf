package org.flotilla.agent.packages;

import java.io.IOException;

/**
 * A provisioning step failed. The message names the node, the package, the step and its output's tail, and says
 * where the package was left: rolled back to its previous version (health-checked again), or not.
 */
public final class PackageFailedException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String step;
	private final boolean rolledBack;

	public PackageFailedException(String message, String step, boolean rolledBack) {
		super(message);
		this.step = step;
		this.rolledBack = rolledBack;
	}

	/** The step that failed (install, configure, stop, start, health, uninstall, stage, switch). */
	public String step() {
		return step;
	}

	/** Whether the previous version (or, on a first install, nothing) is back and healthy. */
	public boolean rolledBack() {
		return rolledBack;
	}
}
