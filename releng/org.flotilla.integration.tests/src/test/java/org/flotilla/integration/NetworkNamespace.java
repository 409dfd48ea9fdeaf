package org.flotilla.integration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A network namespace of its own for one agent, joined to the host by a veth pair: the agent listens on
 * {@link #agentAddress}, the console reaches it through the host end. {@link #cut()} takes the host end's link
 * down (the agent keeps running, cut off, as in a partition), {@link #heal()} brings it back. Needs root
 * ({@code ip netns}); {@link #available()} says whether this machine allows it.
 */
final class NetworkNamespace implements AutoCloseable {

	final String name;
	final String hostLink;
	final String agentAddress;

	private NetworkNamespace(String name, String hostLink, String agentAddress) {
		this.name = name;
		this.hostLink = hostLink;
		this.agentAddress = agentAddress;
	}

	/** True when namespaces and veth links can be made here (root with CAP_NET_ADMIN, iproute2 installed). */
	static boolean available() {
		String probe = "flprobe" + ProcessHandle.current().pid() % 10000;
		try {
			boolean made = run("ip", "netns", "add", probe);
			if (made) {
				run("ip", "netns", "del", probe);
			}
			return made;
		} catch (IOException e) {
			return false;
		}
	}

	/** Makes namespace number {@code n} (0..99): 10.77.X.1 on the host, 10.77.X.2 for the agent. */
	static NetworkNamespace create(int n) throws IOException {
		int subnet = (int) ((ProcessHandle.current().pid() + n) % 200) + 20;
		String name = "flotilla-it-" + subnet;
		String host = "flh" + subnet;
		String peer = "fla" + subnet;
		run("ip", "netns", "del", name); // a leftover from a killed run
		run("ip", "link", "del", host);
		require("ip", "netns", "add", name);
		NetworkNamespace namespace = new NetworkNamespace(name, host, "10.77." + subnet + ".2");
		require("ip", "link", "add", host, "type", "veth", "peer", "name", peer);
		require("ip", "link", "set", peer, "netns", name);
		require("ip", "addr", "add", "10.77." + subnet + ".1/24", "dev", host);
		require("ip", "link", "set", host, "up");
		require("ip", "netns", "exec", name, "ip", "addr", "add", "10.77." + subnet + ".2/24", "dev", peer);
		require("ip", "netns", "exec", name, "ip", "link", "set", peer, "up");
		require("ip", "netns", "exec", name, "ip", "link", "set", "lo", "up");
		return namespace;
	}

	/** The prefix that runs a command inside the namespace. */
	List<String> command() {
		return List.of("ip", "netns", "exec", name);
	}

	void cut() throws IOException {
		require("ip", "link", "set", hostLink, "down");
	}

	void heal() throws IOException {
		require("ip", "link", "set", hostLink, "up");
	}

	@Override
	public void close() throws IOException {
		run("ip", "link", "del", hostLink);
		run("ip", "netns", "del", name);
	}

	private static void require(String... command) throws IOException {
		if (!run(command)) {
			throw new IOException("failed: " + String.join(" ", command));
		}
	}

	private static boolean run(String... command) throws IOException {
		Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		try {
			return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
