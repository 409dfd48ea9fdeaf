package org.flotilla.agent.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.flotilla.agent.AgentConfig;
import org.flotilla.agent.AgentConfig.Allotment;
import org.flotilla.agent.AgentConfig.ProbeSpec;
import org.flotilla.agent.AgentConfigException;
import org.flotilla.agent.tasks.TaskSettings;

/**
 * Reads an agent configuration file (Java properties). Every key is optional; unknown keys are errors (a typo
 * would otherwise be silently ignored). See {@link #KEYS} for the keys and their defaults.
 */
public final class ConfigParser {

	/** The documented keys, their defaults and meaning; printed by {@code AgentMain --help}. */
	public static final String KEYS = """
			listen.address    address the agent will listen on (default 127.0.0.1: this host only; set the address
			                  the pool's consoles reach, or 0.0.0.0 for every interface)
			listen.port       TCP port, 1..65535 (default 7443)
			data.dir          journal and metrics history; relative to the file's folder (default: data)
			node.name         name shown in the console (default: the host name); letters, digits, . _ -
			labels            comma-separated placement labels, e.g. "rack=a1, ssd" (default: none)
			report.interval   sampling interval: milliseconds ("500", "500ms"), seconds ("1s") or minutes ("1m");
			                  > 0 and at most 1h (default 1s)
			allotment.cpu     cores of this host offered to the pool, > 0 and <= the host's logical cores
			                  (default: all of them)
			allotment.memory  MiB of this host offered to the pool, > 0 and <= the host's memory (default: all)
			probes.timeout    how long one middleware probe may run (default 5s)
			tasks.limits      auto: confine each task in a cgroup with its CPU and memory limits where the node
			                  allows it (a delegated cgroup v2 subtree or writable v1 cpu and memory hierarchies);
			                  off: run tasks unconfined (default auto; the inventory says which, and why)
			tasks.cgroup.root a delegated cgroup v2 directory, or the folder holding the v1 cpu and memory
			                  hierarchies (default: /sys/fs/cgroup and the agent's own cgroup)
			tasks.max         the most tasks this agent keeps, 1..1024 (default 512)
			probes.NAME.command  command on PATH (or absolute path) of middleware NAME, e.g. probes.java.command=java
			probes.NAME.args     arguments that print its version, space-separated (default --version)
			probes.NAME.pattern  regular expression whose first group is the version (default (\\d+(?:\\.\\d+)+))
			enroll.service    HOST:PORT of the pool service's enrollment listener: an agent with no certificate
			                  (DATA_DIR/tls/agent.p12) makes its own key pair, sends a certificate request with its
			                  one-time token there, and writes its keystore (default: none, issued by hand)
			enroll.token.file the file (owner-only) holding the one-time token; deleted once enrolled
			pool.ca.file      the pool CA certificate (PEM), the only authority the agent trusts for the service
			                  (required with enroll.service)
			packages.max.archive  the largest package archive this agent accepts: bytes with an optional K, M or G
			                  suffix (default 512M)
			With no probes.NAME.* keys the agent probes java (-version), python3 and psql (--version).
			""";

