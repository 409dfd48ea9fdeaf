package org.flotilla.console.ui.internal.service;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.flotilla.console.core.tasks.TaskControl;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * In the tool bar: where this console's pool comes from (its pool file, or the pool service it is connected to and
 * how that connection stands) and the role it acts in, so a person always knows whose pool they change.
 */
public class ServiceStatusControl {

	/** How often the text is brought up to date (it only reads fields: no model, no network). */
	static final int REFRESH_MS = 1000;

	@Inject
	@Optional
	private ServiceConnector connector;
	@Inject
	@Optional
	private TaskControl control;
	private Label label;

	@PostConstruct
	void create(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 2).applyTo(area);
		label = new Label(area, SWT.NONE);
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, true));
		label.setData("org.flotilla.test.id", "service-status");
		refresh();
	}

	private void refresh() {
		if (label == null || label.isDisposed()) {
			return;
		}
		String where = connector != null && connector.isConnected() ? connector.describe() : "local pool file";
		String role = control != null ? control.role().externalName() : "";
		String text = where + (role.isEmpty() ? "" : " \u00b7 " + role);
		if (!text.equals(label.getText())) {
			label.setText(text);
			label.setToolTipText(connector != null && connector.isConnected()
					? "The pool service holds this pool and decides; this console shows it and asks. Your role: " + role
					: "This console works on a pool file and talks to its agents itself. File \u203a Connect to Pool Service to share a pool.");
			label.getParent().getParent().layout(true, true);
		}
		label.getDisplay().timerExec(REFRESH_MS, this::refresh);
	}
}
