package org.flotilla.console.ui.internal.identity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** What the Access dialogs share: their title in the window and the title area, a grid of fields, PEM files opened. */
abstract class AccessDialog extends TitleAreaDialog {

	private final String title;

	AccessDialog(Shell parent, String title) {
		super(parent);
		this.title = title;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	/** The dialog area's grid of {@code columns} columns, the title set and {@code message} under it. */
	protected Composite fields(Composite parent, int columns, String message) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		return fields;
	}

	/** An "Open File..." button that reads a PEM file (of {@code extensions}) into {@code target}. */
	protected Button openFileInto(Composite fields, Text target, String extensions) {
		Button open = new Button(fields, SWT.PUSH);
		open.setText("Open File...");
		GridDataFactory.swtDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(open);
		open.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { extensions, "*" });
			String file = dialog.open();
			if (file != null) {
				try {
					target.setText(Files.readString(Path.of(file), StandardCharsets.US_ASCII));
				} catch (Exception problem) {
					setErrorMessage("Cannot read " + file + ": " + problem.getMessage());
				}
			}
		});
		return open;
	}
}
