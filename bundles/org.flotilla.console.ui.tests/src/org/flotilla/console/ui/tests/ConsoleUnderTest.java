package org.flotilla.console.ui.tests;

import org.flotilla.console.core.PoolSession;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.Bundle;

/**
 * The real Flotilla console, started the way the product starts it (the e4 workbench with
 * Application.e4xmi), on its own UI thread, so a test can look at its widgets and drive it with
 * real mouse and keyboard events through {@link Display#post(Event)}.
 */
final class ConsoleUnderTest implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final Thread uiThread;
	private volatile Display display;
	private volatile Object workbench; // E4Workbench: internal, reached by reflection
	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	/** Errors with an exception logged by the console: an "Internal Error" dialog would block the test. */
	private final java.util.List<org.eclipse.core.runtime.IStatus> internalErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
	private final org.eclipse.core.runtime.ILogListener errorCatcher = (status, plugin) -> {
		if (status.getSeverity() == org.eclipse.core.runtime.IStatus.ERROR && status.getException() != null) {
			internalErrors.add(status);
		}
	};

	ConsoleUnderTest() throws InterruptedException {
		Platform.addLogListener(errorCatcher);
		CountDownLatch started = new CountDownLatch(1);
		uiThread = new Thread(() -> run(started), "flotilla-ui");
		uiThread.setDaemon(true);
		uiThread.start();
		if (!started.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS) || workbench == null) {
			throw new IllegalStateException("the console did not start", failure.get());
		}
		waitUntil("the main window is open", () -> mainShell() != null && mainShell().isVisible());
		run(() -> mainShell().forceActive());
		flush();
	}

	private void run(CountDownLatch started) {
		try {
			display = new Display();
			Bundle swtWorkbench = Platform.getBundle("org.eclipse.e4.ui.workbench.swt");
			Class<?> applicationClass = swtWorkbench.loadClass("org.eclipse.e4.ui.internal.workbench.swt.E4Application");
			Object application = applicationClass.getConstructor().newInstance();
			Method create = applicationClass.getMethod("createE4Workbench", IApplicationContext.class, Display.class);
			workbench = create.invoke(application, new TestApplicationContext(), display);
			Method createAndRunUI = workbench.getClass().getMethod("createAndRunUI",
					org.eclipse.e4.ui.model.application.MApplicationElement.class);
			started.countDown();
			Realm.runWithDefault(DisplayRealm.getRealm(display), () -> {
				try {
					createAndRunUI.invoke(workbench, application());
				} catch (ReflectiveOperationException e) {
					failure.set(e);
				}
			});
		} catch (Throwable e) {
			failure.set(e);
			e.printStackTrace();
		} finally {
			started.countDown();
			if (display != null && !display.isDisposed()) {
				display.dispose();
			}
		}
	}

	Display display() {
		return display;
	}

	MApplication application() {
		return ((IWorkbench) workbench).getApplication();
	}

	/** The Java object of a part (PoolExplorerPart, ...), by part id. */
	<T> T part(String id, Class<T> type) {
		return sync(() -> {
			EModelService models = application().getContext().get(EModelService.class);
			MPart part = (MPart) models.find(id, application());
			return type.cast(part.getObject());
		});
	}

	/** Brings a part to the front (creating it if it was never shown), as clicking its tab would. */
	void showPart(String id) {
		run(() -> {
			org.eclipse.e4.ui.model.application.ui.basic.MWindow window = application().getChildren().get(0);
			window.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).showPart(id,
					org.eclipse.e4.ui.workbench.modeling.EPartService.PartState.ACTIVATE);
		});
		flush();
	}

	/** Closes a part as its tab's close button does: its object is disposed, and {@link #showPart} creates it anew. */
	void hidePart(String id) {
		run(() -> {
			org.eclipse.e4.ui.model.application.ui.basic.MWindow window = application().getChildren().get(0);
			org.eclipse.e4.ui.workbench.modeling.EPartService parts = window.getContext()
					.get(org.eclipse.e4.ui.workbench.modeling.EPartService.class);
			MPart part = parts.findPart(id);
			if (part != null && part.getObject() != null) {
				parts.hidePart(part);
			}
		});
		flush();
	}

	<T> T get(Class<T> type) {
		return sync(() -> application().getContext().get(type));
	}

	Shell mainShell() {
		return display == null || display.isDisposed() ? null : sync(() -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && shell.getText().contains("Flotilla")) {
					return shell;
				}
			}
			return null;
		});
	}

	<T> T sync(Supplier<T> action) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> error = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(action.get());
			} catch (RuntimeException e) {
				error.set(e);
			}
		});
		if (error.get() != null) {
			throw error.get();
		}
		return result.get();
	}

	void run(Runnable action) {
		sync(() -> {
			action.run();
			return null;
		});
	}

	/** Polls {@code condition} on the UI thread until it holds; fails with {@code what} after the timeout. */
	void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, TIMEOUT, condition);
	}

	/** As {@link #waitUntil(String, BooleanSupplier)}, with its own timeout. */
	void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (failure.get() != null) {
				throw new AssertionError("the console failed", failure.get());
			}
			if (!internalErrors.isEmpty()) {
				org.eclipse.core.runtime.IStatus error = internalErrors.get(0);
				throw new AssertionError("the console logged an error while waiting until " + what + ": "
						+ error.getMessage(), error.getException());
			}
			if (display != null && !display.isDisposed() && sync(condition::getAsBoolean)) {
				return;
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting until " + what);
			}
		}
		String shot = "";
		try { // what the screen showed is the first thing one wants to see of a UI test that timed out
			shot = "; the screen then: " + screenshotScreen("timed-out-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
		} catch (Exception | AssertionError e) {
			// no picture: the message says enough
		}
		throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what + shot);
	}

	/**
	 * A real left click at the middle of {@code bounds} of {@code control} (control coordinates),
	 * made by xdotool through the X server as a user's mouse would. (SWT's Display.post places GTK
	 * button events relative to a window of its choosing, which custom-drawn canvases receive at
	 * the wrong coordinates; an external click has no such problem.)
	 */
	void click(Control control, Rectangle bounds) {
		Point point = sync(() -> control.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2));
		// Arrive from outside, as a hand would: tool buttons only take a click after the pointer entered them.
		xdotool("mousemove", "--sync", Integer.toString(point.x + bounds.width), Integer.toString(point.y + bounds.height * 3));
		flush();
		xdotool("mousemove", "--sync", Integer.toString(point.x), Integer.toString(point.y));
		flush();
		xdotool("click", "1");
		flush();
	}

	/** A real right click at the middle of {@code bounds} of {@code control}: the control's context menu opens. */
	void rightClick(Control control, Rectangle bounds) {
		Point point = sync(() -> control.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2));
		xdotool("mousemove", "--sync", Integer.toString(point.x), Integer.toString(point.y));
		flush();
		xdotool("click", "3");
		flush();
	}

	/** A real left click with Ctrl held at the middle of {@code bounds} of {@code control}: adds to a selection. */
	void ctrlClick(Control control, Rectangle bounds) {
		Point point = sync(() -> control.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2));
		xdotool("mousemove", "--sync", Integer.toString(point.x), Integer.toString(point.y));
		flush();
		xdotool("keydown", "ctrl");
		try {
			xdotool("click", "1");
			flush();
		} finally {
			xdotool("keyup", "ctrl");
		}
		flush();
	}

	/** A real left button press at {@code at} of {@code control} (control coordinates): the start of a drag. */
	void pressAt(Control control, Point at) {
		Point point = sync(() -> control.toDisplay(at.x, at.y));
		xdotool("mousemove", "--sync", Integer.toString(point.x), Integer.toString(point.y));
		flush();
		xdotool("mousedown", "1");
		flush();
	}

	/**
	 * Moves the pointer, button held, to {@code at} of {@code control} in small steps, as a hand would: GTK starts
	 * a drag once the pointer has gone past its threshold, and tells the drop target of every motion.
	 */
	void dragTo(Control control, Point at) {
		Point to = sync(() -> control.toDisplay(at.x, at.y));
		Point from = sync(() -> display.getCursorLocation());
		int steps = 12;
		for (int i = 1; i <= steps; i++) {
			int x = from.x + (to.x - from.x) * i / steps;
			int y = from.y + (to.y - from.y) * i / steps;
			xdotool("mousemove", "--sync", Integer.toString(x), Integer.toString(y));
			flush();
		}
	}

	/** Releases the left button where the pointer is: the drop. */
	void release() {
		xdotool("mouseup", "1");
		flush();
	}

	/** The color on the screen at {@code at} of {@code control} (control coordinates), read back from the X server. */
	org.eclipse.swt.graphics.RGB screenPixel(Control control, Point at) {
		return sync(() -> {
			Point point = control.toDisplay(at.x, at.y);
			Image image = new Image(display, 1, 1);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, point.x, point.y);
				org.eclipse.swt.graphics.ImageData data = image.getImageData();
				return data.palette.getRGB(data.getPixel(0, 0));
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}

	/** Real key presses through the X server, e.g. {@code key("Down", "Return")} in an open menu. */
	void key(String... keys) {
		java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("key", "--delay", "50"));
		args.addAll(java.util.List.of(keys));
		xdotool(args.toArray(String[]::new));
		flush();
	}

	/**
	 * Saves the whole screen (every window, dialogs included) with ImageMagick's {@code import -window root},
	 * as a person's screenshot would; falls back to the main window when ImageMagick is missing.
	 */
	Path screenshotScreen(String name) throws Exception {
		Path folder = Path.of(System.getProperty("flotilla.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		long until = System.nanoTime() + 250_000_000L; // let GTK paint (picture only, never an outcome)
		while (System.nanoTime() < until) {
			flush();
			Thread.sleep(25);
		}
		try {
			Process process = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS) && process.exitValue() == 0) {
				return file;
			}
			System.err.println("import -window root failed: " + output);
		} catch (java.io.IOException e) {
			System.err.println("ImageMagick's import is missing (" + e.getMessage() + "): the main window only");
		}
		return screenshot(name);
	}

	/** Runs xdotool with these arguments (through the X server, as a user's mouse or keyboard would); fails when it does. */
	static void xdotool(String... args) {
		java.util.List<String> command = new java.util.ArrayList<>();
		command.add("xdotool");
		command.addAll(java.util.List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new AssertionError("xdotool " + String.join(" ", args) + " failed: " + output);
			}
		} catch (java.io.IOException e) {
			throw new AssertionError("xdotool is needed for real mouse clicks (apt-get install xdotool)", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/**
	 * Gives {@code text} the keyboard focus with all its text selected, as a click and select-all
	 * would. Without a window manager nothing activates the window, so activate it first.
	 */
	void focus(org.eclipse.swt.widgets.Text text) {
		run(() -> mainShell().forceActive());
		flush();
		waitUntil("the console window is active (active shell: " + sync(() -> String.valueOf(display.getActiveShell())) + ")",
				() -> display.getActiveShell() == mainShell());
		run(() -> {
			text.setFocus();
			text.selectAll();
		});
		waitUntil("the field has the focus (focus: " + sync(() -> String.valueOf(display.getFocusControl())) + ")",
				text::isFocusControl);
	}

	/** Types {@code text} with real key events into the focused control. */
	void type(String text) {
		for (char c : text.toCharArray()) {
			post(SWT.KeyDown, e -> e.character = c);
			post(SWT.KeyUp, e -> e.character = c);
		}
		flush();
	}

	void pressEnter() {
		// As a key code: posted as a character, CR does not become the Return key on GTK.
		post(SWT.KeyDown, e -> e.keyCode = SWT.CR);
		post(SWT.KeyUp, e -> e.keyCode = SWT.CR);
		flush();
	}

	/** Ctrl + {@code key}, with real key events. */
	void pressCtrl(char key) {
		post(SWT.KeyDown, e -> e.keyCode = SWT.CTRL);
		post(SWT.KeyDown, e -> e.character = key);
		post(SWT.KeyUp, e -> e.character = key);
		post(SWT.KeyUp, e -> e.keyCode = SWT.CTRL);
		flush();
	}

	private void post(int type, java.util.function.Consumer<Event> setup) {
		Event event = new Event();
		event.type = type;
		setup.accept(event);
		if (!sync(() -> display.post(event))) {
			throw new AssertionError("the display refused a posted event (" + type + ")");
		}
	}

	/**
	 * Closes every visible window but the main one: a dialog that a failed test left open would take
	 * the next test's key presses and clicks.
	 */
	/**
	 * Where every UI test starts: errors an earlier test left in the log reported (not failed: they are not this
	 * test's), no dialog open, a fresh sample pool, nothing selected. {@code suite} names the test class in reports.
	 */
	void startFromAFreshSamplePool(String suite, PoolSession session) {
		for (org.eclipse.core.runtime.IStatus dropped : drainLoggedErrors()) {
			System.err.println(suite + ": an error logged between tests (not this test's): " + dropped);
		}
		closeDialogs();
		run(() -> {
			session.newSamplePool();
			application().getContext().set(org.flotilla.console.ui.ConsoleIds.SELECTION, null);
		});
	}

	void closeDialogs() {
		Shell main = mainShell();
		run(() -> {
			for (Shell shell : display.getShells()) {
				if (shell != main && !shell.isDisposed() && shell.isVisible()) {
					shell.close();
				}
			}
		});
		flush();
	}

	/**
	 * The errors (with an exception) the console logged since the last call, which are then forgotten:
	 * {@link #waitUntil} fails on them, and a test that drains them before it starts is not failed by
	 * what an earlier test left behind.
	 */
	java.util.List<org.eclipse.core.runtime.IStatus> drainLoggedErrors() {
		java.util.List<org.eclipse.core.runtime.IStatus> drained = java.util.List.copyOf(internalErrors);
		internalErrors.removeAll(drained);
		return drained;
	}

	/** Lets the UI thread process what was posted. */
	void flush() {
		for (int i = 0; i < 3; i++) {
			run(() -> {
				while (display.readAndDispatch()) {
					// drain
				}
			});
		}
	}

	/** Saves what the main window shows now as a PNG, and returns the file. */
	Path screenshot(String name) throws Exception {
		Path folder = Path.of(System.getProperty("flotilla.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		// Only for the picture, never for a test's outcome: GTK paints on its frame clock, so on a busy
		// machine a tab switched a moment ago may not be on screen yet. Keep the event loop running
		// for a quarter of a second before reading the screen.
		long until = System.nanoTime() + 250_000_000L;
		while (System.nanoTime() < until) {
			flush();
			Thread.sleep(25);
		}
		run(() -> {
			Shell shell = mainShell();
			shell.redraw();
			shell.update();
			Rectangle area = shell.getBounds();
			Image image = new Image(display, area.width, area.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, area.x, area.y);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
			image.dispose();
		});
		return file;
	}

	@Override
	public void close() throws InterruptedException {
		Platform.removeLogListener(errorCatcher);
		if (display != null && !display.isDisposed()) {
			display.asyncExec(() -> ((IWorkbench) workbench).close());
		}
		uiThread.join(TIMEOUT.toMillis());
	}

	/** What Equinox would give the application: arguments and the product's branding properties. */
	private static final class TestApplicationContext implements IApplicationContext {
		private final Map<String, Object> arguments = Map.of(APPLICATION_ARGS, new String[] { "-applicationXMI",
				"org.flotilla.console.ui/Application.e4xmi", "-clearPersistedState", "-persistState", "false" });

		@Override
		public Map getArguments() {
			return arguments;
		}

		@Override
		public void applicationRunning() {
		}

		@Override
		public String getBrandingApplication() {
			return "org.eclipse.e4.ui.workbench.swt.E4Application";
		}

		@Override
		public String getBrandingName() {
			return "Flotilla";
		}

		@Override
		public String getBrandingDescription() {
			return "Flotilla console under test";
		}

		@Override
		public String getBrandingId() {
			return "org.flotilla.console.ui.product";
		}

		@Override
		public String getBrandingProperty(String key) {
			return switch (key) {
			case "applicationXMI" -> "org.flotilla.console.ui/Application.e4xmi";
			case "appName" -> "Flotilla";
			default -> null;
			};
		}

		@Override
		public Bundle getBrandingBundle() {
			return Platform.getBundle("org.flotilla.console.ui");
		}

		@Override
		public void setResult(Object result, IApplication application) {
		}
	}
}
