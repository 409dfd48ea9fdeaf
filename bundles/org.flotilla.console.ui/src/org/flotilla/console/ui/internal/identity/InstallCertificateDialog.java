package org.flotilla.console.ui.internal.identity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.identity.ConsoleCertificateRequest;
import org.flotilla.protocol.IdentityKeystore;

/**
 * Access › Install My Certificate: the certificate an administrator signed for this console's pending request
 * (a PEM file holding it and the pool CA's certificate) is checked (of this console's key, for this person, signed by
 * that CA) and installed as the workspace's identity, which Connect to Pool Service then uses. The CA's fingerprint is
 * shown to compare with what the administrator says, since the file brings the CA it is checked against.
 */
public final class InstallCertificateDialog extends AccessDialog {

	public static final String TITLE = "Install My Certificate";
	private final Path workspace;
	private Text pem;
	private Label caFingerprint;

	public InstallCertificateDialog(Shell parent, Path workspace) {
		super(parent, TITLE);
		this.workspace = workspace;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		boolean pending = ConsoleCertificateRequest.in(workspace).isPending();
		Composite fields = fields(parent, 2, pending
				? "Paste or open the certificate file your administrator sent (it holds your certificate and the pool CA's)."
				: "This workspace has no pending request: make one first with Request My Certificate.");
		pem = new Text(fields, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		pem.setData(RequestCertificateDialog.KEY, "certificate");
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 220).applyTo(pem);
		openFileInto(fields, pem, "*.pem;*.crt");
		caFingerprint = new Label(fields, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(caFingerprint);
		pem.addModifyListener(e -> {
			X509Certificate ca = poolCa(pem.getText());
			caFingerprint.setText(ca == null ? "" : "Pool CA: " + ca.getSubjectX500Principal().getName() + ", SHA-256 " + fingerprint(ca));
			Button ok = getButton(IDialogConstants.OK_ID);
			if (ok != null) {
				ok.setEnabled(pending && ca != null);
			}
		});
		return fields.getParent();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Install", true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		try {
			IdentityKeystore.Loaded installed = ConsoleCertificateRequest.in(workspace).install(pem.getText(), poolCa(pem.getText()));
			setErrorMessage(null);
			org.eclipse.jface.dialogs.MessageDialog.openInformation(getShell(), TITLE, "Installed: you are " + installed.identity().name()
					+ installed.identity().role().map(role -> ", " + role.externalName()).orElse("")
					+ ", until " + installed.certificate().getNotAfter() + ". Connect to the pool service with File › Connect to Pool Service.");
			super.okPressed();
		} catch (Exception problem) {
			setErrorMessage("Not installed: " + problem.getMessage());
		}
	}

	/** The last certificate of the PEM that signs itself: the pool CA the file brings. */
	static X509Certificate poolCa(String text) {
		try {
			List<X509Certificate> certificates = new ArrayList<>();
			for (var certificate : CertificateFactory.getInstance("X.509")
					.generateCertificates(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)))) {
				certificates.add((X509Certificate) certificate);
			}
			for (X509Certificate certificate : certificates) {
				if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
					return certificate;
				}
			}
		} catch (Exception e) {
			// not (yet) a PEM chain
		}
		return null;
	}

	static String fingerprint(X509Certificate certificate) {
		try {
			return HexFormat.ofDelimiter(":").withUpperCase()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		} catch (Exception e) {
			return "?";
		}
	}
}
