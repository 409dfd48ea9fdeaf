package org.flotilla.console.ui.internal.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.model.Node;
import org.flotilla.model.Task;

/**
 * Runs the console's commands from a part's own tool bar and context menu, through the handler service, so
 * that an item is enabled exactly when its handler's {@code @CanExecute} says so (the role, the selection)
 * and does what the main menu's item does.
 */
public final class Commands {

	/** The task commands of a context menu, in menu order, with their labels. */
	public static final Map<String, String> TASK_ITEMS = items(ConsoleIds.COMMAND_START_TASK, "Start",
			ConsoleIds.COMMAND_STOP_TASK, "Stop", ConsoleIds.COMMAND_MOVE_TASK, "Move to\u2026",
			ConsoleIds.COMMAND_SHOW_TASK_LOG, "Show Log");
	/** The node commands of a context menu. */
	public static final Map<String, String> NODE_ITEMS = items(ConsoleIds.COMMAND_DRAIN_NODE, "Drain\u2026",
			ConsoleIds.COMMAND_READY_NODE, "Ready", ConsoleIds.COMMAND_APPLY_PROFILE, "Apply Profile\u2026",
			ConsoleIds.COMMAND_MAKE_IT_SO, "Make It So", ConsoleIds.COMMAND_ACCEPT_AS_DESIRED, "Accept as Desired");

	private final ECommandService commands;
	private final EHandlerService handlers;
	private final List<ToolItem> toolItems = new ArrayList<>();

	public Commands(ECommandService commands, EHandlerService handlers) {
		this.commands = commands;
		this.handlers = handlers;
	}

	public boolean canExecute(String id) {
		ParameterizedCommand command = commands.createCommand(id, null);
		return command != null && handlers.canExecute(command);
	}

	public void execute(String id) {
		ParameterizedCommand command = commands.createCommand(id, null);
		if (command != null && handlers.canExecute(command)) {
			handlers.executeHandler(command);
		}
	}

	/** A tool item that runs command {@code id}; {@link #update} keeps it enabled as the handler says. */
	public ToolItem toolItem(ToolBar bar, String id, String label, String tooltip) {
		ToolItem item = new ToolItem(bar, SWT.PUSH);
		item.setText(label);
		item.setToolTipText(tooltip);
		item.setData(id);
		item.addListener(SWT.Selection, e -> execute(id));
		toolItems.add(item);
		return item;
	}

	/** Enables each tool item as its handler says now (after a selection or model change). */
	public void update() {
		for (ToolItem item : toolItems) {
			if (!item.isDisposed()) {
				boolean enabled = canExecute((String) item.getData());
				if (item.getEnabled() != enabled) {
					item.setEnabled(enabled);
				}
			}
		}
	}

	/**
	 * A context menu on {@code control} with the task commands when a task is selected and the node commands
	 * when a node is (the console's selection, which the control sets before its menu shows).
	 */
	public void contextMenu(Control control, java.util.function.Supplier<Object> selection) {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> fill(manager, selection.get()));
		control.setMenu(menu.createContextMenu(control));
		control.addDisposeListener(e -> menu.dispose());
	}

	private void fill(IMenuManager manager, Object selected) {
		if (selected instanceof Task) {
			add(manager, TASK_ITEMS);
		} else if (selected instanceof Node) {
			add(manager, NODE_ITEMS);
		}
		manager.add(new Separator("additions"));
	}

	private void add(IMenuManager manager, Map<String, String> items) {
		items.forEach((id, label) -> {
			Action action = new Action(label) {
				@Override
				public void run() {
					execute(id);
				}
			};
			action.setId(id);
			action.setEnabled(canExecute(id));
			manager.add(action);
		});
	}

	/** The selection the console shares between parts. */
	public static Object sharedSelection(org.eclipse.e4.core.contexts.IEclipseContext context) {
		return context.get(ConsoleIds.SELECTION);
	}

	private static Map<String, String> items(String... idsAndLabels) {
		Map<String, String> items = new LinkedHashMap<>();
		for (int i = 0; i < idsAndLabels.length; i += 2) {
			items.put(idsAndLabels[i], idsAndLabels[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(items);
	}
}
