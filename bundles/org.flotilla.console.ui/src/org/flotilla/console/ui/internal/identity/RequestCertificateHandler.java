package org.flotilla.console.ui.internal.identity;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.ui.internal.ConsoleAddon;
import org.flotilla.console.ui.internal.Dialogs;

import jakarta.inject.Named;

/** Access › Request My Certificate (any console). */
public class RequestCertificateHandler {

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new RequestCertificateDialog(Dialogs.shell(shell), ConsoleAddon.workspaceFolder()).open();
	}
}
