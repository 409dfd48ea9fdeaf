package org.flotilla.console.ui.internal.tasks;

import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;

/**
 * Page 3: where the replicas may run: labels a node must carry (from the pool's nodes), software its stack
 * must have, existing tasks to run with or apart from, and an optional node to pin them to.
 */
final class PlacementPage extends DraftPage {

	/** The pin combo's first item: no pin. */
	static final String ENGINE_DECIDES = "(the engine decides)";

	private Table labels;
	private Text requirements;
	private Text affinity;
	private Text antiAffinity;
	private Combo pin;
	private Button spread;

	PlacementPage(TaskDraft draft, Pool pool) {
		super("placement", 3, "Placement",
				"Constraints the engine keeps: every one must hold on the node a replica goes to.", draft, pool);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		Label labelsLabel = new Label(page, SWT.NONE);
		labelsLabel.setText("Required labels:");
		labelsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		labels = new Table(page, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
		GridData labelsData = indented(new GridData(SWT.FILL, SWT.FILL, true, true));
		labelsData.heightHint = 90;
		labels.setLayoutData(labelsData);
		TreeSet<String> poolLabels = new TreeSet<>();
		for (Node node : pool.getAllNodes()) {
			poolLabels.addAll(node.getLabels());
		}
		for (String label : poolLabels) {
			TableItem item = new TableItem(labels, SWT.NONE);
			long carriers = pool.getAllNodes().stream().filter(n -> n.getLabels().contains(label)).count();
			item.setText(label + "   (" + carriers + (carriers == 1 ? " node)" : " nodes)"));
			item.setData(label);
			item.setChecked(draft.requiredLabels.contains(label));
		}
		labels.addListener(SWT.Selection, e -> validate());
		requirements = areaField(page, TaskDraft.Field.REQUIREMENTS, draft.requirements,
				"NAME [MINIMUM-VERSION] per line, e.g. java 21; os:ubuntu 22.04 or app:nginx for other layers", 3);
		affinity = textField(page, TaskDraft.Field.AFFINITY, draft.affinity, "existing tasks to share a node with, e.g. db-1");
		antiAffinity = textField(page, TaskDraft.Field.ANTI_AFFINITY, draft.antiAffinity, "existing tasks never to share a node with");
		label(page, TaskDraft.Field.PIN);
		pin = new Combo(page, SWT.READ_ONLY);
		pin.add(ENGINE_DECIDES);
		pool.getAllNodes().stream().map(Node::getName).sorted().forEach(pin::add);
		pin.select(Math.max(0, pin.indexOf(draft.pinNode)));
		pin.setLayoutData(indented(new GridData(SWT.FILL, SWT.CENTER, true, false)));
		register(TaskDraft.Field.PIN, pin);
		pin.addListener(SWT.Selection, e -> validate());
		new Label(page, SWT.NONE);
		spread = new Button(page, SWT.CHECK);
		spread.setText("Spread the replicas: no two on the same node");
		spread.setSelection(draft.spreadReplicas);
		spread.setLayoutData(indented(new GridData(SWT.FILL, SWT.CENTER, true, false)));
		spread.addListener(SWT.Selection, e -> validate());
		setControl(page);
		validate();
	}

	@Override
	protected void readInto(TaskDraft target) {
		target.requiredLabels.clear();
		for (TableItem item : labels.getItems()) {
			if (item.getChecked()) {
				target.requiredLabels.add((String) item.getData());
			}
		}
		target.requirements = requirements.getText();
		target.affinity = affinity.getText();
		target.antiAffinity = antiAffinity.getText();
		target.pinNode = pin.getSelectionIndex() <= 0 ? "" : pin.getText();
		target.spreadReplicas = spread.getSelection();
	}

	/** Ticks a required label (for tests: as a click on its check box does). */
	void requireLabel(String label) {
		for (TableItem item : labels.getItems()) {
			if (label.equals(item.getData())) {
				item.setChecked(true);
			}
		}
		validate();
	}
}
