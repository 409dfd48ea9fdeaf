package org.flotilla.console.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.flotilla.console.ui.internal.Icons;
import org.flotilla.console.ui.internal.LayerFolder;
import org.flotilla.console.ui.internal.PoolLabels;
import org.flotilla.model.LayerKind;
import org.flotilla.model.Node;
import org.flotilla.model.Parameter;
import org.flotilla.model.StackElement;
import org.flotilla.model.SyncState;
import org.flotilla.model.Task;

/**
 * Draws one node as its stack: hardware at the bottom, then the operating system, middleware and
 * applications on top, each element a box with its version, parameters and sync state (in sync,
 * drifted, discovered only, desired but missing). Custom painted (no GEF on Maven Central); the
 * last layout is kept for hit testing, tooltips and tests.
 */
public class NodeStackCanvas extends Canvas {

	/** Layers from the top of the drawing to the bottom. */
	static final LayerKind[] TOP_DOWN = { LayerKind.APPLICATION, LayerKind.MIDDLEWARE, LayerKind.OPERATING_SYSTEM,
			LayerKind.HARDWARE };

	private static final int MARGIN = 14;
	private static final int LAYER_LABEL_WIDTH = 118;
	private static final int MIN_BOX_WIDTH = 220;
	private static final int GAP = 8;
	private static final int MAX_PARAMETER_LINES = 4;

	/** A drawn layer band. */
	public record Band(LayerKind layer, Rectangle bounds) {
	}

	/** A drawn element box. */
	public record Box(StackElement element, LayerKind layer, Rectangle bounds) {
	}

	/** What was drawn last, in canvas coordinates. */
	public record Drawing(Node node, List<Band> bands, List<Box> boxes, int height) {
		public Box boxAt(int x, int y) {
			return boxes.stream().filter(b -> b.bounds().contains(x, y)).findFirst().orElse(null);
		}
	}

	private Node node;
	private StackElement highlighted;
	private Drawing drawing = new Drawing(null, List.of(), List.of(), 0);
	private final Font bold;
	private final Font title;

