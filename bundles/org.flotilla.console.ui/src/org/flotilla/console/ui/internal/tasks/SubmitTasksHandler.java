package org.flotilla.console.ui.internal.tasks;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.internal.Dialogs;

import jakarta.inject.Named;

/** Opens the Submit Tasks wizard (administrators and planners). */
public class SubmitTasksHandler {

	@CanExecute
	boolean canExecute(@Optional TaskControl control) {
		return Selected.mayControl(control);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PoolSession session, TaskControl control) {
		WizardDialog dialog = new WizardDialog(Dialogs.shell(shell), new SubmitTasksWizard(control, session.getPool()));
		dialog.setPageSize(720, 430);
		dialog.open();
	}
}
