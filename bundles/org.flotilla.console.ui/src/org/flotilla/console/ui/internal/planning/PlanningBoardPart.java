package org.flotilla.console.ui.internal.planning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.planning.PlanApplication;
import org.flotilla.console.core.planning.PlanEdits;
import org.flotilla.console.core.planning.PlanningBoard;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.ConsoleIds;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.flotilla.console.core.planning.BoardChanges;
import org.flotilla.console.ui.internal.UiBatch;
import org.flotilla.model.MetricSample;
import org.flotilla.model.Pool;
import org.flotilla.console.ui.internal.tasks.TasksPart;
import org.flotilla.model.Node;
import org.flotilla.model.Task;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The Planning Board: planners drag task cards between node lanes and see, while the pointer is over a lane,
 * whether the move fits (green, with the target's load after and the objective's change) or not (red, with the
 * engine's reason). A drop adds a move to the pool's plan through an EMF command (Edit › Undo takes it back);
 * nothing moves until the plan is applied. Below the lanes: the plan's moves and its effect as a whole.
 * <p>
 * The board is rebuilt from the pool on the model thread (this UI thread) once per batch of changes; a
 * verdict for one card is the engine's what-if (well under a millisecond) and is computed here, a verdict for
 * several cards makes a what-if of its own (linear in the pool's tasks) on a background thread.
 */
public class PlanningBoardPart {

	/** What the role line says when the pool is a pool service's, which takes no plan edits yet. */
	static final int BATCH_MS = 200;

	@Inject
	private PoolSession session;
	@Inject
	private MApplication application;
	@Inject
	@Optional
	private TaskControl control;

	private Display display;
	private BoardCanvas canvas;
	private Text filter;
	private Label role;
	private Label status;
	/** The status line's next text during a drag, said once the lane is painted (null: nothing waiting). */
	private String statusToSay;
	private Label effect;
	private TableViewer moves;
	private Button remove;
	private Button clear;
	private Button apply;
	private Button rebalance;
	/** The plan being applied (null: none). */
	private PlanApplication applying;
	/** Rebuilds the board, at most once a batch, for the changes that matter to it (see {@link BoardChanges}). */
	private UiBatch rebuilds;
	private EContentAdapter watcher;
	private PoolSession.Listener poolReplaced;
	private PlanningBoard board;

	/** The cards being dragged (null: no drag from this board in progress). */
	private List<Task> dragged;
	/** Verdicts of the drag in progress, per lane; a verdict for several cards may still be on its way. */
	private final Map<Node, PlanningBoard.Verdict> verdicts = new HashMap<>();
	private final Set<Node> pending = new HashSet<>();
	private final ExecutorService verdictThread = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "planning-board-verdicts");
		thread.setDaemon(true);
		return thread;
	});
	/** -1 up, +1 down, 0 not scrolling: the pointer is that near an edge during a drag. */
	private int autoScroll;

	@PostConstruct
	void create(Composite parent) {
		display = parent.getDisplay();
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout barLayout = new GridLayout(6, false);
		barLayout.marginWidth = 0;
		barLayout.marginHeight = 0;
		bar.setLayout(barLayout);
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter lanes: node, address, label, state, site, rack or task");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		role = new Label(bar, SWT.NONE);
		role.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
		remove = new Button(bar, SWT.PUSH);
		remove.setText("Remove Move");
		remove.setToolTipText("Take the selected moves out of the plan (Edit \u203a Undo puts them back)");
		clear = new Button(bar, SWT.PUSH);
		clear.setText("Clear Plan");
		clear.setToolTipText("Take every move out of the plan");
		rebalance = new Button(bar, SWT.PUSH);
		rebalance.setText("Rebalance\u2026");
		rebalance.setToolTipText("Let the engine propose moves (fewer nodes or even load) and put the ones you keep in the plan");
		apply = new Button(bar, SWT.PUSH);
		apply.setText("Apply Plan\u2026");
		apply.setToolTipText("Move the tasks as planned: one migration job after the other (see the Jobs part)");
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setText("Drag task cards onto another lane to plan moves; nothing moves until the plan is applied.");

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas = new BoardCanvas(sash);
		Composite planArea = new Composite(sash, SWT.NONE);
		GridLayout planLayout = new GridLayout(1, false);
		planLayout.marginWidth = 0;
		planLayout.marginHeight = 0;
		planArea.setLayout(planLayout);
		effect = new Label(planArea, SWT.NONE);
		effect.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Composite tableArea = new Composite(planArea, SWT.NONE);
		tableArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createMovesTable(tableArea);
		sash.setWeights(72, 28);

		filter.addModifyListener(e -> showLanes());
		canvas.addSelectionListener(tasks -> {
			if (!tasks.isEmpty()) {
				application.getContext().set(ConsoleIds.SELECTION, tasks.get(tasks.size() - 1));
			}
		});
		remove.addListener(SWT.Selection, e -> removeSelectedMoves());
		clear.addListener(SWT.Selection, e -> execute(PlanEdits.clearPlan(session.getEditingDomain(), session.getPool())));
		apply.addListener(SWT.Selection, e -> applyAsked());
		rebalance.addListener(SWT.Selection, e -> rebalanceAsked());
		createDragAndDrop();
		parent.addListener(SWT.Dispose, e -> verdictThread.shutdownNow());
		follow();
		// The capacity bars' observed use is read when painting; repaint now and then to follow the agents.
		display.timerExec(2000, new Runnable() {
			@Override
			public void run() {
				if (!canvas.isDisposed()) {
					if (dragged == null) {
						canvas.redraw();
					}
					display.timerExec(2000, this);
				}
			}
		});
	}

	private void createMovesTable(Composite area) {
		TableColumnLayout layout = new TableColumnLayout();
		area.setLayout(layout);
		moves = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		moves.getTable().setHeaderVisible(true);
		moves.setContentProvider(ArrayContentProvider.getInstance());
		column(layout, "Task", 25, s -> s.move().getTask() == null ? "(removed)" : s.move().getTask().getName());
		column(layout, "From \u2192 To", 30, s -> name(s.move().getFromNode()) + " \u2192 " + name(s.move().getToNode()));
		column(layout, "State", 45, s -> s.holds() ? "ok" : s.state().name().toLowerCase(java.util.Locale.ROOT) + ": " + s.reason());
		moves.addSelectionChangedListener(e -> {
			IStructuredSelection selection = moves.getStructuredSelection();
			if (selection.getFirstElement() instanceof PlanningBoard.MoveStatus s && s.move().getTask() != null) {
				application.getContext().set(ConsoleIds.SELECTION, s.move().getTask());
			}
			updateButtons();
		});
	}

	private void column(TableColumnLayout layout, String title, int weight,
			java.util.function.Function<PlanningBoard.MoveStatus, String> text) {
		TableViewerColumn column = new TableViewerColumn(moves, SWT.NONE);
		column.getColumn().setText(title);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((PlanningBoard.MoveStatus) element);
			}
		});
	}

	private void createDragAndDrop() {
		DragSource source = new DragSource(canvas, DND.DROP_MOVE);
		source.setTransfer(LocalSelectionTransfer.getTransfer());
		source.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				Task task = canvas.taskAt(event.x, event.y);
				String refusal = editRefusal();
				if (task == null || refusal != null) {
					if (task != null) {
						status.setText(refusal);
					}
					event.doit = false;
					return;
				}
				List<Task> selected = canvas.getSelection();
				dragged = selected.contains(task) ? selected : List.of(task);
				verdicts.clear();
				pending.clear();
				LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(dragged));
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				PlanningBoard.Verdict last = canvas.getHoverVerdict();
				if (event.detail == DND.DROP_NONE && last != null && !last.fits()) {
					status.setText("Not planned: " + last.target().getName() + " refuses: " + last.text());
				}
				endDrag();
			}
		});
		DropTarget target = new DropTarget(canvas, DND.DROP_MOVE | DND.DROP_DEFAULT);
		target.setTransfer(LocalSelectionTransfer.getTransfer());
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				dragOver(event);
			}

			@Override
			public void dragOver(DropTargetEvent event) {
				event.feedback = DND.FEEDBACK_NONE;
				Point at = canvas.toControl(event.x, event.y);
				followPointer(at);
				PlanningBoard.Verdict verdict = canvas.getHoverVerdict();
				event.detail = dragged != null && verdict != null && verdict.fits() ? DND.DROP_MOVE : DND.DROP_NONE;
			}

			@Override
			public void dragLeave(DropTargetEvent event) {
				autoScroll = 0;
			}

			@Override
			public void drop(DropTargetEvent event) {
				statusToSay = null; // what the drop says, not the hover's verdict said late
				Point at = canvas.toControl(event.x, event.y);
				Node node = canvas.nodeAt(at.x, at.y);
				if (dragged == null || node == null) {
					event.detail = DND.DROP_NONE;
					return;
				}
				PlanningBoard.Verdict verdict = verdicts.get(node);
				if (verdict == null) {
					verdict = board.verdict(dragged, node); // a drop faster than the background verdict
				}
				if (!verdict.fits()) {
					event.detail = DND.DROP_NONE;
					status.setText("Not planned: " + node.getName() + " refuses: " + verdict.text());
					return;
				}
				// The engine moves an affinity group as one: the plan moves every member, so applying it does too.
				Command command = PlanEdits.addMoves(session.getEditingDomain(), session.getPool(),
						board.withAffinityGroups(dragged), node);
				if (command != null) {
					execute(command);
					status.setText("Planned: " + describe(dragged) + " \u2192 " + node.getName() + " (" + verdict.text()
							+ "). Edit \u203a Undo takes it back.");
				}
			}
		});
	}

	/** During a drag: paints the lane under the pointer with its verdict, and scrolls near the edges. */
	private void followPointer(Point at) {
		int height = canvas.getClientArea().height;
		int direction = at.y < BoardCanvas.AUTO_SCROLL_ZONE ? -1 : at.y > height - BoardCanvas.AUTO_SCROLL_ZONE ? 1 : 0;
		if (direction != 0 && autoScroll == 0) {
			autoScroll = direction;
			display.timerExec(40, this::autoScrollStep);
		}
		autoScroll = direction;
		Node node = dragged == null ? null : canvas.nodeAt(at.x, at.y);
		PlanningBoard.Verdict verdict = node == null ? null : verdictFor(node);
		boolean changed = node != canvas.getHoverNode() || verdict != canvas.getHoverVerdict();
		canvas.setHover(node, verdict);
		if (changed) {
			showVerdict(node, verdict);
		}
	}

	/**
	 * Says the hovered lane's verdict in the status line too, after the lane itself has been painted: a label's new
	 * text makes GTK lay the window out again before its next paint, which the planner waiting for the lane's color
	 * should not wait for. Several motions before the status line's turn say only the last verdict.
	 */
	private void showVerdict(Node node, PlanningBoard.Verdict verdict) {
		if (node == null) {
			return;
		}
		boolean scheduled = statusToSay != null;
		statusToSay = verdict == null ? "Checking " + node.getName() + "\u2026"
				: (verdict.fits() ? "Fits on " : "Refused on ") + node.getName() + ": " + verdict.text();
		if (!scheduled) {
			display.asyncExec(() -> {
				String text = statusToSay;
				statusToSay = null;
				if (text != null && !status.isDisposed() && dragged != null) {
					status.setText(text);
				}
			});
		}
	}

	private void autoScrollStep() {
		if (autoScroll == 0 || dragged == null || canvas.isDisposed()) {
			autoScroll = 0;
			return;
		}
		canvas.scrollBy(autoScroll * BoardCanvas.LANE_HEIGHT / 3);
		followPointer(canvas.toControl(display.getCursorLocation()));
		if (autoScroll != 0) {
			display.timerExec(40, this::autoScrollStep);
		}
	}

	/** The verdict of dropping the dragged cards on {@code node}; null while it is being computed. */
	private PlanningBoard.Verdict verdictFor(Node node) {
		PlanningBoard.Verdict known = verdicts.get(node);
		if (known != null || dragged == null) {
			return known;
		}
		if (dragged.size() == 1) {
			PlanningBoard.Verdict verdict = board.verdict(dragged, node);
			verdicts.put(node, verdict);
			return verdict;
		}
		if (pending.add(node)) {
			PlanningBoard forBoard = board;
			List<Task> tasks = dragged;
			CompletableFuture.supplyAsync(() -> forBoard.verdict(tasks, node), verdictThread).thenAccept(
					verdict -> display.asyncExec(() -> {
						if (canvas.isDisposed() || forBoard != board || tasks != dragged) {
							return;
						}
						verdicts.put(node, verdict);
						pending.remove(node);
						if (canvas.getHoverNode() == node) {
							canvas.setHover(node, verdict);
							showVerdict(node, verdict);
						}
					}));
		}
		return null;
	}

	private void endDrag() {
		dragged = null;
		statusToSay = null;
		autoScroll = 0;
		verdicts.clear();
		pending.clear();
		canvas.setHover(null, null);
		LocalSelectionTransfer.getTransfer().setSelection(null);
	}

	/** Why this console may not edit the plan now, or null when it may. */
	private String editRefusal() {
		if (control != null && !control.mayControl()) {
			return TasksPart.READ_ONLY;
		}
		return null; // with a pool service the plan edits go to it, which checks the person's role again
	}

	/** Follows the session's pool: the pool replaced (new, opened, the service's), and its changes that matter. */
	private void follow() {
		rebuilds = new UiBatch(display, BATCH_MS, this::rebuild);
		watcher = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (BoardChanges.matters(notification)) {
					rebuilds.request();
				}
			}

			@Override
			protected void addAdapter(Notifier notifier) {
				if (!(notifier instanceof MetricSample)) { // thousands per node: their window's change is enough
					super.addAdapter(notifier);
				}
			}
		};
		poolReplaced = new PoolSession.Listener() {
			@Override
			public void poolReplaced(Pool pool) {
				display.asyncExec(() -> {
					if (!canvas.isDisposed()) {
						watch(pool);
						rebuild();
					}
				});
			}
		};
		session.addListener(poolReplaced);
		watch(session.getPool());
		rebuild();
	}

	private Pool watched;

	private void watch(Pool pool) {
		if (watched != null) {
			watched.eAdapters().remove(watcher);
		}
		watched = pool;
		if (pool != null) {
			pool.eAdapters().add(watcher);
		}
	}

	private void rebuild() {
		if (canvas.isDisposed()) {
			return;
		}
		board = PlanningBoard.of(session.getPool());
		verdicts.clear();
		pending.clear();
		if (dragged != null) {
			dragged = dragged.stream().filter(t -> t.eContainer() != null).toList();
		}
		showLanes();
		moves.setInput(board.moves());
		effect.setText("Plan: " + board.effect().describe());
		String refusal = editRefusal();
		role.setText(refusal == null ? "" : refusal);
		role.getParent().layout();
		updateButtons();
	}

	private void showLanes() {
		Set<Task> planned = new HashSet<>();
		for (PlanningBoard.MoveStatus s : board.moves()) {
			if (s.holds()) {
				planned.add(s.move().getTask());
			}
		}
		canvas.setLanes(board.lanes(filter.getText()), planned);
	}

	private void updateButtons() {
		boolean editable = editRefusal() == null;
		remove.setEnabled(editable && !moves.getStructuredSelection().isEmpty());
		clear.setEnabled(editable && board != null && !board.moves().isEmpty());
		apply.setEnabled(editable && applying == null && board != null && !board.moves().isEmpty());
		rebalance.setEnabled(editable && board != null);
	}

	private void removeSelectedMoves() {
		CompoundCommand command = new CompoundCommand("Remove planned moves");
		for (Object element : moves.getStructuredSelection().toList()) {
			command.append(PlanEdits.removeMove(session.getEditingDomain(), ((PlanningBoard.MoveStatus) element).move()));
		}
		execute(command.isEmpty() ? null : command);
	}

	/** The Rebalance dialog; the moves the planner keeps go into the plan as one command. */
	private void rebalanceAsked() {
		if (editRefusal() != null) {
			return;
		}
		Set<Node> selectedNodes = new java.util.LinkedHashSet<>();
		for (Task task : canvas.getSelection()) {
			Node node = PlanEdits.plannedNodeOf(session.getPool(), task);
			if (node != null) {
				selectedNodes.add(node);
			}
		}
		RebalanceDialog dialog = new RebalanceDialog(canvas.getShell(), session.getPool(), selectedNodes);
		if (dialog.open() != org.eclipse.jface.window.Window.OK || dialog.checked().isEmpty()) {
			return;
		}
		List<java.util.Map.Entry<List<Task>, Node>> drops = dialog.checked().stream()
				.map(p -> java.util.Map.entry(p.tasks(), p.to())).toList();
		execute(PlanEdits.addMoves(session.getEditingDomain(), session.getPool(), drops,
				"Rebalance (" + drops.size() + " moves)"));
		status.setText("Planned the engine's " + drops.size() + " moves; refine them on the board, then Apply Plan\u2026");
		if (dialog.applyNow()) {
			rebuild(); // the board checks the moves just planned before it lists them for confirmation
			applyAsked();
		}
	}

	/** Asks first (listing the moves, and whether to stop at the first failure), then applies the plan. */
	private void applyAsked() {
		if (editRefusal() != null || control == null || board == null || board.moves().isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder("Move these tasks now, one after the other (each is started on its target, "
				+ "then stopped where it runs)?\n\n");
		int listed = 0;
		for (PlanningBoard.MoveStatus s : board.moves()) {
			if (listed++ == 20) {
				text.append("\u2026 and ").append(board.moves().size() - 20).append(" more\n");
				break;
			}
			text.append(s.describe()).append('\n');
		}
		long refused = board.moves().stream().filter(s -> !s.holds()).count();
		if (refused > 0) {
			text.append("\n").append(refused).append(" move(s) no longer hold and will be refused.\n");
		}
		text.append("\n").append(board.effect().describe());
		org.eclipse.jface.dialogs.MessageDialogWithToggle answer = org.eclipse.jface.dialogs.MessageDialogWithToggle
				.openOkCancelConfirm(canvas.getShell(), "Apply Plan", text.toString(), "Stop at the first move that fails",
						true, null, null);
		if (answer.getReturnCode() != org.eclipse.jface.window.Window.OK) {
			return;
		}
		PlanApplication.OnFailure onFailure = answer.getToggleState() ? PlanApplication.OnFailure.STOP
				: PlanApplication.OnFailure.CONTINUE;
		if (session.isServiceBacked()) {
			// The service applies it (the console asks and shows): the migration jobs appear in the Jobs part and the
			// moves done leave the plan as the service's changes arrive.
			if (control instanceof org.flotilla.console.ui.internal.service.SwitchableTaskControl switchable
					&& switchable.target() instanceof org.flotilla.console.core.remote.RemoteTaskControl remote) {
				remote.applyPlan(onFailure == PlanApplication.OnFailure.STOP);
				status.setText("The pool service applies the plan: its moves are jobs in the Jobs part");
			}
			return;
		}
		status.setText("Applying the plan\u2026");
		applying = PlanApplication.start(control, session, onFailure, new PlanApplication.Listener() {
			@Override
			public void progressed(PlanApplication application) {
				if (!status.isDisposed()) {
					List<PlanApplication.Outcome> outcomes = application.outcomes();
					status.setText("Applying the plan: " + outcomes.size() + " of " + application.total() + " done; last: "
							+ outcomes.get(outcomes.size() - 1));
				}
			}

			@Override
			public void finished(PlanApplication application) {
				applying = null;
				if (status.isDisposed()) {
					return;
				}
				List<PlanApplication.Outcome> failed = application.outcomes().stream().filter(o -> !o.moved()).toList();
				status.setText("Plan applied: " + application.moved() + " moved, " + failed.size() + " not"
						+ (application.isStopped() ? " (stopped at the first failure)" : "")
						+ (failed.isEmpty() ? "" : "; " + failed.get(0)));
				updateButtons();
			}
		});
		updateButtons();
	}

	private void execute(Command command) {
		if (command != null && editRefusal() == null) {
			session.getEditingDomain().getCommandStack().execute(command);
		}
	}

	@Inject
	@Optional
	void selectionChanged(@Named(ConsoleIds.SELECTION) Object selected) {
		if (canvas == null || canvas.isDisposed() || !(selected instanceof Task task)) {
			return;
		}
		if (!canvas.getSelection().contains(task)) {
			canvas.setSelection(List.of(task));
			Node node = PlanEdits.plannedNodeOf(session.getPool(), task);
			if (node != null) {
				canvas.reveal(node);
			}
		}
	}

	private static String describe(List<Task> tasks) {
		return tasks.size() == 1 ? tasks.get(0).getName() : tasks.size() + " tasks";
	}

	private static String name(Node node) {
		return node == null ? "(none)" : node.getName();
	}

	@Focus
	void focus() {
		canvas.setFocus();
	}

	public BoardCanvas getCanvas() {
		return canvas;
	}

	public TableViewer getMovesViewer() {
		return moves;
	}

	public String getStatusText() {
		return status.getText();
	}

	public String getEffectText() {
		return effect.getText();
	}

	public String getRoleText() {
		return role.getText();
	}

	public PlanningBoard getBoard() {
		return board;
	}

	@PreDestroy
	void dispose() {
		session.removeListener(poolReplaced);
		watch(null);
		verdictThread.shutdownNow();
	}
}
