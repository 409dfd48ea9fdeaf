package org.flotilla.console.ui.internal.hosts;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.flotilla.console.core.hosts.AddServers;
import org.flotilla.console.core.hosts.HostOperations;

/** The selected host's state in full (the table's cells cut plans, reasons and leftovers): below the hosts table. */
final class HostDetails {

	private HostDetails() {
	}

	static Text below(Composite page, TableViewer table) {
		Text details = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		details.setData(HostsPage.KEY, "details");
		GridDataFactory.fillDefaults().grab(true, false).hint(700, 90).applyTo(details);
		table.addSelectionChangedListener(e -> show(details, table));
		return details;
	}

	/** Shows the selected row, or the first when none is selected. */
	static void show(Text details, TableViewer table) {
		if (details.isDisposed()) {
			return;
		}
		Object chosen = table.getStructuredSelection().getFirstElement();
		if (chosen == null && table.getTable().getItemCount() > 0) {
			chosen = table.getElementAt(0);
		}
		details.setText(chosen instanceof AddServers.HostState state ? describe(state) : "");
	}

	static String describe(AddServers.HostState state) {
		StringBuilder text = new StringBuilder(state.host().nodeName()).append(" (").append(state.host().sshAddress()).append("): ")
				.append(state.phase().text());
		HostOperations.Check check = state.check();
		if (check != null) {
			text.append("\n").append(check.system()).append(", Java: ").append(check.java() == null ? "none" : check.java())
					.append(", systemd: ").append(check.systemd() ? "yes" : "no").append(", agent port ")
					.append(state.host().agentPort()).append(check.portFree() ? " free" : " in use");
		}
		if (state.failure() != null) {
			text.append("\nWhy: ").append(state.failure());
		} else if (!state.step().isEmpty()) {
			text.append("\n").append(state.step());
		}
		if (!state.left().isEmpty()) {
			text.append("\nLeft on the host: ").append(String.join("; ", state.left()));
		}
		return text.toString();
	}
}
