package org.flotilla.hosts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to install on one host.
 *
 * @param distribution  the agent distribution: the folder {@code flotilla-agent/} (bin, conf, lib) or the archive
 *                      {@code flotilla-agent.tar.gz} that {@code releng/org.flotilla.agent.distribution} builds
 * @param nodeName      the node's name in the pool ({@code node.name})
 * @param listenAddress where the agent listens for the pool ({@code listen.address})
 * @param listenPort    its TCP port ({@code listen.port})
 * @param labels        placement labels ({@code labels})
 * @param identity      how the agent gets its certificate
 * @param options       where and how
 * @param runtime       a Java runtime folder (made with jlink, see {@code releng/org.flotilla.agent.distribution}) to
 *                      upload to {@code INSTALL_DIR/runtime} and run the agent with, or {@code null}: the host's own Java
 *                      21+. Give it for hosts whose {@link HostCheck} found no Java; it must match their architecture.
 */
public record InstallRequest(Path distribution, String nodeName, String listenAddress, int listenPort,
		List<String> labels, AgentIdentity identity, InstallOptions options, Path runtime) {

	/** A request that runs the agent with the host's own Java. */
	public InstallRequest(Path distribution, String nodeName, String listenAddress, int listenPort, List<String> labels,
			AgentIdentity identity, InstallOptions options) {
		this(distribution, nodeName, listenAddress, listenPort, labels, identity, options, null);
	}

	// The agent's own rules (ConfigParser): refused here, before anything is changed on the host.
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:=/-]{0,62}");

	public InstallRequest {
		Objects.requireNonNull(distribution, "distribution");
		if (!Files.isDirectory(distribution) && !distribution.getFileName().toString().endsWith(".tar.gz")) {
			throw new IllegalArgumentException("the agent distribution must be a folder or a .tar.gz: " + distribution);
		}
		if (nodeName == null || !NAME.matcher(nodeName).matches()) {
			throw new IllegalArgumentException(
					"node name must be 1..63 letters, digits, '.', '_' or '-', starting with a letter or digit: '" + nodeName + "'");
		}
		if (listenAddress == null || listenAddress.isBlank() || listenAddress.chars().anyMatch(Character::isWhitespace)) {
			throw new IllegalArgumentException("listen address must be a host name or an IP address: '" + listenAddress + "'");
		}
		if (listenPort < 1 || listenPort > 65535) {
			throw new IllegalArgumentException("agent port out of range 1..65535: " + listenPort);
		}
		labels = List.copyOf(labels == null ? List.of() : labels);
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				throw new IllegalArgumentException("label '" + label
						+ "' must be 1..63 letters, digits or . _ : = / -, starting with a letter or digit");
			}
		}
		Objects.requireNonNull(identity, "identity");
		options = options == null ? InstallOptions.defaults() : options;
		if (runtime != null && !Files.isExecutable(runtime.resolve("bin/java"))) {
			throw new IllegalArgumentException("the Java runtime must be a folder with bin/java: " + runtime);
		}
	}

	/** The same request with the Java runtime {@code folder} (see {@link #runtime()}). */
	public InstallRequest withRuntime(Path folder) {
		return new InstallRequest(distribution, nodeName, listenAddress, listenPort, labels, identity, options, folder);
	}
}
