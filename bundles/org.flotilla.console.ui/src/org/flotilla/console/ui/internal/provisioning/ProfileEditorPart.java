package org.flotilla.console.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
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
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.PoolFollower;
import org.flotilla.model.LayerKind;
import org.flotilla.model.ParameterDefinition;
import org.flotilla.model.ParameterValue;
import org.flotilla.model.Pool;
import org.flotilla.model.PoolFactory;
import org.flotilla.model.PoolPackage;
import org.flotilla.model.Profile;
import org.flotilla.model.ProfileEntry;
import org.flotilla.model.SoftwarePackage;
import org.flotilla.model.validation.PoolDiagnostician;
import org.flotilla.model.validation.PoolValidator;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Edits a profile: its name, its description and its stack (package versions of the pool's repository, from the
 * operating-system tuning up to the applications), with each package's parameters as typed fields. Every change is a
 * command on the pool's command stack (Undo, Redo; with a pool service, the edit goes there as every edit does).
 * After every change the profile is validated (the packages' own rules, as agents apply them) and each problem is
 * shown at the field it is about: a value out of range under its parameter, a missing required value or a package in
 * the stack twice at its entry. The part follows the console's selection when a profile (or an entry of one) is
 * selected, and edits the one chosen in its drop-down otherwise.
 */
public class ProfileEditorPart {

	/** Test ids ({@code Widget.getData(TEST_ID)}). */
	public static final String TEST_ID = "org.flotilla.test.id";
	public static final String NEW_PROFILE = "New Profile";
	public static final String ADD = "Add";
	public static final String SORT = "Sort by Layer";
	public static final String REMOVE = "Remove";
	public static final String UP = "Up";
	public static final String DOWN = "Down";

	private static final PoolPackage P = PoolPackage.eINSTANCE;

	@Inject
	private PoolSession session;

	private Composite parent;
	private Combo profiles;
	private ScrolledComposite scroller;
	private Composite form;
	private Font headerFont;
	private PoolFollower follower;

	private Profile profile;
	private final List<Profile> choices = new ArrayList<>();
	/** What the form was built for: the profile's entries and their packages, in order. */
	private List<Object> structure = List.of();
	private Text name;
	private Text description;
	private Label profileProblems;
	private Combo addChoice;
	private final List<SoftwarePackage> addable = new ArrayList<>();
	private final Map<ProfileEntry, EntryView> entries = new IdentityHashMap<>();

	/** The widgets of one entry of the stack. */
	private static final class EntryView {
		final Label problems;
		final Map<String, ParameterField> fields = new LinkedHashMap<>();

		EntryView(Label problems) {
			this.problems = problems;
		}
	}

	@PostConstruct
	void create(Composite parent) {
		this.parent = parent;
		parent.setLayout(new GridLayout(1, false));
		FontData[] base = parent.getFont().getFontData();
		headerFont = new Font(parent.getDisplay(), base[0].getName(), base[0].getHeight() + 1, SWT.BOLD);
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout topLayout = new GridLayout(3, false);
		topLayout.marginWidth = 0;
		topLayout.marginHeight = 0;
		top.setLayout(topLayout);
		new Label(top, SWT.NONE).setText("Profile:");
		profiles = new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN);
		profiles.setData(TEST_ID, "profile-choice");
		GridData choiceData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		choiceData.widthHint = 220;
		profiles.setLayoutData(choiceData);
		profiles.addListener(SWT.Selection, e -> {
			int index = profiles.getSelectionIndex();
			edit(index >= 0 && index < choices.size() ? choices.get(index) : null);
		});
		button(top, NEW_PROFILE, "Add an empty profile to the pool and edit it", this::newProfile);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		// No live metrics: heartbeats must not disturb an edit in progress.
		follower = new PoolFollower(session, parent.getDisplay(), 50, pool -> {
			profile = null;
			modelChanged();
		}, this::modelChanged, false);
	}

	@Inject
	@Optional
	void selectionChanged(@Named(ConsoleIds.SELECTION) Object selected) {
		if (parent == null || parent.isDisposed()) {
			return;
		}
		Object walk = selected;
		while (walk instanceof org.eclipse.emf.ecore.EObject object && !(walk instanceof Profile)) {
			walk = object.eContainer();
		}
		if (walk instanceof Profile chosen && chosen != profile) {
			edit(chosen);
		}
	}

	/** Edits {@code chosen} (UI thread). */
	public void edit(Profile chosen) {
		profile = chosen;
		rebuild();
	}

	public Profile profile() {
		return profile;
	}

	private void newProfile() {
		Pool pool = session.getPool();
		Profile created = PoolFactory.eINSTANCE.createProfile();
		int number = pool.getProfiles().size() + 1;
		created.setName("Profile " + number);
		execute(AddCommand.create(domain(), pool, P.getPool_Profiles(), created));
		edit(created);
		name.setFocus();
		name.selectAll();
	}

	private void modelChanged() {
		if (parent.isDisposed()) {
			return;
		}
		Pool pool = session.getPool();
		if (profile != null && (profile.eContainer() == null || pool == null || profile.eContainer() != pool)) {
			profile = null; // deleted (or an undone New Profile), or its pool replaced
		}
		if (profile == null && pool != null && !pool.getProfiles().isEmpty()) {
			profile = pool.getProfiles().get(0);
		}
		updateChoices();
		if (!structureOf(profile).equals(structure) || form == null) {
			rebuild();
			return;
		}
		updateValues();
		validate();
	}

	private void updateChoices() {
		Pool pool = session.getPool();
		List<Profile> now = pool == null ? List.of() : List.copyOf(pool.getProfiles());
		String[] items = now.stream().map(p -> p.getName() == null || p.getName().isBlank() ? "(unnamed)" : p.getName())
				.toArray(String[]::new);
		if (!now.equals(choices) || !java.util.Arrays.equals(items, profiles.getItems())) {
			choices.clear();
			choices.addAll(now);
			profiles.setItems(items);
		}
		int index = choices.indexOf(profile);
		if (profiles.getSelectionIndex() != index) {
			if (index < 0) {
				profiles.deselectAll();
			} else {
				profiles.select(index);
			}
		}
	}

	private static List<Object> structureOf(Profile profile) {
		List<Object> structure = new ArrayList<>();
		if (profile != null) {
			structure.add(profile);
			for (ProfileEntry entry : profile.getEntries()) {
				structure.add(entry);
				structure.add(entry.getSoftwarePackage());
			}
			// The repository decides what can be added.
			if (profile.eContainer() instanceof Pool pool) {
				structure.addAll(pool.getPackages());
			}
		}
		return structure;
	}

	private void rebuild() {
		if (parent.isDisposed()) {
			return;
		}
		updateChoices();
		entries.clear();
		if (form != null) {
			form.dispose();
		}
		structure = structureOf(profile);
		form = new Composite(scroller, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		scroller.setContent(form);
		if (profile == null) {
			Label empty = new Label(form, SWT.WRAP);
			empty.setText("Choose a profile above (or select one in the Pool Explorer), or make a new one.");
			empty.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		} else {
			new Label(form, SWT.NONE).setText("Name:");
			name = text(form, "profile-name", P.getProfile_Name());
			new Label(form, SWT.NONE).setText("Description:");
			description = text(form, "profile-description", P.getProfile_Description());
			profileProblems = problemLabel(form, 2);
			Label stack = new Label(form, SWT.NONE);
			stack.setFont(headerFont);
			stack.setText("Stack (applied from the operating-system tuning up to the applications):");
			stack.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			List<ProfileEntry> list = profile.getEntries();
			for (int i = 0; i < list.size(); i++) {
				entryGroup(list.get(i), i, list.size());
			}
			addRow();
			updateValues();
			validate();
		}
		layout();
	}

	private Text text(Composite parent, String id, org.eclipse.emf.ecore.EAttribute attribute) {
		Text text = new Text(parent, SWT.BORDER);
		text.setData(TEST_ID, id);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Runnable commit = () -> {
			String value = text.getText().strip();
			Object now = profile.eGet(attribute);
			String newValue = value.isEmpty() && attribute != P.getProfile_Name() ? null : value;
			if (!Objects.equals(now, newValue)) {
				execute(SetCommand.create(domain(), profile, attribute, newValue));
			}
		};
		text.addListener(SWT.DefaultSelection, e -> commit.run());
		text.addListener(SWT.FocusOut, e -> commit.run());
		return text;
	}

	private Label problemLabel(Composite parent, int span) {
		Label problem = new Label(parent, SWT.WRAP);
		problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
		data.widthHint = 300;
		data.exclude = true;
		problem.setLayoutData(data);
		problem.setVisible(false);
		return problem;
	}

	private void entryGroup(ProfileEntry entry, int index, int count) {
		SoftwarePackage softwarePackage = entry.getSoftwarePackage();
		Group group = new Group(form, SWT.NONE);
		group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		group.setLayout(new GridLayout(2, false));
		String packageName = softwarePackage == null ? "(no package)" : softwarePackage.getName();
		group.setText(softwarePackage == null ? "(no package)"
				: softwarePackage.getName() + " " + softwarePackage.getVersion() + "  \u00b7  "
						+ (softwarePackage.getLayer() == null ? "" : softwarePackage.getLayer().getLiteral())
						+ (softwarePackage.getTitle() == null ? "" : "  \u00b7  " + softwarePackage.getTitle()));
		group.setData(TEST_ID, "entry-" + packageName);
		Composite buttons = new Composite(group, SWT.NONE);
		buttons.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		row.marginLeft = 0;
		row.marginTop = 0;
		row.marginBottom = 0;
		buttons.setLayout(row);
		button(buttons, UP, "Move this package up the stack", () -> move(entry, index - 1)).setEnabled(index > 0);
		button(buttons, DOWN, "Move this package down the stack", () -> move(entry, index + 1)).setEnabled(index < count - 1);
		button(buttons, REMOVE, "Take this package out of the profile", () -> execute(RemoveCommand.create(domain(), profile,
				P.getProfile_Entries(), entry)));
		EntryView view = new EntryView(problemLabel(group, 2));
		entries.put(entry, view);
		if (softwarePackage != null) {
			for (ParameterDefinition definition : softwarePackage.getParameters()) {
				String parameter = definition.getName();
				ParameterField field = new ParameterField(group, packageName + "." + parameter, null, definition, valueOf(entry, parameter),
						definition.getDefaultValue(), value -> setValue(entry, parameter, value));
				view.fields.put(parameter, field);
			}
		}
	}

	private void addRow() {
		Composite row = new Composite(form, SWT.NONE);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		GridLayout layout = new GridLayout(4, false);
		layout.marginWidth = 0;
		row.setLayout(layout);
		new Label(row, SWT.NONE).setText("Add package:");
		addChoice = new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN);
		addChoice.setData(TEST_ID, "add-package");
		addable.clear();
		if (profile.eContainer() instanceof Pool pool) {
			pool.getPackages().stream()
					.sorted(Comparator.comparing((SoftwarePackage p) -> layerRank(p.getLayer())).thenComparing(p -> String.valueOf(p.getName()))
							.thenComparing(p -> String.valueOf(p.getVersion())))
					.forEach(addable::add);
		}
		addChoice.setItems(addable.stream().map(p -> p.getName() + " " + p.getVersion() + "  (" + (p.getLayer() == null ? "?"
				: p.getLayer().getLiteral()) + ")").toArray(String[]::new));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 220;
		addChoice.setLayoutData(data);
		button(row, ADD, "Add the chosen package version to the stack (a package is in a stack once)", this::addChosen);
		button(row, SORT, "Order the stack by layer: OS tuning, middleware, applications", this::sortByLayer);
	}

	private Button button(Composite parent, String label, String tip, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** Adds the package chosen in the Add drop-down, after the last entry of its layer or below. */
	private void addChosen() {
		int index = addChoice.getSelectionIndex();
		if (index < 0 || profile == null) {
			return;
		}
		addPackage(addable.get(index));
	}

	/** Adds {@code softwarePackage} to the stack (one command), placed by its layer. */
	public void addPackage(SoftwarePackage softwarePackage) {
		ProfileEntry entry = PoolFactory.eINSTANCE.createProfileEntry();
		entry.setSoftwarePackage(softwarePackage);
		int rank = layerRank(softwarePackage.getLayer());
		int at = 0;
		List<ProfileEntry> list = profile.getEntries();
		for (int i = 0; i < list.size(); i++) {
			if (list.get(i).getSoftwarePackage() != null && layerRank(list.get(i).getSoftwarePackage().getLayer()) <= rank) {
				at = i + 1;
			}
		}
		execute(AddCommand.create(domain(), profile, P.getProfile_Entries(), entry, at));
	}

	private void move(ProfileEntry entry, int to) {
		execute(MoveCommand.create(domain(), profile, P.getProfile_Entries(), entry, to));
	}

	/** Orders the entries by layer in one command (one undo step); entries of a layer keep their order. */
	private void sortByLayer() {
		List<ProfileEntry> sorted = new ArrayList<>(profile.getEntries());
		sorted.sort(Comparator.comparing(e -> layerRank(e.getSoftwarePackage() == null ? null : e.getSoftwarePackage().getLayer())));
		if (sorted.equals(profile.getEntries())) {
			return;
		}
		CompoundCommand command = new CompoundCommand("Sort the stack by layer");
		for (int i = 0; i < sorted.size(); i++) {
			command.append(MoveCommand.create(domain(), profile, P.getProfile_Entries(), sorted.get(i), i));
		}
		execute(command);
	}

	private static int layerRank(LayerKind layer) {
		return layer == null ? 9 : layer.getValue();
	}

	private static String valueOf(ProfileEntry entry, String parameter) {
		ParameterValue value = find(entry, parameter);
		return value == null ? null : value.getValue();
	}

	private static ParameterValue find(ProfileEntry entry, String parameter) {
		return entry.getValues().stream().filter(v -> parameter.equals(v.getName())).findFirst().orElse(null);
	}

	/** One command: the value set, given (added) or taken back (removed: the package's default applies). */
	private void setValue(ProfileEntry entry, String parameter, String value) {
		ParameterValue existing = find(entry, parameter);
		if (value == null) {
			if (existing != null) {
				execute(RemoveCommand.create(domain(), entry, P.getProfileEntry_Values(), existing));
			}
		} else if (existing != null) {
			execute(SetCommand.create(domain(), existing, P.getParameterValue_Value(), value));
		} else {
			ParameterValue given = PoolFactory.eINSTANCE.createParameterValue();
			given.setName(parameter);
			given.setValue(value);
			execute(AddCommand.create(domain(), entry, P.getProfileEntry_Values(), given));
		}
	}

	private void updateValues() {
		if (profile == null) {
			return;
		}
		if (!name.isFocusControl()) {
			setText(name, profile.getName());
		}
		if (!description.isFocusControl()) {
			setText(description, profile.getDescription());
		}
		entries.forEach((entry, view) -> view.fields.forEach((parameter, field) -> field.show(valueOf(entry, parameter),
				field.definition().getDefaultValue())));
	}

	private static void setText(Text text, String value) {
		String shown = value == null ? "" : value;
		if (!shown.equals(text.getText())) {
			text.setText(shown);
		}
	}

	/** Shows each problem of the profile at the field it is about. */
	private void validate() {
		if (profile == null) {
			return;
		}
		List<Diagnostic> all = new ArrayList<>();
		collect(PoolDiagnostician.INSTANCE.validate(profile), all);
		List<String> profileLevel = new ArrayList<>();
		Map<ProfileEntry, List<String>> entryLevel = new IdentityHashMap<>();
		Map<ParameterField, String> fieldLevel = new IdentityHashMap<>();
		for (Diagnostic diagnostic : all) {
			List<?> data = diagnostic.getData();
			if (diagnostic.getSeverity() < Diagnostic.WARNING || data.isEmpty()) {
				continue;
			}
			Object about = data.get(0);
			if (about instanceof ParameterValue value && value.eContainer() instanceof ProfileEntry entry && entries.containsKey(entry)) {
				ParameterField field = entries.get(entry).fields.get(value.getName());
				String message = strip(diagnostic.getMessage(), entry);
				if (field != null) {
					fieldLevel.merge(field, message, (a, b) -> a + "\n" + b);
				} else {
					entryLevel.computeIfAbsent(entry, e -> new ArrayList<>()).add(message);
				}
			} else if (about instanceof ProfileEntry entry && entries.containsKey(entry)) {
				entryLevel.computeIfAbsent(entry, e -> new ArrayList<>()).add(strip(diagnostic.getMessage(), entry));
			} else if (about == profile) {
				profileLevel.add(strip(diagnostic.getMessage(), profile));
			}
		}
		boolean changed = show(profileProblems, String.join("\n", profileLevel));
		for (Map.Entry<ProfileEntry, EntryView> entry : entries.entrySet()) {
			changed |= show(entry.getValue().problems, String.join("\n", entryLevel.getOrDefault(entry.getKey(), List.of())));
			for (ParameterField field : entry.getValue().fields.values()) {
				changed |= field.showProblem(fieldLevel.get(field));
			}
		}
		if (changed) {
			layout();
		}
	}

	private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
		for (Diagnostic child : diagnostic.getChildren()) {
			into.add(child);
			collect(child, into);
		}
	}

	/** The message without the name of what the field's place already says. */
	private static String strip(String message, org.eclipse.emf.ecore.EObject owner) {
		String prefix = PoolValidator.describe(owner) + ": ";
		return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
	}

	private static boolean show(Label label, String text) {
		if (text.equals(label.getText()) && label.getVisible() != text.isEmpty()) {
			return false;
		}
		label.setText(text);
		label.setVisible(!text.isEmpty());
		((GridData) label.getLayoutData()).exclude = text.isEmpty();
		return true;
	}

	private void layout() {
		form.layout(true, true);
		scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		scroller.layout(true, true);
	}

	private EditingDomain domain() {
		return session.getEditingDomain();
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain().getCommandStack().execute(command);
		}
	}

	/** The field of {@code parameter} of package {@code packageName}'s entry (tests), or null. */
	public ParameterField field(String packageName, String parameter) {
		for (Map.Entry<ProfileEntry, EntryView> entry : entries.entrySet()) {
			if (entry.getKey().getSoftwarePackage() != null && packageName.equals(entry.getKey().getSoftwarePackage().getName())) {
				return entry.getValue().fields.get(parameter);
			}
		}
		return null;
	}

	/** The problems shown at package {@code packageName}'s entry (tests). */
	public String entryProblems(String packageName) {
		for (Map.Entry<ProfileEntry, EntryView> entry : entries.entrySet()) {
			if (entry.getKey().getSoftwarePackage() != null && packageName.equals(entry.getKey().getSoftwarePackage().getName())) {
				return entry.getValue().problems.getText();
			}
		}
		return "";
	}

	/** A control of the form by its test id (tests). */
	public Control control(String id) {
		return find(parent, id);
	}

	private static Control find(Composite parent, String id) {
		for (Control child : parent.getChildren()) {
			if (id.equals(child.getData(TEST_ID))) {
				return child;
			}
			if (child instanceof Composite composite) {
				Control found = find(composite, id);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Focus
	void focus() {
		Control focused = parent.getDisplay().getFocusControl();
		for (Control walk = focused; walk != null; walk = walk.getParent()) {
			if (walk == parent) {
				return;
			}
		}
		profiles.setFocus();
	}

	@PreDestroy
	void dispose() {
		follower.dispose();
		headerFont.dispose();
	}
}
