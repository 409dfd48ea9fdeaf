package org.flotilla.console.ui.internal.tasks;

import java.util.concurrent.Executor;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.tasks.ControlService;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.protocol.ConsoleRole;

/**
 * Makes the console's control service, with the role this console acts in, and wires it to the live updates.
 */
public final class TaskControls {

	/** The system property naming this console's role: administrator (default), planner or support. */
	public static final String ROLE_PROPERTY = "flotilla.role";

	private TaskControls() {
	}

	/**
	 * The role this console acts in: its certificate's (administrator today), or the one the system property
	 * {@value #ROLE_PROPERTY} names, so a support console can be shown. A value that names no role gives the
	 * least privilege (support), with a warning naming the property and the value.
	 */
	public static ConsoleRole role() {
		String wanted = System.getProperty(ROLE_PROPERTY);
		if (wanted == null || wanted.isBlank()) {
			return ConsoleRole.ADMINISTRATOR;
		}
		try {
			return ConsoleRole.fromExternalName(wanted.trim().toLowerCase(java.util.Locale.ROOT));
		} catch (IllegalArgumentException e) {
			log().warn("The system property " + ROLE_PROPERTY + " is '" + wanted
					+ "', which is not administrator, planner or support: this console acts as support (read-only).");
			return ConsoleRole.SUPPORT;
		}
	}

	/**
	 * The control service, acting for {@code person} in {@code role}, with the live updates handing it what
	 * agents report about tasks.
	 */
	public static TaskControl create(PoolSession session, LiveUpdates live, TaskControl.Agents agents, ConsoleRole role,
			String person, Executor modelThread) {
		ControlService control = new ControlService(session, agents, role, person, modelThread);
		live.setTaskControl(control);
		return control;
	}

	private static ILog log() {
		return Platform.getLog(TaskControls.class);
	}
}
