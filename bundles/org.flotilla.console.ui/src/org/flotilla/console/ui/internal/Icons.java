package org.flotilla.console.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.flotilla.model.NodeState;
import org.flotilla.model.SyncState;

/**
 * Small icons drawn in code (no image files to keep in sync): dots, squares and diamonds in the
 * console's status colors, anti-aliased through the alpha channel, at any zoom.
 */
public final class Icons {

	public enum Shape {
		DOT, SQUARE, DIAMOND, BAR
	}

	private final Display display;
	private final Map<String, Image> images = new HashMap<>();

	public Icons(Display display) {
		this.display = display;
	}

	public Image get(Shape shape, RGB rgb) {
		return images.computeIfAbsent(shape + "/" + rgb, key -> new Image(display,
				(org.eclipse.swt.graphics.ImageDataProvider) zoom -> draw(shape, rgb, 16 * zoom / 100)));
	}

	public void dispose() {
		images.values().forEach(Image::dispose);
		images.clear();
	}

	/** Color of a node state: what support staff scan for. */
	public static RGB stateColor(NodeState state) {
		return switch (state) {
		case READY -> new RGB(46, 160, 67);
		case ENROLLING -> new RGB(56, 132, 255);
		case MAINTENANCE -> new RGB(219, 154, 4);
		case UNREACHABLE -> new RGB(218, 54, 51);
		case DECOMMISSIONED -> new RGB(140, 140, 140);
		};
	}

	/** Color of a stack element's sync state. */
	public static RGB syncColor(SyncState state) {
		return switch (state) {
		case IN_SYNC -> new RGB(46, 160, 67);
		case DRIFTED -> new RGB(230, 126, 34);
		case DISCOVERED_ONLY -> new RGB(110, 130, 160);
		case DESIRED_ONLY -> new RGB(218, 54, 51);
		};
	}

	private static ImageData draw(Shape shape, RGB rgb, int size) {
		ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		byte[] alpha = new byte[size * size];
		int pixel = data.palette.getPixel(rgb);
		double c = (size - 1) / 2.0;
		double r = size * 0.34;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				double dx = x - c;
				double dy = y - c;
				double inside = switch (shape) {
				case DOT -> r + 0.5 - Math.hypot(dx, dy);
				case SQUARE -> r + 0.5 - Math.max(Math.abs(dx), Math.abs(dy));
				case DIAMOND -> (r * 1.25 + 0.5) - (Math.abs(dx) + Math.abs(dy));
				case BAR -> Math.min(r + 0.5 - Math.abs(dx) * 0.5, size * 0.18 + 0.5 - Math.abs(dy));
				};
				double a = Math.max(0, Math.min(1, inside));
				data.setPixel(x, y, pixel);
				alpha[y * size + x] = (byte) Math.round(a * 255);
			}
		}
		data.alphaData = alpha;
		return data;
	}
}
