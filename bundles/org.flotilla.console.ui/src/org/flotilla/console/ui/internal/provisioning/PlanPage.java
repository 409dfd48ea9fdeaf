package org.flotilla.console.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.flotilla.console.core.provisioning.NodePlan;
import org.flotilla.console.core.provisioning.PlannedStep;

/**
 * Page 3 of Apply Profile: the plan of every node, from what its agent discovered to what the profile and the
 * overrides want (every step, every parameter change: nothing hidden), with the problems that forbid it in red;
 * Finish stays disabled while there is one. Below, how the rollout goes: at most N nodes at a time, and stop starting
 * nodes once more than K have failed.
 */
public final class PlanPage extends WizardPage {

	private final ApplyProfileWizard wizard;
	private Tree tree;
	private Label summary;
	private Spinner parallel;
	private Spinner maxFailures;
	private List<NodePlan> plans = List.of();

	PlanPage(ApplyProfileWizard wizard) {
		super("plan");
		this.wizard = wizard;
		setTitle("Plan");
		setDescription("What will happen on each node, step by step, from what its agent reported to what is wanted.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(4, false));
		summary = new Label(page, SWT.WRAP);
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
		summaryData.widthHint = 600;
		summary.setLayoutData(summaryData);
		tree = new Tree(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		GridData treeData = new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1);
		treeData.heightHint = 240;
		tree.setLayoutData(treeData);
		String[] titles = { "Node / step", "Layer", "What happens" };
		int[] widths = { 190, 110, 560 };
		for (int i = 0; i < titles.length; i++) {
			TreeColumn column = new TreeColumn(tree, SWT.LEFT);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		new Label(page, SWT.NONE).setText("At most");
		parallel = new Spinner(page, SWT.BORDER);
		parallel.setValues(wizard.parallel, 1, 100, 0, 1, 5);
		parallel.setToolTipText("How many nodes are provisioned at the same time");
		parallel.addListener(SWT.Modify, e -> wizard.parallel = parallel.getSelection());
		Label parallelText = new Label(page, SWT.NONE);
		parallelText.setText("nodes at a time; stop starting nodes after more than");
		maxFailures = new Spinner(page, SWT.BORDER);
		maxFailures.setValues(wizard.maxFailures, 0, 1000, 0, 1, 5);
		maxFailures.setToolTipText("Failed nodes tolerated before the rollout stops starting new ones (0: stop at the first)");
		maxFailures.addListener(SWT.Modify, e -> wizard.maxFailures = maxFailures.getSelection());
		Label failuresText = new Label(page, SWT.NONE);
		failuresText.setText("failures.");
		failuresText.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 4, 1));
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			replan();
		}
		super.setVisible(visible);
	}

	/** Plans every chosen node again and shows it (the planner is a pure function of the model: quick). */
	void replan() {
		plans = wizard.plans();
		tree.setRedraw(false);
		try {
			tree.removeAll();
			int steps = 0;
			int problems = 0;
			int inSync = 0;
			org.eclipse.swt.graphics.Color red = tree.getDisplay().getSystemColor(SWT.COLOR_RED);
			for (NodePlan plan : plans) {
				TreeItem node = new TreeItem(tree, SWT.NONE);
				String state = !plan.isValid() ? plan.problems().size() + (plan.problems().size() == 1 ? " problem" : " problems")
						: plan.isInSync() ? "already as wanted: nothing to do"
								: plan.steps().size() + (plan.steps().size() == 1 ? " step" : " steps");
				node.setText(new String[] { plan.node().getName(), "", state });
				node.setData(plan);
				if (!plan.isValid()) {
					node.setForeground(2, red);
				}
				for (String problem : plan.problems()) {
					TreeItem item = new TreeItem(node, SWT.NONE);
					item.setText(new String[] { "problem", "", problem });
					item.setForeground(red);
				}
				int number = 0;
				for (PlannedStep step : plan.steps()) {
					TreeItem item = new TreeItem(node, SWT.NONE);
					item.setText(new String[] { ++number + ". " + step.kind().word() + " " + step.packageName(),
							step.layer() == null ? "" : step.layer().getLiteral(), step.description() });
					item.setData(step);
				}
				node.setExpanded(true);
				steps += plan.steps().size();
				problems += plan.problems().size();
				inSync += plan.isInSync() ? 1 : 0;
			}
			summary.setText(plans.size() + (plans.size() == 1 ? " node, " : " nodes, ") + steps + (steps == 1 ? " step" : " steps")
					+ (inSync > 0 ? ", " + inSync + " already as wanted" : "") + (problems > 0 ? "; " + problems
							+ (problems == 1 ? " problem forbids" : " problems forbid") + " applying: go back and correct it" : "."));
			String first = plans.stream().flatMap(p -> p.problems().stream().map(m -> p.node().getName() + ": " + m)).findFirst()
					.orElse(null);
			setErrorMessage(first);
			setPageComplete(first == null && !plans.isEmpty());
		} finally {
			tree.setRedraw(true);
			summary.getParent().layout();
		}
	}

	/** Every line of the plan tree, "node | layer | text" (tests). */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		for (TreeItem node : tree.getItems()) {
			lines.add(node.getText(0) + " | " + node.getText(1) + " | " + node.getText(2));
			for (TreeItem step : node.getItems()) {
				lines.add("  " + step.getText(0) + " | " + step.getText(1) + " | " + step.getText(2));
			}
		}
		return lines;
	}

	public List<NodePlan> plans() {
		return plans;
	}

	public Spinner parallel() {
		return parallel;
	}

	public Spinner maxFailures() {
		return maxFailures;
	}
}
