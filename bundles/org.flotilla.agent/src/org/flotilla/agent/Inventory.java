package org.flotilla.agent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a node is: its identity, hardware, operating system, middleware and applications. Plain records so that the
 * protocol layer can serialize them as they are.
 */
public record Inventory(UUID nodeId, String nodeName, List<String> labels, Instant collectedAt, Hardware hardware,
		OperatingSystem operatingSystem, List<Middleware> middleware, List<Application> applications) {

	public Inventory {
		labels = List.copyOf(labels);
		middleware = List.copyOf(middleware);
		applications = List.copyOf(applications);
	}

	public record Hardware(String cpuModel, int physicalCores, int logicalCores, long memoryBytes, List<Disk> disks,
			List<NetworkInterface> networkInterfaces) {
		public Hardware {
			disks = List.copyOf(disks);
			networkInterfaces = List.copyOf(networkInterfaces);
		}
	}

	/** A physical (or virtual) disk; {@code sizeBytes} is 0 when unknown. */
	public record Disk(String name, String model, String serial, long sizeBytes) {
	}

	/** A network interface; {@code speedBitsPerSecond} is 0 when the OS does not say. */
	public record NetworkInterface(String name, String displayName, String macAddress, long speedBitsPerSecond,
			List<String> ipv4Addresses, List<String> ipv6Addresses) {
		public NetworkInterface {
			ipv4Addresses = List.copyOf(ipv4Addresses);
			ipv6Addresses = List.copyOf(ipv6Addresses);
		}
	}

	/** {@code kernel} is the kernel release (Linux: as {@code uname -r} prints it). */
	public record OperatingSystem(String family, String version, String build, String kernel, String architecture,
			int bitness) {
	}

	/**
	 * A middleware component: found by a probe, or installed by the agent itself (then recorded in its journal).
	 * When a probe did not find it, {@code found} is false and {@code detail} says why.
	 */
	public record Middleware(String name, boolean found, String version, Source source, String location,
			String detail) {
	}

	public enum Source {
		/** Found by a configured probe. */
		PROBE,
		/** Installed by this agent (from its journal). */
		INSTALLED
	}

	/** An application this agent deployed (from its journal). */
	public record Application(String name, String version, String location, Instant deployedAt) {
	}
}
