package org.flotilla.console.ui.internal.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.model.Task;

/**
 * Move to…: every node the task could go to, the feasible ones first, each with what the move does (the
 * engine's what-if); a node where the task cannot go is listed with why, and cannot be chosen.
 */
public final class MoveTaskDialog extends TitleAreaDialog {

	/** The dialog's title. */
	public static final String TITLE = "Move Task";

	private final Task task;
	private final List<TaskControl.MoveOption> options;
	private Table table;
	private String chosen;

	public MoveTaskDialog(Shell parent, Task task, List<TaskControl.MoveOption> options) {
		super(parent);
		this.task = task;
		List<TaskControl.MoveOption> sorted = new ArrayList<>(options);
		sorted.sort(Comparator.comparing((TaskControl.MoveOption o) -> !o.feasible()).thenComparing(TaskControl.MoveOption::nodeName));
		this.options = sorted;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Move " + task.getName());
		setMessage("From " + (task.getNode() == null ? "nowhere" : task.getNode().getName())
				+ " to a node it fits on. A service is started there before it is stopped here.");
		table = new Table(area, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 260;
		data.widthHint = 640;
		table.setLayoutData(data);
		for (String[] column : new String[][] { { "Node", "140" }, { "Fits", "50" }, { "Effect", "440" } }) {
			TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		for (TaskControl.MoveOption option : options) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { option.nodeName(), option.feasible() ? "yes" : "no", TaskTexts.nullToEmpty(option.effect()) });
			item.setData(option);
			if (!option.feasible()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			}
		}
		if (options.isEmpty()) {
			setErrorMessage("No other node is ready for " + task.getName() + ".");
		}
		table.addListener(SWT.Selection, e -> updateChoice());
		table.addListener(SWT.DefaultSelection, e -> {
			if (chosen != null) {
				okPressed();
			}
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Move", true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private void updateChoice() {
		TableItem[] selection = table.getSelection();
		TaskControl.MoveOption option = selection.length == 0 ? null : (TaskControl.MoveOption) selection[0].getData();
		chosen = option != null && option.feasible() ? option.nodeName() : null;
		setErrorMessage(option != null && !option.feasible() ? task.getName() + " cannot go to " + option.nodeName() + ": "
				+ TaskTexts.nullToEmpty(option.effect()) : null);
		getButton(IDialogConstants.OK_ID).setEnabled(chosen != null);
	}

	/** The node chosen (after OK). */
	public String getChosen() {
		return chosen;
	}

	/** The options in the order shown, for tests. */
	public List<TaskControl.MoveOption> getOptions() {
		return options;
	}
}
