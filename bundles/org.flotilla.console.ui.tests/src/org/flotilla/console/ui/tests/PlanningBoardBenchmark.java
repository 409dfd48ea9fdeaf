package org.flotilla.console.ui.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.planning.PlanEdits;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.planning.BoardCanvas;
import org.flotilla.console.ui.internal.planning.PlanningBoardPart;
import org.flotilla.model.Group;
import org.flotilla.model.GroupKind;
import org.flotilla.model.Node;
import org.flotilla.model.NodeState;
import org.flotilla.model.Plan;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.Task;
import org.flotilla.model.TaskKind;
import org.flotilla.model.TaskState;
import org.junit.jupiter.api.Test;

/**
 * The Planning Board's benchmark (issue 12), a command and not a test: {@code releng/run-board-benchmark} runs it in
 * the real console (the UI tests' OSGi runtime and {@link ConsoleUnderTest}, in a real window under Xvfb) through a
 * surefire execution of its own that no test run includes. For a generated pool of 100 nodes (the baseline) and one
 * of N nodes (default 10,000), ten running tasks a node, in the same console one after the other, it prints:
 * <ul>
 * <li>repaint while scrolling: the board scrolled (as its scroll bar does) to spread positions; the time until the
 * canvas's paint listener has painted the new position on GTK's frame clock, and the paint code alone
 * ({@code Control.print} into an image, as the console benchmark measures the Topology canvas);</li>
 * <li>pointer entering a lane to its verdict painted: during a real drag (xdotool presses the button on a card and
 * moves the pointer in steps until GTK's drag and drop has started), the pointer is moved into a lane never hovered in
 * that drag by the X server itself, asked from inside the console's process: {@code Display.post} of an
 * {@code SWT.MouseMove}, which SWT on GTK/X11 turns into {@code gdk_device_warp} (an XI2 pointer warp; SWT 3.135
 * no longer uses XTest there). The X server moves the pointer and sends the motion to the drag source's grab as for a
 * hand on a mouse, so GTK's drag and drop (its XDND messages through the X server to the drop target) sees it as
 * before. On X11 the board draws the lane entered onto its window at once, within its drop target's dragOver, and
 * flushes it to the X server ({@link BoardCanvas#drawsDirectly()}). Timed from just before {@code post} is called on
 * the UI thread until the verdict is on the X server's screen: a drop listener after the board's sees the lane drawn,
 * then makes an X request that has a reply (SWT's {@code getCursorLocation}: XIQueryPointer), which returns once the
 * X server has carried out every request before it, the drawing included, and stops the clock. The span includes the
 * warp request's round trip through the X server, GTK's drag and drop, the board's drop target and the engine's
 * what-if, the lane drawn and flushed, and that round trip; not a pointer device's own latency (no process is
 * started in it, unlike {@code xdotool} before). Then, outside the span and before GTK's next frame paints the lane
 * again, the lane is read back from the screen ({@code GC.copyArea} from the display): a sample whose lane does not
 * show the verdict's color at its right edge (the verdict's own free strip) is counted, and the benchmark fails
 * after its report. Once the regular paint has followed, the lane is read back again and compared with the direct
 * draw pixel by pixel (but for the right edge, where GTK's overlay scroll bar comes and goes): the lanes that differ
 * are counted. A sample where the board did not draw directly (not X11) is timed to the end of the regular paint
 * instead, and read back after it. Diagnostic rows: the warp request, the board's dragOver returned (the
 * direct draw included), and the regular paint on GTK's frame clock (the old measure; it comes after the
 * read-back, whose time is printed too);</li>
 * <li>the Rebalance dialog's time to a proposal: from just before the real click on <i>Rebalance…</i> until the
 * dialog says what the engine proposed (polled every millisecond).</li>
 * </ul>
 * It checks that what it timed happened (the hovered lane painted with a verdict, the proposal made) and fails
 * otherwise; it asserts nothing about time.
 */
class PlanningBoardBenchmark {

	private static final PoolFactory F = PoolFactory.eINSTANCE;
	private static final int RACK_SIZE = 100;
	/** Pixels at the board's right edge that GTK's overlay scroll bar may cover. */
	private static final int OVERLAY_EDGE = 16;