	public static final int DEFAULT_PORT = 7443;
	/**
	 * Loopback unless told otherwise: an agent runs what the pool asks, so it is reachable from the network only where
	 * its configuration says so (the Add Servers wizard writes the address).
	 */
	public static final String DEFAULT_LISTEN_ADDRESS = "127.0.0.1";
	public static final String DEFAULT_VERSION_PATTERN = "(\\d+(?:\\.\\d+)+)";
	private static final Set<String> PLAIN_KEYS = Set.of("listen.address", "listen.port", "data.dir", "node.name",
			"labels", "report.interval", "allotment.cpu", "allotment.memory", "probes.timeout", "tasks.limits",
			"tasks.cgroup.root", "tasks.max", "enroll.service", "enroll.token.file", "pool.ca.file", "packages.max.archive");
	private static final Set<String> PROBE_FIELDS = Set.of("command", "args", "pattern");
	private static final Pattern PROBE_KEY = Pattern.compile("probes\\.([A-Za-z0-9_-]+)\\.([a-z]+)");
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:=/-]{0,62}");
	private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|m)?");
	private static final Duration MAX_INTERVAL = Duration.ofHours(1);

	/** What the parser needs to know about the host to check and default the allotment and the node name. */
	public record Host(int logicalCores, long memoryBytes, String hostName) {
	}

	private final Path file;
	private final Host host;

	private ConfigParser(Path file, Host host) {
		this.file = file;
		this.host = host;
	}

	/** Reads and validates {@code file}. */
	public static AgentConfig parse(Path file, Host host) throws AgentConfigException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (NoSuchFileException e) {
			throw new AgentConfigException(file, null, null, "file not found");
		} catch (IOException | IllegalArgumentException e) {
			throw new AgentConfigException(file, null, null, "cannot be read: " + e.getMessage());
		}
		Map<String, String> values = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			values.put(key, properties.getProperty(key).trim());
		}
		return new ConfigParser(file.toAbsolutePath(), host).build(values);
	}

	private AgentConfig build(Map<String, String> values) throws AgentConfigException {
		for (String key : values.keySet()) {
			if (!PLAIN_KEYS.contains(key)) {
				Matcher m = PROBE_KEY.matcher(key);
				if (!m.matches() || !PROBE_FIELDS.contains(m.group(2))) {
					throw new AgentConfigException(file, key, values.get(key),
							"unknown key; known keys are " + new TreeSet<>(PLAIN_KEYS)
									+ " and probes.NAME.command/args/pattern");
				}
			}
		}
		String address = values.getOrDefault("listen.address", DEFAULT_LISTEN_ADDRESS);
		if (address.isEmpty() || address.chars().anyMatch(Character::isWhitespace)) {
			throw new AgentConfigException(file, "listen.address", address, "must be a host name or an IP address");
		}
		int port = DEFAULT_PORT;
		if (values.containsKey("listen.port")) {
			String raw = values.get("listen.port");
			try {
				port = Integer.parseInt(raw);
			} catch (NumberFormatException e) {
				throw new AgentConfigException(file, "listen.port", raw, "not a whole number");
			}
			if (port < 1 || port > 65535) {
				throw new AgentConfigException(file, "listen.port", raw, "port out of range 1..65535");
			}
		}
		String dataRaw = values.getOrDefault("data.dir", "data");
		if (dataRaw.isEmpty()) {
			throw new AgentConfigException(file, "data.dir", dataRaw, "must not be empty");
		}
		Path dataDir;
		try {
			dataDir = file.getParent().resolve(dataRaw).normalize();
		} catch (RuntimeException e) {
			throw new AgentConfigException(file, "data.dir", dataRaw, "not a valid path: " + e.getMessage());
		}
		String nodeName = values.getOrDefault("node.name", sanitize(host.hostName()));
		if (!NAME.matcher(nodeName).matches()) {
			throw new AgentConfigException(file, "node.name", nodeName,
					"must be 1..63 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		Set<String> labels = new LinkedHashSet<>();
		for (String label : values.getOrDefault("labels", "").split(",")) {
			String l = label.trim();
			if (l.isEmpty()) {
				continue;
			}
			if (!LABEL.matcher(l).matches()) {
				throw new AgentConfigException(file, "labels", values.get("labels"), "label '" + l
						+ "' must be 1..63 letters, digits or . _ : = / -, starting with a letter or digit");
			}
			labels.add(l);
		}
		Duration interval = duration("report.interval", values, Duration.ofSeconds(1));
		if (interval.compareTo(MAX_INTERVAL) > 0) {
			throw new AgentConfigException(file, "report.interval", values.get("report.interval"),
					"interval must be at most 1h");
		}
		Allotment allotment = allotment(values);
		Duration probeTimeout = duration("probes.timeout", values, Duration.ofSeconds(5));
		return new AgentConfig(file, address, port, dataDir, nodeName, List.copyOf(labels), interval, allotment,
				probes(values), probeTimeout, tasks(values), enrollment(values), packagesMaxArchive(values));
	}

	/** packages.max.archive: a size like 512M (parsed as package parameters of type size are). */
	private long packagesMaxArchive(Map<String, String> values) throws AgentConfigException {
		String raw = values.get("packages.max.archive");
		if (raw == null) {
			return AgentConfig.DEFAULT_PACKAGES_MAX_ARCHIVE;
		}
		long bytes;
		try {
			bytes = org.flotilla.packages.ParameterDefinition.parseSize(raw);
		} catch (IllegalArgumentException e) {
			throw new AgentConfigException(file, "packages.max.archive", raw, "not a size: bytes with an optional K, M or G suffix, e.g. 512M");
		}
		if (bytes < 1024) {
			throw new AgentConfigException(file, "packages.max.archive", raw, "must be at least 1K");
		}
		return bytes;
	}

	private AgentConfig.Enrollment enrollment(Map<String, String> values) throws AgentConfigException {
		String service = values.get("enroll.service");
		String token = values.get("enroll.token.file");
		String ca = values.get("pool.ca.file");
		if (service == null && token == null) {
			return null;
		}
		if (service == null || token == null || ca == null) {
			String missing = service == null ? "enroll.service" : token == null ? "enroll.token.file" : "pool.ca.file";
			throw new AgentConfigException(file, missing, null,
					"missing: enrolling needs enroll.service, enroll.token.file and pool.ca.file together");
		}
		int colon = service.lastIndexOf(':');
		int port = -1;
		if (colon > 0 && service.indexOf(':') == colon) {
			try {
				port = Integer.parseInt(service.substring(colon + 1));
			} catch (NumberFormatException e) {
				port = -1;
			}
		}
		if (port < 1 || port > 65535 || service.substring(0, Math.max(colon, 0)).isBlank()) {
			throw new AgentConfigException(file, "enroll.service", service, "must be HOST:PORT, the port 1..65535");
		}
		return new AgentConfig.Enrollment(service.substring(0, colon).strip(), port, path("enroll.token.file", token),
				path("pool.ca.file", ca));
	}

	private Path path(String key, String raw) throws AgentConfigException {
		if (raw.isEmpty()) {
			throw new AgentConfigException(file, key, raw, "must not be empty");
		}
		try {
			return file.getParent().resolve(raw).normalize();
		} catch (RuntimeException e) {
			throw new AgentConfigException(file, key, raw, "not a valid path: " + e.getMessage());
		}
	}

	private TaskSettings tasks(Map<String, String> values) throws AgentConfigException {
		String limits = values.getOrDefault("tasks.limits", "auto");
		if (!limits.equals("auto") && !limits.equals("off")) {
			throw new AgentConfigException(file, "tasks.limits", limits, "must be auto or off");
		}
		Path root = null;
		String rootRaw = values.get("tasks.cgroup.root");
		if (rootRaw != null) {
			try {
				root = Path.of(rootRaw);
			} catch (RuntimeException e) {
				throw new AgentConfigException(file, "tasks.cgroup.root", rootRaw, "not a valid path: " + e.getMessage());
			}
			if (!root.isAbsolute()) {
				throw new AgentConfigException(file, "tasks.cgroup.root", rootRaw, "must be an absolute path");
			}
		}
		int max = TaskSettings.DEFAULT_MAX_TASKS;
		String maxRaw = values.get("tasks.max");
		if (maxRaw != null) {
			try {
				max = Integer.parseInt(maxRaw);
			} catch (NumberFormatException e) {
				throw new AgentConfigException(file, "tasks.max", maxRaw, "not a whole number");
			}
			if (max < 1 || max > TaskSettings.LARGEST_MAX_TASKS) {
				throw new AgentConfigException(file, "tasks.max", maxRaw, "must be 1.." + TaskSettings.LARGEST_MAX_TASKS);
			}
		}
		return TaskSettings.DEFAULTS.withLimits(limits.equals("auto"), root, max);
	}

	private Duration duration(String key, Map<String, String> values, Duration fallback) throws AgentConfigException {
		String raw = values.get(key);
		if (raw == null) {
			return fallback;
		}
		Matcher m = DURATION.matcher(raw);
		if (!m.matches()) {
			if (raw.startsWith("-")) {
				throw new AgentConfigException(file, key, raw, "must be > 0");
			}
			throw new AgentConfigException(file, key, raw,
					"not a duration; write milliseconds (500 or 500ms), seconds (1s) or minutes (1m)");
		}
		long amount = Long.parseLong(m.group(1));
		String unit = m.group(2) == null ? "ms" : m.group(2);
		Duration d = switch (unit) {
		case "s" -> Duration.ofSeconds(amount);
		case "m" -> Duration.ofMinutes(amount);
		default -> Duration.ofMillis(amount);
		};
		if (d.isZero()) {
			throw new AgentConfigException(file, key, raw, "must be > 0");
		}
		return d;
	}

	private Allotment allotment(Map<String, String> values) throws AgentConfigException {
		String cpuRaw = values.get("allotment.cpu");
		String memRaw = values.get("allotment.memory");
		double cpu = host.logicalCores();
		long memory = host.memoryBytes();
		if (cpuRaw != null) {
			try {
				cpu = Double.parseDouble(cpuRaw);
			} catch (NumberFormatException e) {
				throw new AgentConfigException(file, "allotment.cpu", cpuRaw, "not a number of cores");
			}
			if (!(cpu > 0)) {
				throw new AgentConfigException(file, "allotment.cpu", cpuRaw, "must be > 0 cores");
			}
			if (cpu > host.logicalCores()) {
				throw new AgentConfigException(file, "allotment.cpu", cpuRaw,
						"more than the host's " + host.logicalCores() + " logical cores");
			}
		}
		if (memRaw != null) {
			long mib;
			try {
				mib = Long.parseLong(memRaw);
			} catch (NumberFormatException e) {
				throw new AgentConfigException(file, "allotment.memory", memRaw, "not a whole number of MiB");
			}
			long hostMiB = host.memoryBytes() >> 20;
			if (mib <= 0) {
				throw new AgentConfigException(file, "allotment.memory", memRaw, "must be > 0 MiB");
			}
			if (mib > hostMiB) {
				throw new AgentConfigException(file, "allotment.memory", memRaw,
						"more than the host's " + hostMiB + " MiB of memory");
			}
			memory = mib << 20;
		}
		return new Allotment(cpu, memory, cpuRaw == null && memRaw == null);
	}

	private List<ProbeSpec> probes(Map<String, String> values) throws AgentConfigException {
		Map<String, Map<String, String>> byName = new TreeMap<>();
		for (Map.Entry<String, String> e : values.entrySet()) {
			Matcher m = PROBE_KEY.matcher(e.getKey());
			if (m.matches()) {
				byName.computeIfAbsent(m.group(1), n -> new TreeMap<>()).put(m.group(2), e.getValue());
			}
		}
		if (byName.isEmpty()) {
			return defaultProbes();
		}
		List<ProbeSpec> probes = new ArrayList<>();
		for (Map.Entry<String, Map<String, String>> e : byName.entrySet()) {
			String name = e.getKey();
			Map<String, String> fields = e.getValue();
			String command = fields.get("command");
			if (command == null || command.isEmpty()) {
				throw new AgentConfigException(file, "probes." + name + ".command", command,
						"probe '" + name + "' needs a command");
			}
			String args = fields.getOrDefault("args", "--version");
			String pattern = fields.getOrDefault("pattern", DEFAULT_VERSION_PATTERN);
			try {
				if (Pattern.compile(pattern).matcher("").groupCount() < 1) {
					throw new AgentConfigException(file, "probes." + name + ".pattern", pattern,
							"needs a group, e.g. (\\d+(?:\\.\\d+)+), that captures the version");
				}
			} catch (PatternSyntaxException x) {
				throw new AgentConfigException(file, "probes." + name + ".pattern", pattern,
						"not a regular expression: " + x.getDescription());
			}
			probes.add(new ProbeSpec(name, command, split(args), pattern));
		}
		return probes;
	}

	/** Probes used when the file configures none. */
	public static List<ProbeSpec> defaultProbes() {
		return List.of(new ProbeSpec("java", "java", List.of("-version"), "version \"([^\"]+)\""),
				new ProbeSpec("python3", "python3", List.of("--version"), DEFAULT_VERSION_PATTERN),
				new ProbeSpec("psql", "psql", List.of("--version"), DEFAULT_VERSION_PATTERN));
	}

	private static List<String> split(String args) {
		String t = args.trim();
		return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
	}

	private static String sanitize(String hostName) {
		String name = hostName == null ? "" : hostName.replaceAll("[^A-Za-z0-9._-]", "-");
		name = name.replaceFirst("^[^A-Za-z0-9]+", "");
		if (name.length() > 63) {
			name = name.substring(0, 63);
		}
		return name.isEmpty() ? "node" : name;
	}
}
