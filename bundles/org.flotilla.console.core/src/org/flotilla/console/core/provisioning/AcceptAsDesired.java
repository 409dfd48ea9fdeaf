package org.flotilla.console.core.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.flotilla.model.Node;
import org.flotilla.model.Parameter;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.StackElement;

/**
 * Accept as Desired on a node: what its agent reports of the packages Flotilla installed becomes what is wanted, so
 * the drift goes away without touching the node. Each managed element becomes desired at the version found, each
 * parameter at the value found; where the node has a profile, a parameter found at another value than the profile's
 * becomes the node's override when the package lets a node override it. What cannot be adopted for one node alone (a
 * parameter only the profile sets, another version than the profile's) is said, not silently changed for every node of
 * the profile (that is the Profile Editor's job, for all of them at once).
 * <p>
 * Headless, so the console's handler only asks and shows, and the rule is tested without a window.
 */
public final class AcceptAsDesired {

	private static final PoolPackage P = PoolPackage.eINSTANCE;

	/**
	 * The edits, as one command (one Undo), and what could not be adopted, one sentence each.
	 *
	 * @param command empty when what the node runs is already desired
	 */
	public record Edits(CompoundCommand command, List<String> notAdopted) {
		public Edits {
			notAdopted = List.copyOf(notAdopted);
		}
	}

	private AcceptAsDesired() {
	}

	/** Whether the node reports anything Flotilla installed (there is something to accept). */
	public static boolean applies(Node node) {
		return node != null && ProvisioningPlanner.managed(node).values().stream().anyMatch(StackElement::isDiscovered);
	}

	/** The edits that make what the node's agent reports desired; not executed. */
	public static Edits edits(EditingDomain domain, Node node) {
		CompoundCommand command = new CompoundCommand("Accept what " + node.getName() + " runs as desired");
		List<String> notAdopted = new ArrayList<>();
		List<ParameterValue> newOverrides = new ArrayList<>();
		for (StackElement element : ProvisioningPlanner.managed(node).values()) {
			if (!element.isDiscovered()) {
				continue;
			}
			if (!element.isDesired()) {
				command.append(SetCommand.create(domain, element, P.getStackElement_Desired(), true));
			}
			if (!Objects.equals(element.getDesiredVersion(), element.getVersion())) {
				command.append(SetCommand.create(domain, element, P.getStackElement_DesiredVersion(), element.getVersion()));
			}
			for (Parameter parameter : element.getParameters()) {
				if (parameter.getValue() != null && !parameter.getValue().equals(parameter.getDesiredValue())) {
					command.append(SetCommand.create(domain, parameter, P.getParameter_DesiredValue(), parameter.getValue()));
				}
			}
			ProfileEntry entry = node.getProfile() == null ? null : node.getProfile().getEntries().stream()
					.filter(e -> e.getSoftwarePackage() != null && Objects.equals(e.getSoftwarePackage().getName(), element.getName()))
					.findFirst().orElse(null);
			if (entry == null) {
				continue;
			}
			if (!Objects.equals(entry.getSoftwarePackage().getVersion(), element.getVersion())) {
				notAdopted.add(element.getName() + " runs at " + element.getVersion() + ", profile "
						+ node.getProfile().getName() + " has " + entry.getSoftwarePackage().getVersion());
			}
			Map<String, String> wanted = ProvisioningPlanner.resolve(node, entry);
			for (ParameterDefinition definition : entry.getSoftwarePackage().getParameters()) {
				String found = element.getParameters().stream().filter(p -> definition.getName().equals(p.getKey()))
						.map(Parameter::getValue).filter(Objects::nonNull).findFirst().orElse(null);
				if (found == null || found.equals(wanted.get(definition.getName()))) {
					continue;
				}
				if (!definition.isOverridable()) {
					notAdopted.add(element.getName() + " " + definition.getName() + " is " + found
							+ " on the node, but only the profile sets it (" + wanted.get(definition.getName()) + ")");
					continue;
				}
				ParameterValue existing = node.getProfileOverrides().stream().filter(v -> Objects.equals(v.getPackageName(),
						element.getName()) && definition.getName().equals(v.getName())).findFirst().orElse(null);
				if (existing != null) {
					command.append(SetCommand.create(domain, existing, P.getParameterValue_Value(), found));
				} else {
					ParameterValue override = PoolFactory.eINSTANCE.createParameterValue();
					override.setPackageName(element.getName());
					override.setName(definition.getName());
					override.setValue(found);
					newOverrides.add(override);
				}
			}
		}
		if (!newOverrides.isEmpty()) {
			command.append(AddCommand.create(domain, node, P.getNode_ProfileOverrides(), newOverrides));
		}
		return new Edits(command, notAdopted);
	}
}
