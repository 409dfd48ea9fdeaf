package org.flotilla.console.ui.internal.tasks;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.Pool;
import org.flotilla.model.Task;

/**
 * Page 4: where the placement engine would put each replica on the pool as it is now, and why; for a
 * replica that fits nowhere, the reason. The engine solves off the UI thread; the page shows its answer when
 * it comes (an answer to an older draft is dropped).
 */
public final class PreviewPage extends WizardPage {

	private final TaskDraft draft;
	private final Pool pool;
	private final TaskControl control;
	private Table table;
	private Label summary;
	private int generation;
	private TaskControl.Preview preview;
	private boolean answered;

	PreviewPage(TaskDraft draft, Pool pool, TaskControl control) {
		super("preview", "Preview", null);
		this.draft = draft;
		this.pool = pool;
		this.control = control;
		setDescription("Where the placement engine would put each replica now. Finish submits them: one start job each.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		summary = new Label(page, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String[] column : new String[][] { { "Task", "140" }, { "Node", "130" }, { "Why", "420" } }) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			ask();
		}
	}

	/** Asks the engine about the draft as it is now. */
	private void ask() {
		int asked = ++generation;
		answered = false;
		preview = null;
		table.removeAll();
		setErrorMessage(null);
		setPageComplete(false);
		if (control == null) {
			summary.setText("This console has no task control service: nothing can be submitted.");
			return;
		}
		if (!draft.problems(pool).isEmpty()) {
			summary.setText("Fix the problems on the earlier pages first.");
			return;
		}
		summary.setText("Asking the placement engine about " + draft.taskNames().size() + " replica(s)\u2026");
		List<Task> tasks = draft.toTasks(pool);
		CompletableFuture<TaskControl.Preview> answer;
		try {
			answer = control.preview(tasks);
		} catch (RuntimeException e) {
			TaskDraft.release(tasks);
			answer = CompletableFuture.failedFuture(e);
		}
		Display display = table.getDisplay();
		answer.whenComplete((result, failure) -> {
			Runnable show = () -> {
				TaskDraft.release(tasks);
				if (asked == generation && !table.isDisposed()) {
					show(result, failure);
				}
			};
			if (Display.getCurrent() == display) {
				show.run();
			} else if (!display.isDisposed()) {
				display.asyncExec(show);
			}
		});
	}

	private void show(TaskControl.Preview result, Throwable failure) {
		answered = true;
		if (failure != null) {
			Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
					? failure.getCause() : failure;
			summary.setText("The engine could not preview these tasks. Finish still submits them; they are placed when they fit.");
			setErrorMessage("Preview failed: " + cause.getMessage());
			setPageComplete(true);
			return;
		}
		preview = result;
		long placed = result.tasks().stream().filter(TaskControl.TaskPreview::placed).count();
		int total = result.tasks().size();
		summary.setText(placed == total ? "Every replica fits: " + total + " of " + total + " placed."
				: placed + " of " + total + " replicas fit now; the others stay pending with their reason and are placed when the pool changes.");
		for (TaskControl.TaskPreview each : result.tasks()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { each.taskName(), each.placed() ? each.nodeName() : "(nowhere)",
					(each.demandPredicted() ? "[predicted demand] " : "") + TaskTexts.nullToEmpty(each.why()) });
			if (!each.placed()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		setPageComplete(true);
	}

	/** The engine's answer on show, or null while it is awaited (for tests). */
	public TaskControl.Preview getPreview() {
		return preview;
	}

	/** Whether the engine answered (or failed) for the draft on show. */
	public boolean isAnswered() {
		return answered;
	}

	public Table getTable() {
		return table;
	}
}
