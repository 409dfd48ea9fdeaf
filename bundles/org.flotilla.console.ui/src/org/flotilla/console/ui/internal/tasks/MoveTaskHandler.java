package org.flotilla.console.ui.internal.tasks;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.model.Node;
import org.flotilla.model.Task;

import jakarta.inject.Named;

/** Moves the selected task to a node chosen in the Move dialog (feasible nodes first, with each one's effect). */
public class MoveTaskHandler {

	@CanExecute
	boolean canExecute(@Optional TaskControl control, @Optional @Named(ConsoleIds.SELECTION) Object selection) {
		return Selected.canMove(control, selection);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, TaskControl control, PoolSession session,
			@Named(ConsoleIds.SELECTION) Object selection) {
		Task task = (Task) selection;
		MoveTaskDialog dialog = new MoveTaskDialog(Dialogs.shell(shell), task, control.moveOptions(task));
		if (dialog.open() != Window.OK) {
			return;
		}
		Node target = TaskDraft.nodeNamed(session.getPool(), dialog.getChosen());
		if (target != null) {
			TaskActions.run(shell, "Cannot move " + task.getName(), () -> control.move(task, target));
		}
	}
}
