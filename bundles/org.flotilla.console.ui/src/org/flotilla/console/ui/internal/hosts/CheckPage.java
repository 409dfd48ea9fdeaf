package org.flotilla.console.ui.internal.hosts;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.hosts.AddServers;
import org.flotilla.console.core.hosts.HostKeyPrompt;
import org.flotilla.console.core.hosts.SshLogin;

/**
 * Third page of Add Servers: every host is looked at over SSH before anything changes (reachable, system, free
 * disk, Java, systemd, the agent's port, what install will do). A host key known_hosts does not hold is shown with
 * its fingerprint for the person to accept or refuse; a changed key is refused. Next installs on the hosts that
 * passed.
 */
final class CheckPage extends WizardPage {

	private final AddServersWizard.Choices choices;
	private final AddServersWizard.Services services;
	private TableViewer table;
	private Text details;
	private HostStates states;
	private AddServers runner;
	private Button again;
	private final AtomicBoolean running = new AtomicBoolean();

	CheckPage(AddServersWizard.Choices choices, AddServersWizard.Services services) {
		super("check");
		this.choices = choices;
		this.services = services;
		setTitle("Check the Hosts");
		setDescription("Nothing changes on the hosts yet. Next installs the agent on every host that passed.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(page);
		table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION);
		table.getTable().setData(HostsPage.KEY, "checks");
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Columns.<AddServers.HostState>add(table, "Node", 100, s -> s.host().nodeName());
		Columns.<AddServers.HostState>add(table, "Host", 120, s -> s.host().sshAddress());
		Columns.<AddServers.HostState>add(table, "Result", 120, s -> s.phase().text());
		Columns.<AddServers.HostState>add(table, "System", 90, s -> s.check() == null ? "" : s.check().system());
		Columns.<AddServers.HostState>add(table, "Free disk", 70, s -> s.check() == null || s.check().freeDiskBytes() < 0 ? ""
				: (s.check().freeDiskBytes() >> 30) + " GiB");
		Columns.<AddServers.HostState>add(table, "Java", 110, s -> s.check() == null ? "" : s.check().java() == null ? "none (a runtime is uploaded)" : s.check().java());
		Columns.<AddServers.HostState>add(table, "systemd", 60, s -> s.check() == null ? "" : s.check().systemd() ? "yes" : "no");
		Columns.<AddServers.HostState>add(table, "Port", 50, s -> s.check() == null ? "" : s.check().portFree() ? "free" : "in use");
		Columns.<AddServers.HostState>add(table, "Will do / why not", 320, s -> s.failure() != null ? s.failure() : s.step());
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 150).applyTo(table.getControl());
		details = HostDetails.below(page, table);
		again = new Button(page, SWT.PUSH);
		again.setText("Check Again");
		again.setData(HostsPage.KEY, "checkAgain");
		again.addListener(SWT.Selection, e -> start());
		states = new HostStates(table, () -> {
			showProgress();
			HostDetails.show(details, table);
		});
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible) {
			start();
		}
	}

	/** The hosts that passed their check. */
	List<AddServers.HostState> passed() {
		return states.all().stream().filter(s -> s.phase() == AddServers.Phase.CHECKED).toList();
	}

	/** Asks the person about a new host key, on the UI thread, while the worker waits. */
	HostKeyPrompt keyPrompt() {
		return HostKeyDialog.prompt(getShell());
	}

	int parallelism() {
		return choices.parallelism;
	}

	SshLogin login() {
		return choices.login();
	}

	void stop() {
		if (runner != null) {
			runner.close();
		}
	}

	private void start() {
		if (!running.compareAndSet(false, true)) {
			return;
		}
		stop();
		setPageComplete(false);
		setErrorMessage(null);
		again.setEnabled(false);
		states.reset(choices.hosts);
		Display display = getShell().getDisplay();
		HostKeyPrompt keys = keyPrompt();
		runner = new AddServers(services.hosts(), services.membership(), choices.login(), keys, services.agentDistribution(),
				services.nodeState(), choices.parallelism, AddServers.READY_TIMEOUT, states);
		runner.check(choices.hosts).whenComplete((all, failure) -> display.asyncExec(() -> {
			running.set(false);
			if (getControl().isDisposed()) {
				return;
			}
			again.setEnabled(true);
			showProgress();
		}));
	}

	private void showProgress() {
		List<AddServers.HostState> all = states.all();
		long done = all.stream().filter(s -> s.phase().finished()).count();
		long passed = all.stream().filter(s -> s.phase() == AddServers.Phase.CHECKED).count();
		if (done < all.size()) {
			setMessage("Checking: " + done + " of " + all.size() + " hosts done");
			setPageComplete(false);
			return;
		}
		setPageComplete(passed > 0 && !running.get());
		if (passed == 0) {
			setErrorMessage("No host can be installed: see why in the last column, fix it, and Check Again");
		} else {
			setErrorMessage(null);
			setMessage(passed + " of " + all.size() + (all.size() == 1 ? " host" : " hosts")
					+ " can be installed. Next installs the agent on " + (passed == 1 ? "it" : "them") + ".");
		}
	}
}
