package org.flotilla.console.ui.internal.tasks;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flotilla.model.Pool;

/**
 * A page of the Submit Tasks wizard that edits part of a {@link TaskDraft}: after every change it copies its
 * widgets into the draft and checks the draft; each problem is marked at its field (an error decoration
 * whose hover says why) and the first one is the page's error message, naming the field. A page with a
 * problem cannot be left with Next, nor the wizard finished.
 */
abstract class DraftPage extends WizardPage {

	/** Key of {@code Widget.getData(String)} naming the {@link TaskDraft.Field} a widget edits (for tests). */
	public static final String FIELD_KEY = "org.flotilla.task.field";

	protected final TaskDraft draft;
	protected final Pool pool;
	private final int number;
	private final Map<TaskDraft.Field, ControlDecoration> decorations = new EnumMap<>(TaskDraft.Field.class);
	private final Map<TaskDraft.Field, String> shown = new EnumMap<>(TaskDraft.Field.class);

	DraftPage(String name, int number, String title, String description, TaskDraft draft, Pool pool) {
		super(name);
		this.number = number;
		this.draft = draft;
		this.pool = pool;
		setTitle(title);
		setDescription(description);
	}

	/** Copies the widgets' values into the draft. */
	protected abstract void readInto(TaskDraft target);

	/** Checks this page's fields (call after any change). */
	protected final void validate() {
		readInto(draft);
		Map<TaskDraft.Field, String> problems = draft.problems(pool, number);
		shown.clear();
		shown.putAll(problems);
		decorations.forEach((field, decoration) -> {
			String problem = problems.get(field);
			if (problem == null) {
				decoration.hide();
			} else {
				decoration.setDescriptionText(TaskDraft.message(field, problem));
				decoration.show();
			}
		});
		setErrorMessage(problems.isEmpty() ? null
				: problems.entrySet().stream().findFirst().map(e -> TaskDraft.message(e.getKey(), e.getValue())).orElse(null));
		setPageComplete(problems.isEmpty());
	}

	/** The problem shown at {@code field} ("" when none): what the decoration's hover says. */
	public String problemOf(TaskDraft.Field field) {
		String problem = shown.get(field);
		ControlDecoration decoration = decorations.get(field);
		return problem == null || decoration == null || !decoration.isVisible() ? "" : TaskDraft.message(field, problem);
	}

	/** A label and a one-line text field for {@code field}, re-checked on every keystroke. */
	protected Text textField(Composite parent, TaskDraft.Field field, String value, String hint) {
		label(parent, field);
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setText(value);
		if (hint != null) {
			text.setMessage(hint);
		}
		text.setLayoutData(indented(new GridData(SWT.FILL, SWT.CENTER, true, false)));
		register(field, text);
		text.addModifyListener(e -> validate());
		return text;
	}

	/** A label and a multi-line text field for {@code field}. */
	protected Text areaField(Composite parent, TaskDraft.Field field, String value, String hint, int lines) {
		Label label = label(parent, field);
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
		text.setText(value);
		if (hint != null) {
			text.setMessage(hint);
			text.setToolTipText(hint);
		}
		GridData data = indented(new GridData(SWT.FILL, SWT.FILL, true, false));
		data.heightHint = text.getLineHeight() * lines;
		text.setLayoutData(data);
		register(field, text);
		text.addModifyListener(e -> validate());
		return text;
	}

	protected static Label label(Composite parent, TaskDraft.Field field) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(field.label() + ":");
		return label;
	}

	/** Marks {@code control} as the widget of {@code field}: its problems are decorated on it. */
	protected void register(TaskDraft.Field field, Control control) {
		control.setData(FIELD_KEY, field.name());
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.setShowHover(true);
		decoration.hide();
		decorations.put(field, decoration);
	}

	/** Room at the left of a field for its decoration. */
	protected static GridData indented(GridData data) {
		data.horizontalIndent = FieldDecorationRegistry.getDefault().getMaximumDecorationWidth();
		return data;
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			validate();
		}
	}
}
