package org.flotilla.console.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.ui.internal.Icons;
import org.flotilla.console.ui.internal.parts.TopologyCanvas;
import org.flotilla.model.Group;
import org.flotilla.model.GroupKind;
import org.flotilla.model.MetricSample;
import org.flotilla.model.MetricWindow;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;

/**
 * How long the Topology canvas takes to lay out and repaint a pool of N nodes in a real window,
 * against a 100-node pool measured in the same process as the baseline. Prints a table, and checks
 * that what it timed really painted the pool: every node has a tile, and in a full repaint colored by
 * state every visible tile is in its node's state color (it fails otherwise).
 *
 * <pre>TopologyBenchmark [--nodes 10000] [--repeats 30]</pre>
 */
public final class TopologyBenchmark {

	/** The measures, in the order of the table's rows and of {@link Result#values()}. */
	static final String[] NAMES = { "layout (structure changed)", "full repaint, color by state", "full repaint, color by CPU",
			"repaint scrolled to the middle", "repaint at the smallest zoom", "hit test (node under a point) x1000" };

	private TopologyBenchmark() {
	}

	public static void main(String[] args) {
		run(intArg(args, "--nodes", 10_000), intArg(args, "--repeats", 30), System.out);
	}

	/**
	 * Measures the 100-node baseline and a pool of {@code nodes} in a new window, {@code repeats} times each
	 * after two warm-up runs, and prints the table to {@code out}.
	 *
	 * @throws IllegalStateException when a repaint did not paint the pool's tiles
	 */
	static Report run(int nodes, int repeats, PrintStream out) {
		Display display = new Display();
		try {
			Shell shell = new Shell(display);
			shell.setText("Flotilla topology benchmark");
			shell.setLayout(new FillLayout());
			shell.setBounds(0, 0, 1400, 900);
			TopologyCanvas canvas = new TopologyCanvas(shell);
			shell.open();
			drain(display);

			out.printf(Locale.ROOT, "Topology canvas, window 1400x900, median of %d runs (ms)%n", repeats);
			Result baseline = measure(display, canvas, pool(100), repeats);
			Result large = measure(display, canvas, pool(nodes), repeats);
			out.printf(Locale.ROOT, "%-34s %12s %12s %8s%n", "measure", "100 nodes", nodes + " nodes", "ratio");
			for (int i = 0; i < NAMES.length; i++) {
				out.printf(Locale.ROOT, "%-34s %12.2f %12.2f %8.1f%n", NAMES[i], baseline.values()[i], large.values()[i],
						large.values()[i] / Math.max(1e-6, baseline.values()[i]));
			}
			for (Result result : List.of(baseline, large)) {
				Tiles tiles = result.tiles();
				out.printf(Locale.ROOT, "tiles of the %d-node pool: %d laid out; a full repaint by state painted %d of the %d visible in their state's color%n",
						result.nodes(), tiles.laidOut(), tiles.painted(), tiles.visible());
				if (tiles.laidOut() != result.nodes() || tiles.visible() == 0 || tiles.painted() != tiles.visible()) {
					throw new IllegalStateException("the canvas did not paint the " + result.nodes() + "-node pool: " + tiles);
				}
			}
			Runtime runtime = Runtime.getRuntime();
			System.gc();
			out.printf(Locale.ROOT, "heap in use after the run: %.0f MB (pool of %d nodes with one sample each)%n",
					(runtime.totalMemory() - runtime.freeMemory()) / 1e6, nodes);
			return new Report(baseline, large);
		} finally {
			display.dispose();
		}
	}

	/** What a run measured: the baseline pool's and the large pool's results. */
	record Report(Result baseline, Result large) {
	}

	/** One pool's median milliseconds of each measure (in the order of {@link #NAMES}), and its tiles. */
	record Result(int nodes, double[] values, Tiles tiles) {
	}

	/**
	 * Nodes with a tile in the layout; of the tiles whose center is in the window, how many a full repaint
	 * colored by state painted in their node's state color (read back from the painted image).
	 */
	record Tiles(int laidOut, int visible, int painted) {
	}

