package org.flotilla.console.ui.internal.tasks;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.flotilla.console.core.LiveUpdates;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.protocol.ConsoleRole;

/**
 * Makes the console's control service and wires it to the live updates.
 *
 * <p>TODO(lead): the control service ({@code org.flotilla.console.core.tasks.ControlService}) and
 * {@code LiveUpdates.setTaskControl} are written in parallel on the core branch. Until they are merged this
 * class finds them reflectively and the console runs without task control when they are missing (the task
 * parts then say so). Once merged, replace {@link #create} and {@link #wire} by the direct calls
 * {@code new ControlService(session, agents, role, person, modelThread)} and {@code live.setTaskControl(control)}.
 */
public final class TaskControls {

	/** The system property naming this console's role: administrator (default), planner or support. */
	public static final String ROLE_PROPERTY = "flotilla.role";

	private static final String CONTROL_SERVICE = "org.flotilla.console.core.tasks.ControlService";

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

	/** The control service, or null (with a warning) when this build has none. */
	public static TaskControl create(PoolSession session, TaskControl.Agents agents, ConsoleRole role, String person,
			Executor modelThread) {
		try {
			Class<?> type = TaskControl.class.getClassLoader().loadClass(CONTROL_SERVICE);
			Constructor<?> constructor = type.getConstructor(PoolSession.class, TaskControl.Agents.class, ConsoleRole.class,
					String.class, Executor.class);
			return (TaskControl) constructor.newInstance(session, agents, role, person, modelThread);
		} catch (ClassNotFoundException | NoSuchMethodException e) {
			log().warn("This console has no task control service (" + e + "): tasks are shown but cannot be run.");
			return null;
		} catch (InvocationTargetException e) {
			log().error("Cannot start the task control service: " + e.getCause().getMessage(), e.getCause());
			return null;
		} catch (ReflectiveOperationException e) {
			log().error("Cannot start the task control service: " + e, e);
			return null;
		}
	}

	/** Has the live updates hand agents' task reports and usage to {@code control}. */
	public static void wire(LiveUpdates live, TaskControl control) {
		try {
			live.getClass().getMethod("setTaskControl", TaskControl.class).invoke(live, control);
		} catch (NoSuchMethodException e) {
			log().warn("LiveUpdates cannot hand task reports to the control service yet (no setTaskControl).");
		} catch (ReflectiveOperationException e) {
			log().error("Cannot wire task reports to the control service: " + e, e);
		}
	}

	private static ILog log() {
		return Platform.getLog(TaskControls.class);
	}
}
