package org.flotilla.console.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.flotilla.console.ui.internal.PoolLabels;
import org.flotilla.model.Node;
import org.flotilla.model.Profile;
import org.flotilla.model.validation.Labels;

/**
 * Page 1 of Apply Profile: the profile, and the nodes it goes to (ticked one by one, or every node of a label or a
 * rack at once; the nodes selected when the wizard opened come ticked).
 */
public final class NodesPage extends WizardPage {

	public static final String TICK = "Tick Them";
	public static final String CLEAR = "Untick All";

	private final ApplyProfileWizard wizard;
	private Combo profiles;
	private Combo groups;
	private Table table;
	private Label stack;
	private final List<Node> all = new ArrayList<>();
	/** "label web", "rack r01": what the group drop-down offers. */
	private final List<String> groupKeys = new ArrayList<>();

	NodesPage(ApplyProfileWizard wizard) {
		super("nodes");
		this.wizard = wizard;
		setTitle("Nodes and Profile");
		setDescription("Choose the profile and the nodes to apply it to: one by one, or every node of a label or a rack.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(4, false));
		new Label(page, SWT.NONE).setText("Profile:");
		profiles = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		profiles.setItems(wizard.pool().getProfiles().stream().map(p -> Labels.nameOf(p)).toArray(String[]::new));
		profiles.select(wizard.pool().getProfiles().indexOf(wizard.profile));
		profiles.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		profiles.addListener(SWT.Selection, e -> {
			int index = profiles.getSelectionIndex();
			wizard.profile = index < 0 ? null : wizard.pool().getProfiles().get(index);
			update();
		});
		stack = new Label(page, SWT.WRAP);
		GridData stackData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
		stackData.widthHint = 600;
		stack.setLayoutData(stackData);

		new Label(page, SWT.NONE).setText("Every node of:");
		groups = new Combo(page, SWT.READ_ONLY | SWT.DROP_DOWN);
		TreeSet<String> labels = new TreeSet<>();
		TreeSet<String> racks = new TreeSet<>();
		all.addAll(wizard.pool().getAllNodes());
		for (Node node : all) {
			labels.addAll(node.getLabels());
			if (node.eContainer() instanceof org.flotilla.model.Group group && group.getKind() == org.flotilla.model.GroupKind.RACK) {
				racks.add(group.getName());
			}
		}
		labels.forEach(l -> groupKeys.add("label " + l));
		racks.forEach(r -> groupKeys.add("rack " + r));
		groups.setItems(groupKeys.toArray(String[]::new));
		groups.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button tick = new Button(page, SWT.PUSH);
		tick.setText(TICK);
		tick.setToolTipText("Tick every node of the chosen label or rack (the others stay as they are)");
		tick.addListener(SWT.Selection, e -> tickGroup(groups.getSelectionIndex()));
		Button clear = new Button(page, SWT.PUSH);
		clear.setText(CLEAR);
		clear.addListener(SWT.Selection, e -> {
			for (TableItem item : table.getItems()) {
				item.setChecked(false);
			}
			readChecks();
		});

		table = new Table(page, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
		tableData.heightHint = 220;
		table.setLayoutData(tableData);
		String[] titles = { "Node", "State", "Rack", "Labels", "Profile now" };
		int[] widths = { 170, 100, 120, 200, 160 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		for (Node node : all) {
			TableItem item = new TableItem(table, SWT.NONE);
			String rack = node.eContainer() instanceof org.flotilla.model.Group group ? group.getName() : "";
			item.setText(new String[] { node.getName(), node.getState() == null ? "" : node.getState().getLiteral(), rack,
					String.join(", ", node.getLabels()), node.getProfile() == null ? "" : Labels.nameOf(node.getProfile()) });
			item.setChecked(wizard.nodes.contains(node));
			item.setData(node);
		}
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				readChecks();
			}
		});
		setControl(page);
		update();
	}

	/** Ticks every node of the label or rack at {@code index} of the drop-down. */
	public void tickGroup(int index) {
		if (index < 0 || index >= groupKeys.size()) {
			return;
		}
		String key = groupKeys.get(index);
		String name = key.substring(key.indexOf(' ') + 1);
		boolean label = key.startsWith("label ");
		for (TableItem item : table.getItems()) {
			Node node = (Node) item.getData();
			boolean member = label ? node.getLabels().contains(name)
					: node.eContainer() instanceof org.flotilla.model.Group group && name.equals(group.getName());
			if (member) {
				item.setChecked(true);
			}
		}
		readChecks();
	}

	private void readChecks() {
		wizard.nodes.clear();
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				wizard.nodes.add((Node) item.getData());
			}
		}
		update();
	}

	private void update() {
		Profile profile = wizard.profile;
		stack.setText(profile == null ? "" : "Stack: " + PoolLabels.detail(profile)
				+ (profile.getDescription() == null ? "" : "  \u2014  " + profile.getDescription()));
		String problem = profile == null ? "Choose a profile (make one in the Profile Editor)"
				: profile.getEntries().isEmpty() ? "Profile " + profile.getName() + " has no packages: add some in the Profile Editor"
						: wizard.nodes.isEmpty() ? "Tick at least one node" : null;
		setErrorMessage(problem);
		setMessage(problem == null ? "Apply " + profile.getName() + " to " + wizard.nodes.size()
				+ (wizard.nodes.size() == 1 ? " node" : " nodes") + ": " + ApplyProfileWizard.names(wizard.nodes) : null);
		setPageComplete(problem == null);
		stack.getParent().layout();
	}

	public Table table() {
		return table;
	}

	public Combo groups() {
		return groups;
	}
}
