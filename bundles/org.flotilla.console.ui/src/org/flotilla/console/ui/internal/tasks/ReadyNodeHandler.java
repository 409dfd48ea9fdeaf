package org.flotilla.console.ui.internal.tasks;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.model.Node;

import jakarta.inject.Named;

/** Makes the selected node in maintenance ready again: placeable, alerts back. */
public class ReadyNodeHandler {

	@CanExecute
	boolean canExecute(@Optional TaskControl control, @Optional @Named(ConsoleIds.SELECTION) Object selection) {
		return Selected.canReady(control, selection);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, TaskControl control,
			@Named(ConsoleIds.SELECTION) Object selection) {
		Node node = (Node) selection;
		TaskActions.run(shell, "Cannot make " + node.getName() + " ready", () -> {
			control.ready(node);
			return null;
		});
	}
}
