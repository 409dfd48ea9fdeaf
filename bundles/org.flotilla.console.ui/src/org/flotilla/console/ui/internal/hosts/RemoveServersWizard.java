package org.flotilla.console.ui.internal.hosts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.hosts.HostEntry;
import org.flotilla.console.core.hosts.RemoveServers;

/**
 * Remove Servers (administrators): for each selected node, drain its tasks to other nodes, optionally stop and
 * uninstall the agent over SSH, revoke its certificate, and remove it from the pool or keep it as decommissioned.
 * Each step's result is shown; a node whose tasks did not all move is neither revoked nor removed.
 */
public final class RemoveServersWizard extends Wizard {

	public static final String TITLE = "Remove Servers";

	/** A node to remove, as the wizard shows it. */
	public record Leaving(String nodeName, String host, int tasks) {
	}

	private final List<Leaving> nodes;
	private final AddServersWizard.Services services;
	private final RemoveServers.PoolView pool;
	private final AddServersWizard.Choices access = new AddServersWizard.Choices();
	private OptionsPage options;
	private AccessPage accessPage;
	private ResultsPage results;

	public RemoveServersWizard(List<Leaving> nodes, AddServersWizard.Services services, RemoveServers.PoolView pool) {
		this.nodes = List.copyOf(nodes);
		this.services = services;
		this.pool = pool;
		// The SSH page checks that a user is named for hosts that name none: none of these do.
		access.hosts = this.nodes.stream().map(n -> new HostEntry(n.host(), 22, null, n.nodeName(), HostEntry.DEFAULT_AGENT_PORT,
				List.of(), null, null)).toList();
		setWindowTitle(TITLE);
	}

	@Override
	public void addPages() {
		options = new OptionsPage();
		addPage(options);
		accessPage = new AccessPage(access);
		addPage(accessPage);
		results = new ResultsPage();
		addPage(results);
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		if (page == options && !options.uninstall) {
			return results;
		}
		return super.getNextPage(page);
	}

	@Override
	public boolean canFinish() {
		return results.finished;
	}

	@Override
	public boolean performFinish() {
		return true;
	}

	@Override
	public boolean performCancel() {
		results.stop();
		return true;
	}

	/** What to do with the nodes. */
	final class OptionsPage extends WizardPage {
		boolean uninstall = true;
		int sshPort = 22;
		boolean keep;
		String reason = "removed from the pool";

		OptionsPage() {
			super("options");
			setTitle("Remove " + nodes.size() + (nodes.size() == 1 ? " Server" : " Servers"));
			setDescription("Tasks move to other nodes first; then the agent goes and its certificate is revoked.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).applyTo(page);
			TableViewer table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION);
			table.getTable().setHeaderVisible(true);
			table.setContentProvider(ArrayContentProvider.getInstance());
			Columns.<Object>add(table, "Node", 140, l -> ((Leaving) l).nodeName());
			Columns.<Object>add(table, "Host", 160, l -> ((Leaving) l).host());
			Columns.<Object>add(table, "Tasks to move", 100, l -> Integer.toString(((Leaving) l).tasks()));
			table.setInput(nodes);
			GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(500, 120).applyTo(table.getControl());
			Button uninstallButton = new Button(page, SWT.CHECK);
			uninstallButton.setText("Stop and uninstall the agent over SSH (removes what Flotilla installed)");
			uninstallButton.setData(HostsPage.KEY, "uninstall");
			uninstallButton.setSelection(uninstall);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(uninstallButton);
			Button remove = new Button(page, SWT.RADIO);
			remove.setText("Remove the nodes from the pool");
			remove.setData(HostsPage.KEY, "remove");
			remove.setSelection(true);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(remove);
			Button keepButton = new Button(page, SWT.RADIO);
			keepButton.setText("Keep them in the pool as decommissioned (their history stays visible)");
			keepButton.setData(HostsPage.KEY, "keep");
			GridDataFactory.fillDefaults().span(2, 1).applyTo(keepButton);
			new Label(page, SWT.NONE).setText("Reason (in the revocation and the audit):");
			Text reasonText = new Text(page, SWT.BORDER);
			reasonText.setText(reason);
			reasonText.setData(HostsPage.KEY, "reason");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(reasonText);
			new Label(page, SWT.NONE).setText("    SSH port of the hosts:");
			Text portText = new Text(page, SWT.BORDER);
			portText.setText("22");
			portText.setData(HostsPage.KEY, "sshPort");
			GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(portText);
			uninstallButton.addListener(SWT.Selection, e -> {
				uninstall = uninstallButton.getSelection();
				portText.setEnabled(uninstall);
				getContainer().updateButtons();
			});
			portText.addModifyListener(e -> {
				try {
					sshPort = Integer.parseInt(portText.getText().trim());
					if (sshPort < 1 || sshPort > 65535) {
						throw new NumberFormatException();
					}
					setErrorMessage(null);
					setPageComplete(true);
				} catch (NumberFormatException bad) {
					setErrorMessage("The SSH port must be a number from 1 to 65535");
					setPageComplete(false);
				}
			});
			keepButton.addListener(SWT.Selection, e -> keep = keepButton.getSelection());
			reasonText.addModifyListener(e -> {
				reason = reasonText.getText().trim();
				setPageComplete(!reason.isEmpty());
				setErrorMessage(reason.isEmpty() ? "Say why (it is written in the revocation)" : null);
			});
			setControl(page);
		}
	}

