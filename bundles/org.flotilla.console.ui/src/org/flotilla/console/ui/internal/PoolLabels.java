package org.flotilla.console.ui.internal;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.flotilla.model.Application;
import org.flotilla.model.Disk;
import org.flotilla.model.Group;
import org.flotilla.model.Job;
import org.flotilla.model.LayerKind;
import org.flotilla.model.Memory;
import org.flotilla.model.Middleware;
import org.flotilla.model.NetworkInterface;
import org.flotilla.model.Node;
import org.flotilla.model.OperatingSystem;
import org.flotilla.model.Pool;
import org.flotilla.model.Processor;
import org.flotilla.model.Profile;
import org.flotilla.model.StackElement;
import org.flotilla.model.SyncState;
import org.flotilla.model.Task;
import org.flotilla.model.validation.Labels;

/** Texts for pool objects, shared by every view so a node reads the same everywhere. */
public final class PoolLabels {

	private PoolLabels() {
	}

	/** The main text: a name. */
	public static String name(Object object) {
		if (object instanceof LayerFolder folder) {
			return layerName(folder.layer());
		}
		if (object instanceof PoolFolder folder) {
			return folder.title();
		}
		if (object instanceof StackElement element) {
			return element.getName() == null ? Labels.typeName(element.eClass()) : element.getName();
		}
		if (object instanceof EObject eObject) {
			return Labels.nameOf(eObject);
		}
		return String.valueOf(object);
	}

	/** The secondary, greyed text: what a support person wants to see at a glance. */
	public static String detail(Object object) {
		if (object instanceof Pool pool) {
			return pool.getAllNodes().size() + " nodes \u00b7 " + pool.getTasks().size() + " tasks";
		}
		if (object instanceof Group group) {
			return group.getKind().getLiteral() + " \u00b7 " + group.getAllNodes().size() + " nodes";
		}
		if (object instanceof Node node) {
			return (node.getAddress() == null ? "" : node.getAddress() + " \u00b7 ") + node.getState().getLiteral();
		}
		if (object instanceof Task task) {
			return cores(task.getCpuDemand()) + " \u00b7 " + mib(task.getMemoryDemand()) + " \u00b7 " + task.getState().getLiteral()
					+ (task.isPinned() ? " \u00b7 pinned" : "");
		}
		if (object instanceof StackElement element) {
			return version(element);
		}
		if (object instanceof LayerFolder folder) {
			return folder.node() == null ? "" : Integer.toString(folder.elements().size());
		}
		if (object instanceof PoolFolder folder) {
			return Integer.toString(folder.children().size());
		}
		if (object instanceof Profile profile) {
			return profile.getEntries().stream().map(e -> org.flotilla.model.validation.Labels.nameOf(e))
					.collect(java.util.stream.Collectors.joining(" + "));
		}
		if (object instanceof org.flotilla.model.ProfileEntry entry) {
			return entry.getValues().stream().map(v -> v.getName() + " " + v.getValue())
					.collect(java.util.stream.Collectors.joining(", "));
		}
		if (object instanceof org.flotilla.model.SoftwarePackage softwarePackage) {
			return softwarePackage.getVersion() + " \u00b7 " + (softwarePackage.getLayer() == null ? "" : softwarePackage.getLayer().getLiteral())
					+ " \u00b7 " + softwarePackage.getParameters().size() + " parameters";
		}
		if (object instanceof Job job) {
			return job.getState().getLiteral() + " \u00b7 " + job.getWorked() * 100 / Math.max(1, job.getTotalWork()) + "%";
		}
		return "";
	}

	/** "21.0.4", "17.0.12 \u2192 21.0.4" when drifted, "missing, wants 1.8.2" when only desired. */
	public static String version(StackElement element) {
		String found = element.getVersion();
		String wanted = element.getDesiredVersion();
		SyncState state = element.getSyncState();
		String hardware = hardwareFacts(element);
		String text;
		if (state == SyncState.DESIRED_ONLY) {
			text = "missing, wants " + (wanted == null ? "it" : wanted);
		} else if (wanted != null && found != null && !wanted.equals(found)) {
			text = found + " \u2192 " + wanted;
		} else {
			text = found == null ? "" : found;
		}
		return hardware.isEmpty() ? text : text.isEmpty() ? hardware : hardware + " \u00b7 " + text;
	}

	/** Capacity facts of a hardware component: "32 cores / 64 threads", "512 GiB", ... */
	public static String hardwareFacts(StackElement element) {
		if (element instanceof Processor cpu) {
			return (cpu.getModel() == null ? "" : cpu.getModel() + ", ") + cpu.getCores() + " cores / " + cpu.getThreads() + " threads";
		}
		if (element instanceof Memory memory) {
			return mib(memory.getSizeMib());
		}
		if (element instanceof Disk disk) {
			return (disk.getKind() == null ? "" : disk.getKind().getLiteral() + " ") + gib(disk.getSizeGib());
		}
		if (element instanceof NetworkInterface nic) {
			return nic.getSpeedMbps() >= 1000 ? nic.getSpeedMbps() / 1000 + " Gbit/s" : nic.getSpeedMbps() + " Mbit/s";
		}
		if (element instanceof OperatingSystem os) {
			return os.getKernel() == null ? "" : "kernel " + os.getKernel();
		}
		return "";
	}

	public static String layerName(LayerKind layer) {
		return switch (layer) {
		case HARDWARE -> "Hardware";
		case OPERATING_SYSTEM -> "Operating system";
		case MIDDLEWARE -> "Middleware";
		case APPLICATION -> "Applications";
		};
	}

	public static LayerKind layerOf(StackElement element) {
		if (element instanceof OperatingSystem || element instanceof org.flotilla.model.OsTuning) {
			return LayerKind.OPERATING_SYSTEM;
		}
		if (element instanceof Middleware) {
			return LayerKind.MIDDLEWARE;
		}
		if (element instanceof Application) {
			return LayerKind.APPLICATION;
		}
		return LayerKind.HARDWARE;
	}

	public static String syncText(SyncState state) {
		return switch (state) {
		case IN_SYNC -> "in sync";
		case DRIFTED -> "drifted";
		case DISCOVERED_ONLY -> "discovered, not managed";
		case DESIRED_ONLY -> "desired, not installed";
		};
	}

	public static String cores(double cores) {
		return number(cores) + (cores == 1 ? " core" : " cores");
	}

	public static String mib(long mib) {
		return mib >= 1024 && mib % 1024 == 0 ? mib / 1024 + " GiB"
				: mib >= 1024 ? String.format(Locale.ROOT, "%.1f GiB", mib / 1024.0) : mib + " MiB";
	}

	public static String gib(long gib) {
		return gib >= 1000 ? String.format(Locale.ROOT, "%.1f TB", gib / 1000.0) : gib + " GiB";
	}

	/** 18 rather than 18.0; 2.5 stays 2.5. */
	public static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
