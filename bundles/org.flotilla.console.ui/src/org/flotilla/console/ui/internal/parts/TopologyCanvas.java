package org.flotilla.console.ui.internal.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;
import org.flotilla.console.ui.internal.Icons;
import org.flotilla.model.Alert;
import org.flotilla.model.Group;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;

/**
 * The whole pool at once: every group that holds nodes is a block inside its site's region, every
 * node a tile colored by its state or its load. Custom painted, with its own vertical scrolling so
 * that only the visible rows are drawn and no widget grows past what X11 allows; layout is O(nodes)
 * and done only when the structure, the width or the zoom change.
 */
public class TopologyCanvas extends Canvas {

	/** What the tiles' color says. */
	public enum ColorBy {
		STATE, CPU, MEMORY
	}

	/** A block of tiles: the nodes of one group, in rows of {@code columns}. */
	public record Block(Group group, String title, List<Node> nodes, Rectangle bounds, int tilesTop, int columns) {
	}

	/** A site (top-level group) and the blocks inside it. */
	public record Region(Group site, Rectangle bounds, List<Block> blocks) {
	}

	private static final int MARGIN = 10;
	private static final int GAP = 2;
	private static final int BLOCK_GAP = 12;
	private static final int[] ZOOM_TILES = { 5, 7, 10, 14, 20, 28, 40 };

	private Pool pool;
	private int zoom = 3;
	private ColorBy colorBy = ColorBy.STATE;
	private String filter = "";
	private Node selected;
	private Set<Node> alerted = new HashSet<>();
	private List<Region> regions = List.of();
	private final Map<Node, Rectangle> tileOf = new HashMap<>();
	private int contentHeight;
	private int laidOutWidth = -1;
	/** Choose the largest tiles that show the whole pool, at the next layout with a real size. */
	private boolean fitPending = true;
	private final List<Consumer<Node>> selectionListeners = new ArrayList<>();
	private final Color[] loadColors = new Color[21];

