package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.ui.internal.identity.InstallCertificateDialog;
import org.flotilla.console.ui.internal.identity.IssueCertificateDialog;
import org.flotilla.console.ui.internal.identity.RequestCertificateDialog;
import org.flotilla.protocol.ConsoleRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a colleague gets a console, with the Access dialogs in a real SWT window against the real pool service: their
 * console makes its key and a request (Request My Certificate, real typing and clicks), an administrator signs it as a
 * planner (Issue a Colleague's Certificate; the file dialog that asks where to save is left out: the test gives the
 * file), the colleague installs it (Install My Certificate), and the service then treats that console as a planner.
 * The key never leaves the colleague's workspace and no workspace holds the pool CA.
 */
class ConsoleCertificatesUiTest {

	private static final String KEY = RequestCertificateDialog.KEY;

	@TempDir
	Path dir;

	@Test
	void aColleagueRequestsAnAdministratorIssuesAsPlannerAndTheColleagueConnectsAsPlanner() throws Exception {
		Path workspace = dir.resolve("carol-workspace");
		Files.createDirectories(workspace);
		try (ServicePool pool = new ServicePool(dir, 0, 1, 1024); WizardWindow window = new WizardWindow();
				InProcessConsole admin = new InProcessConsole(pool.servicePort, pool.issueConsoleKeystore("admin",
						ConsoleRole.ADMINISTRATOR))) {
			// Carol's console: her key and request.
			Shell request = window.openDialog(parent -> new RequestCertificateDialog(parent, workspace));
			window.type(window.find(request, KEY, "person", Text.class), "carol");
			window.click(request, "Create Request");
			Text requestText = window.find(request, KEY, "request", Text.class);
			window.waitUntil("the request is shown", () -> requestText.getText().contains("BEGIN CERTIFICATE REQUEST"),
					WizardWindow.TIMEOUT);
			String pem = window.sync(requestText::getText);
			window.click(request, "Close");
			assertTrue(Files.readString(workspace.resolve("tls/console.csr")).contains("BEGIN CERTIFICATE REQUEST"));
			assertFalse(Files.exists(workspace.resolve("ca")), "no CA in a person's workspace");

			// The administrator signs it as a planner.
			Path answer = dir.resolve("carol.pem");
			Shell issue = window.openDialog(parent -> new IssueCertificateDialog(parent, admin.membership));
			Text issueRequest = window.find(issue, KEY, "request", Text.class);
			window.run(() -> issueRequest.setText(pem)); // pasted
			Text person = window.find(issue, KEY, "person", Text.class);
			window.waitUntil("the person is read from the request", () -> person.getText().equals("carol"), WizardWindow.TIMEOUT);
			Combo role = window.find(issue, KEY, "role", Combo.class);
			window.run(() -> role.select(role.indexOf(ConsoleRole.PLANNER.externalName())));
			window.waitUntil("Sign is enabled", () -> window.buttonNow(issue, "Sign and Save...").isEnabled(), WizardWindow.TIMEOUT);
			IssueCertificateDialog issuing = window.sync(() -> (IssueCertificateDialog) issue.getData());
			window.run(() -> issuing.signTo(answer)); // what Save leads to, without the native file dialog
			window.waitUntil("the answer is saved", () -> Files.exists(answer), WizardWindow.TIMEOUT);
			window.click(infoShell(window, issue), "OK");

			// Carol installs it and connects: the service treats her console as a planner.
			Shell install = window.openDialog(parent -> new InstallCertificateDialog(parent, workspace));
			Text certificate = window.find(install, KEY, "certificate", Text.class);
			String chain = Files.readString(answer);
			window.run(() -> certificate.setText(chain)); // pasted, as from the file the administrator sent
			window.click(install, "Install");
			window.click(infoShell(window, install), "OK");
			Path keystore = workspace.resolve("tls/console.p12");
			assertTrue(Files.exists(keystore));
			assertFalse(Files.exists(workspace.resolve("tls/console-pending.p12")), "the pending key is gone once installed");
			try (InProcessConsole carol = new InProcessConsole(pool.servicePort, keystore)) {
				assertEquals(ConsoleRole.PLANNER, carol.client.role());
				assertEquals("carol", carol.client.person());
			}
		}
	}

	/** The information box a dialog opened on top of {@code under} (its title is the dialog's). */
	private static Shell infoShell(WizardWindow window, Shell under) {
		Shell[] found = new Shell[1];
		window.waitUntil("the dialog says what it did", () -> {
			for (Shell shell : under.getShells()) {
				if (shell.isVisible()) {
					found[0] = shell;
					return true;
				}
			}
			return false;
		}, WizardWindow.TIMEOUT);
		return found[0];
	}
}
