package org.flotilla.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.ui.internal.hosts.AddServersWizard;
import org.flotilla.console.ui.internal.hosts.RemoveServersWizard;
import org.flotilla.hosts.InstallOptions;
import org.flotilla.hosts.SshHostOperations;
import org.flotilla.hosts.tests.TestSshd;
import org.flotilla.model.NodeState;
import org.flotilla.protocol.ConsoleRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Add Servers and Remove Servers wizards in a real SWT window, driven with real clicks and key presses, against a
 * real OpenSSH server, the real pool service and the real agent distribution: a server is added (its new host key
 * accepted in the dialog that shows its fingerprint), enrolls and reports; then it is removed again. Screenshots of
 * each page go to target/screenshots (the README shows copies in docs/).
 */
class ServersWizardUiTest {

	/** The widgets' test keys (HostsPage.KEY). */
	private static final String KEY = "org.flotilla.hosts.widget";
	private static final Path DOCS = Path.of(System.getProperty("flotilla.screenshots", "target/screenshots"));

	@TempDir
	Path dir;

	@Test
	void anAdministratorAddsAServerWithTheWizardAndRemovesItAgain() throws Exception {
		Path installs = dir.resolve("installs");
		try {
			try (ServicePool pool = new ServicePool(dir, 0, 1, 1024); TestSshd sshd = TestSshd.start(dir.resolve("sshd"));
					WizardWindow window = new WizardWindow()) {
				Path key = dir.resolve("keys/id_ed25519");
				Files.createDirectories(key.getParent());
				TestSshd.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
				sshd.authorize("root", key.resolveSibling("id_ed25519.pub"));
				Path knownHosts = dir.resolve("known_hosts");
				try (InProcessConsole console = new InProcessConsole(pool.servicePort, pool.issueConsoleKeystore("admin",
						ConsoleRole.ADMINISTRATOR))) {
					AddServersWizard.Services services = new AddServersWizard.Services(new SshHostOperations(host -> InstallOptions
							.defaults().withInstallDir(installs.resolve(host.nodeName()).toString())
							.withServiceName("flotilla-agent-" + host.nodeName())), console.membership, AgentProcesses.home(), console::state);
					int agentPort = AgentProcesses.freePort();

					Shell wizard = window.open(() -> new AddServersWizard(services));
					window.type(window.find(wizard, KEY, "hosts", Text.class),
							"root@127.0.0.1:" + sshd.port() + " name=ui-1 agent-port=" + agentPort + " labels=ssd rack=r1");
					Table listed = window.find(wizard, KEY, "table", Table.class);
					window.waitUntil("the host is listed", () -> listed.getItemCount() == 1, WizardWindow.TIMEOUT);
					window.screenshot(DOCS.resolve("add-servers-hosts.png"));
					window.click(wizard, "Next >");

					window.click(window.find(wizard, KEY, "keyFile", Button.class));
					window.type(window.find(wizard, KEY, "keyFileText", Text.class), key.toString());
					window.type(window.find(wizard, KEY, "knownHosts", Text.class), knownHosts.toString());
					window.type(window.find(wizard, KEY, "user", Text.class), "root");
					window.click(wizard, "Next >");

					// The host's key is new: shown with its fingerprint, accepted only by a click.
					Shell hostKey = window.shell("Unknown Host Key", Duration.ofSeconds(60));
					String fingerprint = sshd.hostKeyFingerprint();
					assertTrue(window.sync(() -> text(hostKey)).contains(fingerprint), "the dialog shows " + fingerprint);
					window.screenshot(DOCS.resolve("add-servers-host-key.png"));
					window.click(hostKey, "Accept and Remember");
					Table checks = window.find(wizard, KEY, "checks", Table.class);
					window.waitUntil("the host is checked", () -> checks.getItemCount() == 1 && checks.getItem(0).getText(2).equals("checked"),
							Duration.ofSeconds(90));
					assertTrue(Files.readString(knownHosts).contains("[127.0.0.1]:" + sshd.port()), "the accepted key is remembered");
					window.waitUntil("Next is enabled", () -> window.buttonNow(wizard, "Next >").isEnabled(), WizardWindow.TIMEOUT);
					window.screenshot(DOCS.resolve("add-servers-check.png"));
					window.click(wizard, "Next >");

					Table installsTable = window.find(wizard, KEY, "installs", Table.class);
					window.waitUntil("the server is added and ready", () -> installsTable.getItemCount() == 1
							&& installsTable.getItem(0).getText(2).equals("ready"), Duration.ofMinutes(3));
					window.waitUntil("Finish is enabled", () -> window.buttonNow(wizard, "Finish").isEnabled(), WizardWindow.TIMEOUT);
					window.screenshot(DOCS.resolve("add-servers-install.png"));
					window.click(wizard, "Finish");
					window.waitUntil("the wizard closed", wizard::isDisposed, WizardWindow.TIMEOUT);
					assertEquals(NodeState.READY, console.state("ui-1"));
					console.waitUntil("ui-1 reports", Duration.ofSeconds(60), () -> console.node("ui-1").getLastHeartbeat() > 0);

					Shell removal = window.open(() -> new RemoveServersWizard(List.of(new RemoveServersWizard.Leaving("ui-1", "127.0.0.1", 0)),
							services, console.poolView()));
					window.type(window.find(removal, KEY, "sshPort", Text.class), Integer.toString(sshd.port()));
					window.click(removal, "Next >");
					window.click(window.find(removal, KEY, "keyFile", Button.class));
					window.type(window.find(removal, KEY, "keyFileText", Text.class), key.toString());
					window.type(window.find(removal, KEY, "knownHosts", Text.class), knownHosts.toString());
					window.type(window.find(removal, KEY, "user", Text.class), "root");
					window.click(removal, "Next >");
					Table steps = window.find(removal, KEY, "steps", Table.class);
					window.waitUntil("every step is done", () -> steps.getItemCount() == 1 && steps.getItem(0).getText(4).startsWith("done"),
							Duration.ofMinutes(3));
					window.waitUntil("Finish is enabled", () -> window.buttonNow(removal, "Finish").isEnabled(), WizardWindow.TIMEOUT);
					window.screenshot(DOCS.resolve("remove-servers.png"));
					String row = window.sync(() -> String.join(" | ", steps.getItem(0).getText(1), steps.getItem(0).getText(2),
							steps.getItem(0).getText(3), steps.getItem(0).getText(4)));
					assertTrue(row.startsWith("done: no task runs on it | done: stopped and removed"), row);
					window.click(removal, "Finish");
					console.waitUntil("ui-1 left the pool", Duration.ofSeconds(30), () -> console.node("ui-1") == null);
					assertFalse(Files.exists(installs.resolve("ui-1")), "nothing left of the agent");
				}
			}
		} finally {
			InstalledAgents.killUnder(installs);
		}
	}

	private static String text(Shell shell) {
		StringBuilder text = new StringBuilder();
		collect(shell, text);
		return text.toString();
	}

	private static void collect(org.eclipse.swt.widgets.Composite parent, StringBuilder text) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				text.append(label.getText()).append('\n');
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				collect(composite, text);
			}
		}
	}
}
