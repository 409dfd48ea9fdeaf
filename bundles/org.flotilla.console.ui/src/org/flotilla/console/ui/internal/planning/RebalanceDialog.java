package org.flotilla.console.ui.internal.planning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.flotilla.console.core.planning.PlanningBoard;
import org.flotilla.console.core.planning.Rebalancing;
import org.flotilla.model.Node;
import org.flotilla.model.Pool;

/**
 * Rebalance: the planner picks the goal (fewer nodes or even load), the scope (the pool, a site, or the nodes of
 * the selected cards) and the most moves; the engine proposes its moves, best first, each with its effect; the
 * planner unticks what they do not want, and the ticked moves go into the plan (to refine on the board, then
 * apply). The proposal is computed off the UI thread.
 */
final class RebalanceDialog extends TitleAreaDialog {

	private final Pool pool;
	private final Set<Node> selectedNodes;
	private Combo goal;
	private Combo scope;
	private Spinner maxMoves;
	private Spinner budgetSeconds;
	/** Whether the planner asked to apply the plan at once (Add and Apply…) rather than refine it first. */
	private boolean applyNow;
	private static final int ADD_AND_APPLY_ID = IDialogConstants.CLIENT_ID + 1;
	private CheckboxTableViewer proposals;
	private List<Rebalancing.Proposal> checked = List.of();
	private List<String> sites = List.of();
	/** Which proposal request is the latest: an older one finishing late is dropped. */
	private int request;

	RebalanceDialog(Shell parent, Pool pool, Set<Node> selectedNodes) {
		super(parent);
		this.pool = pool;
		this.selectedNodes = selectedNodes;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Rebalance");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Rebalance");
		setMessage("The engine proposes moves that improve the pool as the plan leaves it, best first; untick what you do not want.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(2, false));
		new Label(form, SWT.NONE).setText("Goal:");
		goal = new Combo(form, SWT.READ_ONLY);
		goal.setItems("Consolidate: run the work on fewer nodes", "Spread: even out the load");
		goal.select(0);
		new Label(form, SWT.NONE).setText("Scope:");
		scope = new Combo(form, SWT.READ_ONLY);
		Set<String> siteNames = new LinkedHashSet<>();
		for (Node node : pool.getAllNodes()) {
			siteNames.add(PlanningBoard.site(node));
		}
		sites = new ArrayList<>(siteNames);
		List<String> items = new ArrayList<>();
		items.add("The whole pool");
		sites.forEach(site -> items.add("Site " + (site.isEmpty() ? "(none)" : site)));
		if (!selectedNodes.isEmpty()) {
			items.add("The nodes of the selected cards (" + selectedNodes.size() + ")");
		}
		scope.setItems(items.toArray(String[]::new));
		scope.select(0);
		new Label(form, SWT.NONE).setText("Most moves:");
		maxMoves = new Spinner(form, SWT.BORDER);
		maxMoves.setValues(20, 1, 10_000, 0, 1, 10);
		new Label(form, SWT.NONE).setText("Time budget (s):");
		budgetSeconds = new Spinner(form, SWT.BORDER);
		budgetSeconds.setValues(10, 1, 600, 0, 1, 10);
		Button propose = new Button(form, SWT.PUSH);
		propose.setText("Propose");
		propose.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		Composite tableArea = new Composite(form, SWT.NONE);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		tableData.heightHint = 260;
		tableData.widthHint = 760;
		tableArea.setLayoutData(tableData);
		TableColumnLayout layout = new TableColumnLayout();
		tableArea.setLayout(layout);
		proposals = CheckboxTableViewer.newCheckList(tableArea, SWT.BORDER | SWT.FULL_SELECTION);
		proposals.getTable().setHeaderVisible(true);
		proposals.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Tasks", 25, p -> p.taskNames());
		column(layout, "From \u2192 To", 25, p -> p.from().getName() + " \u2192 " + p.to().getName());
		column(layout, "Effect", 50, Rebalancing.Proposal::effect);
		proposals.addCheckStateListener(e -> updateOk());
		propose.addListener(SWT.Selection, e -> propose());
		goal.addListener(SWT.Selection, e -> propose());
		scope.addListener(SWT.Selection, e -> propose());
		propose();
		return area;
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<Rebalancing.Proposal, String> text) {
		TableViewerColumn column = new TableViewerColumn(proposals, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Rebalancing.Proposal) element);
			}
		});
	}

	private Predicate<Node> scopePredicate() {
		int index = scope.getSelectionIndex();
		if (index <= 0) {
			return node -> true;
		}
		if (index <= sites.size()) {
			String site = sites.get(index - 1);
			return node -> PlanningBoard.site(node).equals(site);
		}
		Set<Node> nodes = Set.copyOf(selectedNodes);
		return nodes::contains;
	}

	/** Reads the pool here (the model thread), and lets the engine propose on a thread of its own. */
	private void propose() {
		int mine = ++request;
		Rebalancing.Prepared prepared = Rebalancing.prepare(pool, scopePredicate(),
				goal.getSelectionIndex() == 1 ? Rebalancing.Goal.SPREAD : Rebalancing.Goal.CONSOLIDATE);
		int moves = maxMoves.getSelection();
		java.time.Duration budget = java.time.Duration.ofSeconds(budgetSeconds.getSelection());
		proposals.setInput(List.of());
		setMessage("Proposing\u2026");
		updateOk();
		CompletableFuture.supplyAsync(() -> prepared.propose(moves, budget)).whenComplete((result, failure) -> {
			if (getShell() == null || getShell().isDisposed()) {
				return;
			}
			getShell().getDisplay().asyncExec(() -> {
				if (getShell() == null || getShell().isDisposed() || mine != request) {
					return;
				}
				if (failure != null) {
					setMessage("The engine could not propose: " + failure.getMessage(), IMessageProvider.ERROR);
					return;
				}
				proposals.setInput(result);
				proposals.setAllChecked(true);
				setMessage(result.isEmpty() ? "No move improves this scope: it is balanced for this goal."
						: result.size() + " moves proposed, best first; each holds once the ones above it are done.");
				updateOk();
			});
		});
	}

	private void updateOk() {
		for (int id : new int[] { IDialogConstants.OK_ID, ADD_AND_APPLY_ID }) {
			Button button = getButton(id);
			if (button != null) {
				button.setEnabled(proposals.getCheckedElements().length > 0);
			}
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, ADD_AND_APPLY_ID, "Add and Apply\u2026", false);
		createButton(parent, IDialogConstants.OK_ID, "Add to Plan", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateOk();
	}

	@Override
	protected void okPressed() {
		List<Rebalancing.Proposal> result = new ArrayList<>();
		Set<Object> ticked = Set.of(proposals.getCheckedElements());
		@SuppressWarnings("unchecked")
		List<Rebalancing.Proposal> all = (List<Rebalancing.Proposal>) proposals.getInput();
		for (Rebalancing.Proposal proposal : all) {
			if (ticked.contains(proposal)) {
				result.add(proposal); // in the engine's order: each holds once the ones before it are done
			}
		}
		checked = result;
		super.okPressed();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == ADD_AND_APPLY_ID) {
			applyNow = true;
			okPressed();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Whether the moves are to be applied at once (after the usual confirmation listing them). */
	boolean applyNow() {
		return applyNow;
	}

	/** The ticked proposals, in order (after OK). */
	List<Rebalancing.Proposal> checked() {
		return checked;
	}
}
