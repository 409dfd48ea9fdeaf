package org.flotilla.console.ui.tests;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/** Finding widgets of the running console by what a person sees on them. Call on the UI thread. */
final class Widgets {

	private Widgets() {
	}

	/** The visible shell titled {@code title} (a dialog), or null. */
	static Shell dialog(String title) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	/** The texts of every label under {@code parent}, one per line. */
	static String labelTexts(Composite parent) {
		StringBuilder text = new StringBuilder();
		for (Control child : parent.getChildren()) {
			if (child instanceof Label label) {
				text.append(label.getText()).append('\n');
			} else if (child instanceof Composite composite) {
				text.append(labelTexts(composite));
			}
		}
		return text.toString();
	}

	/** Every control of {@code type} under {@code parent}, at any depth. */
	static <T extends Control> java.util.List<T> all(Composite parent, Class<T> type) {
		java.util.List<T> found = new java.util.ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type));
			}
		}
		return found;
	}

	/** The button labelled {@code text} under {@code parent}, or null. */
	static Button findButton(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && text.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = findButton(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The tool item labelled {@code text} under {@code parent}, or null. */
	static ToolItem findToolItem(Composite parent, String text) {
		for (Control child : parent.getChildren()) {
			if (child instanceof ToolBar bar) {
				for (ToolItem item : bar.getItems()) {
					if (text.equals(item.getText())) {
						return item;
					}
				}
			}
			if (child instanceof Composite composite) {
				ToolItem found = findToolItem(composite, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The index of the column titled {@code title}; -1 when there is none. */
	static int columnIndex(Table table, String title) {
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (table.getColumn(i).getText().equals(title)) {
				return i;
			}
		}
		return -1;
	}
}
