package org.flotilla.console.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * Chooses one of many objects by typing part of its name: a filter field over a virtual table, so that a pool of
 * 10,000 nodes opens at once (a drop-down of 10,000 items takes the UI thread for seconds to fill). The first row
 * is "(none)".
 */
final class ReferenceChooser<T> extends Dialog {

	/** The dialog's title prefix (tests find it by this). */
	static final String TITLE = "Choose ";
	private static final String NONE = "(none)";

	private final String what;
	private final List<T> candidates;
	private final Function<T, String> name;
	private List<T> shown;
	private Table table;
	private T chosen;
	private boolean chose;

	ReferenceChooser(Shell parent, String what, List<T> candidates, Function<T, String> name) {
		super(parent);
		this.what = what;
		this.candidates = candidates;
		this.name = name;
		this.shown = candidates;
	}

	/** True when the person chose (then {@link #chosen()} is it, or null for "(none)"). */
	boolean open(T current) {
		chosen = current;
		return open() == OK && chose;
	}

	T chosen() {
		return chosen;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE + what);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.NONE).setText("Type part of the name (" + candidates.size() + " in all):");
		Text filter = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		table = new Table(area, SWT.BORDER | SWT.VIRTUAL | SWT.SINGLE | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).hint(320, 320).applyTo(table);
		table.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			int index = table.indexOf(item);
			item.setText(index == 0 ? NONE : name.apply(shown.get(index - 1)));
		});
		table.addListener(SWT.DefaultSelection, e -> okPressed());
		filter.addModifyListener(e -> show(filter.getText()));
		show("");
		if (chosen != null) {
			int index = shown.indexOf(chosen);
			table.setSelection(index + 1);
		}
		return area;
	}

	private void show(String text) {
		String needle = text.trim().toLowerCase(Locale.ROOT);
		if (needle.isEmpty()) {
			shown = candidates;
		} else {
			List<T> matching = new ArrayList<>();
			for (T candidate : candidates) {
				if (name.apply(candidate).toLowerCase(Locale.ROOT).contains(needle)) {
					matching.add(candidate);
				}
			}
			shown = matching;
		}
		table.clearAll();
		table.setItemCount(shown.size() + 1);
		table.setSelection(shown.isEmpty() ? 0 : 1);
	}

	@Override
	protected void okPressed() {
		int index = table.getSelectionIndex();
		if (index >= 0) {
			chose = true;
			chosen = index == 0 ? null : shown.get(index - 1);
		}
		super.okPressed();
	}
}
