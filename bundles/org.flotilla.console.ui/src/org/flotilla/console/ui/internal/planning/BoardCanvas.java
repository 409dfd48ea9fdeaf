package org.flotilla.console.ui.internal.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.flotilla.console.core.planning.PlanningBoard;
import org.flotilla.model.MetricSample;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Task;
import org.flotilla.model.TaskState;

/**
 * The planning board's lanes: one row per node under its site and rack headers, with capacity bars (observed
 * use, predicted load after the plan, headroom) and the node's tasks as cards. It scrolls itself and paints only
 * the rows on screen, so 10,000 lanes cost what the visible ones cost. While tasks are dragged over a lane, the
 * lane is painted in the verdict's color with the verdict's text (see {@link #setHover}); on X11 that lane is also
 * drawn straight onto the window at once, before GTK's next frame (see {@link #drawsDirectly()}).
 */
public final class BoardCanvas extends Canvas {

	/** Fill of a lane the dragged tasks fit on. */
	public static final RGB FITS = new RGB(196, 238, 200);
	/** Fill of a lane the engine refuses the dragged tasks on. */
	public static final RGB REFUSED = new RGB(246, 196, 196);
	/** Fill of a lane whose verdict is still being computed. */
	public static final RGB CHECKING = new RGB(236, 236, 210);

	static final int HEADER_HEIGHT = 22;
	static final int LANE_HEIGHT = 64;
	static final int LANE_INFO_WIDTH = 210;
	static final int CARD_WIDTH = 150;
	static final int CARD_HEIGHT = 52;
	static final int CARD_GAP = 6;
	/** A lane wraps its cards into at most this many rows; beyond, its last card slot says how many more it has. */
	static final int MAX_CARD_ROWS = 3;
	private static final int CARD_ROW = CARD_HEIGHT + 4;
	private static final int CARD_MARGIN = 6;
	private static final int BAR_WIDTH = 110;
	/** Pixels from the top or bottom edge where a drag scrolls the board. */
	static final int AUTO_SCROLL_ZONE = 28;

	/** One row: a site or rack header, or a lane. */
	private record Row(String header, PlanningBoard.Lane lane) {
	}

	private final Color laneFill;
	private final Color headerFill;
	private final Color barBack;
	private final Color barPlanned;
	private final Color barObserved;
	private final Color barOver;
	private final Color cardRunning;
	private final Color cardPending;
	private final Color cardIdle;
	private final Color cardBorder;
	private final Color plannedBorder;
	private final Color selectedBorder;
	private final Color fits;
	private final Color refused;
	private final Color checking;
	private final Color notReady;
	private final Color grid;
	private final Font bold;

	private List<PlanningBoard.Lane> lanes = List.of();
	/** The card slots per row the rows were laid out for (the width decides it). */
	private int laidOutSlots;
	private List<Row> rows = List.of();
	/** Top y of every row in board coordinates, and one more entry: the total height. */
	private int[] rowTop = { 0 };
	private int scrollY;
	private final Set<Task> selection = new LinkedHashSet<>();
	private Set<Task> plannedHere = Set.of();
	private final List<Consumer<List<Task>>> selectionListeners = new ArrayList<>();

	private Node hoverNode;
	private PlanningBoard.Verdict hoverVerdict;
	/** Whether a hovered lane is drawn straight onto the window (X11 only; false once SWT has refused it). */
	private boolean drawDirectly = isX11();
	private int directDraws;
	/** Where the last paint put the rows (scroll position, layout, width): where the window shows them until the next. */
	private int paintedScrollY = -1;
	private int[] paintedRowTop;
	private int paintedWidth = -1;
	private long lastDirectDrawNanos;

	public BoardCanvas(Composite parent) {
		super(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		laneFill = color(255, 255, 255);
		headerFill = color(226, 230, 238);
		barBack = color(232, 232, 232);
		barPlanned = color(110, 150, 210);
		barObserved = color(40, 60, 100);
		barOver = color(210, 60, 50);
		cardRunning = color(222, 234, 250);
		cardPending = color(252, 244, 205);
		cardIdle = color(225, 225, 225);
		cardBorder = color(150, 160, 175);
		plannedBorder = color(230, 130, 20);
		selectedBorder = color(20, 60, 170);
		fits = new Color(FITS);
		refused = new Color(REFUSED);
		checking = new Color(CHECKING);
		notReady = color(150, 60, 60);
		grid = color(210, 214, 220);
		FontData data = getFont().getFontData()[0];
		bold = new Font(getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, e -> {
			if (slotsPerLane() != laidOutSlots) {
				layoutRows(); // lanes wrap their cards: their heights follow the width
			}
			updateScrollBar();
		});
		getVerticalBar().addListener(SWT.Selection, e -> {
			scrollY = getVerticalBar().getSelection();
			redraw();
		});
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.Dispose, e -> bold.dispose());
	}

