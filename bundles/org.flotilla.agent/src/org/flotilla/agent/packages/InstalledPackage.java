package org.flotilla.agent.packages;

import java.nio.file.Path;
import java.util.Map;

/**
 * A package installed on this node, as its agent knows it.
 *
 * @param layer      os-tuning, middleware or application
 * @param parameters the values it was applied with, in the manifest's order
 * @param epoch      the epoch of the apply that installed it
 * @param health     "healthy", "unhealthy: why", or "unknown" (no health step)
 * @param lastResult what the last apply or recovery of this package did ("upgraded from 12.0.16", "failed: ...")
 * @param home       the version's directory ({@code FLOTILLA_PACKAGE_HOME})
 */
public record InstalledPackage(String name, String version, String layer, Map<String, String> parameters, long epoch,
		String health, String lastResult, Path home) {

	public InstalledPackage {
		parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
	}
}
