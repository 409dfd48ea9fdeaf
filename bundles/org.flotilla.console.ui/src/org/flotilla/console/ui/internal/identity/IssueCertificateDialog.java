package org.flotilla.console.ui.internal.identity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.protocol.CertificateRequests;
import org.flotilla.protocol.ConsoleRole;

/**
 * Access › Issue a Colleague's Certificate (administrators): a colleague's certificate request (made by their own
 * console) is signed by the pool CA in the pool service, with the role and lifetime chosen here; the certificate is
 * saved to a file to send back. The private key stays with the colleague, the CA's key in the service.
 */
public final class IssueCertificateDialog extends AccessDialog {

	public static final String TITLE = "Issue a Colleague's Certificate";
	private static final Pattern PERSON = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
	private final PoolMembership membership;
	private Text request;
	private Text person;
	private Combo role;
	private Spinner days;

	public IssueCertificateDialog(Shell parent, PoolMembership membership) {
		super(parent, TITLE);
		this.membership = membership;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite fields = fields(parent, 3,
				"Paste or open the request your colleague's console made (Request My Certificate), choose their role, and sign.");
		request = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		request.setData(RequestCertificateDialog.KEY, "request");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(480, 160).applyTo(request);
		openFileInto(fields, request, "*.csr;*.pem");
		new Label(fields, SWT.NONE).setText("Person:");
		person = new Text(fields, SWT.BORDER);
		person.setData(RequestCertificateDialog.KEY, "person");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(person);
		new Label(fields, SWT.NONE).setText("Role:");
		role = new Combo(fields, SWT.READ_ONLY);
		role.setData(RequestCertificateDialog.KEY, "role");
		for (ConsoleRole each : ConsoleRole.values()) {
			role.add(each.externalName());
		}
		role.select(ConsoleRole.SUPPORT.ordinal());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(role);
		new Label(fields, SWT.NONE).setText("Valid for (days):");
		days = new Spinner(fields, SWT.BORDER);
		days.setValues(90, 1, 397, 0, 1, 30);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(days);
		request.addModifyListener(e -> {
			String subject = subjectOf(request.getText());
			if (subject != null && person.getText().isBlank()) {
				person.setText(subject);
			}
			validate();
		});
		person.addModifyListener(e -> validate());
		return fields.getParent();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Sign and Save...", true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private void validate() {
		String subject = subjectOf(request.getText());
		String problem = subject == null ? "Paste a certificate request (-----BEGIN CERTIFICATE REQUEST-----)"
				: !PERSON.matcher(person.getText().trim()).matches() ? "The person's name: letters, digits, '.', '_', '-'"
						: !subject.equals(person.getText().trim()) ? "The request is " + subject + "'s, not " + person.getText().trim() + "'s"
								: null;
		setErrorMessage(problem);
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	@Override
	protected void okPressed() {
		FileDialog save = new FileDialog(getShell(), SWT.SAVE);
		save.setFileName(person.getText().trim() + ".pem");
		save.setOverwrite(true);
		String file = save.open();
		if (file != null) {
			signTo(Path.of(file));
		}
	}

	/** Signs and writes the certificate to {@code file} (also what the Save dialog leads to). */
	public void signTo(Path file) {
		ConsoleRole chosen = ConsoleRole.fromExternalName(role.getText());
		String who = person.getText().trim();
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		setMessage("Asking the pool service to sign...");
		membership.signConsole(request.getText(), who, chosen, Duration.ofDays(days.getSelection()))
				.whenComplete((pem, failure) -> getShell().getDisplay().asyncExec(() -> {
					if (getShell() == null || getShell().isDisposed()) {
						return;
					}
					if (failure != null) {
						setErrorMessage((failure.getCause() == null ? failure : failure.getCause()).getMessage());
						getButton(IDialogConstants.OK_ID).setEnabled(true);
						return;
					}
					try {
						Files.writeString(file, pem, StandardCharsets.US_ASCII);
						org.eclipse.jface.dialogs.MessageDialog.openInformation(getShell(), TITLE, who + " is " + chosen.externalName()
								+ " for " + days.getSelection() + " days. Send them " + file + " (no secret in it) to install with Install My Certificate.");
						super.okPressed();
					} catch (Exception problem) {
						setErrorMessage("Signed, but cannot write " + file + ": " + problem.getMessage());
					}
				}));
	}

	/** The CN of a PEM certificate request whose signature checks, or null when the text is not one. */
	static String subjectOf(String pem) {
		try {
			return CertificateRequests.check(pem.trim()).commonName();
		} catch (Exception e) {
			return null;
		}
	}
}
