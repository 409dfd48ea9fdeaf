package org.flotilla.console.ui.internal.tasks;

import java.util.function.Supplier;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.ui.internal.Dialogs;

/** Runs a control-service call for a command; what it refuses is shown, not logged as an internal error. */
final class TaskActions {

	private TaskActions() {
	}

	/** Calls {@code action}; an exception it throws (a refusal: wrong state, role) is shown under {@code title}. */
	static <T> T run(Shell shell, String title, Supplier<T> action) {
		try {
			return action.get();
		} catch (IllegalStateException | IllegalArgumentException | UnsupportedOperationException | SecurityException e) {
			MessageDialog.openError(Dialogs.shell(shell), title, title + ": " + e.getMessage());
			return null;
		}
	}
}
