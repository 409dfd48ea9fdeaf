package org.flotilla.console.ui.tests;

import java.time.Duration;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.flotilla.console.ui.internal.tasks.SubmitTasksWizard;
import org.flotilla.console.ui.internal.tasks.TaskDraft;

/** Driving the task dialogs of the running console with real keys and clicks. */
final class TaskUi {

	private final ConsoleUnderTest console;

	TaskUi(ConsoleUnderTest console) {
		this.console = console;
	}

	/** The widget of a wizard field (marked with DraftPage.FIELD_KEY) under {@code parent}, or null. */
	static Control field(Composite parent, TaskDraft.Field field) {
		for (Control child : parent.getChildren()) {
			if (field.name().equals(child.getData("org.flotilla.task.field"))) {
				return child;
			}
			if (child instanceof Composite composite) {
				Control found = field(composite, field);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The open Submit Tasks dialog's shell (waits for it). */
	Shell wizardShell() {
		console.waitUntil("the Submit Tasks wizard is open", () -> Widgets.dialog(SubmitTasksWizard.TITLE) != null);
		return console.sync(() -> Widgets.dialog(SubmitTasksWizard.TITLE));
	}

	SubmitTasksWizard wizard(Shell shell) {
		return console.sync(() -> (SubmitTasksWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard());
	}

	/** Replaces the text of {@code field} in the wizard with {@code value}, typed with real key events (lines with Enter). */
	void type(Shell shell, TaskDraft.Field field, String value) {
		Text text = (Text) console.sync(() -> field(shell, field));
		if (text == null) {
			throw new AssertionError("no field " + field + " on the wizard's current page");
		}
		focus(text);
		console.run(text::selectAll); // what is typed replaces it
		if (value.isEmpty()) {
			console.key("BackSpace");
		}
		List<String> lines = value.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				console.pressEnter();
			}
			console.type(lines.get(i));
		}
		console.waitUntil(field + " shows what was typed (it shows '" + console.sync(text::getText) + "')",
				() -> text.getText().strip().replace("\r", "").equals(value.strip()));
	}

	/** Gives {@code text}, in whatever shell, the keyboard focus. */
	void focus(Text text) {
		console.run(() -> text.getShell().forceActive());
		console.waitUntil("the shell of the field is active", () -> text.getDisplay().getActiveShell() == text.getShell());
		console.run(text::setFocus);
		console.waitUntil("the field has the focus", text::isFocusControl);
	}

	/** The button labelled {@code label} (mnemonic marks ignored: "Next >" finds "&Next >"), or null. */
	static Button button(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && label.equals(button.getText().replace("&", ""))) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = button(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Clicks the button labelled {@code label} in {@code shell} once it is enabled. */
	void click(Shell shell, String label) {
		Button button = console.sync(() -> button(shell, label));
		if (button == null) {
			throw new AssertionError("no button '" + label + "' in " + console.sync(shell::getText));
		}
		console.waitUntil("'" + label + "' is enabled", button::isEnabled);
		console.click(console.sync(button::getParent), console.sync(button::getBounds));
	}

	boolean enabled(Shell shell, String label) {
		return console.sync(() -> button(shell, label).isEnabled());
	}

	/** The explorer's tree item of the node (or task) named {@code name}, revealed. */
	static TreeItem treeItem(Tree tree, String name) {
		return find(tree.getItems(), name);
	}

	private static TreeItem find(TreeItem[] items, String name) {
		for (TreeItem item : items) {
			String text = item.getText();
			int details = text.indexOf("  ");
			if (name.equals(details < 0 ? text : text.substring(0, details))) {
				return item;
			}
			TreeItem found = find(item.getItems(), name);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	static Duration seconds(long seconds) {
		return Duration.ofSeconds(seconds);
	}
}