	private Color color(int r, int g, int b) {
		return new Color(r, g, b);
	}

	/** Shows these lanes (already filtered), with their site and rack headers. */
	public void setLanes(List<PlanningBoard.Lane> lanes, Set<Task> plannedHere) {
		this.plannedHere = plannedHere;
		this.lanes = lanes;
		layoutRows();
		selection.removeIf(task -> task.eContainer() == null);
		updateScrollBar();
		redraw();
	}

	private void layoutRows() {
		int slots = slotsPerLane();
		laidOutSlots = slots;
		List<Row> newRows = new ArrayList<>(lanes.size() + lanes.size() / 8 + 1);
		String site = null;
		String rack = null;
		for (PlanningBoard.Lane lane : lanes) {
			if (!lane.site().equals(site) || !lane.rack().equals(rack)) {
				site = lane.site();
				rack = lane.rack();
				newRows.add(new Row(site.isEmpty() ? "(no site)" : rack.isEmpty() ? site : site + " \u203a " + rack, null));
			}
			newRows.add(new Row(null, lane));
		}
		int[] tops = new int[newRows.size() + 1];
		for (int i = 0; i < newRows.size(); i++) {
			PlanningBoard.Lane lane = newRows.get(i).lane();
			tops[i + 1] = tops[i] + (lane == null ? HEADER_HEIGHT : laneHeight(lane, slots));
		}
		rows = newRows;
		rowTop = tops;
	}

	private static int cardRows(PlanningBoard.Lane lane, int slots) {
		return Math.max(1, Math.min(MAX_CARD_ROWS, (lane.tasks().size() + slots - 1) / slots));
	}

	private static int laneHeight(PlanningBoard.Lane lane, int slots) {
		return Math.max(LANE_HEIGHT, CARD_MARGIN + cardRows(lane, slots) * CARD_ROW + 2);
	}

	/** How many of the lane's cards are painted (the last slot says how many more there are when they do not fit). */
	private static int cardsShown(PlanningBoard.Lane lane, int slots) {
		int capacity = cardRows(lane, slots) * slots;
		int tasks = lane.tasks().size();
		return tasks > capacity ? capacity - 1 : tasks;
	}

	private void updateScrollBar() {
		ScrollBar bar = getVerticalBar();
		int total = rowTop[rowTop.length - 1];
		int visible = Math.max(1, getClientArea().height);
		scrollY = Math.max(0, Math.min(scrollY, Math.max(0, total - visible)));
		bar.setValues(scrollY, 0, Math.max(total, visible), visible, LANE_HEIGHT / 2, visible);
		bar.setVisible(total > visible);
	}

	/** Scrolls by {@code dy} pixels (a drag near an edge does this); returns whether it moved. */
	public boolean scrollBy(int dy) {
		int old = scrollY;
		scrollY += dy;
		updateScrollBar();
		if (scrollY != old) {
			redraw();
			return true;
		}
		return false;
	}

	/** Scrolls so that {@code node}'s lane is on screen. */
	public void reveal(Node node) {
		int i = rowOf(node);
		if (i < 0) {
			return;
		}
		int height = getClientArea().height;
		if (rowTop[i] < scrollY) {
			scrollY = rowTop[i] - HEADER_HEIGHT;
		} else if (rowTop[i + 1] > scrollY + height) {
			scrollY = rowTop[i + 1] - height;
		}
		updateScrollBar();
		redraw();
	}

	private int rowOf(Node node) {
		for (int i = 0; i < rows.size(); i++) {
			PlanningBoard.Lane lane = rows.get(i).lane();
			if (lane != null && lane.node() == node) {
				return i;
			}
		}
		return -1;
	}

	/** The row at canvas y, or -1. */
	private int rowAt(int y) {
		int boardY = y + scrollY;
		int i = Arrays.binarySearch(rowTop, boardY);
		int row = i >= 0 ? i : -i - 2;
		return row >= 0 && row < rows.size() ? row : -1;
	}

