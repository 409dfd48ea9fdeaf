package org.flotilla.console.ui.internal.provisioning;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.console.core.provisioning.AcceptAsDesired;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.model.Node;

import jakarta.inject.Named;

/**
 * Accept as Desired on a node: executes {@link AcceptAsDesired}'s edits as one command (one Undo) and says what could
 * not be adopted for this node alone.
 */
public class AcceptAsDesiredHandler {

	public static final String TITLE = "Accept as Desired";

	@CanExecute
	boolean canExecute(@Optional PoolMembership membership, @Optional @Named(ConsoleIds.SELECTION) Object selection) {
		Node node = MakeItSoHandler.node(selection);
		return Provisioning.mayProvision(membership) && AcceptAsDesired.applies(node);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PoolSession session,
			@Named(ConsoleIds.SELECTION) Object selection) {
		Node node = MakeItSoHandler.node(selection);
		AcceptAsDesired.Edits edits = AcceptAsDesired.edits(session.getEditingDomain(), node);
		CompoundCommand command = edits.command();
		List<String> notAdopted = edits.notAdopted();
		Shell parent = Dialogs.shell(shell);
		if (!command.isEmpty() && command.canExecute()) {
			session.getEditingDomain().getCommandStack().execute(command);
		}
		if (!notAdopted.isEmpty()) {
			MessageDialog.openWarning(parent, TITLE, "What node " + node.getName() + " runs is now desired, except:\n\n"
					+ String.join("\n", notAdopted.stream().map(s -> "\u2022 " + s).toList())
					+ "\n\nChange the profile in the Profile Editor to adopt these for every node of the profile.");
		} else if (command.isEmpty()) {
			MessageDialog.openInformation(parent, TITLE, "What node " + node.getName() + " runs is already what is desired.");
		}
	}
}
