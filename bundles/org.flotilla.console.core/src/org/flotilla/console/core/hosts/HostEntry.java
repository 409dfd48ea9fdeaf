package org.flotilla.console.core.hosts;

import java.util.List;

/**
 * One server to add to the pool, as the administrator listed it.
 *
 * @param host      the name or address the console reaches it at over SSH, and the pool service dials its agent at
 * @param sshPort   the SSH port (22 unless said otherwise)
 * @param user      the SSH user, or null for the wizard's default
 * @param nodeName  the node's name in the pool (the host's first label unless said otherwise)
 * @param agentPort the port the agent will listen on
 * @param labels    placement labels
 * @param site      the site it stands in, or null
 * @param rack      its rack, or null
 */
public record HostEntry(String host, int sshPort, String user, String nodeName, int agentPort, List<String> labels,
		String site, String rack) {

	/** The agent's port when the list says none (the agent's own default). */
	public static final int DEFAULT_AGENT_PORT = 27101;

	public HostEntry {
		labels = List.copyOf(labels);
	}

	/** "user@host:port" as typed, for messages and tables. */
	public String sshAddress() {
		return (user == null ? "" : user + "@") + host + (sshPort == 22 ? "" : ":" + sshPort);
	}

	/** This entry with {@code user} when it names none. */
	public HostEntry withDefaultUser(String defaultUser) {
		return user != null ? this : new HostEntry(host, sshPort, defaultUser, nodeName, agentPort, labels, site, rack);
	}
}
