package org.flotilla.console.ui.internal.tasks;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.model.Pool;
import org.flotilla.model.Task;
import org.flotilla.model.TaskState;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Every task of the pool in a virtual table: state (with why), node, kind, declared demand and the demand
 * placement used, observed CPU and memory, restarts, last exit and epoch; a filter, sortable columns, and
 * the task commands (tool bar and context menu). The table only asks for the rows it paints and is
 * refreshed once per batch of model changes, so a pool of 100,000 tasks stays usable.
 */
public class TasksPart {

	/** The label shown when this console's role may not change anything. */
	public static final String READ_ONLY = "read-only (support)";
	/** How often the table follows the model at most: task usage changes with every agent report. */
	static final int BATCH_MS = 500;

	@Inject
	private PoolSession session;
	@Inject
	private MApplication application;
	@Inject
	@Optional
	private TaskControl control;
	@Inject
	private ECommandService commandService;
	@Inject
	private EHandlerService handlerService;

	private TableViewer viewer;
	private Text filter;
	private Label count;
	private Label role;
	private ToolBar tools;
	private Commands commands;
	private PoolFollower follower;
	private TaskRows rows = TaskRows.empty();
	private TaskColumns.Column sortColumn = TaskColumns.ALL.get(0);
	private boolean descending;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		commands = new Commands(commandService, handlerService);
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout barLayout = new GridLayout(4, false);
		barLayout.marginWidth = 0;
		barLayout.marginHeight = 0;
		bar.setLayout(barLayout);
		tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		commands.toolItem(tools, ConsoleIds.COMMAND_SUBMIT_TASKS, "Submit Tasks\u2026", "Add tasks to the pool: the engine places and starts them");
		commands.toolItem(tools, ConsoleIds.COMMAND_START_TASK, "Start", "Start the selected task");
		commands.toolItem(tools, ConsoleIds.COMMAND_STOP_TASK, "Stop", "Stop the selected task where it runs");
		commands.toolItem(tools, ConsoleIds.COMMAND_MOVE_TASK, "Move to\u2026", "Move the selected task to another node");
		commands.toolItem(tools, ConsoleIds.COMMAND_SHOW_TASK_LOG, "Show Log", "The last lines of the selected task's output");
		ToolItem export = new ToolItem(tools, SWT.PUSH);
		export.setText("Export CSV");
		export.setToolTipText("Write the rows shown (filtered, sorted) to a CSV file");
		export.addListener(SWT.Selection, e -> CsvExport.exportAsked(parent.getShell(), "tasks.csv", cells()));
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter: name, node, state, kind, label");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		role = new Label(bar, SWT.NONE);
		role.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		role.setText(control == null ? "no task control in this console" : control.mayControl() ? "" : READ_ONLY);
		count = new Label(bar, SWT.NONE);
		count.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));

		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new LazyRows());
		for (TaskColumns.Column column : TaskColumns.ALL) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
			TableColumn tableColumn = viewerColumn.getColumn();
			tableColumn.setText(column.title());
			tableColumn.setWidth(column.width());
			tableColumn.setMoveable(true);
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text().apply((Task) element);
				}

				@Override
				public org.eclipse.swt.graphics.Color getForeground(Object element) {
					TaskState state = ((Task) element).getState();
					return column == TaskColumns.ALL.get(1) && (state == TaskState.FAILED || state == TaskState.PENDING)
							? table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
				}

				@Override
				public String getToolTipText(Object element) {
					String text = getText(element);
					return text == null || text.isEmpty() ? null : text;
				}
			});
			tableColumn.addListener(SWT.Selection, e -> sortBy(column, tableColumn));
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		table.setSortColumn(table.getColumn(0));
		table.setSortDirection(SWT.UP);
		viewer.setInput(this);
		filter.addModifyListener(e -> refresh());
		table.addListener(SWT.Selection, e -> {
			Task selected = rows.get(table.getSelectionIndex());
			if (selected != null && selected != application.getContext().get(ConsoleIds.SELECTION)) {
				application.getContext().set(ConsoleIds.SELECTION, selected);
			}
			commands.update();
		});
		// GTK selects the row under the pointer before the menu shows; the console's selection follows it.
		table.addListener(SWT.MenuDetect, e -> {
			Task selected = rows.get(table.getSelectionIndex());
			if (selected != null) {
				application.getContext().set(ConsoleIds.SELECTION, selected);
			}
		});
		commands.contextMenu(table, () -> application.getContext().get(ConsoleIds.SELECTION));
		follower = new PoolFollower(session, parent.getDisplay(), BATCH_MS, pool -> refresh(), this::refresh, false);
	}

	/** Recomputes the rows now, as a batch of model changes does (for tests and benchmarks). */
	public void refreshNow() {
		refresh();
	}

	/** Recomputes the rows (filter, order) and has the table repaint what it shows. */
	private void refresh() {
		Table table = viewer.getTable();
		if (table.isDisposed()) {
			return;
		}
		Pool pool = session.getPool();
		Object selected = application.getContext().get(ConsoleIds.SELECTION);
		rows = TaskRows.of(pool.getTasks(), filter.getText(), sortColumn.order(), descending);
		// Empty first: a virtual table shrunk while GTK still holds rows beyond the new end asks for them.
		if (table.getItemCount() > rows.size()) {
			table.deselectAll();
		}
		viewer.setItemCount(rows.size());
		viewer.refresh();
		reselect(selected);
		long running = rows.list().stream().filter(t -> t.getState() == TaskState.RUNNING).count();
		long failed = rows.list().stream().filter(t -> t.getState() == TaskState.FAILED).count();
		long pending = rows.list().stream().filter(t -> t.getState() == TaskState.PENDING).count();
		count.setText(String.format(java.util.Locale.ROOT, "%,d of %,d tasks: %,d running, %,d pending, %,d failed", rows.size(),
				rows.total(), running, pending, failed));
		count.getParent().layout();
		commands.update();
	}

	private void reselect(Object selected) {
		Table table = viewer.getTable();
		int index = selected instanceof Task task ? rows.indexOf(task) : -1;
		if (index < 0) {
			if (table.getSelectionCount() > 0) {
				table.deselectAll();
			}
		} else if (table.getSelectionIndex() != index) {
			table.setSelection(index);
			table.showSelection();
		}
	}

	private void sortBy(TaskColumns.Column column, TableColumn tableColumn) {
		descending = column == sortColumn && !descending;
		sortColumn = column;
		tableColumn.getParent().setSortColumn(tableColumn);
		tableColumn.getParent().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		refresh();
	}

	/** Follows selections made in other parts: a task is selected and shown here. */
	@Inject
	@Optional
	void selectionChanged(@Named(ConsoleIds.SELECTION) Object selected) {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			reselect(selected);
			commands.update();
		}
	}

	/** The rows shown as CSV cells (header first): the texts of the table's columns. */
	private List<String[]> cells() {
		List<Function<Task, String>> texts = TaskColumns.ALL.stream().map(TaskColumns.Column::text).toList();
		return CsvExport.cells(rows.list(), TaskColumns.ALL.stream().map(TaskColumns.Column::title).toList(), texts);
	}

	/** Exports the rows shown to {@code file} without asking (for tests). */
	public Job exportTo(Path file) {
		return CsvExport.write(viewer.getTable().getDisplay(), file, cells());
	}

	public TableViewer getViewer() {
		return viewer;
	}

	/** The rows as computed at the last batch, for tests. */
	public TaskRows getRows() {
		return rows;
	}

	public String getRoleText() {
		return role.getText();
	}

	public String getCountText() {
		return count.getText();
	}

	public ToolBar getToolBar() {
		return tools;
	}

	public Text getFilter() {
		return filter;
	}

	/** Sorts by the column titled {@code title}, ascending or descending. */
	public void sortBy(String title, boolean descendingOrder) {
		sortBy(title);
		if (descending != descendingOrder) {
			sortBy(title);
		}
	}

	/** Sorts by the column titled {@code title} as a click on its header does. */
	public void sortBy(String title) {
		Table table = viewer.getTable();
		for (int i = 0; i < TaskColumns.ALL.size(); i++) {
			if (TaskColumns.ALL.get(i).title().equals(title)) {
				sortBy(TaskColumns.ALL.get(i), table.getColumn(i));
			}
		}
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	void dispose() {
		follower.dispose();
	}

	/** Hands the table only the rows it asks for. */
	private final class LazyRows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			Task task = rows.get(index);
			if (task != null) {
				viewer.replace(task, index);
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		}
	}
}
