package org.flotilla.model.validation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.flotilla.model.Node;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Profile;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;

/**
 * The rules of stacks: a profile's entries name packages of the pool's repository and give their parameters valid
 * values (every required one given, none unknown); a node overrides only overridable parameters of its profile's
 * packages; a package is in the repository once per version. Each diagnostic names the profile, the package and the
 * parameter, and points at the value's field.
 */
final class ProfileRules {

	private static final PoolPackage P = PoolPackage.eINSTANCE;

	private ProfileRules() {
	}

	/** "jetty 12.1.5". */
	static String packageLabel(SoftwarePackage softwarePackage) {
		return "'" + Labels.nameOf(softwarePackage) + " " + (softwarePackage.getVersion() == null ? "?" : softwarePackage.getVersion())
				+ "'";
	}

	static boolean validateEntry(ProfileEntry entry, DiagnosticChain diagnostics) {
		SoftwarePackage softwarePackage = entry.getSoftwarePackage();
		if (softwarePackage == null || softwarePackage.eContainer() == null) {
			PoolValidator.report(diagnostics, PoolValidator.PROFILE, entry, P.getProfileEntry_SoftwarePackage(),
					PoolValidator.describe(entry) + ": choose a package of the pool's repository");
			return false;
		}
		boolean valid = true;
		Map<String, ParameterDefinition> definitions = definitions(softwarePackage);
		Set<String> given = new HashSet<>();
		for (ParameterValue value : entry.getValues()) {
			ParameterDefinition definition = definitions.get(value.getName());
			if (definition == null) {
				valid = false;
				PoolValidator.report(diagnostics, PoolValidator.PROFILE, value, P.getParameterValue_Name(),
						PoolValidator.describe(entry) + ": package " + packageLabel(softwarePackage) + " has no parameter '"
								+ value.getName() + "' (it has " + String.join(", ", definitions.keySet()) + ")");
				continue;
			}
			if (!given.add(value.getName())) {
				valid = false;
				PoolValidator.report(diagnostics, PoolValidator.PROFILE, value, P.getParameterValue_Name(),
						PoolValidator.describe(entry) + ": parameter '" + value.getName() + "' is given twice");
			}
			valid &= checkValue(entry, softwarePackage, definition, value, diagnostics);
		}
		for (ParameterDefinition definition : definitions.values()) {
			if (definition.getDefaultValue() == null && !given.contains(definition.getName())) {
				valid = false;
				PoolValidator.report(diagnostics, PoolValidator.PROFILE, entry, P.getProfileEntry_Values(),
						PoolValidator.describe(entry) + ": parameter '" + definition.getName() + "' of package "
								+ packageLabel(softwarePackage) + " has no default: give it a value ("
								+ ParameterValues.allowed(definition) + ")");
			}
		}
		if (entry.eContainer() instanceof Profile profile) {
			ProfileEntry first = profile.getEntries().stream().filter(other -> other.getSoftwarePackage() != null
					&& java.util.Objects.equals(other.getSoftwarePackage().getName(), softwarePackage.getName())).findFirst().orElseThrow();
			if (first != entry) { // said once, at the second and later entries
				valid = false;
				PoolValidator.report(diagnostics, PoolValidator.PROFILE, entry, P.getProfileEntry_SoftwarePackage(),
						PoolValidator.describe(profile) + ": package '" + softwarePackage.getName()
								+ "' is in the stack more than once (a node has one version of a package)");
			}
		}
		return valid;
	}

	/** A node's overrides: each of a package in its profile, of an overridable parameter, with a valid value. */
	static boolean validateOverrides(Node node, DiagnosticChain diagnostics) {
		if (node.getProfileOverrides().isEmpty()) {
			return true;
		}
		boolean valid = true;
		Profile profile = node.getProfile();
		for (ParameterValue value : node.getProfileOverrides()) {
			SoftwarePackage softwarePackage = profile == null ? null : profile.getEntries().stream()
					.map(ProfileEntry::getSoftwarePackage).filter(p -> p != null && java.util.Objects.equals(p.getName(), value.getPackageName()))
					.findFirst().orElse(null);
			if (softwarePackage == null) {
				valid = false;
				PoolValidator.report(diagnostics, PoolValidator.PROFILE, value, P.getParameterValue_PackageName(),
						PoolValidator.describe(node) + ": overrides '" + value.getName() + "' of package '" + value.getPackageName()
								+ "', which " + (profile == null ? "no profile of the node has" : "is not in its profile '"
										+ Labels.nameOf(profile) + "'"));
				continue;
			}
			ParameterDefinition definition = definitions(softwarePackage).get(value.getName());
			if (definition == null) {
				valid = false;
				PoolValidator.report(diagnostics, PoolValidator.PROFILE, value, P.getParameterValue_Name(),
						PoolValidator.describe(node) + ": package " + packageLabel(softwarePackage) + " has no parameter '"
								+ value.getName() + "'");
				continue;
			}
			if (!definition.isOverridable()) {
				valid = false;
				PoolValidator.report(diagnostics, PoolValidator.PROFILE, value, P.getParameterValue_Value(),
						PoolValidator.describe(node) + ": parameter '" + value.getName() + "' of package "
								+ packageLabel(softwarePackage) + " is the profile's to set, not a node's");
				continue;
			}
			valid &= checkValue(node, softwarePackage, definition, value, diagnostics);
		}
		return valid;
	}

	/** A package is in the repository once per version, and has a name and a version. */
	static boolean validatePackage(SoftwarePackage softwarePackage, DiagnosticChain diagnostics) {
		if (softwarePackage.getName() == null || softwarePackage.getName().isBlank() || softwarePackage.getVersion() == null
				|| softwarePackage.getVersion().isBlank()) {
			PoolValidator.report(diagnostics, PoolValidator.SOFTWARE_PACKAGE, softwarePackage, P.getSoftwarePackage_Version(),
					PoolValidator.describe(softwarePackage) + ": a package needs a name and a version");
			return false;
		}
		if (softwarePackage.eContainer() instanceof Pool pool) {
			long same = pool.getPackages().stream().filter(p -> softwarePackage.getName().equals(p.getName())
					&& softwarePackage.getVersion().equals(p.getVersion())).count();
			if (same > 1) {
				PoolValidator.report(diagnostics, PoolValidator.SOFTWARE_PACKAGE, softwarePackage, P.getSoftwarePackage_Version(),
						"Package " + packageLabel(softwarePackage) + " is in the pool's repository " + same + " times");
				return false;
			}
		}
		return true;
	}

	private static boolean checkValue(org.eclipse.emf.ecore.EObject owner, SoftwarePackage softwarePackage,
			ParameterDefinition definition, ParameterValue value, DiagnosticChain diagnostics) {
		String problem = value.getValue() == null ? "a value is required (" + ParameterValues.allowed(definition) + ")"
				: ParameterValues.problem(definition, value.getValue());
		if (problem == null) {
			return true;
		}
		PoolValidator.report(diagnostics, PoolValidator.PARAMETER_VALUE, value, P.getParameterValue_Value(),
				PoolValidator.describe(owner) + ": " + value.getName() + " of package " + packageLabel(softwarePackage) + ": " + problem);
		return false;
	}

	private static Map<String, ParameterDefinition> definitions(SoftwarePackage softwarePackage) {
		return softwarePackage.getParameters().stream().filter(d -> d.getName() != null)
				.collect(Collectors.toMap(ParameterDefinition::getName, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
	}
}