	private ConsoleUnderTest console;
	private PoolSession session;
	private PlanningBoardPart part;
	private BoardCanvas canvas;

	/** Set by the paint listener: when a paint finished, and whether it painted the awaited lane's verdict. */
	private final AtomicLong paintedAt = new AtomicLong();
	private volatile Node awaitedLane;
	private volatile CountDownLatch awaited = new CountDownLatch(0);
	private volatile boolean awaitAnyPaint;
	/** Set by a drop listener after the board's own: when the board's drop target has taken the awaited lane as hovered. */
	private final AtomicLong toldAt = new AtomicLong();
	/** The board's count of direct draws before the awaited motion. */
	private volatile int directDrawsBefore;
	/** Set by that drop listener: when the lane drawn directly was on the X server's screen (0: not drawn directly). */
	private final AtomicLong onScreenAt = new AtomicLong();
	/** What the read-back of the awaited lane found wrong (null: its verdict's color), and how long it took. */
	private volatile String screenWrong;
	/** That read-back of the awaited lane, to compare with the regular paint's. */
	private volatile ImageData drawnLane;
	private volatile double readBackMs;
	/** The board's own time for that direct draw (both lanes drawn and flushed). */
	private volatile double drawMs;
	/** Where to save one read-back of the whole board, right after a direct draw (null: already saved, or none wanted). */
	private volatile Path saveBoardTo;

