package org.flotilla.console.ui;

/** Ids other bundles (and tests) may rely on: parts, commands, the shared selection. */
public final class ConsoleIds {

	/**
	 * Name of the application-context variable holding the object the user selected last in any
	 * pool view (a node, group, task, stack element...). Parts that follow the selection inject it
	 * with {@code @Named(ConsoleIds.SELECTION)}; views that select set it. Unlike the e4 active
	 * selection it does not go away when the user clicks into the Properties part.
	 */
	public static final String SELECTION = "org.flotilla.console.ui.selection";

	public static final String PART_EXPLORER = "org.flotilla.console.ui.part.explorer";
	public static final String PART_NODE_STACK = "org.flotilla.console.ui.part.nodestack";
	public static final String PART_PROPERTIES = "org.flotilla.console.ui.part.properties";
	public static final String PART_TOPOLOGY = "org.flotilla.console.ui.part.topology";
	public static final String PART_NODE_STATUS = "org.flotilla.console.ui.part.nodestatus";
	public static final String PART_ALERTS = "org.flotilla.console.ui.part.alerts";
	public static final String PART_LOAD = "org.flotilla.console.ui.part.load";
	public static final String PART_TASKS = "org.flotilla.console.ui.part.tasks";
	public static final String PART_JOBS = "org.flotilla.console.ui.part.jobs";
	public static final String PART_PLANNING_BOARD = "org.flotilla.console.ui.part.planningboard";
	public static final String PART_AUDIT = "org.flotilla.console.ui.part.audit";
	public static final String PART_PACKAGES = "org.flotilla.console.ui.part.packages";
	public static final String PART_PROFILE_EDITOR = "org.flotilla.console.ui.part.profileeditor";

	public static final String COMMAND_SAMPLE = "org.flotilla.console.ui.command.sample";
	public static final String COMMAND_UNDO = "org.flotilla.console.ui.command.undo";
	public static final String COMMAND_REDO = "org.flotilla.console.ui.command.redo";
	public static final String COMMAND_SAVE = "org.flotilla.console.ui.command.save";
	public static final String COMMAND_SAVE_AS = "org.flotilla.console.ui.command.saveas";
	public static final String COMMAND_SUBMIT_TASKS = "org.flotilla.console.ui.command.tasks.submit";
	public static final String COMMAND_START_TASK = "org.flotilla.console.ui.command.tasks.start";
	public static final String COMMAND_STOP_TASK = "org.flotilla.console.ui.command.tasks.stop";
	public static final String COMMAND_MOVE_TASK = "org.flotilla.console.ui.command.tasks.move";
	public static final String COMMAND_SHOW_TASK_LOG = "org.flotilla.console.ui.command.tasks.log";
	public static final String COMMAND_DRAIN_NODE = "org.flotilla.console.ui.command.nodes.drain";
	public static final String COMMAND_READY_NODE = "org.flotilla.console.ui.command.nodes.ready";
	public static final String COMMAND_SHOW_AUDIT = "org.flotilla.console.ui.command.audit.show";
	public static final String COMMAND_APPLY_PROFILE = "org.flotilla.console.ui.command.provisioning.apply";
	public static final String COMMAND_MAKE_IT_SO = "org.flotilla.console.ui.command.provisioning.makeitso";
	public static final String COMMAND_ACCEPT_AS_DESIRED = "org.flotilla.console.ui.command.provisioning.accept";
	public static final String COMMAND_SHOW_PACKAGES = "org.flotilla.console.ui.command.provisioning.packages";
	public static final String COMMAND_SHOW_PROFILE_EDITOR = "org.flotilla.console.ui.command.provisioning.profileeditor";

	/** Key of {@code Widget.getData(String)} naming the model feature a Properties field edits. */
	public static final String FEATURE_KEY = "org.flotilla.feature";

	private ConsoleIds() {
	}
}
