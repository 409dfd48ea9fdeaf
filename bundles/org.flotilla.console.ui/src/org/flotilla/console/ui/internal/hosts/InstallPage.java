package org.flotilla.console.ui.internal.hosts;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.hosts.AddServers;

/**
 * Last page of Add Servers: the agent is installed on every host that passed its check, several at once; each host
 * gets a one-time enrollment token from the pool service, its agent enrolls, and the host is done when its node
 * reports (ready). Each row says the current step, then the result: how the agent is kept running, or why it failed
 * and what was left on the host.
 */
final class InstallPage extends WizardPage {

	private final CheckPage checks;
	private final AddServersWizard.Services services;
	private TableViewer table;
	private Text details;
	private HostStates states;
	private AddServers runner;
	private Button cancel;
	private boolean started;
	private volatile boolean finished;

	InstallPage(CheckPage checks, AddServersWizard.Services services) {
		super("install");
		this.checks = checks;
		this.services = services;
		setTitle("Install and Enroll");
		setDescription("The agent is installed and enrolled with a one-time token; a host is done when its node reports.");
		setPageComplete(false);
	}

	boolean finished() {
		return finished;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(page);
		table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION);
		table.getTable().setData(HostsPage.KEY, "installs");
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		column("Node", 110, s -> s.host().nodeName());
		column("Host", 130, s -> s.host().sshAddress());
		column("State", 100, s -> s.phase().text());
		column("Step / result", 520, s -> s.failure() != null
				? s.failure() + (s.left().isEmpty() ? " (the host was left clean)" : "; left on the host: " + String.join("; ", s.left()))
				: s.step());
		GridDataFactory.fillDefaults().grab(true, true).hint(760, 150).applyTo(table.getControl());
		details = HostDetails.below(page, table);
		cancel = new Button(page, SWT.PUSH);
		cancel.setText("Stop After Current Steps");
		cancel.setData(HostsPage.KEY, "stop");
		cancel.addListener(SWT.Selection, e -> {
			if (runner != null) {
				runner.cancel();
			}
			cancel.setEnabled(false);
		});
		states = new HostStates(table, () -> {
			showProgress();
			HostDetails.show(details, table);
		});
		setControl(page);
	}

	@Override
	public void setVisible(boolean visible) {
		super.setVisible(visible);
		if (visible && !started) {
			started = true;
			start();
		}
	}

	@Override
	public org.eclipse.jface.wizard.IWizardPage getPreviousPage() {
		return started ? null : super.getPreviousPage(); // once installing, going back would check again mid-install
	}

	void stop() {
		if (runner != null) {
			runner.cancel();
		}
	}

	private void start() {
		List<AddServers.HostState> passed = checks.passed();
		states.reset(passed.stream().map(AddServers.HostState::host).toList());
		Display display = getShell().getDisplay();
		runner = new AddServers(services.hosts(), services.membership(), checks.login(), checks.keyPrompt(),
				services.agentDistribution(), services.nodeState(), checks.parallelism(), AddServers.READY_TIMEOUT, states);
		runner.install(passed).whenComplete((all, failure) -> display.asyncExec(() -> {
			finished = true;
			if (!getControl().isDisposed()) {
				cancel.setEnabled(false);
				showProgress();
				getContainer().updateButtons();
			}
			runner.close();
		}));
	}

	private void showProgress() {
		List<AddServers.HostState> all = states.all();
		long ready = all.stream().filter(s -> s.phase() == AddServers.Phase.READY).count();
		long failed = all.stream().filter(s -> s.phase() == AddServers.Phase.FAILED || s.phase() == AddServers.Phase.CANCELLED).count();
		if (!finished) {
			setMessage("Installing: " + ready + " ready, " + failed + " failed, " + (all.size() - ready - failed) + " in progress");
		} else if (failed == 0) {
			setMessage(ready + (ready == 1 ? " server" : " servers") + " added: ready in the pool");
			setErrorMessage(null);
		} else {
			setErrorMessage(ready + " added, " + failed + " failed: see each host's row");
		}
		setPageComplete(finished);
	}

	private void column(String title, int width, Function<AddServers.HostState, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((AddServers.HostState) element);
			}

			@Override
			public Color getForeground(Object element) {
				AddServers.HostState state = (AddServers.HostState) element;
				return state.phase() == AddServers.Phase.FAILED ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED)
						: state.phase() == AddServers.Phase.READY ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GREEN) : null;
			}
		});
	}
}