	/** The steps' results, node by node. */
	final class ResultsPage extends WizardPage {
		private final Map<String, String[]> cells = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
		private TableViewer table;
		private Text details;
		private RemoveServers runner;
		private volatile boolean finished;
		private boolean started;

		ResultsPage() {
			super("results");
			setTitle("Removing");
			setDescription("Each step's result, node by node.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(page);
			table = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION);
			table.getTable().setHeaderVisible(true);
			table.getTable().setData(HostsPage.KEY, "steps");
			table.setContentProvider(ArrayContentProvider.getInstance());
			Columns.<Object>add(table, "Node", 110, row -> ((String[]) row)[0]);
			int index = 1;
			for (RemoveServers.Step step : RemoveServers.Step.values()) {
				int at = index++;
				Columns.<Object>add(table, step.text(), 170, row -> ((String[]) row)[at]);
			}
			GridDataFactory.fillDefaults().grab(true, true).hint(800, 110).applyTo(table.getControl());
			// The steps' results in full for the selected node (the cells cut them).
			details = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
			details.setData(HostsPage.KEY, "details");
			GridDataFactory.fillDefaults().grab(true, false).hint(800, 110).applyTo(details);
			table.addSelectionChangedListener(e -> showDetails());
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
		public IWizardPage getPreviousPage() {
			return started ? null : super.getPreviousPage();
		}

		void stop() {
			if (runner != null) {
				runner.cancel();
			}
		}

		private void start() {
			for (Leaving node : nodes) {
				String[] row = new String[RemoveServers.Step.values().length + 1];
				java.util.Arrays.fill(row, "");
				row[0] = node.nodeName();
				cells.put(node.nodeName(), row);
			}
			refresh();
			Display display = getShell().getDisplay();
			List<HostEntry> hosts = new ArrayList<>();
			for (Leaving node : nodes) {
				hosts.add(new HostEntry(node.host(), options.sshPort, null, node.nodeName(), HostEntry.DEFAULT_AGENT_PORT, List.of(),
						null, null));
			}
			runner = new RemoveServers(services.membership(), pool, services.hosts(), options.uninstall ? access.login() : null,
					options.uninstall ? HostKeyDialog.prompt(getShell()) : null,
					new RemoveServers.Options(options.uninstall, options.keep, options.reason, Duration.ofMinutes(10)),
					access.parallelism, result -> {
						String[] row = cells.get(result.nodeName());
						row[result.step().ordinal() + 1] = (result.skipped() ? "skipped: " : result.done() ? "done: " : "FAILED: ")
								+ result.detail();
						display.asyncExec(this::refresh);
					});
			setMessage("Working...");
			runner.remove(hosts).whenComplete((all, failure) -> display.asyncExec(() -> {
				finished = true;
				runner.close();
				if (getControl().isDisposed()) {
					return;
				}
				long failed = all == null ? nodes.size() : all.stream().filter(r -> !r.done()).count();
				if (failed == 0) {
					setMessage("Done: every step worked");
				} else {
					setErrorMessage(failed + (failed == 1 ? " step" : " steps") + " failed: see the table");
				}
				setPageComplete(true);
				getContainer().updateButtons();
			}));
		}

		private void refresh() {
			if (!table.getControl().isDisposed()) {
				synchronized (cells) {
					table.setInput(new ArrayList<>(cells.values()));
				}
				showDetails();
			}
		}

		private void showDetails() {
			Object chosen = table.getStructuredSelection().getFirstElement();
			String[] row;
			synchronized (cells) {
				row = chosen instanceof String[] selected ? selected : cells.values().stream().findFirst().orElse(null);
			}
			if (row == null) {
				return;
			}
			StringBuilder text = new StringBuilder(row[0]).append(':');
			RemoveServers.Step[] steps = RemoveServers.Step.values();
			for (int i = 0; i < steps.length; i++) {
				if (!row[i + 1].isEmpty()) {
					text.append("\n").append(steps[i].text()).append(" \u2014 ").append(row[i + 1]);
				}
			}
			details.setText(text.toString());
		}
	}
}
