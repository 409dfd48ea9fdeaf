package org.flotilla.console.ui.internal.tasks;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.model.Node;
import org.flotilla.model.Task;

import jakarta.inject.Named;

/** Puts the selected node in maintenance after asking, and has its tasks moved elsewhere. */
public class DrainNodeHandler {

	/** The confirmation's title. */
	public static final String TITLE = "Drain Node";
	/** The confirmation's button that drains. */
	public static final String DRAIN = "Drain";

	@CanExecute
	boolean canExecute(@Optional TaskControl control, @Optional @Named(ConsoleIds.SELECTION) Object selection) {
		return Selected.canDrain(control, selection);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, TaskControl control,
			@Named(ConsoleIds.SELECTION) Object selection) {
		Node node = (Node) selection;
		MessageDialog confirm = new MessageDialog(Dialogs.shell(shell), TITLE, null, question(node), MessageDialog.QUESTION, 1,
				DRAIN, "Cancel");
		if (confirm.open() == 0) {
			TaskActions.run(shell, "Cannot drain " + node.getName(), () -> control.drain(node));
		}
	}

	/** "Drain node-3? Its 4 tasks move to other nodes (1 pinned task stays). …" */
	static String question(Node node) {
		long pinned = node.getTasks().stream().filter(Task::isPinned).count();
		long moving = node.getTasks().size() - pinned;
		StringBuilder text = new StringBuilder("Drain ").append(node.getName()).append("? ");
		text.append(moving == 0 ? "No task has to move" : moving == 1 ? "Its 1 task moves to another node"
				: "Its " + moving + " tasks move to other nodes");
		if (pinned > 0) {
			text.append(" (").append(pinned).append(pinned == 1 ? " pinned task stays" : " pinned tasks stay").append(" on it)");
		}
		text.append(". The node goes to maintenance: nothing new is placed on it and its alerts are muted until you make it ready again.");
		return text.toString();
	}
}