	/** The lane's node at canvas point (x, y), or null. */
	public Node nodeAt(int x, int y) {
		int row = rowAt(y);
		return row < 0 || rows.get(row).lane() == null ? null : rows.get(row).lane().node();
	}

	/** The card's task at canvas point (x, y), or null. */
	public Task taskAt(int x, int y) {
		int row = rowAt(y);
		if (row < 0 || rows.get(row).lane() == null) {
			return null;
		}
		PlanningBoard.Lane lane = rows.get(row).lane();
		int slots = slotsPerLane();
		int column = (x - LANE_INFO_WIDTH) / (CARD_WIDTH + CARD_GAP);
		int dy = y - (rowTop[row] - scrollY) - CARD_MARGIN;
		if (x < LANE_INFO_WIDTH || column >= slots || (x - LANE_INFO_WIDTH) % (CARD_WIDTH + CARD_GAP) >= CARD_WIDTH || dy < 0
				|| dy % CARD_ROW >= CARD_HEIGHT) {
			return null;
		}
		int index = dy / CARD_ROW * slots + column;
		return index < cardsShown(lane, slots) ? lane.tasks().get(index) : null;
	}

	private int slotsPerLane() {
		return Math.max(1, (getClientArea().width - LANE_INFO_WIDTH) / (CARD_WIDTH + CARD_GAP));
	}

	/** The lane of {@code node} in canvas coordinates (it may be off screen), or null when it is not shown. */
	public Rectangle laneBounds(Node node) {
		int i = rowOf(node);
		return i < 0 ? null : new Rectangle(0, rowTop[i] - scrollY, getClientArea().width, rowTop[i + 1] - rowTop[i]);
	}

	/** The card of {@code task} in canvas coordinates, or null when it is not shown. */
	public Rectangle cardBounds(Task task) {
		for (int i = 0; i < rows.size(); i++) {
			PlanningBoard.Lane lane = rows.get(i).lane();
			if (lane != null) {
				int index = lane.tasks().indexOf(task);
				int slots = slotsPerLane();
				if (index >= 0 && index < cardsShown(lane, slots)) {
					return new Rectangle(LANE_INFO_WIDTH + index % slots * (CARD_WIDTH + CARD_GAP),
							rowTop[i] - scrollY + CARD_MARGIN + index / slots * CARD_ROW, CARD_WIDTH, CARD_HEIGHT);
				}
			}
		}
		return null;
	}

	/** Paints {@code node}'s lane in the verdict's color with its text (null, null: no lane is hovered). */
	public void setHover(Node node, PlanningBoard.Verdict verdict) {
		if (node == hoverNode && verdict == hoverVerdict) {
			return;
		}
		Rectangle before = hoverNode == null ? null : laneBounds(hoverNode);
		hoverNode = node;
		hoverVerdict = verdict;
		Rectangle after = node == null ? null : laneBounds(node);
		if (before == null && after == null) {
			redraw();
			return;
		}
		// Only the lane left and the lane entered change. The verdict is what a planner dragging a card waits for
		// (issue 12: pointer in a lane to its verdict in 16 ms), and on GTK 3 neither redraw nor update() paints before
		// GTK's next frame-clock tick (up to 16.7 ms away; the board benchmark saw no paint within dragOver in 80). So
		// on X11 both lanes are drawn onto the window now, and the regular paint follows on the next frame as always.
		for (Rectangle lane : new Rectangle[] { before, after }) {
			if (lane != null) {
				redraw(lane.x, lane.y, lane.width, lane.height, false);
			}
		}
		if (node == null || !drawNow(after, before)) {
			update();
		}
	}

