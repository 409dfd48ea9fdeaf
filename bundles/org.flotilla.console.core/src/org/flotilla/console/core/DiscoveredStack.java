package org.flotilla.console.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.flotilla.model.Application;
import org.flotilla.model.Disk;
import org.flotilla.model.DiskKind;
import org.flotilla.model.HardwareComponent;
import org.flotilla.model.Memory;
import org.flotilla.model.Middleware;
import org.flotilla.model.NetworkInterface;
import org.flotilla.model.Node;
import org.flotilla.model.OperatingSystem;
import org.flotilla.model.Parameter;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.PoolPackage.Literals;
import org.flotilla.model.Processor;
import org.flotilla.model.StackElement;
import org.flotilla.protocol.Message.InventoryReport;
import org.flotilla.protocol.Message.StackItem;
import org.flotilla.protocol.packages.PackageOperations;
import org.flotilla.protocol.tasks.TaskOperations;

/**
 * Turns an agent's {@link InventoryReport} into the <em>discovered</em> side of a node's stack
 * (DESIGN.md: each element knows whether the agent discovered it, the administrator desires it, or
 * both). Elements are matched by what identifies them on a host: the processor and the memory (one
 * each), disks and network interfaces by device name, the operating system (one), middleware and
 * applications by name, OS tunings (packages of the os-tuning layer) by name.
 *
 * <ul>
 * <li>A reported element is marked discovered and gets the reported version and facts; what the
 * administrator desires (desired version, desired parameter values) is never touched, so drift
 * shows as soon as the two differ.</li>
 * <li>A parameter the element already has (e.g. a tuned kernel setting) takes the reported value of
 * the same key; facts like core counts go to the element's own attributes, not to parameters.</li>
 * <li>An element that was discovered before and is no longer reported is removed, unless the
 * administrator desires it: then it stays, as desired only (missing on the host).</li>
 * </ul>
 *
 * Only real changes are written, so a report that repeats the last one notifies nobody. Like other
 * live state it bypasses the command stack (it is the agent's news, not the administrator's edit):
 * not undoable and not dirtying, but saved with the pool as its last known stack.
 */
public final class DiscoveredStack {

	private static final PoolFactory F = PoolFactory.eINSTANCE;

	private DiscoveredStack() {
	}

	/**
	 * Applies {@code report} to {@code node} (model thread).
	 *
	 * @return whether the node's stack changed
	 */
	public static boolean apply(Node node, InventoryReport report) {
		Change change = new Change();
		Set<StackElement> reported = new HashSet<>();
		for (StackItem item : report.items()) {
			StackElement element = switch (item.layer()) {
			case "hardware" -> hardware(node, item, change);
			case "operating system" -> operatingSystem(node, item, change);
			case "middleware" -> named(node.getMiddleware(), item.name(), F::createMiddleware, change);
			case "application" -> named(node.getApplications(), item.name(), F::createApplication, change);
			case PackageOperations.OS_TUNING_LAYER -> named(node.getTunings(), item.name(), F::createOsTuning, change);
			default -> null; // a layer from a newer agent: ignored, the rest still applies
			};
			if (element == null) {
				continue;
			}
			reported.add(element);
			change.set(element, Literals.STACK_ELEMENT__DISCOVERED, true);
			// A processor's and a disk's "version" in the report is their model, kept as a fact instead.
			boolean modelNotVersion = element instanceof Processor || element instanceof Disk;
			change.set(element, Literals.STACK_ELEMENT__VERSION,
					modelNotVersion || item.version().isEmpty() || item.version().equals("null") ? null : item.version());
			facts(element, item, change);
			if (item.parameters().containsKey(PackageOperations.PACKAGE_FACT)) {
				packageParameters(element, item, change);
				continue;
			}
			for (Parameter parameter : element.getParameters()) {
				String value = item.parameters().get(parameter.getKey());
				if (value != null) {
					change.set(parameter, Literals.PARAMETER__VALUE, value);
				}
			}
		}
		forgetUnreported(node.getHardware(), reported, change);
		forgetUnreported(node.getMiddleware(), reported, change);
		forgetUnreported(node.getApplications(), reported, change);
		forgetUnreported(node.getTunings(), reported, change);
		OperatingSystem os = node.getOperatingSystem();
		if (os != null && os.isDiscovered() && !reported.contains(os)) {
			if (os.isDesired()) {
				change.set(os, Literals.STACK_ELEMENT__DISCOVERED, false);
			} else {
				node.setOperatingSystem(null);
				change.changed = true;
			}
		}
		return change.changed;
	}

