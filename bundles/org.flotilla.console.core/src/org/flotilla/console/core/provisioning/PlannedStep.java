package org.flotilla.console.core.provisioning;

import java.util.List;
import java.util.Map;

import org.flotilla.model.LayerKind;

/**
 * One step of a node's provisioning plan: what happens to one package on that node.
 *
 * @param fromVersion       the version installed now (null for {@link Kind#INSTALL})
 * @param toVersion         the version wanted (null for {@link Kind#REMOVE})
 * @param parameters        every parameter's value as the agent will get it: the package's defaults, the profile's
 *                          values, the node's overrides over them, in the package's order (empty for a removal)
 * @param changedParameters the parameters whose value differs from what the agent reported (all of them on an install)
 * @param description       the step in words, every parameter change in it ("upgrade jetty 12.0.16 → 12.1.5; port
 *                          8080 → 8081")
 */
public record PlannedStep(Kind kind, LayerKind layer, String packageName, String fromVersion, String toVersion,
		Map<String, String> parameters, List<String> changedParameters, String description) {

	/** What a step does. */
	public enum Kind {
		INSTALL, UPGRADE, DOWNGRADE, RECONFIGURE, REMOVE;

		/** "install", "upgrade", ...: as job messages say it. */
		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public PlannedStep {
		parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters)); // in the package's order
		changedParameters = List.copyOf(changedParameters);
	}

	@Override
	public String toString() {
		return description;
	}
}