	public TopologyCanvas(Composite parent) {
		super(parent, SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		for (int i = 0; i < loadColors.length; i++) {
			loadColors[i] = new Color(loadColor(i / 20.0));
		}
		ScrollBar bar = getVerticalBar();
		bar.addListener(SWT.Selection, e -> redraw());
		addListener(SWT.Resize, e -> {
			relayoutIfNeeded();
			updateScrollBar();
		});
		addPaintListener(e -> paint(e.gc));
		addListener(SWT.MouseDown, e -> {
			if (e.button == 1) {
				Node node = nodeAt(e.x, e.y);
				if (node != null) {
					setSelection(node);
					selectionListeners.forEach(listener -> listener.accept(node));
				}
			}
		});
		addListener(SWT.MouseMove, e -> {
			Node node = nodeAt(e.x, e.y);
			String tip = node == null ? null : tooltip(node);
			if (!java.util.Objects.equals(tip, getToolTipText())) {
				setToolTipText(tip);
			}
		});
		addListener(SWT.MouseVerticalWheel, e -> {
			if ((e.stateMask & SWT.MOD1) != 0) {
				setZoom(zoom + (e.count > 0 ? 1 : -1));
				e.doit = false;
			}
		});
	}

	public void setPool(Pool pool) {
		this.pool = pool;
		selected = null;
		fitPending = true;
		structureChanged();
	}

	/** Nodes were added, removed or moved between groups: lay out again. */
	public void structureChanged() {
		laidOutWidth = -1;
		relayoutIfNeeded();
		updateScrollBar();
		redraw();
	}

	public void setColorBy(ColorBy colorBy) {
		this.colorBy = colorBy;
		redraw();
	}

	public ColorBy getColorBy() {
		return colorBy;
	}

	/** Tiles of nodes whose name, address or labels do not contain {@code text} are faded. */
	public void setFilter(String text) {
		filter = text == null ? "" : text.trim().toLowerCase();
		redraw();
	}

	/** Nodes to mark with an alert sign. */
	public void setAlerted(Set<Node> nodes) {
		alerted = nodes;
		redraw();
	}

	public void setZoom(int level) {
		int clamped = Math.max(0, Math.min(ZOOM_TILES.length - 1, level));
		if (clamped != zoom) {
			zoom = clamped;
			structureChanged();
			reveal(selected);
		}
	}

	public int getZoom() {
		return zoom;
	}

	public void addSelectionListener(Consumer<Node> listener) {
		selectionListeners.add(listener);
	}

	/** Marks {@code node} as selected (without telling the listeners) and scrolls it into view. */
	public void setSelection(Node node) {
		if (node != selected) {
			selected = node;
			reveal(node);
			redraw();
		}
	}

	public Node getSelection() {
		return selected;
	}

	/** The tile of {@code node} in content coordinates (before scrolling), or null. */
	public Rectangle tileOf(Node node) {
		return tileOf.get(node);
	}

	/** The tile of {@code node} in canvas coordinates (as on screen now), or null. */
	public Rectangle visibleTileOf(Node node) {
		Rectangle tile = tileOf.get(node);
		return tile == null ? null : new Rectangle(tile.x, tile.y - scrollY(), tile.width, tile.height);
	}

	public List<Region> getRegions() {
		return regions;
	}

	/** The node under a point in canvas coordinates. */
	public Node nodeAt(int x, int y) {
		int contentY = y + scrollY();
		for (Region region : regions) {
			if (!region.bounds().contains(x, contentY)) {
				continue;
			}
			for (Block block : region.blocks()) {
				Rectangle b = block.bounds();
				if (!b.contains(x, contentY) || contentY < block.tilesTop()) {
					continue;
				}
				int pitch = tileSize() + GAP;
				int column = (x - b.x - GAP) / pitch;
				int row = (contentY - block.tilesTop()) / pitch;
				int index = row * block.columns() + column;
				if (column < block.columns() && index < block.nodes().size()) {
					Rectangle tile = tileOf.get(block.nodes().get(index));
					return tile.contains(x, contentY) ? block.nodes().get(index) : null;
				}
			}
		}
		return null;
	}

	private int tileSize() {
		return ZOOM_TILES[zoom];
	}

	private int scrollY() {
		ScrollBar bar = getVerticalBar();
		return bar == null || !bar.getVisible() ? 0 : bar.getSelection();
	}

	private void reveal(Node node) {
		Rectangle tile = node == null ? null : tileOf.get(node);
		if (tile == null) {
			return;
		}
		int height = getClientArea().height;
		int top = scrollY();
		if (tile.y < top || tile.y + tile.height > top + height) {
			getVerticalBar().setSelection(Math.max(0, tile.y - height / 3));
			redraw();
		}
	}

	private void relayoutIfNeeded() {
		int width = getClientArea().width;
		if (width == laidOutWidth || width <= 0) {
			return;
		}
		laidOutWidth = width;
		int height = getClientArea().height;
		if (fitPending && height > 0) {
			fitPending = false;
			for (zoom = ZOOM_TILES.length - 1; zoom > 0; zoom--) {
				layout(width);
				if (contentHeight <= height) {
					return;
				}
			}
		}
		layout(width);
	}

	/** Sites stacked top to bottom; in each, blocks flow left to right and wrap. */
	private void layout(int width) {
		GC measure = new GC(this);
		try {
			layout(width, measure);
		} finally {
			measure.dispose();
		}
	}

	private void layout(int width, GC measure) {
		tileOf.clear();
		List<Region> laidOut = new ArrayList<>();
		int y = MARGIN;
		int tile = tileSize();
		int pitch = tile + GAP;
		int titleHeight = tile >= 10 ? 16 : 0;
		int siteTitle = 20;
		if (pool != null) {
			for (Group site : pool.getGroups()) {
				List<Block> blocks = new ArrayList<>();
				int regionTop = y;
				int x = MARGIN + 8;
				int rowTop = y + siteTitle;
				int rowHeight = 0;
				for (Group group : groupsWithNodes(site)) {
					List<Node> nodes = List.copyOf(group.getNodes());
					int columns = Math.max(4, (int) Math.ceil(Math.sqrt(nodes.size() * 1.6)));
					columns = Math.min(columns, Math.max(1, (width - 2 * MARGIN - 16 - GAP) / pitch));
					int rows = (nodes.size() + columns - 1) / columns;
					String title = group == site ? site.getName() : group.getName();
					// A block is at least as wide as its title, so titles never run into each other.
					int blockWidth = Math.max(columns * pitch + GAP, titleHeight > 0 ? measure.textExtent(String.valueOf(title)).x + 6 : 0);
					int blockHeight = titleHeight + rows * pitch + GAP;
					if (x + blockWidth > width - MARGIN - 8 && x > MARGIN + 8) {
						x = MARGIN + 8;
						rowTop += rowHeight + BLOCK_GAP;
						rowHeight = 0;
					}
					Rectangle bounds = new Rectangle(x, rowTop, blockWidth, blockHeight);
					int tilesTop = rowTop + titleHeight;
					for (int i = 0; i < nodes.size(); i++) {
						tileOf.put(nodes.get(i), new Rectangle(x + GAP + (i % columns) * pitch, tilesTop + (i / columns) * pitch, tile, tile));
					}
					blocks.add(new Block(group, title, nodes, bounds, tilesTop, columns));
					x += blockWidth + BLOCK_GAP;
					rowHeight = Math.max(rowHeight, blockHeight);
				}
				int regionHeight = rowTop + rowHeight + 8 - regionTop;
				laidOut.add(new Region(site, new Rectangle(MARGIN, regionTop, Math.max(0, width - 2 * MARGIN), regionHeight), blocks));
				y = regionTop + regionHeight + BLOCK_GAP;
			}
		}
		regions = laidOut;
		contentHeight = y + MARGIN;
	}

	private static List<Group> groupsWithNodes(Group site) {
		List<Group> result = new ArrayList<>();
		collect(site, result);
		return result;
	}

	private static void collect(Group group, List<Group> result) {
		if (!group.getNodes().isEmpty()) {
			result.add(group);
		}
		for (Group child : group.getGroups()) {
			collect(child, result);
		}
	}

	private void updateScrollBar() {
		ScrollBar bar = getVerticalBar();
		int height = getClientArea().height;
		bar.setMaximum(Math.max(contentHeight, 1));
		bar.setThumb(Math.max(1, Math.min(height, contentHeight)));
		bar.setPageIncrement(Math.max(1, height - 40));
		bar.setIncrement(tileSize() + GAP);
		bar.setVisible(contentHeight > height);
	}

	private void paint(GC gc) {
		relayoutIfNeeded();
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		if (pool == null || regions.isEmpty()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText("No nodes in the pool yet.", MARGIN, MARGIN, true);
			return;
		}
		int top = scrollY();
		int bottom = top + area.height;
		Color regionColor = new Color(new RGB(240, 243, 247));
		Color blockColor = new Color(new RGB(226, 231, 238));
		Color text = getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		Color faded = new Color(new RGB(232, 232, 232));
		Color alertColor = new Color(new RGB(120, 0, 0));
		Color white = getDisplay().getSystemColor(SWT.COLOR_WHITE);
		Color selection = getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION);
		Map<NodeState, Color> stateColors = new HashMap<>();
		for (NodeState state : NodeState.values()) {
			stateColors.put(state, new Color(Icons.stateColor(state)));
		}
		int tile = tileSize();
		int pitch = tile + GAP;
		for (Region region : regions) {
			Rectangle r = region.bounds();
			if (r.y + r.height < top || r.y > bottom) {
				continue;
			}
			gc.setBackground(regionColor);
			gc.fillRoundRectangle(r.x, r.y - top, r.width, r.height, 12, 12);
			gc.setForeground(text);
			gc.drawText(region.site().getName() + "  \u00b7  " + region.site().getAllNodes().size() + " nodes", r.x + 8, r.y - top + 3, true);
			for (Block block : region.blocks()) {
				Rectangle b = block.bounds();
				if (b.y + b.height < top || b.y > bottom) {
					continue;
				}
				gc.setBackground(blockColor);
				gc.fillRectangle(b.x, b.y - top, b.width, b.height);
				if (block.tilesTop() > b.y) {
					gc.drawText(block.title(), b.x + 3, b.y - top + 1, true);
				}
				int firstRow = Math.max(0, (top - block.tilesTop()) / pitch);
				int lastRow = (bottom - block.tilesTop()) / pitch;
				List<Node> nodes = block.nodes();
				for (int i = firstRow * block.columns(); i < nodes.size() && i / block.columns() <= lastRow; i++) {
					Node node = nodes.get(i);
					Rectangle t = tileOf.get(node);
					boolean matches = matches(node);
					gc.setBackground(matches ? tileColor(node, stateColors) : faded);
					gc.fillRectangle(t.x, t.y - top, t.width, t.height);
					if (matches && alerted.contains(node) && tile >= 7) {
						// Dark with a white edge: visible on every tile color, red ones included.
						int s = Math.max(4, tile / 2);
						int[] corner = { t.x + t.width - s, t.y - top, t.x + t.width, t.y - top, t.x + t.width, t.y - top + s };
						gc.setBackground(alertColor);
						gc.fillPolygon(corner);
						gc.setForeground(white);
						gc.drawPolygon(corner);
					}
				}
			}
		}
		Rectangle mark = selected == null ? null : tileOf.get(selected);
		if (mark != null) {
			gc.setForeground(selection);
			gc.setLineWidth(3);
			gc.drawRectangle(mark.x - 2, mark.y - top - 2, mark.width + 3, mark.height + 3);
			gc.setLineWidth(1);
		}
	}