	/**
	 * A package the agent installed (issue 14): the element is managed (provisioning may change it) and its parameters
	 * are the package's, with the values the agent applied ({@code param.NAME} facts). A parameter no longer reported
	 * loses its value (its desired value, if any, stays: drift).
	 */
	private static void packageParameters(StackElement element, StackItem item, Change change) {
		change.set(element, Literals.STACK_ELEMENT__MANAGED, true);
		Map<String, String> values = new java.util.TreeMap<>(); // new ones by name: the report's map has no order
		item.parameters().forEach((key, value) -> {
			if (key.startsWith(PackageOperations.PARAMETER_FACT_PREFIX)) {
				values.put(key.substring(PackageOperations.PARAMETER_FACT_PREFIX.length()), value);
			}
		});
		for (Parameter parameter : element.getParameters()) {
			change.set(parameter, Literals.PARAMETER__VALUE, values.remove(parameter.getKey()));
		}
		values.forEach((key, value) -> {
			Parameter parameter = F.createParameter();
			parameter.setKey(key);
			parameter.setValue(value);
			element.getParameters().add(parameter);
			change.changed = true;
		});
	}

	private static StackElement hardware(Node node, StackItem item, Change change) {
		String name = item.name();
		if (name.equals("cpu")) {
			return first(node.getHardware(), Processor.class, () -> named(F.createProcessor(), "CPU"), change);
		}
		if (name.equals("memory")) {
			return first(node.getHardware(), Memory.class, () -> named(F.createMemory(), "RAM"), change);
		}
		if (name.startsWith("disk:")) {
			String device = withoutDev(name.substring("disk:".length()));
			return device(node.getHardware(), Disk.class, device, () -> {
				Disk disk = named(F.createDisk(), device);
				disk.setDevice("/dev/" + device);
				return disk;
			}, change);
		}
		if (name.startsWith("nic:")) {
			String device = withoutDev(name.substring("nic:".length()));
			return device(node.getHardware(), NetworkInterface.class, device, () -> {
				NetworkInterface nic = named(F.createNetworkInterface(), device);
				nic.setDevice(device);
				return nic;
			}, change);
		}
		return null;
	}

	private static StackElement operatingSystem(Node node, StackItem item, Change change) {
		OperatingSystem os = node.getOperatingSystem();
		if (os == null) {
			os = F.createOperatingSystem();
			node.setOperatingSystem(os);
			change.changed = true;
		}
		change.set(os, Literals.STACK_ELEMENT__NAME, item.name());
		// Whether the agent can hold its tasks to their limits is a fact about the node, shown beside its state.
		change.set(node, Literals.NODE__TASK_LIMITS, item.parameters().get(TaskOperations.TASK_LIMITS_PARAMETER));
		change.set(node, Literals.NODE__TASK_SLOTS, (int) Math.min(Integer.MAX_VALUE,
				Math.max(0, number(item.parameters().get(TaskOperations.TASK_SLOTS_PARAMETER), 0))));
		return os;
	}

