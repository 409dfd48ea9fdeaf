package org.flotilla.console.ui.internal.parts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.databinding.fieldassist.ControlDecorationSupport;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.LayerFolder;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.console.ui.internal.PoolLabels;
import org.flotilla.model.validation.Labels;
import org.flotilla.model.validation.PoolDiagnostician;
import org.flotilla.model.validation.PoolValidator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Edits the selected object. Single-valued attributes are bound to their widgets with EMF edit
 * databinding, so every change is a command on the pool's command stack (undo, redo, dirty
 * marker). Text fields commit on Enter or when they lose focus, so one edit is one undo step.
 * After every change the object is validated and each problem is shown under the field it is about.
 */
public class PropertiesPart {

	@Inject
	private PoolSession session;

	private Composite parent;
	private ScrolledComposite scroller;
	private Composite form;
	private Font headerFont;
	private DataBindingContext bindings;
	private EObject object;
	private final Map<EStructuralFeature, Field> fields = new LinkedHashMap<>();
	private PoolFollower follower;

	/** One edited feature: its editor, and the label that shows its problems. */
	private static final class Field {
		final Control editor;
		final Label problem;
		final ControlDecoration decoration;
		final Runnable update;

		Field(Control editor, Label problem, ControlDecoration decoration, Runnable update) {
			this.editor = editor;
			this.problem = problem;
			this.decoration = decoration;
			this.update = update;
		}
	}

	@PostConstruct
	void create(Composite parent) {
		this.parent = parent;
		parent.setLayout(new org.eclipse.swt.layout.FillLayout());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.addListener(SWT.Resize, e -> fit());
		FontData[] base = parent.getFont().getFontData();
		headerFont = new Font(parent.getDisplay(), base[0].getName(), base[0].getHeight() + 2, SWT.BOLD);
		// No live metrics here: heartbeats must not disturb an edit in progress.
		follower = new PoolFollower(session, parent.getDisplay(), 50, pool -> show(null), this::modelChanged, false);
	}

	@Inject
	@Optional
	void selectionChanged(@Named(ConsoleIds.SELECTION) Object selected) {
		if (form == null && parent == null) {
			return;
		}
		if (selected instanceof LayerFolder folder) {
			selected = folder.node();
		}
		show(selected instanceof EObject eObject ? eObject : null);
	}

	/** Keeps the focus where the user put it; otherwise starts at the first field. */
	@Focus
	void focus() {
		org.eclipse.swt.widgets.Control focused = parent.getDisplay().getFocusControl();
		for (org.eclipse.swt.widgets.Control walk = focused; walk != null; walk = walk.getParent()) {
			if (walk == form) {
				return;
			}
		}
		fields.values().stream().findFirst().map(f -> f.editor).orElse(scroller).setFocus();
	}

	/** The object being edited (for tests). */
	public EObject getObject() {
		return object;
	}

	/** The editor control of a feature, by feature name (for tests). */
	public Control editorOf(String featureName) {
		return fields.entrySet().stream().filter(e -> e.getKey().getName().equals(featureName)).map(e -> e.getValue().editor)
				.findFirst().orElse(null);
	}

	/** Whether the form says it is read-only because the object mirrors the package repository (for tests). */
	public boolean saysReadOnly() {
		return form != null && !form.isDisposed() && java.util.Arrays.stream(form.getChildren())
				.anyMatch(c -> READ_ONLY_NOTE.equals(c.getData(ConsoleIds.FEATURE_KEY)));
	}

	/** The problem text shown under a feature, empty when none (for tests). */
	public String problemOf(String featureName) {
		return fields.entrySet().stream().filter(e -> e.getKey().getName().equals(featureName))
				.map(e -> e.getValue().problem.getText()).findFirst().orElse("");
	}

