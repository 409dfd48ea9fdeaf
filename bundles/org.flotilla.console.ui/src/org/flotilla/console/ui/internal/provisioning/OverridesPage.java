package org.flotilla.console.ui.internal.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.flotilla.model.Node;

/**
 * Page 2 of Apply Profile: per node, the profile's overridable parameters as typed fields (empty: the profile's value,
 * shown as the hint). Each value is checked at its field as it is committed, by the package's own rule (what the agent
 * would refuse, in the same words); a page with a problem cannot be left with Next.
 */
public final class OverridesPage extends WizardPage {

	private final ApplyProfileWizard wizard;
	private ScrolledComposite scroller;
	private Composite form;
	/** node → "package.parameter" → field. */
	private final Map<Node, Map<String, ParameterField>> fields = new LinkedHashMap<>();
	private List<Object> builtFor = List.of();

	OverridesPage(ApplyProfileWizard wizard) {
		super("overrides");
		this.wizard = wizard;
		setTitle("Per-Node Overrides");
		setDescription("Give a node its own value where the package allows it; empty fields take the profile's value.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new FillLayout());
		scroller = new ScrolledComposite(page, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			rebuildIfNeeded();
		}
		super.setVisible(visible);
	}

	/** The fields follow the nodes and the profile chosen on page 1. */
	private void rebuildIfNeeded() {
		List<Object> now = new ArrayList<>(wizard.nodes);
		now.add(wizard.profile);
		now.addAll(wizard.overridables().keySet());
		if (now.equals(builtFor) && form != null) {
			return;
		}
		builtFor = now;
		fields.clear();
		if (form != null) {
			form.dispose();
		}
		form = new Composite(scroller, SWT.NONE);
		form.setLayout(new GridLayout(1, false));
		scroller.setContent(form);
		Map<String, ApplyProfileWizard.Overridable> overridables = wizard.overridables();
		if (overridables.isEmpty()) {
			new Label(form, SWT.WRAP).setText("The packages of profile " + (wizard.profile == null ? "" : wizard.profile.getName())
					+ " have no parameters a node may override.");
		}
		for (Node node : wizard.nodes) {
			if (overridables.isEmpty()) {
				break;
			}
			Group group = new Group(form, SWT.NONE);
			group.setText(node.getName());
			group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			group.setLayout(new GridLayout(2, false));
			Map<String, ParameterField> nodeFields = new LinkedHashMap<>();
			Map<String, String> given = wizard.overridesOf(node);
			overridables.forEach((key, overridable) -> {
				ParameterField field = new ParameterField(group, node.getName() + ":" + key, overridable.packageName() + " "
						+ overridable.definition().getName(), overridable.definition(), given.get(key), overridable.profileValue(),
						value -> {
							if (value == null) {
								given.remove(key);
							} else {
								given.put(key, value);
							}
							validate();
						});
				nodeFields.put(key, field);
			});
			fields.put(node, nodeFields);
		}
		validate();
		scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		scroller.layout(true, true);
	}

	/** Shows each value's problem at its field; the first one is the page's error message. */
	private void validate() {
		String first = null;
		boolean changed = false;
		for (Map.Entry<Node, Map<String, ParameterField>> node : fields.entrySet()) {
			for (ParameterField field : node.getValue().values()) {
				String problem = field.problemOf(field.value());
				changed |= field.showProblem(problem);
				if (problem != null && first == null) {
					first = node.getKey().getName() + ": " + field.definition().getName() + ": " + problem;
				}
			}
		}
		setErrorMessage(first);
		setPageComplete(first == null);
		if (changed && form != null) {
			scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
			scroller.layout(true, true);
		}
	}

	/** The field of {@code node}'s override of "package.parameter" (tests), or null. */
	public ParameterField field(Node node, String key) {
		Map<String, ParameterField> nodeFields = fields.get(node);
		return nodeFields == null ? null : nodeFields.get(key);
	}
}
