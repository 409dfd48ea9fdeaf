package org.flotilla.console.ui.internal.provisioning;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.console.ui.internal.service.ServiceConnector;
import org.flotilla.model.Node;
import org.flotilla.model.Profile;

import jakarta.inject.Named;

/**
 * Provisioning › Apply Profile…: administrators of a pool service's pool (the service is the only one that talks to
 * agents about packages). The nodes selected come ticked; a selected profile comes chosen.
 */
public class ApplyProfileHandler {

	@CanExecute
	boolean canExecute(@Optional PoolMembership membership) {
		return Provisioning.mayProvision(membership);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PoolSession session, ServiceConnector connector,
			EPartService parts, @Optional @Named(ConsoleIds.SELECTION) Object selection) {
		Shell parent = Dialogs.shell(shell);
		Profile profile = selection instanceof Profile p ? p : null;
		ApplyProfileWizard wizard = new ApplyProfileWizard(session.getPool(), session.getEditingDomain(),
				Provisioning.nodes(selection), profile, request -> provision(parent.getDisplay(), connector, parts, request));
		WizardDialog dialog = new WizardDialog(parent, wizard);
		dialog.setPageSize(900, 420);
		dialog.open();
	}

	/**
	 * Asks the service to provision the request's nodes, once the model edits before it are answered (UI thread); the
	 * Jobs part comes to the front to show the rolling job.
	 */
	static void provision(Display display, ServiceConnector connector, EPartService parts, ApplyProfileWizard.Request request) {
		Map<String, String> arguments = Map.of("nodes", request.nodes().stream().map(Provisioning::idOf).collect(Collectors.joining(",")),
				"parallel", Integer.toString(request.parallel()), "maxFailures", Integer.toString(request.maxFailures()));
		String what = "Apply profile " + request.profile().getName() + " to " + ApplyProfileWizard.names(request.nodes());
		Provisioning.ask(display, what, connector.editsAnswered(), () -> connector.request(Provisioning.PROVISION, arguments),
				values -> parts.showPart(ConsoleIds.PART_JOBS, EPartService.PartState.VISIBLE),
				reason -> MessageDialog.openError(Dialogs.shell(null), "Provisioning Refused", what + ": " + reason));
	}

	static List<Node> nodes(Object selection) {
		return Provisioning.nodes(selection);
	}
}
