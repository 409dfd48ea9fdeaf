package org.flotilla.console.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.flotilla.console.core.PoolSession;

/** Edit › Redo (Ctrl+Y, Ctrl+Shift+Z). */
public class RedoHandler {
	@CanExecute
	boolean canExecute(PoolSession session) {
		return session.getEditingDomain().getCommandStack().canRedo();
	}

	@Execute
	void execute(PoolSession session) {
		session.getEditingDomain().getCommandStack().redo();
	}
}
