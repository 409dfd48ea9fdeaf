package org.flotilla.console.ui.internal.identity;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.protocol.ConsoleRole;

import jakarta.inject.Named;

/** Access › Issue a Colleague's Certificate: administrators connected to a pool service (it holds the CA). */
public class IssueCertificateHandler {

	@CanExecute
	boolean canExecute(@Optional PoolMembership membership) {
		return membership != null && membership.role() == ConsoleRole.ADMINISTRATOR;
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PoolMembership membership) {
		new IssueCertificateDialog(Dialogs.shell(shell), membership).open();
	}
}
