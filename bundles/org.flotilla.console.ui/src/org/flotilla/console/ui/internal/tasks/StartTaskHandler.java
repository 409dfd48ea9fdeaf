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

/** Starts the selected stopped task (placing it when it has no node). */
public class StartTaskHandler {

	@CanExecute
	boolean canExecute(@Optional TaskControl control, @Optional @Named(ConsoleIds.SELECTION) Object selection) {
		return Selected.canStart(control, selection);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, TaskControl control,
			@Named(ConsoleIds.SELECTION) Object selection) {
		Task task = (Task) selection;
		TaskActions.run(shell, "Cannot start " + task.getName(), () -> control.start(task));
	}
}
