package org.flotilla.console.core.hosts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.flotilla.console.core.hosts.PoolMembership.EnrollmentTicket;

/**
 * What the console does on a host over SSH to add it to the pool or take it out (implemented with Apache MINA
 * SSHD in {@code org.flotilla.hosts}; this bundle stays free of SSH). Every call connects, checks the host key against
 * known_hosts (asking {@code keys} about a new one, refusing a changed one), works, and disconnects. Calls are
 * made from worker threads, several hosts at once.
 */
public interface HostOperations {

	/**
	 * What a host is, before anything changes on it.
	 *
	 * @param system       "Linux x86_64"
	 * @param freeDiskBytes free space where the agent would go, or -1 when unknown
	 * @param java         the Java 21+ found ("/usr/bin/java (21.0.5)"), or null when there is none
	 * @param systemd      systemd runs the host and the user may install a unit (root or sudo)
	 * @param portFree     nothing listens on the agent's port
	 * @param plan         what install will do, in words
	 * @param problems     what stops the install (empty: it can go ahead)
	 */
	record Check(String system, long freeDiskBytes, String java, boolean systemd, boolean portFree, String plan,
			List<String> problems) {
		public Check {
			problems = List.copyOf(problems);
		}

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	/**
	 * What install did.
	 *
	 * @param startedBy how the agent is kept running ("systemd unit flotilla-agent.service", "user-level supervisor")
	 * @param installDir where it went
	 */
	record Installed(String startedBy, String installDir) {
	}

	/**
	 * What uninstall did.
	 *
	 * @param removed what was taken away
	 * @param left    what is still there, each with how to remove it (empty: the host is clean)
	 */
	record Uninstalled(List<String> removed, List<String> left) {
		public Uninstalled {
			removed = List.copyOf(removed);
			left = List.copyOf(left);
		}
	}

	/**
	 * An install that failed: the reason, and what it left on the host (empty: the host was left clean).
	 */
	final class InstallFailed extends IOException {
		private static final long serialVersionUID = 1L;
		private final List<String> left;

		public InstallFailed(String message, List<String> left, Throwable cause) {
			super(message, cause);
			this.left = List.copyOf(left);
		}

		public List<String> left() {
			return left;
		}
	}

	/** Connects and looks: OS, disk, Java, systemd, the agent's port, what install would do. Changes nothing. */
	Check check(HostEntry host, SshLogin login, HostKeyPrompt keys) throws IOException, InterruptedException;

	/**
	 * Installs the agent from {@code distribution} (uploaded over SFTP), writes its configuration with the
	 * enrollment ticket, and starts it (systemd or a user-level supervisor). On failure, undoes what it did and throws
	 * {@link InstallFailed} saying what, if anything, is left.
	 *
	 * @param step told each step as it starts ("uploading the agent (12 MiB)", ...)
	 */
	Installed install(HostEntry host, SshLogin login, HostKeyPrompt keys, Path distribution, EnrollmentTicket ticket,
			Consumer<String> step) throws IOException, InterruptedException;

	/** Stops the agent and removes what install put there. */
	Uninstalled uninstall(HostEntry host, SshLogin login, HostKeyPrompt keys, Consumer<String> step)
			throws IOException, InterruptedException;
}
