package org.flotilla.hosts;

import java.io.IOException;
import java.util.List;

import org.flotilla.hosts.internal.HostProbe;

/**
 * What the Add Servers wizard shows per host before anything changes: the facts found over SSH, what the installer
 * would do ({@link #plan}), and the {@link #problems} that stop it.
 *
 * @param host            {@code user@host[:port]}
 * @param reachable       logged in over SSH; when {@code false} only {@link #problems} says why
 * @param os              {@code uname -s}, e.g. {@code Linux}
 * @param arch            {@code uname -m}, e.g. {@code x86_64}
 * @param privilege       how the installer can act as root
 * @param freeDiskBytes   free bytes in the file system of the install folder (its nearest existing parent); -1 unknown
 * @param javaVersion     the newest Java found that is 21 or newer ({@code java.version}), or {@code null}
 * @param javaHome        its home folder, or {@code null}
 * @param otherJava       older Javas found ({@code version path}), to explain a missing Java 21
 * @param systemd         systemd runs the host ({@code /run/systemd/system} exists and {@code systemctl} answers)
 * @param agentPort       the agent's port that was checked
 * @param portFree        nothing listens on that port
 * @param alreadyInstalled a Flotilla agent is already installed in the install folder
 * @param plan            what {@link AgentInstaller#install} will do, or {@code null} when unreachable
 * @param problems        what stops the install (empty: ready)
 */
public record HostCheck(String host, boolean reachable, String os, String arch, Privilege privilege,
		long freeDiskBytes, String javaVersion, String javaHome, List<String> otherJava, boolean systemd, int agentPort,
		boolean portFree, boolean alreadyInstalled, Plan plan, List<String> problems) {

	/** How the installer acts as root. */
	public enum Privilege {
		/** The login user is root. */
		ROOT,
		/** sudo works (with the given password, or without one). */
		SUDO,
		/** Neither: the agent is installed for the login user only. */
		NONE
	}

	/** How the agent is kept running. */
	public enum ServiceMode {
		/** A systemd unit ({@code Restart=on-failure}, {@code RestartPreventExitStatus=78}). */
		SYSTEMD,
		/** A small restart loop ({@code bin/flotilla-supervisor}) started with {@code setsid nohup}; stops on exit 78. */
		SUPERVISOR
	}

	/**
	 * What the installer will do.
	 *
	 * @param installDir  the agent's folder
	 * @param mode        how it is kept running
	 * @param privileged  installed and run as root
	 * @param description one sentence for the administrator
	 */
	public record Plan(String installDir, ServiceMode mode, boolean privileged, String description) {
	}

	/** The least free space the install needs: the distribution, the journal and the metrics history. */
	public static final long MIN_FREE_BYTES = 256L * 1024 * 1024;

	public HostCheck {
		otherJava = List.copyOf(otherJava);
		problems = List.copyOf(problems);
	}

	/** Reachable and nothing in the way. */
	public boolean ready() {
		return reachable && problems.isEmpty();
	}

	/** Finds the facts on the host behind {@code connection}; changes nothing there. */
	public static HostCheck run(HostConnection connection, InstallOptions options, int agentPort) throws IOException {
		return HostProbe.check(connection, options, agentPort, null);
	}

	/**
	 * As {@link #run(HostConnection, InstallOptions, int)}, for an install that brings the Java runtime {@code runtime}
	 * ({@link InstallRequest#runtime()}): a host without Java 21 is then no problem, one of another architecture is.
	 */
	public static HostCheck run(HostConnection connection, InstallOptions options, int agentPort, java.nio.file.Path runtime)
			throws IOException {
		return HostProbe.check(connection, options, agentPort, runtime);
	}

	/** The check of a host that could not be reached or logged in to ({@code why}: the connection's error). */
	public static HostCheck unreachable(HostAccess access, String why) {
		return new HostCheck(access.label(), false, null, null, Privilege.NONE, -1, null, null, List.of(), false, 0,
				false, false, null, List.of(why));
	}
}
