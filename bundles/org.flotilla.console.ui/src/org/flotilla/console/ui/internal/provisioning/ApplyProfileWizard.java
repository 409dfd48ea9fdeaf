package org.flotilla.console.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.wizard.Wizard;
import org.flotilla.console.core.provisioning.NodePlan;
import org.flotilla.console.core.provisioning.ProvisioningPlanner;
import org.flotilla.model.Node;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Profile;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;

/**
 * Apply Profile: choose nodes (ticked one by one, or all of a label or a rack) and a profile; override the
 * overridable parameters per node, each value checked at its field by the package's own rule; see the plan of every
 * node (each step and every parameter change, and the problems that forbid it: Finish stays disabled while there is
 * one), and how the rollout goes (at most N nodes at a time, stop after K failures). Finish makes the model edits (the
 * nodes' profile and overrides: one command, one undo step; with a pool service they go there as every edit does) and
 * then asks the service to provision those nodes; its rolling job and one job per node show in the Jobs part.
 */
public class ApplyProfileWizard extends Wizard {

	public static final String TITLE = "Apply Profile";

	/** What Finish asks for: the nodes' IDs and the rollout's bounds (done by the handler, which talks to the service). */
	public record Request(List<Node> nodes, Profile profile, int parallel, int maxFailures) {
	}

	private final Pool pool;
	private final EditingDomain domain;
	private final java.util.function.Consumer<Request> provision;

	/** The wizard's state, shared by its pages (UI thread). */
	Profile profile;
	final List<Node> nodes = new ArrayList<>();
	/** node → "package.parameter" → value: the overrides the person gave (absent: the profile's value applies). */
	final Map<Node, Map<String, String>> overrides = new LinkedHashMap<>();
	int parallel = 2;
	int maxFailures = 0;

	private final NodesPage nodesPage;
	private final OverridesPage overridesPage;
	private final PlanPage planPage;

	/**
	 * @param preselected the nodes selected when the wizard opened
	 * @param provision   asked, after the model edits, to provision the nodes
	 */
	public ApplyProfileWizard(Pool pool, EditingDomain domain, List<Node> preselected, Profile preselectedProfile,
			java.util.function.Consumer<Request> provision) {
		this.pool = pool;
		this.domain = domain;
		this.provision = provision;
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(false);
		nodes.addAll(preselected);
		profile = preselectedProfile;
		if (profile == null && !preselected.isEmpty()) {
			profile = preselected.get(0).getProfile();
		}
		if (profile == null && !pool.getProfiles().isEmpty()) {
			profile = pool.getProfiles().get(0);
		}
		for (Node node : preselected) {
			overrides.put(node, existingOverrides(node));
		}
		nodesPage = new NodesPage(this);
		overridesPage = new OverridesPage(this);
		planPage = new PlanPage(this);
	}

	@Override
	public void addPages() {
		addPage(nodesPage);
		addPage(overridesPage);
		addPage(planPage);
	}

	Pool pool() {
		return pool;
	}

	/** The node's overrides now, as "package.parameter" → value. */
	static Map<String, String> existingOverrides(Node node) {
		Map<String, String> given = new LinkedHashMap<>();
		for (ParameterValue value : node.getProfileOverrides()) {
			given.put(value.getPackageName() + "." + value.getName(), value.getValue());
		}
		return given;
	}

	Map<String, String> overridesOf(Node node) {
		return overrides.computeIfAbsent(node, ApplyProfileWizard::existingOverrides);
	}

	/** The overridable parameters of the chosen profile, "package.parameter" → (entry, definition), in stack order. */
	Map<String, Overridable> overridables() {
		Map<String, Overridable> result = new LinkedHashMap<>();
		if (profile == null) {
			return result;
		}
		for (ProfileEntry entry : profile.getEntries()) {
			SoftwarePackage p = entry.getSoftwarePackage();
			if (p == null) {
				continue;
			}
			for (ParameterDefinition definition : p.getParameters()) {
				if (definition.isOverridable()) {
					result.put(p.getName() + "." + definition.getName(), new Overridable(entry, definition));
				}
			}
		}
		return result;
	}

	/** A parameter a node may override, and the value it has when it does not. */
	record Overridable(ProfileEntry entry, ParameterDefinition definition) {
		String packageName() {
			return entry.getSoftwarePackage().getName();
		}

		/** The profile's value, or the package's default. */
		String profileValue() {
			return entry.getValues().stream().filter(v -> Objects.equals(v.getName(), definition.getName())).map(ParameterValue::getValue)
					.findFirst().orElse(definition.getDefaultValue());
		}
	}

