package org.flotilla.console.ui.internal.service;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.internal.Dialogs;

import jakarta.inject.Named;

/** File › Connect to Pool Service: the pool becomes the service's (unsaved edits of a pool file are asked about first). */
public class ConnectToServiceHandler {

	@CanExecute
	boolean canExecute(@Optional ServiceConnector connector) {
		return connector != null && !connector.isConnected();
	}

	@Execute
	void execute(ServiceConnector connector, PoolSession session, @Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell activeShell) {
		Shell shell = Dialogs.shell(activeShell);
		if (!Dialogs.unsavedChangesHandled(shell, session, "connect to a pool service")) {
			return;
		}
		String home = System.getProperty("user.home", "");
		// The certificate installed in this workspace (Access > Install My Certificate) unless told otherwise.
		java.nio.file.Path installed = org.flotilla.console.ui.internal.ConsoleAddon.workspaceFolder()
				.resolve(org.flotilla.console.core.identity.ConsoleCertificateRequest.KEYSTORE);
		String identity = java.nio.file.Files.isRegularFile(installed) ? installed.toString()
				: home.isEmpty() ? "" : home + "/.flotilla/identity.p12";
		ConnectToServiceDialog dialog = new ConnectToServiceDialog(shell, "127.0.0.1:27100",
				System.getProperty("flotilla.identity", identity));
		if (dialog.open() == Window.OK) {
			connector.connect(dialog.address(), dialog.identity());
		}
	}
}
