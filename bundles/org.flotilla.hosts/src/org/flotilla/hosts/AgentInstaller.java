package org.flotilla.hosts;

import java.util.function.BooleanSupplier;

import org.flotilla.hosts.internal.Installation;

/**
 * Installs the Flotilla agent on a host over SSH, and removes it again.
 *
 * <p>Install: {@linkplain HostCheck checks} the host; uploads the distribution over SFTP into a private staging
 * folder; writes the configuration ({@code node.name}, {@code listen.address}, {@code listen.port}, {@code labels},
 * {@code data.dir}, and the {@code enroll.*} / {@code pool.ca.file} keys or a pre-issued keystore, secrets owner-only);
 * moves it into the install folder (owned by root when privileged); then either installs and starts a systemd unit
 * (systemd present and root or sudo available) or starts {@code bin/flotilla-supervisor}, a restart loop; and waits for
 * the agent to listen (or, while it enrolls, to stay up). A failure at any step undoes what was done; what could not be
 * undone is listed in the result with the commands that remove it.
 *
 * <p>Uninstall stops the agent and removes exactly what the install recorded in {@code INSTALL_DIR/.flotilla-agent-install}:
 * the unit, the install folder (the node's identity and history with it) and the parent folders the install created.
 */
public final class AgentInstaller {

	private AgentInstaller() {
	}

	/**
	 * Installs and starts the agent on the host behind {@code connection}. Never throws for what happens on the host:
	 * the result says it. {@code cancelled} is asked between steps; a cancelled install is undone like a failed one.
	 */
	public static InstallResult install(HostConnection connection, InstallRequest request, ProgressListener progress,
			BooleanSupplier cancelled) {
		return new Installation(connection, progress, cancelled).install(request);
	}

	/** Stops and removes the agent installed with {@code options} (the same ones as at install). */
	public static InstallResult uninstall(HostConnection connection, InstallOptions options, ProgressListener progress) {
		return new Installation(connection, progress, () -> false).uninstall(options);
	}
}
