package org.flotilla.console.ui.internal.hosts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.flotilla.console.core.PoolSession;
import org.flotilla.console.core.hosts.PoolMembership;
import org.flotilla.console.core.hosts.RemoveServers;
import org.flotilla.console.core.tasks.TaskControl;
import org.flotilla.console.ui.ConsoleIds;
import org.flotilla.console.ui.internal.Dialogs;
import org.flotilla.model.Node;
import org.flotilla.protocol.ConsoleRole;

import jakarta.inject.Named;

/** Opens Remove Servers for the selected node or nodes (administrators of a pool service's pool). */
public class RemoveServersHandler {

	@CanExecute
	boolean canExecute(@Optional PoolMembership membership, @Optional @Named(ConsoleIds.SELECTION) Object selection) {
		return membership != null && membership.role() == ConsoleRole.ADMINISTRATOR && !nodes(selection).isEmpty();
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PoolMembership membership, PoolSession session,
			TaskControl control, @Named(ConsoleIds.SELECTION) Object selection) {
		Shell parent = Dialogs.shell(shell);
		List<RemoveServersWizard.Leaving> leaving = new ArrayList<>();
		for (Node node : nodes(selection)) {
			leaving.add(new RemoveServersWizard.Leaving(node.getName(), hostOf(node), node.getTasks().size()));
		}
		var display = parent.getDisplay();
		RemoveServers.PoolView pool = new RemoveServers.PoolView() {
			@Override
			public int tasksOn(String nodeName) {
				return HostServices.tasksOn(session, display, nodeName);
			}

			@Override
			public void drain(String nodeName) {
				display.asyncExec(() -> {
					Node node = HostServices.find(session, nodeName);
					if (node != null) {
						control.drain(node);
					}
				});
			}
		};
		WizardDialog dialog = new WizardDialog(parent,
				new RemoveServersWizard(leaving, HostServices.of(membership, session, display), pool));
		dialog.setPageSize(860, 320);
		dialog.open();
	}

	/** The host part of "host:port". */
	static String hostOf(Node node) {
		String address = node.getAddress() == null ? node.getName() : node.getAddress();
		int colon = address.lastIndexOf(':');
		return colon > 0 && address.indexOf(':') == colon ? address.substring(0, colon) : address;
	}

	static List<Node> nodes(Object selection) {
		List<Node> nodes = new ArrayList<>();
		if (selection instanceof Node node) {
			nodes.add(node);
		} else if (selection instanceof Collection<?> many) {
			many.stream().filter(Node.class::isInstance).map(Node.class::cast).forEach(nodes::add);
		}
		return nodes;
	}
}
