package org.flotilla.console.ui.internal.tasks;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.model.Task;

import jakarta.inject.Named;

/** Shows the last lines of the selected task's output, fetched from its agent (every role may read them). */
public class ShowTaskLogHandler {

	@CanExecute
	boolean canExecute(@Optional TaskControl control, @Optional @Named(ConsoleIds.SELECTION) Object selection) {
		return Selected.canShowLog(control, selection);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, TaskControl control,
			@Named(ConsoleIds.SELECTION) Object selection) {
		new TaskLogDialog(Dialogs.shell(shell), control, (Task) selection).open();
	}
}
