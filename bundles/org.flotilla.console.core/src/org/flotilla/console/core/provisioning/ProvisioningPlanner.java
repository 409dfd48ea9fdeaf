package org.flotilla.console.core.provisioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.util.Diagnostic;
import org.flotilla.model.Application;
import org.flotilla.model.LayerKind;
import org.flotilla.model.Middleware;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.OsTuning;
import org.flotilla.model.Parameter;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Profile;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.model.StackElement;
import org.flotilla.model.validation.PoolDiagnostician;
import org.flotilla.packages.PackageVersion;

/**
 * Plans provisioning: from what a node's agent discovered (its <em>managed</em> stack elements, those Flotilla
 * installed from packages: name = package name, version, parameter values) to what its profile and per-node overrides
 * want. A pure function of the model (read it on the model thread); the wizard's plan page and the pool service use the
 * same plan, so what is shown is what is done.
 * <p>
 * Order: removals first, application → middleware → OS tuning (what sits on a layer goes before the layer, and a port
 * is free before another server wants it); then installs, upgrades and reconfigurations, OS tuning → middleware →
 * application. Elements the agent found that Flotilla did not install are never touched.
 */
public final class ProvisioningPlanner {

	private ProvisioningPlanner() {
	}

	/** The plan for {@code node} (model thread). */
	public static NodePlan plan(Node node) {
		List<String> problems = new ArrayList<>();
		String nodeName = node.getName();
		Profile profile = node.getProfile();
		if (profile == null) {
			problems.add("node " + nodeName + " has no profile: apply one first");
			return new NodePlan(node, List.of(), problems);
		}
		NodeState state = node.getState();
		if (state == NodeState.UNREACHABLE || state == NodeState.ENROLLING || state == NodeState.DECOMMISSIONED) {
			problems.add("node " + nodeName + " is " + state.getLiteral() + ": no agent connected to provision it");
		}
		problems.addAll(validation(node, profile));
		Map<String, StackElement> managed = managed(node);
		List<PlannedStep> changes = new ArrayList<>();
		for (ProfileEntry entry : profile.getEntries()) {
			SoftwarePackage p = entry.getSoftwarePackage();
			if (p == null || p.getName() == null) {
				continue; // the validator said so
			}
			if (p.eContainer() == null || p.getSha256() == null || p.getSha256().isBlank()) {
				problems.add("package " + p.getName() + " " + p.getVersion() + " of profile '" + profile.getName()
						+ "' is not in the pool's repository (no archive to send)");
			}
			Map<String, String> parameters = resolve(node, entry);
			StackElement installed = managed.remove(p.getName());
			PlannedStep step = step(p, parameters, installed, problems);
			if (step != null) {
				changes.add(step);
			}
		}
		List<PlannedStep> removals = new ArrayList<>();
		for (StackElement element : managed.values()) {
			removals.add(new PlannedStep(PlannedStep.Kind.REMOVE, layerOf(element), element.getName(), element.getVersion(), null,
					Map.of(), List.of(), "remove " + element.getName() + " " + element.getVersion() + " (not in profile '"
							+ profile.getName() + "')"));
		}
		removals.sort(Comparator.comparing((PlannedStep s) -> s.layer().getValue()).reversed());
		changes.sort(Comparator.comparing((PlannedStep s) -> s.layer().getValue())); // stable: the profile's order within a layer
		List<PlannedStep> steps = new ArrayList<>(removals);
		steps.addAll(changes);
		return new NodePlan(node, steps, problems);
	}

	/** The plans of {@code nodes}, in their order (model thread). */
	public static List<NodePlan> plan(List<Node> nodes) {
		return nodes.stream().map(ProvisioningPlanner::plan).toList();
	}

	/**
	 * Records on the node what {@code plan} makes desired, so that drift shows until the agent reports it done (model
	 * thread; the caller decides whether as a command or as the service's own change): each package's element desired at
	 * its version with its parameters' desired values (created, desired only, when not installed yet); a removed one no
	 * longer desired.
	 */
	public static void markDesired(NodePlan plan) {
		Node node = plan.node();
		for (PlannedStep step : plan.steps()) {
			StackElement element = managed(node).get(step.packageName());
			if (step.kind() == PlannedStep.Kind.REMOVE) {
				if (element != null) {
					element.setDesired(false);
					element.setDesiredVersion(null);
				}
				continue;
			}
			if (element == null) {
				element = create(node, step.layer(), step.packageName());
			}
			element.setManaged(true);
			element.setDesired(true);
			element.setDesiredVersion(step.toVersion());
			for (Map.Entry<String, String> value : step.parameters().entrySet()) {
				parameter(element, value.getKey()).setDesiredValue(value.getValue());
			}
		}
	}

	/**
	 * The node's managed elements by package name: OS tuning, middleware and applications that Flotilla installed (or
	 * wants installed).
	 */
	public static Map<String, StackElement> managed(Node node) {
		Map<String, StackElement> managed = new LinkedHashMap<>();
		List<StackElement> all = new ArrayList<>(node.getTunings());
		all.addAll(node.getMiddleware());
		all.addAll(node.getApplications());
		for (StackElement element : all) {
			if (element.isManaged() && element.getName() != null && (element.isDiscovered() || element.isDesired())) {
				managed.putIfAbsent(element.getName(), element);
			}
		}
		return managed;
	}

