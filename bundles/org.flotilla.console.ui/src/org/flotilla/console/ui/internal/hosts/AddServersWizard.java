package org.flotilla.console.ui.internal.hosts;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.wizard.Wizard;
import org.flotilla.console.core.hosts.AddServers;
import org.flotilla.console.core.hosts.HostEntry;
import org.flotilla.console.core.hosts.HostOperations;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.console.core.hosts.SshLogin;
import org.flotilla.model.NodeState;

/**
 * Add Servers (administrators): hosts → SSH access → a check of every host (nothing changes yet; a new host key is
 * shown for the person to accept) → install, enroll and wait until each node reports, several hosts at once, with a
 * result per host. The work runs on worker threads ({@link AddServers}); the pages only show it.
 */
public final class AddServersWizard extends Wizard {

	/** The wizard's title (tests find its shell by it). */
	public static final String TITLE = "Add Servers";

	/** What the pool gives the wizard. */
	public record Services(HostOperations hosts, PoolMembership membership, Path agentDistribution,
			Function<String, NodeState> nodeState) {
	}

	/** How the console logs in. */
	enum Method {
		PASSWORD, KEY_FILE, AGENT
	}

	/** What the person chose so far (pages write, later pages read). */
	static final class Choices {
		List<HostEntry> hosts = List.of();
		String user = System.getProperty("user.name", "root");
		Method method = Method.KEY_FILE;
		char[] password = new char[0];
		Path keyFile;
		char[] passphrase = new char[0];
		char[] sudoPassword = new char[0];
		Path knownHosts = Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
		int parallelism = 4;

		SshLogin login() {
			return new SshLogin(user, SshLogin.Method.valueOf(method.name()), password, keyFile, passphrase, sudoPassword,
					knownHosts);
		}
	}

	private final Services services;
	private final Choices choices = new Choices();
	private CheckPage checkPage;
	private InstallPage installPage;

	public AddServersWizard(Services services) {
		this.services = services;
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(new HostsPage(choices));
		addPage(new AccessPage(choices));
		checkPage = new CheckPage(choices, services);
		addPage(checkPage);
		installPage = new InstallPage(checkPage, services);
		addPage(installPage);
	}

	@Override
	public boolean canFinish() {
		return installPage.finished();
	}

	@Override
	public boolean performFinish() {
		return true;
	}

	@Override
	public boolean performCancel() {
		// A running install is stopped between steps; what each host has is shown in the Jobs of the pool.
		checkPage.stop();
		installPage.stop();
		return true;
	}

	@Override
	public void dispose() {
		checkPage.stop();
		installPage.stop();
		java.util.Arrays.fill(choices.password, '\0');
		java.util.Arrays.fill(choices.passphrase, '\0');
		java.util.Arrays.fill(choices.sudoPassword, '\0');
		super.dispose();
	}
}