	private static Result measure(Display display, TopologyCanvas canvas, Pool pool, int repeats) {
		canvas.setPool(pool);
		canvas.setColorBy(TopologyCanvas.ColorBy.STATE);
		drain(display);
		double[] values = new double[NAMES.length];
		Result result = new Result(pool.getAllNodes().size(), values, paintedTiles(canvas, pool));
		values[0] = median(repeats, canvas::structureChanged);
		values[1] = median(repeats, () -> repaint(canvas));
		canvas.setColorBy(TopologyCanvas.ColorBy.CPU);
		values[2] = median(repeats, () -> repaint(canvas));
		canvas.getVerticalBar().setSelection(canvas.getVerticalBar().getMaximum() / 2);
		values[3] = median(repeats, () -> repaint(canvas));
		canvas.setZoom(0);
		drain(display);
		values[4] = median(repeats, () -> repaint(canvas));
		SplittableRandom random = new SplittableRandom(7);
		int width = canvas.getClientArea().width;
		int height = canvas.getClientArea().height;
		values[5] = median(repeats, () -> {
			for (int i = 0; i < 1000; i++) {
				canvas.nodeAt(random.nextInt(width), random.nextInt(height));
			}
		});
		canvas.setZoom(3);
		drain(display);
		return result;
	}

	/** Paints the canvas as {@link #repaint} does and reads every visible tile's center pixel back. */
	private static Tiles paintedTiles(TopologyCanvas canvas, Pool pool) {
		Rectangle size = canvas.getClientArea();
		Image image = new Image(canvas.getDisplay(), size.width, size.height);
		ImageData painted;
		GC gc = new GC(image);
		try {
			if (!canvas.print(gc)) {
				throw new IllegalStateException("the canvas cannot be printed on this platform");
			}
		} finally {
			gc.dispose();
		}
		try {
			painted = image.getImageData();
		} finally {
			image.dispose();
		}
		int laidOut = 0;
		int visible = 0;
		int inStateColor = 0;
		for (Node node : pool.getAllNodes()) {
			Rectangle tile = canvas.visibleTileOf(node);
			if (tile == null) {
				continue;
			}
			laidOut++;
			int x = tile.x + tile.width / 2;
			int y = tile.y + tile.height / 2;
			if (x < 0 || y < 0 || x >= size.width || y >= size.height) {
				continue;
			}
			visible++;
			if (painted.palette.getRGB(painted.getPixel(x, y)).equals(Icons.stateColor(node.getState()))) {
				inStateColor++;
			}
		}
		return new Tiles(laidOut, visible, inStateColor);
	}

	/**
	 * One complete paint of the visible area, synchronously, into an image of the canvas's size
	 * (Control.print runs the canvas's real paint code; redraw/update would leave the timing to
	 * GTK's frame clock).
	 */
	private static void repaint(TopologyCanvas canvas) {
		org.eclipse.swt.graphics.Rectangle size = canvas.getClientArea();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(canvas.getDisplay(), size.width, size.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
		try {
			if (!canvas.print(gc)) {
				throw new IllegalStateException("the canvas cannot be printed on this platform");
			}
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static double median(int repeats, Runnable action) {
		action.run(); // warm up
		action.run();
		double[] times = new double[repeats];
		for (int i = 0; i < repeats; i++) {
			long start = System.nanoTime();
			action.run();
			times[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(times);
		return times[repeats / 2];
	}

	/** Sites of 25 racks of 20 nodes, mostly ready, each with one CPU/memory sample. */
	static Pool pool(int size) {
		PoolFactory f = PoolFactory.eINSTANCE;
		SplittableRandom random = new SplittableRandom(42);
		Pool pool = f.createPool();
		pool.setName(size + " nodes");
		List<Node> all = new ArrayList<>();
		for (int s = 0; all.size() < size; s++) {
			Group site = f.createGroup();
			site.setName("site-" + s);
			site.setKind(GroupKind.SITE);
			pool.getGroups().add(site);
			for (int r = 0; r < 25 && all.size() < size; r++) {
				Group rack = f.createGroup();
				rack.setName("rack-" + s + "-" + r);
				rack.setKind(GroupKind.RACK);
				site.getGroups().add(rack);
				for (int n = 0; n < 20 && all.size() < size; n++) {
					Node node = f.createNode();
					node.setName("node-" + all.size());
					node.setAddress("10." + s + "." + r + "." + n);
					int roll = random.nextInt(100);
					node.setState(roll == 0 ? NodeState.UNREACHABLE : roll == 1 ? NodeState.MAINTENANCE
							: roll == 2 ? NodeState.DECOMMISSIONED : NodeState.READY);
					MetricWindow window = f.createMetricWindow();
					MetricSample sample = f.createMetricSample();
					sample.setCpu(random.nextDouble());
					sample.setMemory(random.nextDouble());
					window.add(sample);
					node.setMetrics(window);
					rack.getNodes().add(node);
					all.add(node);
				}
			}
		}
		return pool;
	}

	private static void drain(Display display) {
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// let layout and paint events run
			}
		}
	}

	private static int intArg(String[] args, String name, int fallback) {
		int at = Arrays.asList(args).indexOf(name);
		return at >= 0 && at + 1 < args.length ? Integer.parseInt(args[at + 1]) : fallback;
	}
}
