package org.flotilla.console.ui.internal.tasks;

import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Task;
import org.flotilla.model.TaskState;

/** What the task and node commands may do with the console's selection: one place for their enablement. */
final class Selected {

	private Selected() {
	}

	static boolean mayControl(TaskControl control) {
		return control != null && control.mayControl();
	}

	static boolean canStart(TaskControl control, Object selection) {
		return mayControl(control) && selection instanceof Task task && task.eContainer() != null && !TaskTexts.isLive(task);
	}

	static boolean canStop(TaskControl control, Object selection) {
		return mayControl(control) && selection instanceof Task task && task.eContainer() != null
				&& (TaskTexts.isLive(task) || task.isDesiredRunning() && task.getState() != TaskState.EXITED);
	}

	static boolean canMove(TaskControl control, Object selection) {
		return mayControl(control) && selection instanceof Task task && task.getNode() != null && task.eContainer() != null;
	}

	static boolean canShowLog(TaskControl control, Object selection) {
		return control != null && selection instanceof Task task && task.getNode() != null;
	}

	static boolean canDrain(TaskControl control, Object selection) {
		return mayControl(control) && selection instanceof Node node && node.getState() != NodeState.MAINTENANCE
				&& node.getState() != NodeState.DECOMMISSIONED;
	}

	static boolean canReady(TaskControl control, Object selection) {
		return mayControl(control) && selection instanceof Node node && node.getState() == NodeState.MAINTENANCE;
	}
}
