package org.flotilla.console.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.console.ui.internal.PoolJobs;

import jakarta.inject.Named;

/**
 * File › Save As: asks where, then saves there in a job; the pool belongs to that file afterwards.
 * Disabled while a save runs, as Save is.
 */
public class SaveAsHandler {
	@CanExecute
	boolean canExecute(PoolSession session) {
		return !session.isSaving();
	}

	@Execute
	void execute(PoolSession session, UISynchronize ui, @org.eclipse.e4.core.di.annotations.Optional @Named(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SHELL) Shell activeShell) {
		Shell shell = Dialogs.shell(activeShell);
		Path target = Dialogs.askSaveTarget(shell, session.getFile().orElse(null));
		if (target != null) {
			PoolJobs.save(session, target, ui, shell);
		}
	}
}