	private boolean matches(Node node) {
		if (filter.isEmpty()) {
			return true;
		}
		return node.getName() != null && node.getName().toLowerCase().contains(filter)
				|| node.getAddress() != null && node.getAddress().contains(filter)
				|| node.getLabels().stream().anyMatch(l -> l.toLowerCase().contains(filter))
				|| node.getState().getLiteral().equals(filter);
	}

	private Color tileColor(Node node, Map<NodeState, Color> stateColors) {
		if (colorBy == ColorBy.STATE || node.getState() != NodeState.READY) {
			return stateColors.get(node.getState());
		}
		MetricSample last = latest(node);
		if (last == null) {
			return stateColors.get(NodeState.DECOMMISSIONED); // no data yet: grey
		}
		double load = colorBy == ColorBy.CPU ? last.getCpu() : last.getMemory();
		return loadColors[(int) Math.round(Math.max(0, Math.min(1, load)) * 20)];
	}

	/** Green at idle, yellow at half, red when full. */
	public static RGB loadColor(double load) {
		double l = Math.max(0, Math.min(1, load));
		if (l < 0.5) {
			double f = l / 0.5;
			return new RGB((int) (46 + (240 - 46) * f), (int) (160 + (200 - 160) * f), (int) (67 + (40 - 67) * f));
		}
		double f = (l - 0.5) / 0.5;
		return new RGB((int) (240 + (218 - 240) * f), (int) (200 + (54 - 200) * f), (int) (40 + (51 - 40) * f));
	}

	static MetricSample latest(Node node) {
		MetricWindow window = node.getMetrics();
		return window == null || window.getSamples().isEmpty() ? null : window.getSamples().get(window.getSamples().size() - 1);
	}

	private String tooltip(Node node) {
		StringBuilder tip = new StringBuilder(node.getName()).append("  (").append(node.getState().getLiteral()).append(')');
		if (node.getAddress() != null) {
			tip.append('\n').append(node.getAddress());
		}
		MetricSample last = latest(node);
		if (last != null) {
			tip.append(String.format("%nCPU %.0f %%   memory %.0f %%", last.getCpu() * 100, last.getMemory() * 100));
		}
		if (pool != null) {
			for (Alert alert : pool.getAlerts()) {
				if (alert.getNode() == node && alert.getCleared() == 0) {
					tip.append("\n\u26a0 ").append(alert.getMessage());
				}
			}
		}
		return tip.toString();
	}
}
