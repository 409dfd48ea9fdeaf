package org.flotilla.console.ui.internal.tasks;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.Task;

/**
 * The last lines of a task's output, as its agent keeps them; Refresh asks again. The request runs off the
 * UI thread (a future of the control service); the dialog stays responsive and shows the answer or why there
 * is none.
 */
public final class TaskLogDialog extends Dialog {

	/** Lines asked for (the agent gives at most 1000). */
	public static final int LINES = 200;
	private static final int REFRESH_ID = IDialogConstants.CLIENT_ID + 1;

	private final TaskControl control;
	private final Task task;
	private Text log;
	private Label status;
	private int generation;

	public TaskLogDialog(Shell parent, TaskControl control, Task task) {
		super(parent);
		this.control = control;
		this.task = task;
		setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
		setBlockOnOpen(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title(task));
	}

	/** "Log of web-1". */
	public static String title(Task task) {
		return "Log of " + task.getName();
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		status = new Label(area, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		log = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
		log.setFont(JFaceResources.getTextFont());
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 760;
		data.heightHint = 420;
		log.setLayoutData(data);
		refresh();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, REFRESH_ID, "Refresh", false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == REFRESH_ID) {
			refresh();
		} else {
			close();
		}
	}

	/** Asks the task's agent for the tail of its output again. */
	public void refresh() {
		int asked = ++generation;
		String node = task.getNode() == null ? "its node" : task.getNode().getName();
		status.setText("Asking " + node + " for the last " + LINES + " lines\u2026");
		Button refresh = getButton(REFRESH_ID);
		if (refresh != null) {
			refresh.setEnabled(false);
		}
		Display display = log.getDisplay();
		control.log(task, LINES).whenComplete((text, failure) -> {
			Runnable show = () -> {
				if (asked != generation || log.isDisposed()) {
					return;
				}
				if (getButton(REFRESH_ID) != null) {
					getButton(REFRESH_ID).setEnabled(true);
				}
				if (failure != null) {
					Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
					status.setText("No log from " + node + ": " + cause.getMessage());
				} else {
					log.setText(text == null ? "" : text);
					log.setTopIndex(Math.max(0, log.getLineCount() - 1));
					status.setText("The last lines of " + task.getName() + " on " + node + ", at "
							+ String.format(java.util.Locale.ROOT, "%tT", System.currentTimeMillis()));
				}
			};
			if (Display.getCurrent() == display) {
				show.run();
			} else if (!display.isDisposed()) {
				display.asyncExec(show);
			}
		});
	}

	/** What the dialog shows, for tests. */
	public String getLogText() {
		return log.getText();
	}

	public String getStatusText() {
		return status.getText();
	}
}
