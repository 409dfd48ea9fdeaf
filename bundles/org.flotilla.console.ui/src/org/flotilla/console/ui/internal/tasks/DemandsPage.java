package org.flotilla.console.ui.internal.tasks;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flotilla.model.Pool;
import org.flotilla.model.RestartPolicy;

/** Page 2: what each replica needs of a node, its priority, and how it is restarted. */
final class DemandsPage extends DraftPage {

	private Text cpu;
	private Text memory;
	private Text disk;
	private Text network;
	private Text priority;
	private Combo restart;
	private Text maxRestarts;

	DemandsPage(TaskDraft draft, Pool pool) {
		super("demands", 2, "Demands and Restarts",
				"What each replica needs of its node (placement reserves it), its priority, and when its agent restarts it.", draft,
				pool);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		cpu = textField(page, TaskDraft.Field.CPU, draft.cpu, "cores, e.g. 0.5");
		memory = textField(page, TaskDraft.Field.MEMORY, draft.memory, null);
		disk = textField(page, TaskDraft.Field.DISK, draft.disk, null);
		network = textField(page, TaskDraft.Field.NETWORK, draft.network, null);
		priority = textField(page, TaskDraft.Field.PRIORITY, draft.priority, "higher is placed first");
		new Label(page, SWT.NONE).setText("Restart:");
		restart = new Combo(page, SWT.READ_ONLY);
		for (RestartPolicy policy : RestartPolicy.values()) {
			restart.add(policy.getLiteral());
		}
		restart.select(draft.restartPolicy.getValue());
		restart.setLayoutData(indented(new GridData(SWT.FILL, SWT.CENTER, true, false)));
		restart.addListener(SWT.Selection, e -> validate());
		maxRestarts = textField(page, TaskDraft.Field.MAX_RESTARTS, draft.maxRestarts, null);
		setControl(page);
		validate();
	}

	@Override
	protected void readInto(TaskDraft target) {
		target.cpu = cpu.getText();
		target.memory = memory.getText();
		target.disk = disk.getText();
		target.network = network.getText();
		target.priority = priority.getText();
		target.restartPolicy = RestartPolicy.get(restart.getSelectionIndex());
		target.maxRestarts = maxRestarts.getText();
	}
}
