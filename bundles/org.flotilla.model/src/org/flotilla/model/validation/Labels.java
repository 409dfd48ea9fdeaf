package org.flotilla.model.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Human names for model types and fields, shared by validation messages and the console so the
 * two always say the same thing.
 */
public final class Labels {

	private static final Map<String, String> FEATURES = Map.ofEntries(
			Map.entry("cpuCapacity", "CPU capacity"), Map.entry("memoryCapacity", "Memory capacity"),
			Map.entry("diskCapacity", "Disk capacity"), Map.entry("networkCapacity", "Network capacity"),
			Map.entry("cpuDemand", "CPU demand"), Map.entry("memoryDemand", "Memory demand"),
			Map.entry("diskDemand", "Disk demand"), Map.entry("networkDemand", "Network demand"),
			Map.entry("sizeMib", "Size (MiB)"), Map.entry("sizeGib", "Size (GiB)"),
			Map.entry("speedMbps", "Speed (Mbit/s)"), Map.entry("frequencyMhz", "Frequency (MHz)"),
			Map.entry("macAddress", "MAC address"), Map.entry("antiAffinity", "Anti-affinity"),
			Map.entry("desiredValue", "Desired value"), Map.entry("desiredVersion", "Desired version"),
			Map.entry("defaultValue", "Default value"), Map.entry("allowedValues", "Allowed values"),
			Map.entry("requiredLabels", "Required labels"), Map.entry("placementObjective", "Placement objective"),
			Map.entry("minimumVersion", "Minimum version"), Map.entry("softwareName", "Software name"));

	private Labels() {
	}

	/** "CPU capacity" for cpuCapacity, "Install path" for installPath. */
	public static String featureName(EStructuralFeature feature) {
		String known = FEATURES.get(feature.getName());
		return known != null ? known : words(feature.getName());
	}

	/** "Operating system" for OperatingSystem. */
	public static String typeName(EClass eClass) {
		return words(eClass.getName());
	}

	/** The object's name, or its type when it has none. */
	public static String nameOf(EObject object) {
		if (object instanceof org.flotilla.model.ProfileEntry entry) {
			org.flotilla.model.SoftwarePackage p = entry.getSoftwarePackage();
			return p == null ? "(no package)" : nameOf(p) + " " + p.getVersion();
		}
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		if (name == null) {
			name = object.eClass().getEStructuralFeature("key");
		}
		Object value = name == null ? null : object.eGet(name);
		return value == null || value.toString().isBlank() ? "(unnamed)" : value.toString();
	}

	private static String words(String camel) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < camel.length(); i++) {
			char c = camel.charAt(i);
			if (i == 0) {
				out.append(Character.toUpperCase(c));
			} else if (Character.isUpperCase(c)) {
				out.append(' ').append(Character.toLowerCase(c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