	private void show(EObject selected) {
		if (parent.isDisposed() || selected == object && form != null) {
			return;
		}
		if (bindings != null) {
			bindings.dispose();
			bindings = null;
		}
		fields.clear();
		if (form != null) {
			form.dispose();
		}
		object = selected;
		form = new Composite(scroller, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		scroller.setContent(form);
		if (object == null) {
			Label empty = new Label(form, SWT.WRAP);
			empty.setText("Select a node, group, task or stack element to edit it here.");
			empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		} else {
			bindings = new DataBindingContext(DisplayRealm.getRealm(parent.getDisplay()));
			Label header = new Label(form, SWT.WRAP);
			header.setFont(headerFont);
			header.setText(Labels.typeName(object.eClass()) + "  " + PoolLabels.name(object));
			header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			EObject archive = repositoryPackage(object);
			if (archive != null) {
				Label mirrored = new Label(form, SWT.WRAP);
				mirrored.setText("Read-only: " + PoolLabels.name(archive) + " mirrors an archive of the pool service's package "
						+ "repository (its manifest says all of this). Change the archive and rescan the repository.");
				mirrored.setData(ConsoleIds.FEATURE_KEY, READ_ONLY_NOTE);
				GridData noteData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
				noteData.widthHint = 200;
				mirrored.setLayoutData(noteData);
			}
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.isChangeable() && !attribute.isDerived() && !attribute.isTransient()) {
					addField(attribute);
				}
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				// Cross references only: contained objects have their own entries in the explorer.
				if (!reference.isContainment() && !reference.isContainer() && reference.isChangeable() && !reference.isDerived()) {
					addField(reference);
				}
			}
			if (archive != null) {
				fields.values().forEach(field -> field.editor.setEnabled(false));
			}
			validate();
		}
		fit();
		form.layout(true, true);
		scroller.layout(true, true);
	}

	/** The data key value of the note that says why a repository package's fields are read-only. */
	public static final String READ_ONLY_NOTE = "read-only-note";

	/**
	 * The repository package {@code object} is or belongs to (one with a checksum: mirrored from the pool service's
	 * repository, which the next rescan writes over), or null.
	 */
	private static EObject repositoryPackage(EObject object) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (o instanceof org.flotilla.model.SoftwarePackage p) {
				return p.getSha256() != null && !p.getSha256().isEmpty() ? p : null;
			}
		}
		return null;
	}

	private void addField(EStructuralFeature feature) {
		Label label = new Label(form, SWT.NONE);
		label.setText(Labels.featureName(feature) + ":");
		label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		Control editor;
		Runnable update = () -> {
		};
		EClassifier type = feature.getEType();
		if (feature.isMany()) {
			Text text = new Text(form, SWT.BORDER | (feature instanceof EReference ? SWT.READ_ONLY : SWT.NONE));
			update = () -> text.setText(listText(feature));
			if (feature instanceof EAttribute) {
				text.setMessage("comma-separated");
				Runnable commit = () -> {
					List<String> values = Arrays.stream(text.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
					if (!values.equals(object.eGet(feature))) {
						execute(SetCommand.create(session.getEditingDomain(), object, feature, new ArrayList<>(values)));
					}
				};
				text.addListener(SWT.DefaultSelection, e -> commit.run());
				text.addListener(SWT.FocusOut, e -> commit.run());
			}
			editor = text;
		} else if (feature instanceof EReference reference && hasMoreThan(reference, COMBO_LIMIT)) {
			// Thousands of candidates (a task's node in a big pool): a chooser with a filter, not a drop-down.
			Composite chooser = new Composite(form, SWT.NONE);
			GridLayout chooserLayout = new GridLayout(2, false);
			chooserLayout.marginWidth = 0;
			chooserLayout.marginHeight = 0;
			chooser.setLayout(chooserLayout);
			Text current = new Text(chooser, SWT.BORDER | SWT.READ_ONLY);
			current.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button choose = new Button(chooser, SWT.PUSH);
			choose.setText("Choose...");
			update = () -> current.setText(object.eGet(reference) instanceof EObject value ? PoolLabels.name(value) : "(none)");
			choose.addListener(SWT.Selection, e -> {
				ReferenceChooser<EObject> dialog = new ReferenceChooser<>(parent.getShell(), Labels.featureName(reference).toLowerCase(),
						candidates(reference), PoolLabels::name);
				if (dialog.open((EObject) object.eGet(reference)) && dialog.chosen() != object.eGet(reference)) {
					execute(SetCommand.create(session.getEditingDomain(), object, reference, dialog.chosen()));
				}
			});
			editor = chooser;
		} else if (feature instanceof EReference reference) {
			Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
			List<EObject> candidates = candidates(reference);
			List<String> items = new ArrayList<>();
			items.add("(none)");
			candidates.forEach(c -> items.add(PoolLabels.name(c)));
			combo.setItems(items.toArray(String[]::new));
			update = () -> combo.select(candidates.indexOf(object.eGet(reference)) + 1);
			combo.addListener(SWT.Selection, e -> {
				int index = combo.getSelectionIndex();
				EObject chosen = index <= 0 ? null : candidates.get(index - 1);
				if (chosen != object.eGet(reference)) {
					execute(SetCommand.create(session.getEditingDomain(), object, reference, chosen));
				}
			});
			editor = combo;
		} else if (type instanceof EEnum eEnum) {
			Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.setItems(eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
			bind(WidgetProperties.comboSelection().observe(combo), feature,
					IConverter.create(String.class, Object.class, text -> eEnum.getEEnumLiteralByLiteral((String) text).getInstance()),
					IConverter.create(Object.class, String.class, value -> value == null ? "" : ((Enumerator) value).getLiteral()),
					null);
			editor = combo;
		} else if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
			Button check = new Button(form, SWT.CHECK);
			bindings.bindValue(WidgetProperties.buttonSelection().observe(check), modelValue(feature));
			editor = check;
		} else if (type.getInstanceClass() == Date.class) {
			Text text = new Text(form, SWT.BORDER | SWT.READ_ONLY);
			update = () -> text.setText(object.eGet(feature) == null ? "" : object.eGet(feature).toString());
			editor = text;
		} else {
			Text text = new Text(form, SWT.BORDER);
			Class<?> valueClass = type.getInstanceClass();
			bind(WidgetProperties.text(SWT.DefaultSelection, SWT.FocusOut).observe(text), feature, fromText(valueClass, feature),
					IConverter.create(Object.class, String.class, value -> value == null ? ""
							: value instanceof Double d ? PoolLabels.number(d) : value.toString()),
					value -> validateText(valueClass, (String) value));
			editor = text;
		}
		editor.setData(ConsoleIds.FEATURE_KEY, feature.getName());
		editor.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ControlDecoration decoration = new ControlDecoration(editor, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		Label problem = new Label(form, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		problemData.widthHint = 200;
		problemData.exclude = true;
		problem.setLayoutData(problemData);
		problem.setVisible(false);
		update.run();
		fields.put(feature, new Field(editor, problem, decoration, update));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void bind(IObservableValue target, EStructuralFeature feature, IConverter toModel, IConverter toTarget,
			org.eclipse.core.databinding.validation.IValidator validator) {
		UpdateValueStrategy targetToModel = new UpdateValueStrategy(UpdateValueStrategy.POLICY_UPDATE).setConverter(toModel);
		if (validator != null) {
			targetToModel.setAfterGetValidator(validator);
		}
		UpdateValueStrategy modelToTarget = new UpdateValueStrategy(UpdateValueStrategy.POLICY_UPDATE).setConverter(toTarget);
		Binding binding = bindings.bindValue(target, modelValue(feature), targetToModel, modelToTarget);
		ControlDecorationSupport.create(binding, SWT.TOP | SWT.RIGHT);
	}

	@SuppressWarnings("rawtypes")
	private IObservableValue modelValue(EStructuralFeature feature) {
		return EMFEditProperties.value(session.getEditingDomain(), feature).observe(DisplayRealm.getRealm(parent.getDisplay()),
				object);
	}

	@SuppressWarnings("rawtypes")
	private static IConverter fromText(Class<?> valueClass, EStructuralFeature feature) {
		return IConverter.create(String.class, Object.class, value -> {
			String text = ((String) value).trim();
			if (valueClass == String.class) {
				return text.isEmpty() && !feature.isRequired() ? null : text;
			}
			if (text.isEmpty()) {
				return valueClass.isPrimitive() ? feature.getDefaultValue() : null;
			}
			if (valueClass == double.class || valueClass == Double.class) {
				return Double.valueOf(text);
			}
			if (valueClass == long.class || valueClass == Long.class) {
				return Long.valueOf(text);
			}
			if (valueClass == int.class || valueClass == Integer.class) {
				return Integer.valueOf(text);
			}
			return text;
		});
	}

	private static IStatus validateText(Class<?> valueClass, String value) {
		String text = value == null ? "" : value.trim();
		if (text.isEmpty() || valueClass == String.class) {
			return ValidationStatus.ok();
		}
		try {
			if (valueClass == double.class || valueClass == Double.class) {
				Double.parseDouble(text);
			} else if (valueClass == long.class || valueClass == Long.class) {
				Long.parseLong(text);
			} else if (valueClass == int.class || valueClass == Integer.class) {
				Integer.parseInt(text);
			}
			return ValidationStatus.ok();
		} catch (NumberFormatException e) {
			return ValidationStatus.error("'" + text + "' is not " + (valueClass == double.class || valueClass == Double.class
					? "a number" : "a whole number"));
		}
	}

	/** More candidates than this and a reference is chosen in a {@link ReferenceChooser}, not a drop-down. */
	static final int COMBO_LIMIT = 200;

	/** Whether {@code reference} has more than {@code limit} candidates (stops counting there). */
	private boolean hasMoreThan(EReference reference, int limit) {
		int count = 0;
		for (java.util.Iterator<EObject> all = EcoreUtil.getRootContainer(object).eAllContents(); all.hasNext();) {
			if (reference.getEReferenceType().isInstance(all.next()) && ++count > limit) {
				return true;
			}
		}
		return false;
	}

	private List<EObject> candidates(EReference reference) {
		List<EObject> result = new ArrayList<>();
		EcoreUtil.getRootContainer(object).eAllContents().forEachRemaining(candidate -> {
			if (reference.getEReferenceType().isInstance(candidate)) {
				result.add(candidate);
			}
		});
		return result;
	}

	private String listText(EStructuralFeature feature) {
		List<?> values = (List<?>) object.eGet(feature);
		return values.stream().map(v -> v instanceof EObject e ? PoolLabels.name(e) : String.valueOf(v))
				.collect(Collectors.joining(", "));
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			session.getEditingDomain().getCommandStack().execute(command);
		}
	}

	private void modelChanged() {
		if (form == null || form.isDisposed() || object == null) {
			return;
		}
		if (object.eResource() == null) {
			show(null); // deleted, or its pool replaced
			return;
		}
		for (Field field : fields.values()) {
			if (!field.editor.isFocusControl()) {
				field.update.run();
			}
		}
		validate();
	}

	/** Shows each problem of the edited object under the field it names. */
	private void validate() {
		Map<EStructuralFeature, List<String>> problems = new LinkedHashMap<>();
		Diagnostic result = PoolDiagnostician.INSTANCE.validate(object);
		for (Diagnostic diagnostic : result.getChildren()) {
			List<?> data = diagnostic.getData();
			if (diagnostic.getSeverity() < Diagnostic.WARNING || data.isEmpty() || data.get(0) != object) {
				continue;
			}
			String message = diagnostic.getMessage();
			String prefix = PoolValidator.describe(object) + ": ";
			if (message.startsWith(prefix)) {
				message = message.substring(prefix.length()); // the header already names the object
			}
			for (Object item : data.subList(1, data.size())) {
				if (item instanceof EStructuralFeature feature) {
					problems.computeIfAbsent(feature, f -> new ArrayList<>()).add(message);
				}
			}
		}
		boolean changed = false;
		for (Map.Entry<EStructuralFeature, Field> entry : fields.entrySet()) {
			Field field = entry.getValue();
			List<String> messages = problems.getOrDefault(entry.getKey(), List.of());
			String text = String.join("\n", messages);
			if (!text.equals(field.problem.getText()) || field.problem.getVisible() == text.isEmpty()) {
				changed = true;
				field.problem.setText(text);
				field.problem.setVisible(!text.isEmpty());
				((GridData) field.problem.getLayoutData()).exclude = text.isEmpty();
				if (text.isEmpty()) {
					field.decoration.hide();
				} else {
					field.decoration.setDescriptionText(text);
					field.decoration.show();
				}
			}
		}
		if (changed) {
			form.layout(true, true);
			fit();
		}
	}

	/**
	 * The form as wide as the part (wrapping notes and problems, long values such as a checksum scrolled within their
	 * field), and never narrower than {@value #NARROWEST} pixels: below that, a horizontal scroll bar.
	 */
	private void fit() {
		if (form == null || form.isDisposed()) {
			return;
		}
		int width = Math.max(NARROWEST, scroller.getClientArea().width);
		org.eclipse.swt.graphics.Point size = form.computeSize(width, SWT.DEFAULT);
		scroller.setMinSize(Math.min(width, size.x), size.y);
	}

	private static final int NARROWEST = 240;

	@PreDestroy
	void dispose() {
		follower.dispose();
		if (bindings != null) {
			bindings.dispose();
		}
		headerFont.dispose();
	}
}
