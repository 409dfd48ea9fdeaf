package org.flotilla.console.ui.internal.identity;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.identity.ConsoleCertificateRequest;

/**
 * Access › Request My Certificate: this console makes its own key pair (it never leaves the workspace) and a
 * certificate request naming the person; the request is shown and saved for an administrator to sign with a role
 * (Access › Issue a Colleague's Certificate, or {@code flotilla-service issue-console --request}).
 */
public final class RequestCertificateDialog extends AccessDialog {

	public static final String TITLE = "Request My Certificate";
	public static final String KEY = "org.flotilla.identity.widget";
	private final Path workspace;
	private Text person;
	private Text request;

	public RequestCertificateDialog(Shell parent, Path workspace) {
		super(parent, TITLE);
		this.workspace = workspace;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite fields = fields(parent, 3, "Your console makes its own key (it stays in this workspace) and a request naming you. Send the request to "
				+ "an administrator of the pool; install the certificate they send back with Install My Certificate.");
		new Label(fields, SWT.NONE).setText("Your name:");
		person = new Text(fields, SWT.BORDER);
		person.setData(KEY, "person");
		person.setText(System.getProperty("user.name", "").replaceAll("[^A-Za-z0-9._-]", "-"));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(person);
		Button create = new Button(fields, SWT.PUSH);
		create.setText("Create Request");
		create.setData(KEY, "create");
		request = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL);
		request.setData(KEY, "request");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(520, 220).applyTo(request);
		Button copy = new Button(fields, SWT.PUSH);
		copy.setText("Copy to Clipboard");
		copy.setEnabled(false);
		copy.addListener(SWT.Selection, e -> {
			Clipboard clipboard = new Clipboard(getShell().getDisplay());
			clipboard.setContents(new Object[] { request.getText() }, new Transfer[] { TextTransfer.getInstance() });
			clipboard.dispose();
		});
		create.addListener(SWT.Selection, e -> {
			ConsoleCertificateRequest requests = ConsoleCertificateRequest.in(workspace);
			try {
				String pem = requests.create(person.getText().trim());
				request.setText(pem);
				copy.setEnabled(true);
				setErrorMessage(null);
				setMessage("Saved as " + requests.requestFile() + ". Send it to an administrator; it holds no secret.");
			} catch (Exception problem) {
				setErrorMessage("Cannot make the request: " + problem.getMessage());
			}
		});
		return fields.getParent();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}
}
