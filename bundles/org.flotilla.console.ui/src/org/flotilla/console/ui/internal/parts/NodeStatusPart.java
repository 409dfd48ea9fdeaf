package org.flotilla.console.ui.internal.parts;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.AlertEngine;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Icons;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.model.Alert;
import org.flotilla.model.MetricSample;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * For support staff: every node in one sortable table (state, CPU, memory, uptime, last heartbeat
 * on the console's clock, the agent's clock skew, alerts), a text filter, and quick filters for the nodes that need a look: unreachable ones and
 * overloaded ones (an active CPU or memory alert). Read-only; a row selects the node everywhere.
 */
public class NodeStatusPart {

	@Inject
	private PoolSession session;
	@Inject
	private MApplication application;
	@Inject
	private org.eclipse.e4.core.commands.ECommandService commandService;
	@Inject
	private org.eclipse.e4.core.commands.EHandlerService handlerService;

	private TableViewer viewer;
	private Icons icons;
	private Text filter;
	private Button unreachableOnly;
	private Button overloadedOnly;
	private Label count;
	private PoolFollower follower;
	private java.util.Map<Node, List<Alert>> alertsByNode = java.util.Map.of();

	private List<Column> columns;
	private org.flotilla.console.ui.internal.tasks.Commands commands;

	/** A column: title, width, text, and the key it sorts by. */
	private record Column(String title, int width, Function<Node, String> text, Comparator<Node> order) {
	}

