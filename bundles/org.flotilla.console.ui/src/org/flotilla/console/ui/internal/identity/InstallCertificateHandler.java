package org.flotilla.console.ui.internal.identity;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.ui.internal.ConsoleAddon;
import org.flotilla.console.ui.internal.Dialogs;

import jakarta.inject.Named;

/** Access › Install My Certificate (any console with a pending request). */
public class InstallCertificateHandler {

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new InstallCertificateDialog(Dialogs.shell(shell), ConsoleAddon.workspaceFolder()).open();
	}
}