	public NodeStackCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		FontData[] base = getFont().getFontData();
		bold = new Font(getDisplay(), withStyle(base, SWT.BOLD, 0));
		title = new Font(getDisplay(), withStyle(base, SWT.BOLD, 4));
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(e -> paint(e.gc));
		addDisposeListener(e -> {
			bold.dispose();
			title.dispose();
		});
	}

	public void setNode(Node node, StackElement highlighted) {
		this.node = node;
		this.highlighted = highlighted;
		redraw();
	}

	public Node getNode() {
		return node;
	}

	/** The layout of the last paint (empty before the first). */
	public Drawing getDrawing() {
		return drawing;
	}

	/** Height needed to show everything at {@code width}. */
	public int preferredHeight(int width) {
		GC gc = new GC(this);
		try {
			return layout(gc, width).height();
		} finally {
			gc.dispose();
		}
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		int width = wHint == SWT.DEFAULT ? 900 : wHint;
		return new Point(width, Math.max(200, preferredHeight(width)));
	}

	public static RGB layerColor(LayerKind layer) {
		return switch (layer) {
		case HARDWARE -> new RGB(96, 125, 139);
		case OPERATING_SYSTEM -> new RGB(63, 120, 190);
		case MIDDLEWARE -> new RGB(126, 87, 194);
		case APPLICATION -> new RGB(38, 150, 120);
		};
	}

	private Drawing layout(GC gc, int width) {
		if (node == null) {
			return new Drawing(null, List.of(), List.of(), 0);
		}
		gc.setFont(getFont());
		int lineHeight = gc.getFontMetrics().getHeight();
		int y = MARGIN + headerHeight(lineHeight);
		int contentLeft = MARGIN + LAYER_LABEL_WIDTH + GAP;
		int available = Math.max(MIN_BOX_WIDTH, width - contentLeft - MARGIN);
		int perRow = Math.max(1, (available + GAP) / (MIN_BOX_WIDTH + GAP));
		int boxWidth = Math.min(320, (available - GAP * (perRow - 1)) / perRow);
		List<Band> bands = new ArrayList<>();
		List<Box> boxes = new ArrayList<>();
		for (LayerKind layer : TOP_DOWN) {
			List<StackElement> elements = new LayerFolder(node, layer).elements();
			int bandTop = y;
			int rowTop = y + GAP;
			int rowHeight = 0;
			int column = 0;
			for (StackElement element : elements) {
				if (column == perRow) {
					column = 0;
					rowTop += rowHeight + GAP;
					rowHeight = 0;
				}
				int lines = 2 + Math.min(MAX_PARAMETER_LINES, element.getParameters().size())
						+ (element.getParameters().size() > MAX_PARAMETER_LINES ? 1 : 0);
				int boxHeight = lines * lineHeight + 14;
				Rectangle bounds = new Rectangle(contentLeft + column * (boxWidth + GAP), rowTop, boxWidth, boxHeight);
				boxes.add(new Box(element, layer, bounds));
				rowHeight = Math.max(rowHeight, boxHeight);
				column++;
			}
			if (elements.isEmpty()) {
				rowHeight = lineHeight + 10;
			}
			int bandHeight = rowTop + rowHeight + GAP - bandTop;
			bands.add(new Band(layer, new Rectangle(MARGIN, bandTop, Math.max(LAYER_LABEL_WIDTH + GAP + MIN_BOX_WIDTH + GAP, width - 2 * MARGIN), bandHeight)));
			y = bandTop + bandHeight + 4;
		}
		y += GAP + lineHeight + MARGIN; // legend
		return new Drawing(node, bands, boxes, y);
	}

	private static int headerHeight(int lineHeight) {
		return lineHeight * 2 + 10 + lineHeight + 10;
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Rectangle area = getClientArea();
		Drawing layout = layout(gc, area.width);
		drawing = layout;
		if (node == null) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText("Select a node (or anything on it) in the Pool Explorer to see its stack.", MARGIN, MARGIN, true);
			return;
		}
		int lineHeight = gc.getFontMetrics().getHeight();
		paintHeader(gc, lineHeight, area.width);
		for (Band band : layout.bands()) {
			paintBand(gc, band, lineHeight);
		}
		for (Box box : layout.boxes()) {
			paintBox(gc, box, lineHeight);
		}
		paintLegend(gc, layout.height() - MARGIN - lineHeight, lineHeight);
	}

	private void paintHeader(GC gc, int lineHeight, int width) {
		int x = MARGIN;
		int y = MARGIN;
		gc.setBackground(new Color(Icons.stateColor(node.getState())));
		gc.fillOval(x, y + 6, 14, 14);
		gc.setFont(title);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		gc.drawText(PoolLabels.name(node), x + 22, y, true);
		int titleHeight = gc.getFontMetrics().getHeight();
		gc.setFont(getFont());
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		String facts = PoolLabels.detail(node) + "   offers " + PoolLabels.cores(node.getCpuCapacity()) + " \u00b7 "
				+ PoolLabels.mib(node.getMemoryCapacity()) + " memory \u00b7 " + PoolLabels.gib(node.getDiskCapacity()) + " disk \u00b7 "
				+ node.getNetworkCapacity() + " Mbit/s";
		gc.drawText(facts, x, y + titleHeight + 2, true);
		List<String> taskNames = node.getTasks().stream().map(Task::getName).toList();
		String tasks = taskNames.isEmpty() ? "No tasks"
				: taskNames.size() + (taskNames.size() == 1 ? " task: " : " tasks: ") + String.join(", ", taskNames);
		if (!node.getLabels().isEmpty()) {
			tasks += "   \u00b7   labels: " + String.join(", ", node.getLabels());
		}
		gc.drawText(ellipsize(gc, tasks, width - 2 * MARGIN), x, y + titleHeight + 4 + lineHeight, true);
	}

	private void paintBand(GC gc, Band band, int lineHeight) {
		Rectangle r = band.bounds();
		RGB rgb = layerColor(band.layer());
		gc.setBackground(new Color(tint(rgb, 0.90)));
		gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 10, 10);
		gc.setBackground(new Color(rgb));
		gc.fillRoundRectangle(r.x, r.y, LAYER_LABEL_WIDTH, r.height, 10, 10);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.setFont(bold);
		// "Operating system" does not fit the label column on one line.
		gc.drawText(PoolLabels.layerName(band.layer()).replace(' ', '\n'), r.x + 10, r.y + 8,
				SWT.DRAW_TRANSPARENT | SWT.DRAW_DELIMITER);
		gc.setFont(getFont());
		if (new LayerFolder(node, band.layer()).elements().isEmpty()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText("nothing " + (band.layer() == LayerKind.APPLICATION ? "deployed" : "reported"),
					r.x + LAYER_LABEL_WIDTH + GAP + 4, r.y + 6, true);
		}
	}

	private void paintBox(GC gc, Box box, int lineHeight) {
		Rectangle r = box.bounds();
		StackElement element = box.element();
		SyncState state = element.getSyncState();
		Color stateColor = new Color(Icons.syncColor(state));
		boolean selected = element == highlighted;
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
		gc.setForeground(selected ? getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION) : stateColor);
		gc.setLineWidth(selected ? 3 : 2);
		gc.setLineStyle(state == SyncState.DESIRED_ONLY ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.drawRoundRectangle(r.x, r.y, r.width - 1, r.height - 1, 8, 8);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
		gc.setBackground(stateColor);
		gc.fillRectangle(r.x + 2, r.y + 6, 4, r.height - 12);

		int x = r.x + 12;
		int y = r.y + 6;
		int textWidth = r.width - 20;
		gc.setFont(bold);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(ellipsize(gc, PoolLabels.name(element), textWidth - 16), x, y, true);
		gc.setBackground(stateColor);
		gc.fillOval(r.x + r.width - 18, y + 3, 9, 9);
		gc.setFont(getFont());
		y += lineHeight;
		gc.setForeground(state == SyncState.DRIFTED || state == SyncState.DESIRED_ONLY ? stateColor
				: getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawText(ellipsize(gc, PoolLabels.version(element), textWidth), x, y, true);
		y += lineHeight;
		List<Parameter> parameters = element.getParameters();
		for (int i = 0; i < Math.min(MAX_PARAMETER_LINES, parameters.size()); i++) {
			Parameter parameter = parameters.get(i);
			boolean drifted = parameter.isDrifted();
			String text = parameter.getKey() + " = " + (parameter.getValue() == null ? "\u2013" : parameter.getValue())
					+ (drifted ? "  (want " + parameter.getDesiredValue() + ")" : "");
			gc.setForeground(drifted ? stateColor : getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(ellipsize(gc, text, textWidth), x, y, true);
			y += lineHeight;
		}
		if (parameters.size() > MAX_PARAMETER_LINES) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText("+" + (parameters.size() - MAX_PARAMETER_LINES) + " more (hover)", x, y, true);
		}
	}

	private void paintLegend(GC gc, int y, int lineHeight) {
		int x = MARGIN;
		gc.setFont(getFont());
		for (SyncState state : SyncState.values()) {
			gc.setBackground(new Color(Icons.syncColor(state)));
			gc.fillOval(x, y + lineHeight / 2 - 5, 10, 10);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			String text = PoolLabels.syncText(state);
			gc.drawText(text, x + 14, y, true);
			x += 14 + gc.textExtent(text).x + 22;
		}
	}

	/** A tooltip with everything about the element under (x, y), or null. */
	public String tooltipAt(int x, int y) {
		Box box = drawing.boxAt(x, y);
		if (box == null) {
			return null;
		}
		StackElement element = box.element();
		StringBuilder text = new StringBuilder(PoolLabels.name(element)).append(" \u2014 ")
				.append(PoolLabels.layerName(box.layer())).append('\n');
		String version = PoolLabels.version(element);
		if (!version.isEmpty()) {
			text.append(version).append('\n');
		}
		text.append("State: ").append(PoolLabels.syncText(element.getSyncState()));
		for (Parameter parameter : element.getParameters()) {
			text.append('\n').append(parameter.getKey()).append(" = ").append(parameter.getValue());
			if (parameter.getDesiredValue() != null && parameter.isDrifted()) {
				text.append(" (desired ").append(parameter.getDesiredValue()).append(')');
			}
			if (parameter.getDefinition() != null && parameter.getDefinition().getDescription() != null) {
				text.append("  \u2014 ").append(parameter.getDefinition().getDescription());
			}
		}
		return text.toString();
	}

	private static String ellipsize(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String shorter = text;
		while (shorter.length() > 1 && gc.textExtent(shorter + "\u2026").x > width) {
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter + "\u2026";
	}

	private static RGB tint(RGB rgb, double amount) {
		return new RGB((int) (rgb.red + (255 - rgb.red) * amount), (int) (rgb.green + (255 - rgb.green) * amount),
				(int) (rgb.blue + (255 - rgb.blue) * amount));
	}

	private static FontData[] withStyle(FontData[] base, int style, int grow) {
		FontData[] result = new FontData[base.length];
		for (int i = 0; i < base.length; i++) {
			result[i] = new FontData(base[i].getName(), base[i].getHeight() + grow, base[i].getStyle() | style);
		}
		return result;
	}
}