	/**
	 * Draws the lanes at {@code entered} and {@code left} (canvas coordinates; either may be null) onto the window at
	 * once, outside GTK's frame clock, with the paint listener's own {@link #paintLane}, and hands each to the X server
	 * as soon as it is drawn (on X11 SWT's {@code Display.update()} scans Xlib's queue with XCheckIfEvent, which
	 * flushes Xlib's output buffer): the lane entered first, as it is the one waited for. Straight onto the window, not
	 * through an image: a 1,400 x 120 lane as an image is about 0.7 MB to send to the X server, which cost 2.5 ms more
	 * per hover in the board benchmark; drawn, it is a few dozen small requests that the X server carries out
	 * together. When the rows have moved since the last paint, every row on screen is drawn instead. Returns whether
	 * anything was drawn: false when neither lane is on screen, the canvas is hidden or empty, or where drawing is not
	 * possible: not on X11, or SWT refused a GC on the canvas (it then is not tried again).
	 */
	private boolean drawNow(Rectangle entered, Rectangle left) {
		Rectangle area = getClientArea();
		if (!drawDirectly || !isVisible() || area.isEmpty()) {
			return false;
		}
		long began = System.nanoTime();
		boolean drew = false;
		try {
			if (scrollY != paintedScrollY || rowTop != paintedRowTop || area.width != paintedWidth) {
				// Scrolled or laid out again since the last paint (auto-scroll near an edge does this): the window shows
				// the rows at their old places until the next frame, and a lane drawn alone at its new place would sit
				// among them. So every row on screen is drawn now, as the next paint will draw them (a few lanes: the
				// board paints only what is visible; the benchmark saw this case once in 40 hovers, waiting 20 ms for
				// the frame). GTK's overlay scroll bar, where it crosses the rows, comes back with that frame.
				drawOnWindow(window -> paintArea(window, area.x, area.y, area.width, area.height));
				drew = true;
			} else {
				int slots = slotsPerLane();
				for (Rectangle bounds : new Rectangle[] { entered, left == null || left.equals(entered) ? null : left }) {
					int row = bounds == null ? -1 : rowAt(bounds.y);
					if (row >= 0 && rows.get(row).lane() != null && bounds.intersects(area)) {
						PlanningBoard.Lane lane = rows.get(row).lane();
						drawOnWindow(window -> paintLane(window, lane, bounds.y, area.width, slots, bounds.height));
						drew = true;
					}
				}
			}
		} catch (SWTError e) {
			// This display will not be drawn on outside a paint (no GC for the window): the regular paint alone, from now on.
			drawDirectly = false;
			return false;
		} catch (SWTException e) {
			return false; // e.g. disposed while dragging: this time only
		}
		if (drew) {
			directDraws++;
			lastDirectDrawNanos = System.nanoTime() - began;
		}
		return drew;
	}

	/** Draws onto the window with a GC of its own, disposed (cairo's drawing finished) before the flush to the X server. */
	private void drawOnWindow(Consumer<GC> drawing) {
		GC window = new GC(this);
		try {
			drawing.accept(window);
		} finally {
			window.dispose();
		}
		getDisplay().update();
	}

