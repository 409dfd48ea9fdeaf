package org.flotilla.console.ui.internal.tasks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.model.Job;
import org.flotilla.model.JobState;
import org.flotilla.model.Pool;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Every job of the pool, newest first: what it does (kind, task, node → target), its state, a progress bar,
 * the message (on failure the agent's reason), when it started and how long it ran. A queued job can be
 * cancelled. Follows the model in batches.
 */
public class JobsPart {

	/** The tool item that cancels the selected queued job. */
	public static final String CANCEL = "Cancel Job";

	@Inject
	private PoolSession session;
	@Inject
	private MApplication application;
	@Inject
	@Optional
	private TaskControl control;

	private TableViewer viewer;
	private ToolItem cancel;
	private Label count;
	private PoolFollower follower;
	private Color barColor;
	private Color failedColor;

	private record Column(String title, int width, Function<Job, String> text) {
	}

	/** The columns; the progress column's text is drawn over its bar. */
	static final List<Column> COLUMNS = List.of(new Column("Job", 200, j -> TaskTexts.nullToEmpty(j.getName())),
			new Column("Kind", 110, j -> j.getKind().getLiteral()), new Column("Task", 110, TaskTexts::jobTask),
			new Column("Node \u2192 target", 170, TaskTexts::jobNodes), new Column("State", 80, j -> j.getState().getLiteral()),
			new Column("Progress", 110, TaskTexts::jobProgress), new Column("Message", 320, j -> TaskTexts.nullToEmpty(j.getMessage())),
			new Column("Started", 140, TaskTexts::jobStarted),
			new Column("Duration", 80, j -> TaskTexts.jobDuration(j, System.currentTimeMillis())));
	private static final int PROGRESS = 5;

	@PostConstruct
	void create(Composite parent) {
		barColor = new Color(new RGB(86, 156, 214));
		failedColor = new Color(new RGB(218, 54, 51));
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout barLayout = new GridLayout(2, false);
		barLayout.marginWidth = 0;
		barLayout.marginHeight = 0;
		bar.setLayout(barLayout);
		ToolBar tools = new ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		cancel = new ToolItem(tools, SWT.PUSH);
		cancel.setText(CANCEL);
		cancel.setToolTipText("Cancel the selected job while it is queued (provisioning: while it runs; it stops after the current step)");
		cancel.setEnabled(false);
		cancel.addListener(SWT.Selection, e -> cancelSelected());
		count = new Label(bar, SWT.NONE);
		count.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, true, false));

		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		for (int i = 0; i < COLUMNS.size(); i++) {
			Column column = COLUMNS.get(i);
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
			TableColumn tableColumn = viewerColumn.getColumn();
			tableColumn.setText(column.title());
			tableColumn.setWidth(column.width());
			tableColumn.setMoveable(true);
			viewerColumn.setLabelProvider(i == PROGRESS ? new ProgressBar() : new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text().apply((Job) element);
				}

				@Override
				public Color getForeground(Object element) {
					return ((Job) element).getState() == JobState.FAILED ? failedColor : null;
				}

				@Override
				public String getToolTipText(Object element) {
					String text = getText(element);
					return text == null || text.isEmpty() ? null : text;
				}
			});
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addSelectionChangedListener(event -> {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (selected != null && selected != application.getContext().get(ConsoleIds.SELECTION)) {
				application.getContext().set(ConsoleIds.SELECTION, selected);
			}
			updateCancel();
		});
		follower = new PoolFollower(session, parent.getDisplay(), 250, this::show, this::refresh, false);
	}

	private void show(Pool pool) {
		viewer.setInput(newestFirst(pool));
		updateCount();
		updateCancel();
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Object selected = viewer.getStructuredSelection().getFirstElement();
		viewer.setInput(newestFirst(session.getPool()));
		if (selected != null) {
			viewer.setSelection(new StructuredSelection(selected));
		}
		updateCount();
		updateCancel();
	}

	/** The pool's jobs, the last added first. */
	static List<Job> newestFirst(Pool pool) {
		List<Job> jobs = new ArrayList<>(pool.getJobs());
		Collections.reverse(jobs);
		return jobs;
	}

	private void updateCount() {
		List<Job> jobs = session.getPool().getJobs();
		long running = jobs.stream().filter(j -> j.getState() == JobState.RUNNING).count();
		long queued = jobs.stream().filter(j -> j.getState() == JobState.QUEUED).count();
		long failed = jobs.stream().filter(j -> j.getState() == JobState.FAILED).count();
		count.setText(jobs.size() + " jobs: " + running + " running, " + queued + " queued, " + failed + " failed");
		count.getParent().layout();
	}

	private void updateCancel() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		cancel.setEnabled(Selected.mayControl(control) && selected instanceof Job job && cancellable(job));
	}

	/**
	 * A queued job, or a provisioning job still going (administrators only, as for provisioning itself): the pool
	 * service stops those between steps (a step under way on an agent finishes or rolls back there, so no node is left
	 * with half a package).
	 */
	private boolean cancellable(Job job) {
		if (job.getKind() == org.flotilla.model.JobKind.PROVISIONING) {
			org.flotilla.console.core.hosts.PoolMembership membership = application.getContext()
					.get(org.flotilla.console.core.hosts.PoolMembership.class);
			return org.flotilla.console.ui.internal.provisioning.Provisioning.mayProvision(membership)
					&& (job.getState() == JobState.QUEUED || job.getState() == JobState.RUNNING);
		}
		return job.getState() == JobState.QUEUED;
	}

	private void cancelSelected() {
		if (viewer.getStructuredSelection().getFirstElement() instanceof Job job && control != null && !control.cancel(job)) {
			MessageDialog.openInformation(viewer.getControl().getShell(), CANCEL,
					"'" + job.getName() + "' is already " + job.getState().getLiteral()
							+ ": only a queued job, or provisioning still going, can be cancelled.");
		}
		updateCancel();
	}

	@Inject
	@Optional
	void selectionChanged(@Named(ConsoleIds.SELECTION) Object selected) {
		if (viewer != null && !viewer.getControl().isDisposed() && selected instanceof Job job
				&& viewer.getStructuredSelection().getFirstElement() != job) {
			viewer.setSelection(new StructuredSelection(job), true);
		}
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public ToolItem getCancelItem() {
		return cancel;
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	void dispose() {
		follower.dispose();
		barColor.dispose();
		failedColor.dispose();
	}

	/** A bar as long as the work done, with "worked / total" on it; red when the job failed. */
	private final class ProgressBar extends OwnerDrawLabelProvider {
		@Override
		protected void measure(Event event, Object element) {
			event.height = Math.max(event.height, 18);
		}

		/** The cell carries its text too (for accessibility, tool tips and tests); {@link #paint} draws it. */
		@Override
		public void update(org.eclipse.jface.viewers.ViewerCell cell) {
			cell.setText(TaskTexts.jobProgress((Job) cell.getElement()));
			super.update(cell);
		}

		@Override
		protected void erase(Event event, Object element) {
			// The default background (selection, lines) stays; the text is drawn over the bar by paint.
			event.detail &= ~SWT.FOREGROUND;
		}

		@Override
		protected void paint(Event event, Object element) {
			Job job = (Job) element;
			GC gc = event.gc;
			Rectangle cell = ((org.eclipse.swt.widgets.TableItem) event.item).getBounds(event.index);
			int width = cell.width - 6;
			int filled = (int) Math.round(width * TaskTexts.jobFraction(job));
			Color oldBackground = gc.getBackground();
			Color oldForeground = gc.getForeground();
			gc.setForeground(viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_GRAY));
			gc.drawRectangle(cell.x + 3, cell.y + 3, width, cell.height - 7);
			if (filled > 0) {
				gc.setBackground(job.getState() == JobState.FAILED ? failedColor : barColor);
				gc.fillRectangle(cell.x + 4, cell.y + 4, filled - 1, cell.height - 8);
			}
			String text = TaskTexts.jobProgress(job);
			if (!text.isEmpty()) {
				Point extent = gc.textExtent(text);
				gc.setForeground(viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_BLACK));
				gc.drawText(text, cell.x + 3 + (width - extent.x) / 2, cell.y + (cell.height - extent.y) / 2, true);
			}
			gc.setBackground(oldBackground);
			gc.setForeground(oldForeground);
		}
	}
}
