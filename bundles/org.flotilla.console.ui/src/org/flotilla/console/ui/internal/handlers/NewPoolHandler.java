package org.flotilla.console.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.internal.Dialogs;

import jakarta.inject.Named;

/** File › New Pool: an empty pool in the workspace file. */
public class NewPoolHandler {
	/** A pool service's pool is not replaced by a file's: disconnect first. */
	@org.eclipse.e4.core.di.annotations.CanExecute
	boolean canExecute(PoolSession session) {
		return !session.isServiceBacked();
	}

	@Execute
	void execute(PoolSession session, @org.eclipse.e4.core.di.annotations.Optional @Named(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SHELL) Shell activeShell) {
		Shell shell = Dialogs.shell(activeShell);
		if (Dialogs.unsavedChangesHandled(shell, session, "start a new pool")) {
			session.newPool();
		}
	}
}