	@Test
	void run() throws Exception {
		int nodes = Integer.getInteger("flotilla.benchmark.nodes", 10_000);
		int tasksPerNode = Integer.getInteger("flotilla.benchmark.tasksPerNode", 10);
		int hovers = Integer.getInteger("flotilla.benchmark.hovers", 40);
		int scrolls = Integer.getInteger("flotilla.benchmark.scrolls", 60);
		int rebalances = Integer.getInteger("flotilla.benchmark.rebalances", 3);
		console = new ConsoleUnderTest();
		try {
			session = console.get(PoolSession.class);
			console.showPart(ConsoleIds.PART_PLANNING_BOARD);
			part = console.part(ConsoleIds.PART_PLANNING_BOARD, PlanningBoardPart.class);
			canvas = console.sync(part::getCanvas);
			// The whole screen, and the board's stack given most of it, as a planner at work would have it.
			Rectangle before = console.sync(canvas::getClientArea);
			console.run(() -> {
				console.mainShell().setBounds(console.mainShell().getDisplay().getBounds());
				org.eclipse.e4.ui.workbench.modeling.EModelService models = console.application().getContext()
						.get(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
				org.eclipse.e4.ui.model.application.ui.MUIElement element = models.find(ConsoleIds.PART_PLANNING_BOARD,
						console.application());
				for (org.eclipse.e4.ui.model.application.ui.MUIElement up = element; up != null
						&& up.getParent() != null; up = up.getParent()) {
					if ((Object) up.getParent() instanceof org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer sash) {
						for (org.eclipse.e4.ui.model.application.ui.MUIElement sibling : sash.getChildren()) {
							sibling.setContainerData(sibling == up ? "90" : "5");
						}
					}
					if ((Object) up.getParent() instanceof org.eclipse.e4.ui.model.application.ui.basic.MWindow) {
						break;
					}
				}
			});
			console.waitUntil("the board grew with the window", () -> canvas.getClientArea().height > before.height);
			console.run(() -> canvas.addListener(SWT.Paint, this::painted));
			// After the board's own drop listener (listeners run in the order added): when GTK's drag and drop told it.
			console.run(() -> ((org.eclipse.swt.dnd.DropTarget) canvas.getData(org.eclipse.swt.dnd.DND.DROP_TARGET_KEY))
					.addDropListener(new org.eclipse.swt.dnd.DropTargetAdapter() {
						@Override
						public void dragEnter(org.eclipse.swt.dnd.DropTargetEvent event) {
							told();
						}

						@Override
						public void dragOver(org.eclipse.swt.dnd.DropTargetEvent event) {
							told();
						}
					}));

			Result baseline = measure(100, tasksPerNode, hovers, scrolls, rebalances);
			Result large = measure(nodes, tasksPerNode, hovers, scrolls, rebalances);
			report(baseline, large, tasksPerNode);
			List<String> notShown = new ArrayList<>(baseline.notShown());
			notShown.addAll(large.notShown());
			if (!notShown.isEmpty()) {
				throw new AssertionError(notShown.size() + " timed verdicts were not on the screen when read back: " + notShown);
			}
		} finally {
			console.close();
		}
	}

	/** What one pool's run measured, in milliseconds. */
	record Result(int nodes, String loadBefore, String loadAfter, double boardShownMs, Rectangle canvasArea, int rowsOnScreen,
			double[] scrollToPainted, double[] paintCode, double[] verdictPainted, double[] postMove, double[] dropTargetTold,
			double[] framePainted, double[] directDraw, double[] readBack, int drawnDirectly, List<String> notShown,
			List<String> differing, int fits, int refused,
			double[] proposal, String proposalMessage) {
	}

	private Result measure(int nodes, int tasksPerNode, int hovers, int scrolls, int rebalances) throws Exception {
		String loadBefore = load();
		console.closeDialogs();
		long start = System.nanoTime();
		Task dragged = console.sync(() -> generate(nodes, tasksPerNode));
		console.waitUntil("the board shows every lane", Duration.ofSeconds(180),
				() -> part.getBoard() != null && part.getBoard().lanes().size() == nodes);
		double boardShown = (System.nanoTime() - start) / 1e6;
		console.run(() -> canvas.scrollBy(-Integer.MAX_VALUE / 2));
		console.flush();

		// Repaint while scrolling: spread positions, in an order that jumps (no position's rows are still cached by GTK).
		int total = console.sync(() -> canvas.getVerticalBar().getMaximum() - canvas.getVerticalBar().getThumb());
		double[] toPainted = new double[scrolls];
		double[] paintCode = new double[scrolls];
		for (int i = 0; i < scrolls; i++) {
			int position = (int) ((long) total * ((i * 37L) % scrolls) / Math.max(1, scrolls - 1));
			toPainted[i] = scrollAndAwaitPaint(position);
			paintCode[i] = console.sync(this::printOnce);
		}
		int rowsOnScreen = console.sync(canvas::rowsOnScreen);
		Rectangle area = console.sync(canvas::getClientArea);

		// Pointer entering a lane to its verdict painted, in real drags of one card.
		List<Double> verdicts = new ArrayList<>();
		List<Double> moves = new ArrayList<>();
		List<Double> told = new ArrayList<>();
		List<Double> frame = new ArrayList<>();
		List<Double> readBacks = new ArrayList<>();
		List<Double> draws = new ArrayList<>();
		List<String> notShown = new ArrayList<>();
		List<String> differing = new ArrayList<>();
		int[] drawnDirectly = new int[1];
		String folder = System.getProperty("flotilla.screenshots");
		saveBoardTo = folder == null ? null : Path.of(folder, "board-drawn-directly-" + nodes + "-nodes.png");
		int[] colors = new int[2];
		int perDrag = 10;
		int lanesAhead = 7; // between two samples the board scrolls this many lanes: every sample enters a new lane
		int laneStep = lanesAhead * 64;
		int position = 0;
		while (verdicts.size() < hovers) {
			console.run(() -> canvas.scrollBy(-Integer.MAX_VALUE / 2));
			console.flush();
			Rectangle card = console.sync(() -> canvas.cardBounds(dragged));
			Node home = dragged.getNode();
			console.run(() -> console.mainShell().forceActive());
			console.pressAt(canvas, new Point(card.x + card.width / 2, card.y + card.height / 2));
			// Into the next lane, in steps as a hand would: GTK starts the drag past its threshold.
			console.dragTo(canvas, new Point(card.x + card.width / 2 + 200, card.y + card.height / 2 + 70));
			console.waitUntil("the drag is on the board", () -> canvas.getHoverNode() != null && canvas.getHoverVerdict() != null);
			int[] ys = { area.height / 3, area.height * 2 / 3 };
			for (int k = 0; k < perDrag && verdicts.size() < hovers; k++) {
				position = (position + laneStep) % Math.max(1, total);
				scrollAndAwaitPaint(position);
				int y = ys[k % 2];
				int x = area.width - 120;
				Node lane = console.sync(() -> {
					Node at = canvas.nodeAt(x, y);
					return at == null ? canvas.nodeAt(x, y + 30) : at;
				});
				int laneY = console.sync(() -> canvas.nodeAt(x, y) == lane ? y : y + 30);
				if (lane == null || lane == console.sync(canvas::getHoverNode)) {
					continue;
				}
				Point screen = console.sync(() -> canvas.toDisplay(x, laneY));
				CountDownLatch latch = new CountDownLatch(1);
				toldAt.set(0);
				onScreenAt.set(0);
				screenWrong = null;
				readBackMs = Double.NaN;
				directDrawsBefore = console.sync(canvas::getDirectDraws);
				awaitedLane = lane;
				awaited = latch;
				// The pointer moved by the X server, asked from the UI thread (Display.post checks the thread): the clock
				// starts right before the request, not before a process is started to make it.
				Event motion = new Event();
				motion.type = SWT.MouseMove;
				motion.x = screen.x;
				motion.y = screen.y;
				long[] span = console.sync(() -> {
					long asked = System.nanoTime();
					if (!canvas.getDisplay().post(motion)) {
						throw new AssertionError("this display cannot move the pointer (SWT's post refused a MouseMove)");
					}
					return new long[] { asked, System.nanoTime() };
				});
				long t0 = span[0];
				long moved = span[1];
				if (!latch.await(30, TimeUnit.SECONDS)) {
					throw new AssertionError("no paint of " + lane.getName() + "'s lane with its verdict within 30 s");
				}
				double painted = (paintedAt.get() - t0) / 1e6;
				frame.add(painted);
				moves.add((moved - t0) / 1e6);
				long heard = console.sync(toldAt::get); // after the event the paint was in has been dispatched
				told.add(heard == 0 ? Double.NaN : (heard - t0) / 1e6);
				long onScreen = onScreenAt.get(); // set on the UI thread before the paint the latch waited for
				boolean fits = console.sync(() -> canvas.getHoverVerdict().fits());
				String wrong;
				if (onScreen != 0) {
					drawnDirectly[0]++;
					verdicts.add((onScreen - t0) / 1e6);
					readBacks.add(readBackMs);
					draws.add(drawMs);
					wrong = screenWrong;
					// The same lane once the regular paint has followed (the latch): the direct draw should have drawn
					// exactly what the paint listener paints.
					ImageData drawn = drawnLane;
					ImageData repainted = console.sync(() -> readLane(lane));
					String differ = differences(drawn, repainted);
					if (differ != null) {
						// Where the pointer was (lane coordinates): GTK's drag icon follows it.
						differing.add(lane.getName() + ": " + differ + ", pointer at " + x + "," + (laneY - console.sync(() -> canvas.laneBounds(lane).y)));
						if (folder != null && differing.size() <= 3) {
							save(drawn, Path.of(folder, "board-differs-" + nodes + "-" + lane.getName() + "-drawn.png"));
							save(repainted, Path.of(folder, "board-differs-" + nodes + "-" + lane.getName() + "-painted.png"));
						}
					}
				} else {
					// Not drawn directly: timed to the regular paint, and read back after it.
					verdicts.add(painted);
					wrong = console.sync(() -> stripMismatch(readLane(lane), fits));
				}
				if (wrong != null) {
					notShown.add(lane.getName() + ": " + wrong);
				}
				colors[fits ? 0 : 1]++;
			}
			// Drop back on the card's own lane: "already on" it, so the drop plans nothing.
			console.run(() -> canvas.scrollBy(-Integer.MAX_VALUE / 2));
			console.flush();
			Rectangle homeLane = console.sync(() -> canvas.laneBounds(home));
			Point homePoint = console.sync(() -> canvas.toDisplay(area.width - 120, homeLane.y + homeLane.height / 2));
			ConsoleUnderTest.xdotool("mousemove", "--sync", Integer.toString(homePoint.x), Integer.toString(homePoint.y));
			console.waitUntil("the pointer is back over the card's own lane", () -> canvas.getHoverNode() == home);
			console.release();
			console.waitUntil("the drag ended", () -> canvas.getHoverNode() == null);
			if (console.sync(() -> {
				Plan plan = PlanEdits.currentPlan(session.getPool());
				return plan != null && !plan.getMoves().isEmpty();
			})) {
				throw new AssertionError("the benchmark's drags planned a move: they should plan nothing");
			}
		}

		// The Rebalance dialog's time to a proposal, opened afresh each time.
		Button rebalance = console.sync(() -> Widgets.findButton(canvas.getParent().getParent(), "Rebalance\u2026"));
		console.waitUntil("Rebalance is enabled", rebalance::isEnabled);
		double[] proposal = new double[rebalances];
		String message = null;
		for (int i = 0; i < rebalances; i++) {
			console.run(() -> console.mainShell().forceActive());
			long t0 = System.nanoTime();
			console.click(rebalance, console.sync(() -> new Rectangle(0, 0, rebalance.getSize().x, rebalance.getSize().y)));
			AtomicReference<String> said = new AtomicReference<>();
			long deadline = t0 + TimeUnit.SECONDS.toNanos(600);
			while (true) {
				String now = console.sync(() -> {
					Shell shell = Widgets.dialog("Rebalance");
					return shell != null && shell.getData() instanceof TitleAreaDialog dialog ? dialog.getMessage() : null;
				});
				if (now != null && (now.contains("moves proposed") || now.startsWith("No move improves")
						|| now.startsWith("The engine could not propose"))) {
					proposal[i] = (System.nanoTime() - t0) / 1e6;
					said.set(now);
					break;
				}
				if (System.nanoTime() > deadline) {
					throw new AssertionError("no proposal within 600 s (the dialog says: " + now + ")");
				}
				Thread.sleep(1);
			}
			message = said.get();
			if (message.startsWith("The engine could not propose")) {
				throw new AssertionError(message);
			}
			console.run(() -> ((TitleAreaDialog) Widgets.dialog("Rebalance").getData()).close());
			console.waitUntil("the Rebalance dialog closed", () -> Widgets.dialog("Rebalance") == null);
		}
		return new Result(nodes, loadBefore, load(), boardShown, area, rowsOnScreen, toPainted, paintCode,
				verdicts.stream().mapToDouble(Double::doubleValue).toArray(), moves.stream().mapToDouble(Double::doubleValue).toArray(),
				told.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).toArray(),
				frame.stream().mapToDouble(Double::doubleValue).toArray(), draws.stream().mapToDouble(Double::doubleValue).toArray(),
				readBacks.stream().mapToDouble(Double::doubleValue).toArray(),
				drawnDirectly[0], notShown, differing, colors[0], colors[1], proposal, message);
	}

