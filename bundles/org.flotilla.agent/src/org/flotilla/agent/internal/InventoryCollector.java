package org.flotilla.agent.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flotilla.agent.AgentConfig.ProbeSpec;
import org.flotilla.agent.Identity;
import org.flotilla.agent.Inventory;
import org.flotilla.agent.Inventory.Application;
import org.flotilla.agent.Inventory.Disk;
import org.flotilla.agent.Inventory.Hardware;
import org.flotilla.agent.Inventory.Middleware;
import org.flotilla.agent.Inventory.NetworkInterface;
import org.flotilla.agent.Inventory.OperatingSystem;
import org.flotilla.agent.Inventory.Source;

import oshi.SystemInfo;
import oshi.hardware.CentralProcessor;
import oshi.hardware.HWDiskStore;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.NetworkIF;

/**
 * What the node is: hardware and OS from OSHI, middleware from the probes and from the journal (what this agent
 * installed itself), applications from the journal. Collected at start and whenever the journal changes, not per
 * sample: probes start processes.
 */
public final class InventoryCollector {

	private final SystemInfo systemInfo;

	public InventoryCollector(SystemInfo systemInfo) {
		this.systemInfo = systemInfo;
	}

	public Inventory collect(Identity identity, List<String> labels, List<ProbeSpec> probes, Duration probeTimeout,
			List<Journal.Entry> journal, Instant now) {
		List<Middleware> middleware = new ArrayList<>(ProbeRunner.runAll(probes, probeTimeout));
		middleware.addAll(installed(journal));
		return new Inventory(identity.nodeId(), identity.nodeName(), labels, now, hardware(), operatingSystem(),
				middleware, deployed(journal));
	}

	public Hardware hardware() {
		HardwareAbstractionLayer hal = systemInfo.getHardware();
		CentralProcessor cpu = hal.getProcessor();
		List<Disk> disks = new ArrayList<>();
		for (HWDiskStore d : hal.getDiskStores()) {
			disks.add(new Disk(d.getName(), clean(d.getModel()), clean(d.getSerial()), d.getSize()));
		}
		List<NetworkInterface> nics = new ArrayList<>();
		for (NetworkIF n : hal.getNetworkIFs(false)) {
			nics.add(new NetworkInterface(n.getName(), n.getDisplayName(), n.getMacaddr(), Math.max(0, n.getSpeed()),
					Arrays.asList(n.getIPv4addr()), Arrays.asList(n.getIPv6addr())));
		}
		return new Hardware(cpu.getProcessorIdentifier().getName().strip(), cpu.getPhysicalProcessorCount(),
				cpu.getLogicalProcessorCount(), hal.getMemory().getTotal(), disks, nics);
	}

	public OperatingSystem operatingSystem() {
		oshi.software.os.OperatingSystem os = systemInfo.getOperatingSystem();
		// os.version is the kernel release on Linux (uname -r), the OS version elsewhere.
		return new OperatingSystem(os.getFamily(), os.getVersionInfo().getVersion(),
				os.getVersionInfo().getBuildNumber(), System.getProperty("os.version"), System.getProperty("os.arch"),
				os.getBitness());
	}

	private static String clean(String s) {
		return s == null || s.equalsIgnoreCase("unknown") ? "" : s.strip();
	}

	/** Middleware the journal says this agent installed and has not removed since. */
	static List<Middleware> installed(List<Journal.Entry> journal) {
		Map<String, Middleware> byName = new LinkedHashMap<>();
		for (Journal.Entry e : journal) {
			if (Journal.INSTALLED.equals(e.type())) {
				byName.put(e.get("name"), new Middleware(e.get("name"), true, e.get("version"), Source.INSTALLED,
						e.get("location"), "installed by the agent at " + e.get("at")));
			} else if (Journal.UNINSTALLED.equals(e.type())) {
				byName.remove(e.get("name"));
			}
		}
		return List.copyOf(byName.values());
	}

	/** Applications the journal says this agent deployed and has not removed since. */
	static List<Application> deployed(List<Journal.Entry> journal) {
		Map<String, Application> byName = new LinkedHashMap<>();
		for (Journal.Entry e : journal) {
			if (Journal.DEPLOYED.equals(e.type())) {
				byName.put(e.get("name"), new Application(e.get("name"), e.get("version"), e.get("location"),
						Instant.parse(e.get("at"))));
			} else if (Journal.UNDEPLOYED.equals(e.type())) {
				byName.remove(e.get("name"));
			}
		}
		return List.copyOf(byName.values());
	}
}
