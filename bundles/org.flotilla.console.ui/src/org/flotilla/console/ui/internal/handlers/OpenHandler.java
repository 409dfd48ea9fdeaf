package org.flotilla.console.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.console.ui.internal.PoolJobs;

import jakarta.inject.Named;

/** File › Open: reads the file in a job; a file that cannot be read leaves the current pool as it is. */
public class OpenHandler {
	/** A pool service's pool is not replaced by a file's: disconnect first. */
	@org.eclipse.e4.core.di.annotations.CanExecute
	boolean canExecute(PoolSession session) {
		return !session.isServiceBacked();
	}

	@Execute
	void execute(PoolSession session, UISynchronize ui, @org.eclipse.e4.core.di.annotations.Optional @Named(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SHELL) Shell activeShell) {
		Shell shell = Dialogs.shell(activeShell);
		if (!Dialogs.unsavedChangesHandled(shell, session, "open another pool")) {
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Open Pool");
		dialog.setFilterExtensions(new String[] { "*.flotilla", "*.*" });
		dialog.setFilterNames(new String[] { "Flotilla pools (*.flotilla)", "All files" });
		session.getFile().ifPresent(file -> dialog.setFilterPath(file.getParent().toString()));
		String chosen = dialog.open();
		if (chosen != null) {
			PoolJobs.open(session, Path.of(chosen), ui, shell);
		}
	}
}
