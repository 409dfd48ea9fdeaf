package org.flotilla.console.ui.internal.tasks;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.model.Task;

import jakarta.inject.Named;

/** Stops the selected task where it runs; it stays in the pool, stopped. */
public class StopTaskHandler {

	@CanExecute
	boolean canExecute(@Optional TaskControl control, @Optional @Named(ConsoleIds.SELECTION) Object selection) {
		return Selected.canStop(control, selection);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, TaskControl control,
			@Named(ConsoleIds.SELECTION) Object selection) {
		Task task = (Task) selection;
		TaskActions.run(shell, "Cannot stop " + task.getName(), () -> control.stop(task));
	}
}
