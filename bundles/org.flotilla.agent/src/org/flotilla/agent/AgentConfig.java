package org.flotilla.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.flotilla.agent.tasks.TaskSettings;

/**
 * What an agent is told by its configuration file (see {@code AgentMain} for the keys and their defaults).
 * Values are already validated and resolved: paths are absolute, the allotment is never empty (the whole host
 * when the file names none).
 *
 * @param source           the file this was read from (named in messages), or null when built in code
 * @param listenAddress    the address the protocol layer will listen on
 * @param listenPort       1..65535
 * @param dataDir          where the journal and the metrics history live
 * @param nodeName         the name the node is shown under in the console
 * @param labels           placement labels, in file order, without duplicates
 * @param reportInterval   the sampling interval (> 0)
 * @param allotment        the share of the host this node offers the pool
 * @param probes           middleware probes run by the inventory
 * @param probeTimeout     how long one probe may run before it is reported as not found
 * @param tasks            how tasks run: limits, cgroup root, how many
 * @param enrollment       how the node gets its certificate when it has none yet; null: it is issued by hand
 * @param packagesMaxArchive the largest package archive the agent accepts, in bytes ({@code packages.max.archive})
 */
public record AgentConfig(Path source, String listenAddress, int listenPort, Path dataDir, String nodeName,
		List<String> labels, Duration reportInterval, Allotment allotment, List<ProbeSpec> probes,
		Duration probeTimeout, TaskSettings tasks, Enrollment enrollment, long packagesMaxArchive) {

	/** packages.max.archive when the file does not say: 512 MiB. */
	public static final long DEFAULT_PACKAGES_MAX_ARCHIVE = 512L << 20;

	public AgentConfig {
		labels = List.copyOf(labels);
		probes = List.copyOf(probes);
		tasks = tasks == null ? TaskSettings.DEFAULTS : tasks;
		packagesMaxArchive = packagesMaxArchive <= 0 ? DEFAULT_PACKAGES_MAX_ARCHIVE : packagesMaxArchive;
	}

	/** As with the default packages.max.archive. */
	public AgentConfig(Path source, String listenAddress, int listenPort, Path dataDir, String nodeName,
			List<String> labels, Duration reportInterval, Allotment allotment, List<ProbeSpec> probes,
			Duration probeTimeout, TaskSettings tasks, Enrollment enrollment) {
		this(source, listenAddress, listenPort, dataDir, nodeName, labels, reportInterval, allotment, probes, probeTimeout,
				tasks, enrollment, DEFAULT_PACKAGES_MAX_ARCHIVE);
	}

	/** As without enrollment (the certificate is issued by hand). */
	public AgentConfig(Path source, String listenAddress, int listenPort, Path dataDir, String nodeName,
			List<String> labels, Duration reportInterval, Allotment allotment, List<ProbeSpec> probes,
			Duration probeTimeout, TaskSettings tasks) {
		this(source, listenAddress, listenPort, dataDir, nodeName, labels, reportInterval, allotment, probes, probeTimeout,
				tasks, null);
	}

	/**
	 * Token enrollment ({@code enroll.service}, {@code enroll.token.file}, {@code pool.ca.file}): an agent without a
	 * keystore makes its key pair and has the pool service sign its request.
	 *
	 * @param serviceHost the pool service's enrollment listener
	 * @param servicePort its port
	 * @param tokenFile   the one-time token (deleted once enrolled)
	 * @param caFile      the pool CA certificate (PEM): the only authority the agent trusts for the service
	 */
	public record Enrollment(String serviceHost, int servicePort, Path tokenFile, Path caFile) {
	}

	/**
	 * The share of the host offered to the pool.
	 *
	 * @param cpuCores    cores (may be fractional)
	 * @param memoryBytes bytes
	 * @param wholeHost   true when the configuration named no allotment and this is the host's own capacity
	 */
	public record Allotment(double cpuCores, long memoryBytes, boolean wholeHost) {
	}

	/**
	 * A middleware probe: run {@code command args...} and take the version from its output.
	 *
	 * @param name           what the middleware is called in the inventory (the key part after {@code probes.})
	 * @param command        a command name looked up on PATH, or an absolute path
	 * @param args           arguments that make it print its version
	 * @param versionPattern a regular expression whose first group is the version
	 */
	public record ProbeSpec(String name, String command, List<String> args, String versionPattern) {
		public ProbeSpec {
			args = List.copyOf(args);
		}
	}
}
