package org.flotilla.console.ui.internal.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.audit.AuditTrail;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.service.ServiceConnector;
import org.flotilla.console.ui.internal.tasks.CsvExport;
import org.flotilla.model.Node;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Who did what, when, to which node, with what result: the pool's audit trail as the pool service keeps it (every
 * console request, allowed or refused, and every command the service sent to an agent for someone), or, on request, a
 * node's own audit fetched from its agent. The filters (text, person, node, result, time range) are applied by the
 * service, which sends a page at a time; More asks for the next page. The answers arrive on network threads and the
 * UI thread only paints them. Export writes what is shown as CSV.
 */
public class AuditPart {

	/** Widget data key that tests find the controls by. */
	static final String TEST_ID = "org.flotilla.test.id";
	public static final String SEARCH = "Search";
	public static final String MORE = "More";
	public static final String NODE_LOG = "Node's Own Log";
	public static final String EXPORT = "Export CSV\u2026";
	/** Time range choices, and how far back each reaches (null: any time). */
	static final String[] RANGES = { "Any time", "Last hour", "Last 24 hours", "Last 7 days" };
	private static final Duration[] RANGE_DURATIONS = { null, Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7) };
	static final String[] OUTCOMES = { "Any result", "OK", "REFUSED", "FAILED", "SUPPRESSED", "STARTED" };
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

	@Inject
	@Optional
	private ServiceConnector connector;
	@Inject
	private MApplication application;

	private Text text;
	private Text person;
	private Text node;
	private Combo outcome;
	private Combo range;
	private Button more;
	private Label status;
	private Table table;
	private Color refusedColor;

	/** UI thread: what is shown, and where it came from. */
	private final List<AuditTrail.Record> shown = new ArrayList<>();
	private AuditTrail.Filter filter = AuditTrail.Filter.ALL;
	/** The node whose own audit is shown, or null for the pool's trail. */
	private String nodeShown;
	private int next;
	/** Counts the loads asked for: an answer to an older one is dropped. */
	private int generation;

	@PostConstruct
	void create(Composite parent) {
		refusedColor = new Color(new RGB(200, 40, 40));
		parent.setLayout(new GridLayout(1, false));
		// The fields and buttons wrap to further rows when the part is narrow: none is ever out of reach.
		Composite filters = new Composite(parent, SWT.NONE);
		filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		org.eclipse.swt.layout.RowLayout layout = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		layout.wrap = true;
		layout.center = true;
		layout.marginLeft = 0;
		layout.marginTop = 0;
		layout.marginBottom = 0;
		filters.setLayout(layout);
		text = field(filters, "Text", "audit-text", 140, "Anywhere in the line");
		person = field(filters, "Person", "audit-person", 90, "The certificate's name (contained, any case)");
		node = field(filters, "Node", "audit-node", 90, "A node's name in the target");
		outcome = combo(filters, "audit-outcome", OUTCOMES);
		range = combo(filters, "audit-range", RANGES);
		button(filters, SEARCH, "Ask the pool service for what the filters match", this::search);
		more = button(filters, MORE, "The next page, older entries", this::loadMore);
		more.setEnabled(false);
		button(filters, NODE_LOG, "The selected node's own audit, fetched from its agent", this::nodeLog);
		button(filters, EXPORT, "Save what is shown as CSV", this::exportAsked);

		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		status.setData(TEST_ID, "audit-status");

		table = new Table(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setData(TEST_ID, "audit-table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		int[] widths = { 150, 90, 100, 125, 170, 85, 380 };
		for (int i = 0; i < AuditTrail.COLUMNS.size(); i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(AuditTrail.COLUMNS.get(i));
			column.setWidth(widths[i]);
			column.setMoveable(true);
		}
		table.addListener(SWT.Selection, e -> {
			// Selecting an entry about a node selects that node in the other views (and for Node's Own Log).
			int index = table.getSelectionIndex();
			if (index >= 0 && index < shown.size()) {
				Node about = nodeNamed(shown.get(index).target());
				if (about != null) {
					application.getContext().set(ConsoleIds.SELECTION, about);
				}
			}
		});
		search();
	}

	private Text field(Composite parent, String label, String id, int width, String tip) {
		Composite pair = new Composite(parent, SWT.NONE); // a label stays with its field when the row wraps
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		pair.setLayout(layout);
		new Label(pair, SWT.NONE).setText(label);
		Text field = new Text(pair, SWT.BORDER | SWT.SEARCH);
		field.setData(TEST_ID, id);
		field.setToolTipText(tip + "; Enter searches");
		GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
		data.widthHint = width;
		field.setLayoutData(data);
		field.addListener(SWT.DefaultSelection, e -> search());
		return field;
	}

	private Combo combo(Composite parent, String id, String[] items) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(0);
		combo.setData(TEST_ID, id);
		combo.addListener(SWT.Selection, e -> search());
		return combo;
	}

	private Button button(Composite parent, String label, String tip, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** The filter the fields say now (UI thread). */
	AuditTrail.Filter currentFilter() {
		Duration back = RANGE_DURATIONS[Math.max(0, range.getSelectionIndex())];
		String result = outcome.getSelectionIndex() <= 0 ? null : outcome.getText();
		return new AuditTrail.Filter(back == null ? null : Instant.now().minus(back), null, person.getText(), node.getText(),
				null, result, text.getText());
	}

	/** Asks the service for the first page of what the filters match. */
	public void search() {
		filter = currentFilter();
		nodeShown = null;
		load(0, true);
	}

	/** Asks for the next page of what is shown. */
	public void loadMore() {
		load(next, false);
	}

	/**
	 * Fetches the own audit of the selected node (in any view, or named in the Node field) from its agent through the
	 * service.
	 */
	public void nodeLog() {
		String name = node.getText().strip();
		Object selected = application.getContext().get(ConsoleIds.SELECTION);
		if (selected instanceof Node selectedNode && selectedNode.getName() != null) {
			name = selectedNode.getName();
		}
		if (name.isEmpty()) {
			status.setText("Select a node (or name one in the Node field) to fetch its own audit from its agent.");
			return;
		}
		nodeShown = name;
		load(0, true);
	}

	private void load(int offset, boolean fresh) {
		if (connector == null) {
			status.setText("No pool service connection is available in this console.");
			return;
		}
		int mine = ++generation;
		String what = nodeShown == null ? "the pool's audit" : "the own audit of " + nodeShown;
		status.setText("Asking for " + what + "\u2026");
		more.setEnabled(false);
		AuditTrail trail = new AuditTrail(connector::request);
		CompletableFuture<AuditTrail.Page> page = nodeShown == null ? trail.read(filter, offset) : trail.agentLog(nodeShown, offset);
		String shownNode = nodeShown;
		page.whenComplete((answer, failure) -> {
			if (table.isDisposed()) {
				return;
			}
			table.getDisplay().asyncExec(() -> {
				if (table.isDisposed() || mine != generation) {
					return;
				}
				if (failure != null) {
					status.setText("Cannot read " + what + ": " + reason(failure));
					return;
				}
				paint(answer, fresh, shownNode);
			});
		});
	}

	/** UI thread: shows a page that arrived. */
	private void paint(AuditTrail.Page page, boolean fresh, String shownNode) {
		table.setRedraw(false);
		try {
			if (fresh) {
				shown.clear();
				table.removeAll();
			}
			for (AuditTrail.Record record : page.records()) {
				shown.add(record);
				TableItem item = new TableItem(table, SWT.NONE);
				String[] cells = AuditTrail.cells(record);
				cells[0] = TIME.format(record.at());
				item.setText(cells);
				if (!"OK".equals(record.outcome()) && !"STARTED".equals(record.outcome())) {
					item.setForeground(5, refusedColor);
				}
			}
		} finally {
			table.setRedraw(true);
		}
		next = page.next();
		more.setEnabled(page.more());
		status.setText((shownNode == null ? "The pool's audit (kept by the pool service)" : "The own audit of node " + shownNode
				+ " (from its agent)") + ": " + shown.size() + (shown.size() == 1 ? " entry" : " entries") + (page.more() ? " shown, older ones with More" : "")
				+ ", newest first.");
	}

	private static String reason(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	private Node nodeNamed(String target) {
		if (target == null || !target.startsWith("Node ")) {
			return null;
		}
		String name = target.substring("Node ".length());
		org.flotilla.console.core.PoolSession session = application.getContext().get(org.flotilla.console.core.PoolSession.class);
		if (session == null || session.getPool() == null) {
			return null;
		}
		return session.getPool().getAllNodes().stream().filter(n -> name.equals(n.getName())).findFirst().orElse(null);
	}

	/** The cells of what is shown, header first (UI thread). */
	List<String[]> cells() {
		List<String[]> cells = new ArrayList<>(shown.size() + 1);
		cells.add(AuditTrail.COLUMNS.toArray(String[]::new));
		for (AuditTrail.Record record : shown) {
			cells.add(AuditTrail.cells(record));
		}
		return cells;
	}

	private void exportAsked() {
		CsvExport.exportAsked(table.getShell(), nodeShown == null ? "pool-audit.csv" : nodeShown + "-audit.csv", cells());
	}

	/** Writes what is shown to {@code file} as CSV, in a job (UI thread). */
	public Job exportTo(Path file) {
		return CsvExport.write(table.getDisplay(), file, cells());
	}

	/** The records shown, newest first (UI thread). */
	public List<AuditTrail.Record> shown() {
		return List.copyOf(shown);
	}

	/** The line that says what is shown, or why nothing is (UI thread). */
	public String statusText() {
		return status.getText();
	}

	public Table getTable() {
		return table;
	}

	/** A control of this part by its test id (UI thread). */
	public Control control(String id) {
		return find(table.getParent(), id);
	}

	private static Control find(Composite parent, String id) {
		for (Control child : parent.getChildren()) {
			if (id.equals(child.getData(TEST_ID))) {
				return child;
			}
			if (child instanceof Composite composite) {
				Control found = find(composite, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Focus
	void focus() {
		table.setFocus();
	}

	@PreDestroy
	void dispose() {
		generation++;
		if (refusedColor != null) {
			refusedColor.dispose();
		}
	}
}
