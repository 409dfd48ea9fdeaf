package org.flotilla.console.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
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
 * against a 100-node pool measured in the same process as the baseline. Prints a table.
 *
 * <pre>TopologyBenchmark [--nodes 10000] [--repeats 30]</pre>
 */
public final class TopologyBenchmark {

	private TopologyBenchmark() {
	}

	public static void main(String[] args) {
		int nodes = intArg(args, "--nodes", 10_000);
		int repeats = intArg(args, "--repeats", 30);
		Display display = new Display();
		Shell shell = new Shell(display);
		shell.setText("Flotilla topology benchmark");
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1400, 900);
		TopologyCanvas canvas = new TopologyCanvas(shell);
		shell.open();
		drain(display);

		System.out.printf(Locale.ROOT, "Topology canvas, window 1400x900, median of %d runs (ms)%n", repeats);
		Result baseline = measure(display, canvas, pool(100), repeats);
		Result large = measure(display, canvas, pool(nodes), repeats);
		System.out.printf(Locale.ROOT, "%-34s %12s %12s %8s%n", "measure", "100 nodes", nodes + " nodes", "ratio");
		for (int i = 0; i < Result.NAMES.length; i++) {
			System.out.printf(Locale.ROOT, "%-34s %12.2f %12.2f %8.1f%n", Result.NAMES[i], baseline.values[i], large.values[i],
					large.values[i] / Math.max(1e-6, baseline.values[i]));
		}
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		System.out.printf(Locale.ROOT, "heap in use after the run: %.0f MB (pool of %d nodes with one sample each)%n",
				(runtime.totalMemory() - runtime.freeMemory()) / 1e6, nodes);
		display.dispose();
	}

	/** Median milliseconds of each measure. */
	private static final class Result {
		static final String[] NAMES = { "layout (structure changed)", "full repaint, color by state", "full repaint, color by CPU",
				"repaint scrolled to the middle", "repaint at the smallest zoom", "hit test (node under a point) x1000" };
		final double[] values = new double[NAMES.length];
	}

	private static Result measure(Display display, TopologyCanvas canvas, Pool pool, int repeats) {
		canvas.setPool(pool);
		canvas.setColorBy(TopologyCanvas.ColorBy.STATE);
		drain(display);
		Result result = new Result();
		result.values[0] = median(repeats, canvas::structureChanged);
		result.values[1] = median(repeats, () -> repaint(canvas));
		canvas.setColorBy(TopologyCanvas.ColorBy.CPU);
		result.values[2] = median(repeats, () -> repaint(canvas));
		canvas.getVerticalBar().setSelection(canvas.getVerticalBar().getMaximum() / 2);
		result.values[3] = median(repeats, () -> repaint(canvas));
		canvas.setZoom(0);
		drain(display);
		result.values[4] = median(repeats, () -> repaint(canvas));
		SplittableRandom random = new SplittableRandom(7);
		int width = canvas.getClientArea().width;
		int height = canvas.getClientArea().height;
		result.values[5] = median(repeats, () -> {
			for (int i = 0; i < 1000; i++) {
				canvas.nodeAt(random.nextInt(width), random.nextInt(height));
			}
		});
		canvas.setZoom(3);
		drain(display);
		return result;
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
