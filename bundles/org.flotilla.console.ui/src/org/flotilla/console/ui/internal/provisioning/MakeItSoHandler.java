package org.flotilla.console.ui.internal.provisioning;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.console.core.provisioning.NodePlan;
import org.flotilla.console.core.provisioning.PlannedStep;
import org.flotilla.console.core.provisioning.ProvisioningPlanner;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.console.ui.internal.service.ServiceConnector;
import org.flotilla.model.Node;

import jakarta.inject.Named;

/**
 * Make It So on a node (or a stack element of it) that has a profile: shows the node's plan (the same the Apply
 * Profile wizard shows) and, once confirmed, asks the pool service to provision that node. A plan with problems is
 * shown, not sent.
 */
public class MakeItSoHandler {

	public static final String TITLE = "Make It So";

	@CanExecute
	boolean canExecute(@Optional PoolMembership membership, @Optional @Named(ConsoleIds.SELECTION) Object selection) {
		Node node = node(selection);
		return Provisioning.mayProvision(membership) && node != null && node.getProfile() != null;
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ServiceConnector connector, EPartService parts,
			@Named(ConsoleIds.SELECTION) Object selection) {
		Shell parent = Dialogs.shell(shell);
		Node node = node(selection);
		NodePlan plan = ProvisioningPlanner.plan(node);
		if (!plan.isValid()) {
			MessageDialog.openError(parent, TITLE, "Node " + node.getName() + " cannot be provisioned:\n\n"
					+ plan.problems().stream().map(p -> "\u2022 " + p).collect(Collectors.joining("\n")));
			return;
		}
		if (plan.isInSync()) {
			MessageDialog.openInformation(parent, TITLE, "Node " + node.getName() + " is already as profile "
					+ node.getProfile().getName() + " wants it: nothing to do.");
			return;
		}
		String steps = plan.steps().stream().map(PlannedStep::description).map(s -> "\u2022 " + s).collect(Collectors.joining("\n"));
		if (!MessageDialog.openConfirm(parent, TITLE, "Provision node " + node.getName() + " with profile "
				+ node.getProfile().getName() + ":\n\n" + steps)) {
			return;
		}
		ApplyProfileHandler.provision(parent.getDisplay(), connector, parts,
				new ApplyProfileWizard.Request(List.of(node), node.getProfile(), 1, 0));
	}

	/** The node selected, or the node of a selected stack element or layer. */
	static Node node(Object selection) {
		List<Node> nodes = Provisioning.nodes(selection);
		if (nodes.size() == 1) {
			return nodes.get(0);
		}
		if (selection instanceof org.flotilla.model.StackElement element) {
			for (org.eclipse.emf.ecore.EObject walk = element; walk != null; walk = walk.eContainer()) {
				if (walk instanceof Node node) {
					return node;
				}
			}
		}
		return null;
	}
}
