package org.flotilla.integration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A real SWT display on a thread of its own, for driving JFace wizards with real input: clicks through the X server
 * (xdotool, as a hand on a mouse) and key events through {@link Display#post(Event)}. The test thread asks the UI
 * thread with {@link #sync} and waits on conditions with timeouts.
 */
final class WizardWindow implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(60);
	final Display display;
	private final Thread thread;

	WizardWindow() throws Exception {
		CompletableFuture<Display> made = new CompletableFuture<>();
		thread = new Thread(() -> {
			Display created = new Display();
			made.complete(created);
			while (!created.isDisposed()) {
				if (!created.readAndDispatch()) {
					created.sleep();
				}
			}
		}, "wizard-ui");
		thread.setDaemon(true);
		thread.start();
		display = made.get(30, TimeUnit.SECONDS);
	}

	/** Makes the wizard on the UI thread (JFace wants it there), opens it in a dialog (not blocking), answers its shell. */
	Shell open(Supplier<IWizard> make) {
		return sync(() -> {
			IWizard wizard = make.get();
			Shell parent = new Shell(display);
			parent.setBounds(0, 0, 10, 10);
			WizardDialog dialog = new WizardDialog(parent, wizard);
			dialog.setBlockOnOpen(false);
			dialog.setPageSize(860, 360);
			dialog.open();
			dialog.getShell().setLocation(20, 20);
			dialog.getShell().forceActive();
			return dialog.getShell();
		});
	}

	/** Makes a dialog on the UI thread, opens it (not blocking) and answers its shell. */
	Shell openDialog(java.util.function.Function<Shell, org.eclipse.jface.window.Window> make) {
		return sync(() -> {
			Shell parent = new Shell(display);
			parent.setBounds(0, 0, 10, 10);
			org.eclipse.jface.window.Window dialog = make.apply(parent);
			dialog.setBlockOnOpen(false);
			dialog.open();
			dialog.getShell().setLocation(20, 20);
			dialog.getShell().forceActive();
			return dialog.getShell();
		});
	}

	<T> T sync(Supplier<T> work) {
		CompletableFuture<T> result = new CompletableFuture<>();
		display.asyncExec(() -> {
			try {
				result.complete(work.get());
			} catch (Throwable e) {
				result.completeExceptionally(e);
			}
		});
		try {
			return result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		} catch (Exception e) {
			throw new AssertionError("the UI thread failed or did not answer", e);
		}
	}

	void run(Runnable work) {
		sync(() -> {
			work.run();
			return null;
		});
	}

	void waitUntil(String what, BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (sync(condition::getAsBoolean)) {
				return;
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting until " + what);
			}
		}
		throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting until " + what);
	}

	/** The control in {@code root} whose {@code getData(key)} is {@code value}. */
	<T extends Control> T find(Composite root, String key, String value, Class<T> type) {
		return sync(() -> {
			for (Control control : all(root)) {
				if (value.equals(control.getData(key)) && type.isInstance(control)) {
					return type.cast(control);
				}
			}
			throw new AssertionError("no " + type.getSimpleName() + " with " + key + "=" + value);
		});
	}

	/** The visible button labelled {@code label} (mnemonics ignored) in {@code shell}, or null. */
	Button button(Shell shell, String label) {
		return sync(() -> {
			for (Control control : all(shell)) {
				if (control instanceof Button button && button.isVisible() && button.getText().replace("&", "").equals(label)) {
					return button;
				}
			}
			return null;
		});
	}

	/** Clicks the button labelled {@code label} once it is enabled. */
	void click(Shell shell, String label) {
		waitUntil("'" + label + "' is there and enabled in " + sync(shell::getText), () -> {
			Button button = buttonNow(shell, label);
			return button != null && button.isEnabled();
		}, TIMEOUT);
		click(button(shell, label));
	}

	/** A real left click in the middle of {@code control}, through the X server. */
	void click(Control control) {
		Point point = sync(() -> {
			control.getShell().forceActive();
			Point size = control.getSize();
			return control.toDisplay(size.x / 2, size.y / 2);
		});
		xdotool("mousemove", "--sync", Integer.toString(point.x + 40), Integer.toString(point.y + 60));
		xdotool("mousemove", "--sync", Integer.toString(point.x), Integer.toString(point.y));
		xdotool("click", "1");
		flush();
	}

	/** Focuses {@code text}, selects what it holds, and types {@code value} with real key events. */
	void type(Text text, String value) {
		run(() -> {
			text.getShell().forceActive();
			text.setFocus();
			text.selectAll();
		});
		waitUntil("the field has the focus", text::isFocusControl, TIMEOUT);
		for (char c : value.toCharArray()) {
			post(SWT.KeyDown, c);
			post(SWT.KeyUp, c);
		}
		flush();
		waitUntil("the field holds what was typed", () -> text.getText().equals(value), TIMEOUT);
	}

	/** Waits for a shell titled {@code title} other than those given. */
	Shell shell(String title, Duration timeout) {
		Shell[] found = new Shell[1];
		waitUntil("a window titled '" + title + "' is open", () -> {
			for (Shell shell : display.getShells()) {
				if (shell.isVisible() && title.equals(shell.getText())) {
					found[0] = shell;
					return true;
				}
			}
			return false;
		}, timeout);
		return found[0];
	}

	void screenshot(Path file) {
		flush(); // what changed last is painted first (GTK paints on its next frame)
		run(() -> display.getShells()[display.getShells().length - 1].update());
		try {
			// Cosmetic only (nothing is asserted on the picture): GTK hands a frame to the X server on its own clock.
			Thread.sleep(400);
			Files.createDirectories(file.getParent());
			Process process = new ProcessBuilder("import", "-window", "root", file.toString()).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			process.waitFor(30, TimeUnit.SECONDS);
		} catch (Exception e) {
			System.err.println("no screenshot " + file + ": " + e);
		}
	}

	void flush() {
		run(() -> {
			while (display.readAndDispatch()) {
				// drain
			}
		});
	}

	@Override
	public void close() {
		if (!display.isDisposed()) {
			display.asyncExec(display::dispose);
		}
		try {
			thread.join(10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The visible button labelled {@code label}, or null: on the UI thread. */
	Button buttonNow(Shell shell, String label) {
		for (Control control : all(shell)) {
			if (control instanceof Button button && button.isVisible() && button.getText().replace("&", "").equals(label)) {
				return button;
			}
		}
		return null;
	}

	private void post(int type, char c) {
		Event event = new Event();
		event.type = type;
		event.character = c;
		if (!sync(() -> display.post(event))) {
			throw new AssertionError("the display refused a key event");
		}
	}

	private static List<Control> all(Composite root) {
		List<Control> controls = new ArrayList<>();
		for (Control child : root.getChildren()) {
			controls.add(child);
			if (child instanceof Composite composite) {
				controls.addAll(all(composite));
			}
		}
		return controls;
	}

	static void xdotool(String... args) {
		List<String> command = new ArrayList<>();
		command.add("xdotool");
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new AssertionError("xdotool " + String.join(" ", args) + " failed: " + output);
			}
		} catch (java.io.IOException e) {
			throw new AssertionError("xdotool is needed for real clicks (apt-get install xdotool)", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
