package org.flotilla.console.ui.internal.service;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks where the pool service is and which personal identity to connect with. */
public final class ConnectToServiceDialog extends TitleAreaDialog {

	private final String initialAddress;
	private final String initialIdentity;
	private Text address;
	private Text identity;
	private InetSocketAddress chosenAddress;
	private Path chosenIdentity;

	public ConnectToServiceDialog(Shell parent, String initialAddress, String initialIdentity) {
		super(parent);
		this.initialAddress = initialAddress;
		this.initialIdentity = initialIdentity;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Connect to Pool Service");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Connect to Pool Service");
		setMessage("The service holds the pool and decides; this console shows it and asks. Your identity (NAME.p12, "
				+ "with NAME.password beside it) says who you are and your role.");
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		new Label(fields, SWT.NONE).setText("Service (host:port):");
		address = new Text(fields, SWT.BORDER);
		address.setText(initialAddress);
		address.setData("org.flotilla.test.id", "service-address");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(address);
		new Label(fields, SWT.NONE).setText("Identity:");
		identity = new Text(fields, SWT.BORDER);
		identity.setText(initialIdentity);
		identity.setData("org.flotilla.test.id", "service-identity");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(identity);
		Button browse = new Button(fields, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog files = new FileDialog(getShell(), SWT.OPEN);
			files.setFilterExtensions(new String[] { "*.p12", "*.*" });
			String chosen = files.open();
			if (chosen != null) {
				identity.setText(chosen);
			}
		});
		address.addListener(SWT.Modify, e -> validate());
		identity.addListener(SWT.Modify, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Connect", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	/** Says what is wrong with the fields, and enables Connect only when nothing is. */
	private void validate() {
		String problem = null;
		try {
			chosenAddress = ServiceConnector.parse(address.getText());
		} catch (IllegalArgumentException e) {
			problem = e.getMessage();
		}
		Path file = identity.getText().isBlank() ? null : Path.of(identity.getText().trim());
		if (problem == null && (file == null || !Files.isRegularFile(file))) {
			problem = file == null ? "Choose your identity file (NAME.p12)" : "There is no file " + file;
		}
		chosenIdentity = file;
		setErrorMessage(problem);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		}
	}

	public InetSocketAddress address() {
		return chosenAddress;
	}

	public Path identity() {
		return chosenIdentity;
	}
}
