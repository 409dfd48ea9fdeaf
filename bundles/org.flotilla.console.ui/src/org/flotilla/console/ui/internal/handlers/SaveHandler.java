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
 * File › Save: to the pool's file (the workspace pool unless opened from elsewhere), in a job.
 * Disabled while a save runs: the next one is possible once the file holds the previous one.
 */
public class SaveHandler {
	@CanExecute
	boolean canExecute(PoolSession session) {
		return !session.isServiceBacked() && !session.isSaving() && (session.isDirty() || session.getFile().isEmpty());
	}

	@Execute
	void execute(PoolSession session, UISynchronize ui, @org.eclipse.e4.core.di.annotations.Optional @Named(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SHELL) Shell activeShell) {
		Shell shell = Dialogs.shell(activeShell);
		Path target = session.getFile().orElseGet(() -> Dialogs.askSaveTarget(shell, null));
		if (target != null) {
			PoolJobs.save(session, target, ui, shell);
		}
	}
}
