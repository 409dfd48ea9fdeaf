package org.flotilla.hosts;

import java.util.List;

/**
 * How an install (or uninstall) on one host ended.
 *
 * @param host           {@code user@host[:port]}
 * @param succeeded      the agent is installed and started (install), or removed (uninstall)
 * @param mode           how the agent is kept running (install), or was (uninstall); {@code null} when unknown
 * @param installDir     the agent's folder, or {@code null} when the install stopped before choosing one
 * @param detail         one sentence: what runs now, or what went wrong
 * @param steps          every step with its outcome, in order ("upload: done", "start: failed: ...")
 * @param leftovers      what is still on the host after a failure and the clean-up (empty: the host is clean)
 * @param removeCommands shell commands (as root where the install was privileged) that remove the leftovers
 */
public record InstallResult(String host, boolean succeeded, HostCheck.ServiceMode mode, String installDir,
		String detail, List<String> steps, List<String> leftovers, List<String> removeCommands) {

	public InstallResult {
		steps = List.copyOf(steps);
		leftovers = List.copyOf(leftovers);
		removeCommands = List.copyOf(removeCommands);
	}

	/** Nothing of a failed install is left on the host. */
	public boolean clean() {
		return leftovers.isEmpty();
	}
}