	@PostConstruct
	void create(Composite parent) {
		icons = new Icons(parent.getDisplay());
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout barLayout = new GridLayout(5, false);
		barLayout.marginWidth = 0;
		barLayout.marginHeight = 0;
		bar.setLayout(barLayout);
		filter = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter: name, address, label, state");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		unreachableOnly = new Button(bar, SWT.TOGGLE);
		unreachableOnly.setText("Unreachable");
		unreachableOnly.setToolTipText("Only nodes whose agent does not answer");
		overloadedOnly = new Button(bar, SWT.TOGGLE);
		overloadedOnly.setText("Overloaded");
		overloadedOnly.setToolTipText("Only nodes with an active CPU or memory alert");
		org.eclipse.swt.widgets.ToolBar tools = new org.eclipse.swt.widgets.ToolBar(bar, SWT.FLAT | SWT.RIGHT);
		commands = new org.flotilla.console.ui.internal.tasks.Commands(commandService, handlerService);
		commands.toolItem(tools, ConsoleIds.COMMAND_DRAIN_NODE, "Drain\u2026", "Put the selected node in maintenance; its tasks move");
		commands.toolItem(tools, ConsoleIds.COMMAND_READY_NODE, "Ready", "Make the selected node in maintenance ready again");
		org.eclipse.swt.widgets.ToolItem export = new org.eclipse.swt.widgets.ToolItem(tools, SWT.PUSH);
		export.setText("Export CSV");
		export.setToolTipText("Write the rows shown (filtered, sorted) to a CSV file");
		export.addListener(SWT.Selection,
				e -> org.flotilla.console.ui.internal.tasks.CsvExport.exportAsked(parent.getShell(), "node-status.csv", cells()));
		count = new Label(bar, SWT.NONE);
		count.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));

		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setUseHashlookup(true);
		columns = List.of(
				new Column("Node", 130, Node::getName, Comparator.comparing(n -> String.valueOf(n.getName()))),
				new Column("State", 100, n -> n.getState().getLiteral(), Comparator.comparing(Node::getState)),
				new Column("CPU", 60, n -> percent(latest(n), true), Comparator.comparingDouble(n -> load(n, true))),
				new Column("Memory", 70, n -> percent(latest(n), false), Comparator.comparingDouble(n -> load(n, false))),
				new Column("Uptime", 90, n -> uptime(n.getUptimeSeconds()), Comparator.comparingLong(Node::getUptimeSeconds)),
				new Column("Last heartbeat", 120, n -> heartbeat(n.getLastHeartbeat()), Comparator.comparingLong(Node::getLastHeartbeat)),
				new Column("Clock skew", 110, NodeStatusPart::clockSkew,
						Comparator.comparingLong(n -> n.getLastHeartbeat() <= 0 ? -1 : Math.abs(n.getClockSkewMillis()))),
				new Column("Alerts", 380, this::alertText, Comparator.comparingInt(n -> alerts(n).size())),
				new Column("Task limits", 150, n -> n.getTaskLimits() == null ? "" : n.getTaskLimits(),
						Comparator.comparing(n -> n.getTaskLimits() == null ? "" : n.getTaskLimits())),
				new Column("Address", 110, n -> String.valueOf(n.getAddress()), Comparator.comparing(n -> String.valueOf(n.getAddress()))));
		Sorter sorter = new Sorter();
		for (Column column : columns) {
			TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
			TableColumn tableColumn = viewerColumn.getColumn();
			tableColumn.setText(column.title());
			tableColumn.setWidth(column.width());
			tableColumn.setMoveable(true);
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text().apply((Node) element);
				}

				@Override
				public Image getImage(Object element) {
					return column == columns.get(0) ? icons.get(Icons.Shape.DOT, Icons.stateColor(((Node) element).getState())) : null;
				}

				@Override
				public String getToolTipText(Object element) {
					String text = column.text().apply((Node) element);
					return text == null || text.isEmpty() ? null : text; // all of it, however narrow the column
				}
			});
			tableColumn.addListener(SWT.Selection, e -> {
				sorter.sortBy(column.order(), tableColumn);
				viewer.refresh();
			});
		}
		viewer.setComparator(sorter);
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.addFilter(new QuickFilter());
		filter.addModifyListener(e -> refreshNow());
		unreachableOnly.addListener(SWT.Selection, e -> refreshNow());
		overloadedOnly.addListener(SWT.Selection, e -> refreshNow());
		viewer.addSelectionChangedListener(event -> {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (selected != null && selected != application.getContext().get(ConsoleIds.SELECTION)) {
				application.getContext().set(ConsoleIds.SELECTION, selected);
			}
			commands.update();
		});
		commands.contextMenu(table, () -> application.getContext().get(ConsoleIds.SELECTION));

		follower = new PoolFollower(session, parent.getDisplay(), 250, this::show, this::refreshNow);
	}

	private void show(Pool pool) {
		alertsByNode = AlertEngine.activeAlertsByNode(pool);
		Object[] nodes = pool.getAllNodes().toArray();
		// Empty the virtual table while its old elements are still cached: shrinking it inside setInput
		// makes GTK ask for rows beyond the new, shorter element list, and JFace's virtual manager
		// fails on the missing element (an NPE seen when a 26-node pool was replaced by a 5-node one).
		viewer.getTable().setItemCount(0);
		viewer.setInput(nodes);
		updateCount(nodes.length);
	}

	private void refreshNow() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		// Once per refresh: the labels, the sort and the filter of every row read it.
		alertsByNode = AlertEngine.activeAlertsByNode(session.getPool());
		Object[] nodes = session.getPool().getAllNodes().toArray();
		if (nodes.length != ((Object[]) viewer.getInput()).length) {
			viewer.setInput(nodes);
		} else {
			viewer.refresh();
		}
		updateCount(nodes.length);
	}

	/** The rows shown, in the order shown, as CSV cells (header first). */
	private List<String[]> cells() {
		// Filtered and sorted as the table shows them, virtual rows not painted yet included.
		List<Node> shown = new java.util.ArrayList<>();
		for (Object each : (Object[]) viewer.getInput()) {
			if (java.util.Arrays.stream(viewer.getFilters()).allMatch(f -> f.select(viewer, null, each))) {
				shown.add((Node) each);
			}
		}
		shown.sort((a, b) -> viewer.getComparator().compare(viewer, a, b));
		return org.flotilla.console.ui.internal.tasks.CsvExport.cells(shown, columns.stream().map(Column::title).toList(),
				columns.stream().map(Column::text).toList());
	}

	/** Exports the rows shown to {@code file} without asking (for tests). */
	public org.eclipse.core.runtime.jobs.Job exportTo(java.nio.file.Path file) {
		return org.flotilla.console.ui.internal.tasks.CsvExport.write(viewer.getTable().getDisplay(), file, cells());
	}

	private void updateCount(int total) {
		commands.update();
		count.setText(viewer.getTable().getItemCount() + " of " + total + " nodes");
		count.getParent().layout();
	}

	@Inject
	@Optional
	void selectionChanged(@Named(ConsoleIds.SELECTION) Object selected) {
		if (viewer != null && !viewer.getControl().isDisposed() && selected instanceof Node node
				&& viewer.getStructuredSelection().getFirstElement() != node) {
			viewer.setSelection(new StructuredSelection(node), true);
		}
	}

	/** The table viewer, for tests. */
	public TableViewer getViewer() {
		return viewer;
	}

	/** Shows only unreachable nodes (as the toggle button does). */
	public void showUnreachableOnly(boolean on) {
		unreachableOnly.setSelection(on);
		refreshNow();
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	@PreDestroy
	void dispose() {
		follower.dispose();
		icons.dispose();
	}

	private List<Alert> alerts(Node node) {
		return alertsByNode.getOrDefault(node, List.of());
	}

	private String alertText(Node node) {
		List<Alert> active = alerts(node);
		return active.isEmpty() ? "" : active.stream().map(Alert::getMessage).reduce((a, b) -> a + "; " + b).orElse("");
	}

	private static MetricSample latest(Node node) {
		return TopologyCanvas.latest(node);
	}

	private static double load(Node node, boolean cpu) {
		MetricSample last = latest(node);
		return last == null ? -1 : cpu ? last.getCpu() : last.getMemory();
	}

	private static String percent(MetricSample sample, boolean cpu) {
		return sample == null ? "\u2013" : Math.round((cpu ? sample.getCpu() : sample.getMemory()) * 100) + " %";
	}

	static String uptime(long seconds) {
		if (seconds <= 0) {
			return "\u2013";
		}
		Duration d = Duration.ofSeconds(seconds);
		return d.toDays() > 0 ? String.format(Locale.ROOT, "%dd %02dh", d.toDays(), d.toHoursPart())
				: String.format(Locale.ROOT, "%02d:%02d:%02d", d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart());
	}

	static String heartbeat(long epochMillis) {
		if (epochMillis <= 0) {
			return "never";
		}
		long ago = Math.max(0, (System.currentTimeMillis() - epochMillis) / 1000);
		return ago < 60 ? ago + " s ago" : ago < 3600 ? ago / 60 + " min ago" : ago / 3600 + " h ago";
	}

	/**
	 * How far the node's clock is from the console's, as its latest report showed: "in step" within a
	 * second (network delay included), else e.g. "3.2 s behind" or "2 h ahead"; "–" before any report.
	 */
	static String clockSkew(Node node) {
		if (node.getLastHeartbeat() <= 0) {
			return "\u2013";
		}
		long skew = node.getClockSkewMillis();
		long magnitude = skew == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(skew);
		if (magnitude < 1000) {
			return "in step";
		}
		String amount = magnitude < 60_000 ? String.format(Locale.ROOT, "%.1f s", magnitude / 1000.0)
				: magnitude < 3_600_000 ? magnitude / 60_000 + " min"
						: magnitude < 86_400_000 ? magnitude / 3_600_000 + " h" : magnitude / 86_400_000 + " days";
		return amount + (skew > 0 ? " ahead" : " behind");
	}

	private final class QuickFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer v, Object parent, Object element) {
			Node node = (Node) element;
			if (unreachableOnly.getSelection() && node.getState() != NodeState.UNREACHABLE) {
				return false;
			}
			if (overloadedOnly.getSelection() && alerts(node).stream()
					.noneMatch(a -> a.getRule().equals(AlertEngine.CPU_HIGH) || a.getRule().equals(AlertEngine.MEMORY_HIGH))) {
				return false;
			}
			String wanted = filter.getText().trim().toLowerCase(Locale.ROOT);
			return wanted.isEmpty() || String.valueOf(node.getName()).toLowerCase(Locale.ROOT).contains(wanted)
					|| String.valueOf(node.getAddress()).contains(wanted) || node.getState().getLiteral().equals(wanted)
					|| node.getLabels().stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).contains(wanted));
		}
	}

	/** Sorts by the last clicked column; a second click reverses. */
	private static final class Sorter extends ViewerComparator {
		private Comparator<Node> order = Comparator.comparing(n -> String.valueOf(n.getName()));
		private TableColumn column;
		private boolean descending;

		void sortBy(Comparator<Node> newOrder, TableColumn newColumn) {
			descending = newColumn == column && !descending;
			order = newOrder;
			column = newColumn;
			newColumn.getParent().setSortColumn(newColumn);
			newColumn.getParent().setSortDirection(descending ? SWT.DOWN : SWT.UP);
		}

		@Override
		public int compare(Viewer viewer, Object a, Object b) {
			int result = order.compare((Node) a, (Node) b);
			return descending ? -result : result;
		}
	}
}
