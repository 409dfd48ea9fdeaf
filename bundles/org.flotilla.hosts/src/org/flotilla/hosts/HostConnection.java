package org.flotilla.hosts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.flotilla.hosts.internal.SshHost;

/**
 * An authenticated SSH connection to one host: runs commands (as the login user, or as root directly or through
 * sudo) and uploads files over SFTP. Open one per host; not for use by several threads at once.
 */
public interface HostConnection extends AutoCloseable {

	/** How long a remote command may run unless told otherwise. */
	Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMinutes(2);

	/**
	 * Connects to {@code access}, checks the host key against {@code knownHosts} and logs in.
	 *
	 * @throws HostKeyException the host key is unknown and was not accepted, or it changed
	 * @throws IOException unreachable, or authentication failed (the message says which)
	 */
	static HostConnection open(HostAccess access, KnownHosts knownHosts, Duration timeout) throws IOException {
		return SshHost.open(access, knownHosts, timeout);
	}

	HostAccess access();

	/** {@code true} when the login user is root (uid 0): privileged commands then need no sudo. */
	boolean isRoot();

	/** The login user's home folder on the host. */
	String home();

	/** Runs {@code command} with {@code sh -c} as the login user. */
	CommandResult run(String command, Duration timeout) throws IOException;

	default CommandResult run(String command) throws IOException {
		return run(command, DEFAULT_COMMAND_TIMEOUT);
	}

	/**
	 * Runs {@code command} with {@code sh -c} as root: directly when the login user is root, else through
	 * {@code sudo -S} fed the {@linkplain HostAccess#sudoPassword() sudo password} on stdin (never on a command line),
	 * or {@code sudo -n} when there is none. The command must not read stdin.
	 */
	CommandResult runPrivileged(String command, Duration timeout) throws IOException;

	default CommandResult runPrivileged(String command) throws IOException {
		return runPrivileged(command, DEFAULT_COMMAND_TIMEOUT);
	}

	/** Whether {@link #runPrivileged} works on this host (root, or sudo with the given password or none). */
	boolean canRunPrivileged() throws IOException;

	/**
	 * Copies the local file or folder {@code local} to {@code remote} over SFTP as the login user (a folder with its
	 * whole tree), keeping the executable bits; {@code remote} must not exist yet. Files get mode 0644 or 0755,
	 * or 0600 when {@code ownerOnly}.
	 */
	void upload(Path local, String remote, boolean ownerOnly) throws IOException;

	/** Writes {@code content} to the new file {@code remote} over SFTP, mode 0600 when {@code ownerOnly}, else 0644. */
	void write(String remote, byte[] content, boolean ownerOnly) throws IOException;

	@Override
	void close();
}
