package org.flotilla.console.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.ParameterType;
import org.flotilla.model.validation.ParameterValues;

/**
 * One package parameter as a typed field: a check box for a boolean, a drop-down of the allowed values for a choice,
 * a text field otherwise (whole numbers and sizes too: a spinner would silently clamp 70000 to 65535, and the person
 * would never learn that 70000 is not a port). Empty means "not given": the fallback (the package's default, or the
 * profile's value for a node's override) shows as the field's hint and in the drop-down's first item. A text field
 * commits on Enter or when it loses the focus, so one edit is one undo step. The problem (the validator's words)
 * shows under the field and as an error decoration on it.
 */
public final class ParameterField {

	/** Key of {@code Widget.getData(String)}: "package.parameter" of the field's editor (tests find fields by it). */
	public static final String KEY = "org.flotilla.provisioning.parameter";

	private final ParameterDefinition definition;
	private final Control editor;
	private final Label problem;
	private final ControlDecoration decoration;
	private final Consumer<String> committed;
	private String value;
	private String fallback;
	private boolean updating;

	/**
	 * Adds a label, the field and its problem line to {@code parent} (a two-column grid).
	 *
	 * @param key       "package.parameter", set as the editor's {@link #KEY} data
	 * @param label     the field's label (null: the parameter's name)
	 * @param fallback  what applies when the field is empty (shown as a hint), or null
	 * @param committed told the new value (null: cleared) when the person commits a change
	 */
	public ParameterField(Composite parent, String key, String label, ParameterDefinition definition, String value,
			String fallback, Consumer<String> committed) {
		this.definition = definition;
		this.value = value;
		this.fallback = fallback;
		this.committed = committed;
		Label title = new Label(parent, SWT.NONE);
		title.setText((label == null ? definition.getName() : label) + (definition.getUnit() == null ? "" : " (" + definition.getUnit() + ")")
				+ ":");
		title.setToolTipText(tip());
		title.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		ParameterType type = definition.getType() == null ? ParameterType.STRING : definition.getType();
		if (type == ParameterType.BOOLEAN) {
			// Three states are needed (not given / true / false), so a boolean is a drop-down, not a lone check box.
			editor = choices(parent, List.of("true", "false"));
		} else if (type == ParameterType.CHOICE) {
			editor = choices(parent, definition.getAllowedValues());
		} else {
			Text text = new Text(parent, SWT.BORDER);
			text.addListener(SWT.DefaultSelection, e -> commit(text.getText()));
			// Enter in a dialog also presses its default button (a wizard's Next), before DefaultSelection: commit (and
			// so validate) first, so that a refused value disables Next before Enter could press it.
			text.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_RETURN) {
					commit(text.getText());
				}
			});
			text.addListener(SWT.FocusOut, e -> commit(text.getText()));
			editor = text;
		}
		editor.setData(KEY, key);
		editor.setToolTipText(tip());
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 160;
		editor.setLayoutData(data);
		decoration = new ControlDecoration(editor, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		problem = new Label(parent, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, ((GridLayout) parent.getLayout()).numColumns, 1);
		problemData.widthHint = 240;
		problemData.exclude = true;
		problem.setLayoutData(problemData);
		problem.setVisible(false);
		show(value, fallback);
	}

	private Combo choices(Composite parent, List<String> values) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		List<String> items = new ArrayList<>();
		items.add(""); // replaced by the fallback's description in show()
		items.addAll(values);
		combo.setItems(items.toArray(String[]::new));
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			commit(index <= 0 ? "" : combo.getItem(index));
		});
		return combo;
	}

	private String tip() {
		String description = definition.getDescription() == null ? "" : definition.getDescription() + ": ";
		return description + ParameterValues.allowed(definition)
				+ (definition.getDefaultValue() == null ? ", required" : ", default " + definition.getDefaultValue());
	}

	private void commit(String text) {
		if (updating) {
			return;
		}
		String newValue = text == null || text.isBlank() ? null : text.strip();
		if (java.util.Objects.equals(newValue, value)) {
			return;
		}
		value = newValue;
		committed.accept(newValue);
	}

	/** Shows {@code newValue} (null: not given, {@code newFallback} applies) unless the person is typing in the field. */
	public void show(String newValue, String newFallback) {
		if (editor.isDisposed()) {
			return;
		}
		fallback = newFallback;
		if (editor instanceof Text text && text.isFocusControl() && !text.getText().strip().equals(value == null ? "" : value)) {
			return; // an edit in progress: the commit will bring the model up to date
		}
		value = newValue;
		updating = true;
		try {
			String hint = fallback == null ? "required" : "(" + fallback + ")";
			if (editor instanceof Text text) {
				String shown = value == null ? "" : value;
				if (!shown.equals(text.getText())) {
					text.setText(shown);
				}
				text.setMessage(hint);
			} else if (editor instanceof Combo combo) {
				combo.setItem(0, fallback == null ? "(choose)" : "(" + fallback + ")");
				int index = value == null ? 0 : combo.indexOf(value);
				if (index < 0) { // a value the choices do not have (typed by hand elsewhere): shown, and the validator says why
					combo.add(value);
					index = combo.getItemCount() - 1;
				}
				combo.select(index);
			}
		} finally {
			updating = false;
		}
	}

	/** Shows {@code message} under the field (null or empty: no problem). */
	public boolean showProblem(String message) {
		String text = message == null ? "" : message;
		if (text.equals(problem.getText()) && problem.getVisible() != text.isEmpty()) {
			return false;
		}
		problem.setText(text);
		problem.setVisible(!text.isEmpty());
		((GridData) problem.getLayoutData()).exclude = text.isEmpty();
		if (text.isEmpty()) {
			decoration.hide();
		} else {
			decoration.setDescriptionText(text);
			decoration.show();
		}
		return true;
	}

	/** What the field checks by itself (the package's rule), before anything is stored: null when acceptable. */
	public String problemOf(String candidate) {
		return candidate == null ? null : ParameterValues.problem(definition, candidate);
	}

	public ParameterDefinition definition() {
		return definition;
	}

	public Control editor() {
		return editor;
	}

	public String value() {
		return value;
	}

	public String problemText() {
		return problem.getText();
	}
}