	/**
	 * The overrides of {@code node} that belong to the chosen profile, as the model will hold them (those of packages
	 * the profile does not have are dropped: they would mean nothing, and the validator would refuse them).
	 */
	List<ParameterValue> overrideValues(Node node) {
		Map<String, Overridable> allowed = overridables();
		List<ParameterValue> values = new ArrayList<>();
		overridesOf(node).forEach((key, value) -> {
			Overridable overridable = allowed.get(key);
			if (overridable != null && value != null) {
				ParameterValue given = PoolFactory.eINSTANCE.createParameterValue();
				given.setPackageName(overridable.packageName());
				given.setName(overridable.definition().getName());
				given.setValue(value);
				values.add(given);
			}
		});
		return values;
	}

	/** The problems of the overrides given, "node: package parameter: why" (empty: none). */
	List<String> overrideProblems() {
		List<String> problems = new ArrayList<>();
		Map<String, Overridable> allowed = overridables();
		for (Node node : nodes) {
			overridesOf(node).forEach((key, value) -> {
				Overridable overridable = allowed.get(key);
				String problem = overridable == null || value == null ? null
						: org.flotilla.model.validation.ParameterValues.problem(overridable.definition(), value);
				if (problem != null) {
					problems.add(node.getName() + ": " + overridable.packageName() + " " + overridable.definition().getName() + ": "
							+ problem);
				}
			});
		}
		return problems;
	}

	/**
	 * The plan of every chosen node as if the profile and overrides were applied (model thread): the planner runs on a
	 * stand-in that has the node's name, state and discovered stack, and the chosen profile and overrides; the pool is
	 * not touched until Finish.
	 */
	List<NodePlan> plans() {
		List<NodePlan> plans = new ArrayList<>();
		for (Node node : nodes) {
			Node standIn = PoolFactory.eINSTANCE.createNode();
			standIn.setName(node.getName());
			standIn.setState(node.getState());
			standIn.getTunings().addAll(EcoreUtil.copyAll(node.getTunings()));
			standIn.getMiddleware().addAll(EcoreUtil.copyAll(node.getMiddleware()));
			standIn.getApplications().addAll(EcoreUtil.copyAll(node.getApplications()));
			standIn.setProfile(profile);
			standIn.getProfileOverrides().addAll(overrideValues(node));
			NodePlan plan = ProvisioningPlanner.plan(standIn);
			plans.add(new NodePlan(node, plan.steps(), plan.problems()));
		}
		return plans;
	}

	/** The model edits of Finish, as one command: each node's profile and overrides. */
	CompoundCommand edits() {
		PoolPackage p = PoolPackage.eINSTANCE;
		CompoundCommand command = new CompoundCommand("Apply profile " + profile.getName() + " to "
				+ (nodes.size() == 1 ? nodes.get(0).getName() : nodes.size() + " nodes"));
		for (Node node : nodes) {
			if (node.getProfile() != profile) {
				command.append(SetCommand.create(domain, node, p.getNode_Profile(), profile));
			}
			List<ParameterValue> wanted = overrideValues(node);
			boolean same = wanted.size() == node.getProfileOverrides().size();
			for (int i = 0; same && i < wanted.size(); i++) {
				ParameterValue a = wanted.get(i);
				ParameterValue b = node.getProfileOverrides().get(i);
				same = Objects.equals(a.getPackageName(), b.getPackageName()) && Objects.equals(a.getName(), b.getName())
						&& Objects.equals(a.getValue(), b.getValue());
			}
			if (!same) {
				if (!node.getProfileOverrides().isEmpty()) {
					command.append(RemoveCommand.create(domain, node, p.getNode_ProfileOverrides(),
							new ArrayList<>(node.getProfileOverrides())));
				}
				if (!wanted.isEmpty()) {
					command.append(AddCommand.create(domain, node, p.getNode_ProfileOverrides(), wanted));
				}
			}
		}
		return command;
	}

	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == planPage && planPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		if (profile == null || nodes.isEmpty()) {
			return false;
		}
		CompoundCommand edits = edits();
		if (!edits.isEmpty() && edits.canExecute()) {
			domain.getCommandStack().execute(edits);
		}
		provision.accept(new Request(List.copyOf(nodes), profile, parallel, maxFailures));
		return true;
	}

	/** "node-1, node-2 and 3 more". */
	static String names(List<Node> nodes) {
		String shown = nodes.stream().limit(3).map(Node::getName).collect(Collectors.joining(", "));
		return nodes.size() > 3 ? shown + " and " + (nodes.size() - 3) + " more" : shown;
	}

	public NodesPage nodesPage() {
		return nodesPage;
	}

	public OverridesPage overridesPage() {
		return overridesPage;
	}

	public PlanPage planPage() {
		return planPage;
	}
}