	/** The profile's values with the node's overrides over them, and every default filled in: what the agent gets. */
	public static Map<String, String> resolve(Node node, ProfileEntry entry) {
		SoftwarePackage p = entry.getSoftwarePackage();
		Map<String, String> values = new LinkedHashMap<>();
		for (ParameterDefinition definition : p.getParameters()) {
			values.put(definition.getName(), definition.getDefaultValue());
		}
		for (ParameterValue value : entry.getValues()) {
			values.put(value.getName(), value.getValue());
		}
		for (ParameterValue override : node.getProfileOverrides()) {
			if (Objects.equals(override.getPackageName(), p.getName())) {
				values.put(override.getName(), override.getValue());
			}
		}
		values.values().removeIf(Objects::isNull); // a required one missing: the validator said so
		return values;
	}

	private static PlannedStep step(SoftwarePackage p, Map<String, String> parameters, StackElement installed,
			List<String> problems) {
		String name = p.getName();
		String to = p.getVersion();
		LayerKind layer = p.getLayer();
		if (installed == null || !installed.isDiscovered()) {
			return new PlannedStep(PlannedStep.Kind.INSTALL, layer, name, null, to, parameters, List.copyOf(parameters.keySet()),
					"install " + name + " " + to + parametersText(parameters));
		}
		String from = installed.getVersion();
		Map<String, String> reported = new LinkedHashMap<>();
		for (Parameter parameter : installed.getParameters()) {
			if (parameter.getValue() != null) {
				reported.put(parameter.getKey(), parameter.getValue());
			}
		}
		List<String> changed = new ArrayList<>();
		StringBuilder changes = new StringBuilder();
		parameters.forEach((key, value) -> {
			String before = reported.get(key);
			if (!value.equals(before)) {
				changed.add(key);
				changes.append(changes.isEmpty() ? "; " : ", ").append(key).append(' ')
						.append(before == null ? "(not set)" : before).append(" → ").append(value);
			}
		});
		PlannedStep.Kind kind;
		int order = compare(from, to, name, problems);
		if (order < 0) {
			kind = PlannedStep.Kind.UPGRADE;
		} else if (order > 0) {
			kind = PlannedStep.Kind.DOWNGRADE;
		} else if (!changed.isEmpty()) {
			kind = PlannedStep.Kind.RECONFIGURE;
		} else {
			return null; // as wanted
		}
		String what = kind == PlannedStep.Kind.RECONFIGURE ? "reconfigure " + name + " " + to
				: kind.word() + " " + name + " " + from + " → " + to;
		return new PlannedStep(kind, layer, name, from, to, parameters, changed, what + changes);
	}

	private static int compare(String from, String to, String name, List<String> problems) {
		if (Objects.equals(from, to)) {
			return 0;
		}
		try {
			return PackageVersion.parse(from).compareTo(PackageVersion.parse(to));
		} catch (RuntimeException e) {
			problems.add("package " + name + ": the installed version '" + from + "' or the wanted '" + to
					+ "' is not a package version");
			return -1;
		}
	}

	private static String parametersText(Map<String, String> parameters) {
		if (parameters.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		parameters.forEach((k, v) -> text.append(text.isEmpty() ? "; " : ", ").append(k).append('=').append(v));
		return text.toString();
	}

	/** The validator's messages about the profile and about the node's overrides. */
	private static List<String> validation(Node node, Profile profile) {
		List<String> messages = new ArrayList<>();
		collect(PoolDiagnostician.check(profile), messages, null);
		if (!node.getProfileOverrides().isEmpty()) {
			collect(PoolDiagnostician.check(node), messages, node.getProfileOverrides());
		}
		return messages;
	}

	private static void collect(Diagnostic diagnostic, List<String> messages, List<ParameterValue> only) {
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.ERROR && (only == null
					|| child.getData().stream().anyMatch(o -> o instanceof ParameterValue v && only.contains(v)))) {
				messages.add(child.getMessage());
			}
			collect(child, messages, only);
		}
	}

	static LayerKind layerOf(StackElement element) {
		return element instanceof OsTuning ? LayerKind.OPERATING_SYSTEM
				: element instanceof Application ? LayerKind.APPLICATION : LayerKind.MIDDLEWARE;
	}

	private static StackElement create(Node node, LayerKind layer, String name) {
		StackElement element = switch (layer) {
		case OPERATING_SYSTEM -> {
			OsTuning t = PoolFactory.eINSTANCE.createOsTuning();
			node.getTunings().add(t);
			yield t;
		}
		case APPLICATION -> {
			Application a = PoolFactory.eINSTANCE.createApplication();
			node.getApplications().add(a);
			yield a;
		}
		default -> {
			Middleware m = PoolFactory.eINSTANCE.createMiddleware();
			node.getMiddleware().add(m);
			yield m;
		}
		};
		element.setName(name);
		return element;
	}

	private static Parameter parameter(StackElement element, String key) {
		for (Parameter parameter : element.getParameters()) {
			if (key.equals(parameter.getKey())) {
				return parameter;
			}
		}
		Parameter parameter = PoolFactory.eINSTANCE.createParameter();
		parameter.setKey(key);
		element.getParameters().add(parameter);
		return parameter;
	}
}