	/** Scrolls the board to {@code position} as its scroll bar does, and waits for the next paint to finish. */
	private double scrollAndAwaitPaint(int position) throws InterruptedException {
		CountDownLatch latch = new CountDownLatch(1);
		awaitedLane = null;
		awaitAnyPaint = true;
		awaited = latch;
		long t0 = console.sync(() -> {
			long start = System.nanoTime();
			canvas.getVerticalBar().setSelection(position);
			canvas.getVerticalBar().notifyListeners(SWT.Selection, new Event());
			canvas.redraw(); // a position equal to the last one paints too
			return start;
		});
		if (!latch.await(30, TimeUnit.SECONDS)) {
			throw new AssertionError("the board did not paint within 30 s of scrolling");
		}
		awaitAnyPaint = false;
		return (paintedAt.get() - t0) / 1e6;
	}

	/** The canvas's paint code alone for what is on screen, into an image (GTK paints a window on its own clock). */
	private double printOnce() {
		Rectangle area = canvas.getClientArea();
		Image image = new Image(canvas.getDisplay(), area.width, area.height);
		GC gc = new GC(image);
		try {
			long start = System.nanoTime();
			if (!canvas.print(gc)) {
				throw new AssertionError("the board cannot be printed on this platform");
			}
			return (System.nanoTime() - start) / 1e6;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/**
	 * After the board's drop listener: records when it first took the awaited lane as the hovered one; when the board
	 * has drawn that lane's verdict onto the window, stops the clock once the X server has it, then reads it back.
	 */
	private void told() {
		Node lane = awaitedLane;
		if (lane == null || canvas.getHoverNode() != lane) {
			return;
		}
		if (toldAt.get() == 0) {
			toldAt.set(System.nanoTime());
		}
		if (onScreenAt.get() == 0 && canvas.getHoverVerdict() != null && canvas.getDirectDraws() > directDrawsBefore) {
			// The board has drawn the verdict and flushed it (Display.update(): Xlib's queue to the X server). An X request
			// with a reply, here the pointer's position (XIQueryPointer), is answered only after the X server has carried
			// out every request sent before it on this connection, the drawing included: Xvfb's screen then shows it.
			canvas.getDisplay().update();
			canvas.getDisplay().getCursorLocation();
			onScreenAt.set(System.nanoTime());
			drawMs = canvas.getLastDirectDrawNanos() / 1e6;
			// Outside the timed span, before GTK's next frame paints the lane again: what the screen shows now.
			long start = System.nanoTime();
			ImageData pixels = readLane(lane);
			screenWrong = stripMismatch(pixels, canvas.getHoverVerdict().fits());
			drawnLane = pixels;
			readBackMs = (System.nanoTime() - start) / 1e6;
			Path picture = saveBoardTo;
			if (picture != null && canvas.getHoverVerdict().fits()) {
				saveBoardTo = null;
				saveScreen(canvas.getClientArea(), picture);
			}
		}
	}

	/** What the screen shows of {@code lane}'s part on screen (a GC on the display copies from the X server), or null. */
	private ImageData readLane(Node lane) {
		Rectangle bounds = canvas.laneBounds(lane);
		Rectangle visible = bounds == null ? null : bounds.intersection(canvas.getClientArea());
		if (visible == null || visible.width < 3 || visible.height < 2) {
			return null;
		}
		Point origin = canvas.toDisplay(visible.x, visible.y);
		Image image = new Image(canvas.getDisplay(), visible.width, visible.height);
		GC gc = new GC(canvas.getDisplay());
		try {
			gc.copyArea(image, origin.x, origin.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/**
	 * Null when the right edge of the lane's verdict strip (its last 3 pixels, which no text reaches), down to the
	 * lane's grid line at its bottom, is all in the verdict's color on {@code pixels} (the lane read back); else what
	 * was there.
	 */
	private static String stripMismatch(ImageData pixels, boolean fits) {
		if (pixels == null) {
			return "the lane is not on screen";
		}
		RGB want = fits ? BoardCanvas.FITS : BoardCanvas.REFUSED;
		int wrong = 0;
		RGB seen = null;
		for (int y = 0; y < pixels.height - 1; y++) {
			for (int x = pixels.width - 3; x < pixels.width; x++) {
				RGB rgb = pixels.palette.getRGB(pixels.getPixel(x, y));
				if (!want.equals(rgb)) {
					wrong++;
					seen = seen == null ? rgb : seen;
				}
			}
		}
		return wrong == 0 ? null
				: wrong + " of " + 3 * (pixels.height - 1) + " pixels of its right edge not " + want + " (first: " + seen + ")";
	}

	/**
	 * Where two read-backs of a lane (the direct draw, the regular paint after it) differ: null when they do not, else
	 * how many pixels and their bounding box in lane coordinates. Leaves out the lane's last {@value #OVERLAY_EDGE}
	 * pixels on the right, where GTK draws its overlay scroll bar over the canvas on a frame (a direct draw paints over
	 * it until the next frame).
	 */
	private static String differences(ImageData a, ImageData b) {
		if (a == null || b == null || a.width != b.width || a.height != b.height) {
			return "not comparable";
		}
		int differ = 0;
		int left = Integer.MAX_VALUE;
		int top = Integer.MAX_VALUE;
		int right = -1;
		int bottom = -1;
		for (int y = 0; y < a.height; y++) {
			for (int x = 0; x < a.width - OVERLAY_EDGE; x++) {
				if (!a.palette.getRGB(a.getPixel(x, y)).equals(b.palette.getRGB(b.getPixel(x, y)))) {
					differ++;
					left = Math.min(left, x);
					right = Math.max(right, x);
					top = Math.min(top, y);
					bottom = Math.max(bottom, y);
				}
			}
		}
		return differ == 0 ? null : differ + " pixels in x " + left + ".." + right + ", y " + top + ".." + bottom + " of " + a.width + "x" + a.height;
	}

	private static void save(ImageData pixels, Path file) {
		try {
			Files.createDirectories(file.getParent());
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { pixels };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Saves what the screen shows of the canvas's {@code area} as a PNG (the read-back right after a direct draw). */
	private void saveScreen(Rectangle area, Path file) {
		Point origin = canvas.toDisplay(area.x, area.y);
		Image image = new Image(canvas.getDisplay(), area.width, area.height);
		GC gc = new GC(canvas.getDisplay());
		try {
			gc.copyArea(image, origin.x, origin.y);
			Files.createDirectories(file.getParent());
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** After the canvas's own paint listener: records when a paint that was awaited has been made. */
	private void painted(Event event) {
		CountDownLatch latch = awaited;
		if (latch.getCount() == 0) {
			return;
		}
		Node lane = awaitedLane;
		if (lane == null) {
			if (awaitAnyPaint) {
				paintedAt.set(System.nanoTime());
				latch.countDown();
			}
			return;
		}
		Rectangle bounds = canvas.laneBounds(lane);
		if (canvas.getHoverNode() == lane && canvas.getHoverVerdict() != null && bounds != null
				&& bounds.intersects(new Rectangle(event.x, event.y, event.width, event.height))) {
			paintedAt.set(System.nanoTime());
			latch.countDown();
		}
	}

	/**
	 * A new pool of {@code nodes} (racks of 100, 25 racks a site), each with 64 cores and 256 GiB, running
	 * {@code tasksPerNode} tasks on average (one less than twice as many on nodes 0, 10, 20..., one on nodes 9, 19,
	 * 29..., which consolidation can empty); every other node has the label ssd, which its first task requires. Returns the task to drag (the
	 * first node's first): it fits on the ssd lanes and is refused, lacking the label, on the others.
	 */
	private Task generate(int nodes, int tasksPerNode) {
		session.newPool();
		Pool pool = session.getPool();
		pool.setName(nodes + " nodes");
		int rackSize = RACK_SIZE;
		List<Task> tasks = new ArrayList<>();
		Group site = null;
		Group rack = null;
		for (int i = 0; i < nodes; i++) {
			if (i % (rackSize * 25) == 0) {
				site = F.createGroup();
				site.setName("site-" + i / (rackSize * 25));
				site.setKind(GroupKind.SITE);
				pool.getGroups().add(site);
			}
			if (i % rackSize == 0) {
				rack = F.createGroup();
				rack.setName("rack-" + i / rackSize % 25);
				rack.setKind(GroupKind.RACK);
				site.getGroups().add(rack);
			}
			Node node = F.createNode();
			node.setName("n" + i);
			node.setAddress("n" + i + ".example"); // a description only: no agent, so the console never connects
			node.setState(NodeState.READY);
			node.setCpuCapacity(64);
			node.setMemoryCapacity(262_144);
			boolean ssd = i % 2 == 0;
			if (ssd) {
				node.getLabels().add("ssd");
			}
			rack.getNodes().add(node);
			// Ten tasks a node on average, unevenly: every tenth node runs one task, so consolidating can empty it.
			int here = i % 10 == 9 ? 1 : i % 10 == 0 ? 2 * tasksPerNode - 1 : tasksPerNode;
			for (int t = 0; t < here; t++) {
				Task task = F.createTask();
				task.setName("n" + i + "-t" + t);
				task.setKind(TaskKind.SERVICE);
				task.setCommand("/bin/sleep");
				task.setCpuDemand(1 + t % 3);
				task.setMemoryDemand(1024L * (1 + t % 4));
				if (t == 0 && ssd) {
					task.getRequiredLabels().add("ssd");
				}
				task.setNode(node);
				task.setState(TaskState.RUNNING);
				tasks.add(task);
			}
		}
		pool.getTasks().addAll(tasks);
		if (tasks.size() != nodes * tasksPerNode && nodes % 10 == 0) {
			throw new AssertionError(tasks.size() + " tasks generated, not " + nodes * tasksPerNode);
		}
		return tasks.get(0);
	}

	private void report(Result baseline, Result large, int tasksPerNode) throws Exception {
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT, "Planning Board benchmark: the real console under %s, board of %dx%d px, %d tasks a node%n",
				System.getenv().getOrDefault("DISPLAY", "?").isEmpty() ? "X" : "X display " + System.getenv("DISPLAY"),
				large.canvasArea().width, large.canvasArea().height, tasksPerNode));
		for (Result r : List.of(baseline, large)) {
			text.append(String.format(Locale.ROOT,
					"%d nodes, %d tasks: load average before %s, after %s; pool made and its board shown in %.0f ms; %d rows on screen; "
							+ "hovered lanes %d green, %d red; %d drawn onto the window within the board's dragOver; "
							+ "%d read back from the screen without the verdict's color%s; %d drawn otherwise than the regular paint "
							+ "then painted%s; Rebalance said: %s%n",
					r.nodes(), r.nodes() * tasksPerNode, r.loadBefore(), r.loadAfter(), r.boardShownMs(), r.rowsOnScreen(), r.fits(),
					r.refused(), r.drawnDirectly(), r.notShown().size(), r.notShown().isEmpty() ? "" : " " + r.notShown(),
					r.differing().size(), r.differing().isEmpty() ? "" : " " + r.differing(), r.proposalMessage()));
		}
		String n = large.nodes() + " nodes";
		text.append(String.format(Locale.ROOT, "%-58s %6s %14s %14s %7s%n", "measure (ms)", "runs", "100 nodes", n, "ratio"));
		row(text, "repaint while scrolling: scrolled to painted, median", baseline.scrollToPainted(), large.scrollToPainted(), 0.5);
		row(text, "repaint while scrolling: scrolled to painted, p99", baseline.scrollToPainted(), large.scrollToPainted(), 0.99);
		row(text, "repaint while scrolling: paint code (print), median", baseline.paintCode(), large.paintCode(), 0.5);
		row(text, "repaint while scrolling: paint code (print), p99", baseline.paintCode(), large.paintCode(), 0.99);
		row(text, "pointer enters a lane -> verdict on screen, median", baseline.verdictPainted(), large.verdictPainted(), 0.5);
		row(text, "pointer enters a lane -> verdict on screen, p99", baseline.verdictPainted(), large.verdictPainted(), 0.99);
		row(text, "  of which Display.post (the warp request), median", baseline.postMove(), large.postMove(), 0.5);
		row(text, "  pointer moved -> board's dragOver returned, median", baseline.dropTargetTold(), large.dropTargetTold(), 0.5);
		row(text, "  pointer moved -> board's dragOver returned, p99", baseline.dropTargetTold(), large.dropTargetTold(), 0.99);
		row(text, "  board's direct draw (both lanes, flushed), median", baseline.directDraw(), large.directDraw(), 0.5);
		row(text, "  board's direct draw (both lanes, flushed), p99", baseline.directDraw(), large.directDraw(), 0.99);
		row(text, "  pointer moved -> regular paint (frame clock), median", baseline.framePainted(), large.framePainted(), 0.5);
		row(text, "  pointer moved -> regular paint (frame clock), p99", baseline.framePainted(), large.framePainted(), 0.99);
		row(text, "  lane read back from the screen (untimed), median", baseline.readBack(), large.readBack(), 0.5);
		row(text, "Rebalance... clicked -> proposal shown, median", baseline.proposal(), large.proposal(), 0.5);
		row(text, "Rebalance... clicked -> proposal shown, max", baseline.proposal(), large.proposal(), 1);
		System.out.print(text);
		String file = System.getProperty("flotilla.benchmark.report");
		if (file != null) {
			Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
		}
	}

	private static void row(StringBuilder text, String name, double[] baseline, double[] large, double quantile) {
		double b = quantile(baseline, quantile);
		double l = quantile(large, quantile);
		text.append(String.format(Locale.ROOT, "%-58s %6s %14.2f %14.2f %7.1f%n", name, baseline.length + "/" + large.length, b, l,
				l / Math.max(1e-6, b)));
	}

	/** The value at {@code q} of the sorted values (nearest rank: p99 of fewer than 100 runs is their maximum). */
	static double quantile(double[] values, double q) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static String load() throws Exception {
		return Files.readString(Path.of("/proc/loadavg")).trim();
	}
}
