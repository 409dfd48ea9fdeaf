package org.flotilla.console.ui.internal.tasks;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flotilla.model.Pool;
import org.flotilla.model.TaskKind;

/** Page 1: the name and number of replicas, the kind, and the command with its arguments and environment. */
final class WhatRunsPage extends DraftPage {

	private Text name;
	private Text replicas;
	private Combo kind;
	private Text command;
	private Text arguments;
	private Text environment;
	private Button shell;
	private Label names;

	WhatRunsPage(TaskDraft draft, Pool pool) {
		super("what", 1, "What Runs", "The task's name, how many replicas, and the command its agent starts.", draft, pool);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		name = textField(page, TaskDraft.Field.NAME, draft.name, "e.g. web");
		replicas = textField(page, TaskDraft.Field.REPLICAS, draft.replicas, null);
		new Label(page, SWT.NONE);
		names = new Label(page, SWT.NONE);
		names.setLayoutData(indented(new GridData(SWT.FILL, SWT.CENTER, true, false)));
		names.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		new Label(page, SWT.NONE).setText("Kind:");
		kind = new Combo(page, SWT.READ_ONLY);
		kind.setItems("service (runs until stopped, restarted by its policy)", "batch (runs to completion, keeps its exit code)");
		kind.select(draft.kind == TaskKind.BATCH ? 1 : 0);
		kind.setLayoutData(indented(new GridData(SWT.FILL, SWT.CENTER, true, false)));
		kind.addListener(SWT.Selection, e -> validate());
		command = textField(page, TaskDraft.Field.COMMAND, draft.command, "an absolute path, or a program on the agent's PATH");
		arguments = areaField(page, TaskDraft.Field.ARGUMENTS, draft.arguments, "one argument per line, passed as it is", 4);
		environment = areaField(page, TaskDraft.Field.ENVIRONMENT, draft.environment, "NAME=value, one per line", 3);
		new Label(page, SWT.NONE);
		shell = new Button(page, SWT.CHECK);
		shell.setText("Run through /bin/sh -c (the arguments become $1, $2, \u2026)");
		shell.setSelection(draft.shell);
		shell.setLayoutData(indented(new GridData(SWT.FILL, SWT.CENTER, true, false)));
		shell.addListener(SWT.Selection, e -> validate());
		setControl(page);
		validate();
	}

	@Override
	protected void readInto(TaskDraft target) {
		target.name = name.getText();
		target.replicas = replicas.getText();
		target.kind = kind.getSelectionIndex() == 1 ? TaskKind.BATCH : TaskKind.SERVICE;
		target.command = command.getText();
		target.arguments = arguments.getText();
		target.environment = environment.getText();
		target.shell = shell.getSelection();
		java.util.List<String> taskNames = target.taskNames();
		if (!names.isDisposed()) {
			names.setText(target.name.isBlank() ? "" : "Tasks: " + (taskNames.size() <= 3 ? String.join(", ", taskNames)
					: taskNames.get(0) + ", " + taskNames.get(1) + " \u2026 " + taskNames.get(taskNames.size() - 1)));
		}
	}
}