	/** What the report says about an element besides its version, into the element's attributes. */
	private static void facts(StackElement element, StackItem item, Change change) {
		Map<String, String> p = item.parameters();
		switch (element) {
		case Processor cpu -> {
			change.set(cpu, Literals.PROCESSOR__MODEL, item.version());
			change.set(cpu, Literals.PROCESSOR__CORES, (int) number(p.get("physicalCores"), cpu.getCores()));
			change.set(cpu, Literals.PROCESSOR__THREADS, (int) number(p.get("logicalCores"), cpu.getThreads()));
		}
		case Memory memory -> change.set(memory, Literals.MEMORY__SIZE_MIB, number(p.get("bytes"), memory.getSizeMib() << 20) >> 20);
		case Disk disk -> {
			change.set(disk, Literals.DISK__SIZE_GIB, number(p.get("bytes"), disk.getSizeGib() << 30) >> 30);
			DiskKind kind = p.get("kind") == null ? null : DiskKind.getByName(p.get("kind"));
			if (kind != null) {
				change.set(disk, Literals.DISK__KIND, kind);
			}
		}
		case NetworkInterface nic -> {
			String mac = p.get("mac");
			if (mac != null && !mac.equals("null")) {
				change.set(nic, Literals.NETWORK_INTERFACE__MAC_ADDRESS, mac);
			}
			change.set(nic, Literals.NETWORK_INTERFACE__SPEED_MBPS, number(p.get("bitsPerSecond"), nic.getSpeedMbps() * 1_000_000) / 1_000_000);
		}
		case OperatingSystem os -> {
			change.set(os, Literals.OPERATING_SYSTEM__KERNEL, p.getOrDefault("kernel", os.getKernel()));
			change.set(os, Literals.OPERATING_SYSTEM__ARCHITECTURE, p.getOrDefault("architecture", os.getArchitecture()));
		}
		case Middleware middleware -> {
			String location = p.get("location");
			if (location != null && !location.equals("null") && !location.isEmpty()) {
				change.set(middleware, Literals.MIDDLEWARE__INSTALL_PATH, location);
			}
		}
		case Application application -> {
			String location = p.get("location");
			if (application.getArtifact() == null && location != null && !location.equals("null")) {
				change.set(application, Literals.APPLICATION__ARTIFACT, location);
			}
		}
		default -> {
		}
		}
	}

	private static <T extends StackElement> void forgetUnreported(EList<T> elements, Set<StackElement> reported, Change change) {
		for (T element : new ArrayList<>(elements)) {
			if (element.isDiscovered() && !reported.contains(element)) {
				if (element.isDesired()) {
					change.set(element, Literals.STACK_ELEMENT__DISCOVERED, false);
				} else {
					EcoreUtil.remove(element);
					change.changed = true;
				}
			}
		}
	}

	private static <T extends HardwareComponent> T first(EList<HardwareComponent> hardware, Class<T> type,
			java.util.function.Supplier<T> create, Change change) {
		for (HardwareComponent component : hardware) {
			if (type.isInstance(component)) {
				return type.cast(component);
			}
		}
		T created = create.get();
		hardware.add(created);
		change.changed = true;
		return created;
	}

	private static <T extends HardwareComponent> T device(EList<HardwareComponent> hardware, Class<T> type, String device,
			java.util.function.Supplier<T> create, Change change) {
		for (HardwareComponent component : hardware) {
			if (type.isInstance(component) && (device.equals(component.getName()) || device.equals(deviceOf(component)))) {
				return type.cast(component);
			}
		}
		T created = create.get();
		hardware.add(created);
		change.changed = true;
		return created;
	}

	private static String deviceOf(HardwareComponent component) {
		String device = component instanceof Disk disk ? disk.getDevice()
				: component instanceof NetworkInterface nic ? nic.getDevice() : null;
		return device == null ? null : withoutDev(device);
	}

	/** OSHI names disks "/dev/sda"; the model names them "sda" with device "/dev/sda". */
	private static String withoutDev(String device) {
		return device.startsWith("/dev/") ? device.substring("/dev/".length()) : device;
	}

	private static <T extends StackElement> T named(List<T> elements, String name, java.util.function.Supplier<T> create,
			Change change) {
		for (T element : elements) {
			if (name.equals(element.getName())) {
				return element;
			}
		}
		T created = named(create.get(), name);
		elements.add(created);
		change.changed = true;
		return created;
	}

	private static <T extends StackElement> T named(T element, String name) {
		element.setName(name);
		return element;
	}

	private static long number(String text, long otherwise) {
		try {
			return text == null ? otherwise : Long.parseLong(text);
		} catch (NumberFormatException e) {
			return otherwise;
		}
	}

	/** Writes only what differs, and remembers whether anything did. */
	private static final class Change {
		boolean changed;

		void set(EObject object, EStructuralFeature feature, Object value) {
			if (!Objects.equals(object.eGet(feature), value)) {
				object.eSet(feature, value);
				changed = true;
			}
		}
	}
}
