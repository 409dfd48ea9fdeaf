package org.flotilla.console.ui.internal.hosts;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.protocol.ConsoleRole;

import jakarta.inject.Named;

/** Opens Add Servers: administrators of a pool service's pool (the service signs the new nodes' certificates). */
public class AddServersHandler {

	@CanExecute
	boolean canExecute(@Optional PoolMembership membership) {
		return membership != null && membership.role() == ConsoleRole.ADMINISTRATOR;
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PoolMembership membership, PoolSession session) {
		Shell parent = Dialogs.shell(shell);
		WizardDialog dialog = new WizardDialog(parent, new AddServersWizard(HostServices.of(membership, session, parent.getDisplay())));
		dialog.setPageSize(860, 360);
		dialog.open();
	}
}
