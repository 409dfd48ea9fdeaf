package org.flotilla.console.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.flotilla.console.core.PoolSession;

/** Edit › Undo (Ctrl+Z): undoes the last command on the pool's command stack. */
public class UndoHandler {
	@CanExecute
	boolean canExecute(PoolSession session) {
		return session.getEditingDomain().getCommandStack().canUndo();
	}

	@Execute
	void execute(PoolSession session) {
		commitFocusedField();
		session.getEditingDomain().getCommandStack().undo();
	}

	/**
	 * A text field commits on Enter or focus loss; when the user types and presses Ctrl+Z at once,
	 * commit first so the undo takes back that edit, not the one before it.
	 */
	static void commitFocusedField() {
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		if (display != null && display.getFocusControl() instanceof org.eclipse.swt.widgets.Text text) {
			text.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		}
	}
}