	/**
	 * Whether SWT runs on X11 here: there a GC on a control draws on the window at once (GDK's cairo context on the X
	 * window); on Wayland such drawing reaches the screen only with GTK's next frame, if at all. SWT says which in its
	 * GTK fragment's internal OS class, which no public API exposes: asked by reflection, and any other platform or
	 * SWT version that lacks it gets the regular paint only.
	 */
	private static boolean isX11() {
		if (!"gtk".equals(SWT.getPlatform())) {
			return false;
		}
		try {
			return Boolean.TRUE.equals(Class.forName("org.eclipse.swt.internal.gtk.OS", true, SWT.class.getClassLoader())
					.getMethod("isX11").invoke(null));
		} catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
			return false;
		}
	}

	/** Whether a lane entered during a drag is drawn onto the window at once, before the regular paint (X11). */
	public boolean drawsDirectly() {
		return drawDirectly;
	}

	/** How many times lanes were drawn onto the window at once since the canvas was made (for the board benchmark). */
	public int getDirectDraws() {
		return directDraws;
	}

	/** How long the last direct draw took, both lanes drawn and flushed, in nanoseconds (for the board benchmark). */
	public long getLastDirectDrawNanos() {
		return lastDirectDrawNanos;
	}

	public Node getHoverNode() {
		return hoverNode;
	}

	public PlanningBoard.Verdict getHoverVerdict() {
		return hoverVerdict;
	}

	public List<Task> getSelection() {
		return List.copyOf(selection);
	}

	/** Selects these tasks' cards (no listener is told). */
	public void setSelection(List<Task> tasks) {
		selection.clear();
		selection.addAll(tasks);
		redraw();
	}

	public void addSelectionListener(Consumer<List<Task>> listener) {
		selectionListeners.add(listener);
	}

	private void mouseDown(Event e) {
		if (e.button != 1) {
			return;
		}
		setFocus();
		Task task = taskAt(e.x, e.y);
		boolean add = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0;
		if (task == null) {
			if (!add && !selection.isEmpty()) {
				selection.clear();
				redraw();
			}
			return;
		}
		if (add) {
			if (!selection.remove(task)) {
				selection.add(task);
			}
		} else if (!selection.contains(task)) {
			// A press on a selected card keeps the selection: it may start dragging all of them.
			selection.clear();
			selection.add(task);
		}
		redraw();
		List<Task> selected = getSelection();
		selectionListeners.forEach(l -> l.accept(selected));
	}

	private void paint(Event e) {
		paintArea(e.gc, e.x, e.y, e.width, e.height);
	}

	/** Paints the rows within the given part of the canvas (a paint event's, or the whole of it for {@link #drawNow}). */
	private void paintArea(GC gc, int x, int y, int width, int height) {
		Rectangle area = getClientArea();
		paintedScrollY = scrollY;
		paintedRowTop = rowTop;
		paintedWidth = area.width;
		gc.setBackground(laneFill);
		gc.fillRectangle(x, y, width, height);
		int first = rowAt(Math.max(0, y));
		if (first < 0) {
			return;
		}
		int slots = slotsPerLane();
		for (int i = first; i < rows.size(); i++) {
			int top = rowTop[i] - scrollY;
			if (top > y + height) {
				break;
			}
			Row row = rows.get(i);
			if (row.lane() == null) {
				gc.setBackground(headerFill);
				gc.fillRectangle(0, top, area.width, HEADER_HEIGHT);
				gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
				gc.setFont(bold);
				gc.drawString(row.header(), 6, top + 3, true);
				gc.setFont(null);
			} else {
				paintLane(gc, row.lane(), top, area.width, slots, rowTop[i + 1] - rowTop[i]);
			}
		}
	}

	private void paintLane(GC gc, PlanningBoard.Lane lane, int top, int width, int slots, int height) {
		Node node = lane.node();
		boolean hovered = node == hoverNode;
		// The whole lane: drawNow draws a lane on its own, onto the window, as well as within a paint.
		gc.setBackground(!hovered ? laneFill : hoverVerdict == null ? checking : hoverVerdict.fits() ? fits : refused);
		gc.fillRectangle(0, top, width, height);
		gc.setForeground(grid);
		gc.drawLine(0, top + height - 1, width, top + height - 1);
		gc.setFont(bold);
		gc.setForeground(node.getState() == NodeState.READY ? getDisplay().getSystemColor(SWT.COLOR_BLACK) : notReady);
		gc.drawString(node.getName() + (node.getState() == NodeState.READY ? "" : "  (" + node.getState().getLiteral() + ")"),
				6, top + 3, true);
		gc.setFont(null);
		MetricSample sample = node.getMetrics() == null || node.getMetrics().getSamples().isEmpty() ? null
				: node.getMetrics().getSamples().get(node.getMetrics().getSamples().size() - 1);
		bar(gc, "CPU", 6, top + 26, lane.plannedShare(0), sample == null ? Double.NaN : sample.getCpu());
		bar(gc, "Mem", 6, top + 44, lane.plannedShare(1), sample == null ? Double.NaN : sample.getMemory());

		List<Task> tasks = lane.tasks();
		int shown = cardsShown(lane, slots);
		for (int s = 0; s < shown; s++) {
			paintCard(gc, tasks.get(s), LANE_INFO_WIDTH + s % slots * (CARD_WIDTH + CARD_GAP),
					top + CARD_MARGIN + s / slots * CARD_ROW);
		}
		if (shown < tasks.size()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawString("+" + (tasks.size() - shown) + " more", LANE_INFO_WIDTH + shown % slots * (CARD_WIDTH + CARD_GAP) + 4,
					top + CARD_MARGIN + shown / slots * CARD_ROW + 14, true);
		}
		if (hovered && hoverVerdict != null) {
			// The verdict over the lane's free part (right of the cards), wrapped to fit.
			int x = LANE_INFO_WIDTH + Math.min(shown + (shown < tasks.size() ? 1 : 0), slots) * (CARD_WIDTH + CARD_GAP);
			x = Math.max(LANE_INFO_WIDTH, Math.min(x, width - 260));
			gc.setBackground(hoverVerdict.fits() ? fits : refused); // over the cards when the lane is narrow
			gc.fillRectangle(x - 4, top, width - x + 4, height - 1);
			gc.setForeground(getDisplay().getSystemColor(hoverVerdict.fits() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
			gc.setFont(bold);
			gc.drawString(hoverVerdict.fits() ? "\u2714 fits" : "\u2718 refused", x, top + 3, true);
			gc.setFont(null);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
			drawWrapped(gc, hoverVerdict.text(), x, top + 20, width - x - 4, 2);
		}
	}

	private void bar(GC gc, String label, int x, int y, double planned, double observed) {
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawString(label, x, y - 4, true);
		int bx = x + 38;
		gc.setBackground(barBack);
		gc.fillRectangle(bx, y, BAR_WIDTH, 8);
		gc.setBackground(planned > 1 ? barOver : barPlanned);
		gc.fillRectangle(bx, y, (int) Math.round(BAR_WIDTH * Math.min(1, planned)), 8);
		if (!Double.isNaN(observed)) {
			gc.setBackground(barObserved);
			gc.fillRectangle(bx, y + 3, (int) Math.round(BAR_WIDTH * Math.min(1, Math.max(0, observed))), 3);
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawString(Math.round(planned * 100) + "%", bx + BAR_WIDTH + 4, y - 4, true);
	}

	private void paintCard(GC gc, Task task, int x, int y) {
		TaskState state = task.getState();
		gc.setBackground(state == TaskState.RUNNING || state == TaskState.STARTING || state == TaskState.RESTARTING
				|| state == TaskState.PLACED ? cardRunning : state == TaskState.PENDING ? cardPending : cardIdle);
		gc.fillRoundRectangle(x, y, CARD_WIDTH, CARD_HEIGHT, 6, 6);
		boolean selected = selection.contains(task);
		gc.setForeground(selected ? selectedBorder : plannedHere.contains(task) ? plannedBorder : cardBorder);
		gc.setLineWidth(selected || plannedHere.contains(task) ? 2 : 1);
		gc.drawRoundRectangle(x, y, CARD_WIDTH - 1, CARD_HEIGHT - 1, 6, 6);
		gc.setLineWidth(1);
		gc.setClipping(x + 3, y, CARD_WIDTH - 6, CARD_HEIGHT);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.setFont(bold);
		gc.drawString(task.getName() == null ? "(unnamed)" : task.getName(), x + 5, y + 2, true);
		gc.setFont(null);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawString(demand(task), x + 5, y + 18, true);
		gc.drawString(state.getLiteral() + (plannedHere.contains(task) ? " \u00b7 planned" : ""), x + 5, y + 34, true);
		gc.setClipping((Rectangle) null);
	}

	static String demand(Task task) {
		double cpu = task.getPredictedCpuDemand() > 0 ? task.getPredictedCpuDemand() : task.getCpuDemand();
		long memory = task.getPredictedMemoryDemand() > 0 ? task.getPredictedMemoryDemand() : task.getMemoryDemand();
		return (cpu == Math.rint(cpu) ? Long.toString((long) cpu) : String.format(Locale.ROOT, "%.2f", cpu)) + " cpu \u00b7 "
				+ memory + " MiB";
	}

	/** Draws {@code text} in at most {@code lines} lines of {@code width} pixels, breaking at spaces. */
	private static void drawWrapped(GC gc, String text, int x, int y, int width, int lines) {
		String rest = text;
		int lineHeight = gc.getFontMetrics().getHeight();
		for (int line = 0; line < lines && !rest.isEmpty(); line++) {
			int end = rest.length();
			while (end > 0 && gc.textExtent(rest.substring(0, end)).x > width) {
				int space = rest.lastIndexOf(' ', end - 1);
				end = space > 0 ? space : end - 1;
			}
			if (end <= 0) {
				break;
			}
			String piece = line == lines - 1 && end < rest.length() ? ellipsize(gc, rest, width) : rest.substring(0, end);
			gc.drawString(piece, x, y + line * lineHeight, true);
			rest = end < rest.length() ? rest.substring(end).trim() : "";
		}
	}

	private static String ellipsize(GC gc, String text, int width) {
		int end = text.length();
		while (end > 0 && gc.textExtent(text.substring(0, end) + "\u2026").x > width) {
			end--;
		}
		return text.substring(0, end) + "\u2026";
	}

	/** Rows painted for the given client height: the benchmark's and the tests' measure of virtualization. */
	public int rowsOnScreen() {
		int first = rowAt(0);
		int last = rowAt(getClientArea().height - 1);
		return first < 0 ? 0 : (last < 0 ? rows.size() - 1 : last) - first + 1;
	}
}
